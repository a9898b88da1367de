/*
 * The expert roster: the public, searchable roster of validated experts (facets, never a
 * contact), an expert's page, the public registration form (a campaign's link carries
 * its campaign), and for focal points and staff the queue of registrations to validate
 * or reject with a reason. The API decides who sees what; the pages show what it gives.
 */
import { canReviewExpert, isCountryWriter, isSecretariat } from '@enlace/domain';
import { label, longDate, t as translate } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type Schemas } from '../api/client.js';
import { CsrfField, errorFor, type FieldError, fieldErrorsOf, type Option, Select, TextArea, TextInput, textOf } from '../components/form.js';
import { expertFieldLabels, expertFieldMessages, formFromBody, RegistrationPage, registrationOf } from '../components/roster-form.js';
import { expertManagePages, ManageExpert, type ManageProblems } from './expert-manage.js';
import { ExpertFields } from '../components/expert-fields.js';
import { expertRevisionPages, RevisionReview, type SendingBack } from './expert-revision.js';
import { expertSelfPages } from './expert-self.js';
import { isUuid, type Page, pageOf, pathId, requireMe, SignInRequired } from '../context.js';
import { ErrorSummary, Layout } from '../layout.js';
import { sendHtml, seeOther } from '../render.js';
import { flash } from '../session.js';
import { type Taxonomies, taxonomiesFor } from '../taxonomies.js';

type Expert = Schemas['Expert'];
type Hit = Schemas['ExpertHit'];
const PER_PAGE = 20;

function HitCard({ page, tax, hit }: { page: Page; tax: Taxonomies; hit: Hit }) {
  const other = hit.language !== page.lang ? hit.language : undefined;
  return (
    <li class="card">
      <h3 class="card-title">
        <a href={page.href(`/experts/${hit.id}`)}>
          {/* The API escaped every character of the expert's text; <mark> is its only markup (ExpertHit.highlight). */}
          {hit.highlight?.name ? hit.highlight.name : <span safe>{hit.name}</span>}
        </a>
      </h3>
      <p class="meta" safe>
        {hit.institution ? `${tax.name('countries', hit.country)} · ${hit.institution.name}` : tax.name('countries', hit.country)}
      </p>
      <p lang={other}>
        {hit.highlight?.profile ? hit.highlight.profile : <span safe>{hit.profile.length > 280 ? `${hit.profile.slice(0, 280)}…` : hit.profile}</span>}
      </p>
      <p>
        {hit.sectors.map((s) => (
          <span class="tag" safe>
            {tax.name('sectors', s)}
          </span>
        ))}
      </p>
    </li>
  );
}

interface RosterQuery {
  readonly q?: string | undefined;
  readonly country?: string | undefined;
  readonly sector?: string | undefined;
  readonly sdgGoal?: string | undefined;
  readonly workingLanguage?: string | undefined;
  readonly page: number;
}

const rosterHref = (page: Page, q: RosterQuery, at = q.page) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...q, page: at > 1 ? String(at) : undefined })) if (v) params.set(k, String(v));
  const s = params.toString();
  return page.href(`/experts${s ? `?${s}` : ''}`);
};

export async function rosterPages(app: FastifyInstance) {
  app.get<{ Querystring: Record<string, unknown> }>('/experts', async (req, reply) => {
    const page = await pageOf(req, reply);
    const { t, lang } = page;
    const tax = await taxonomiesFor(app, lang);
    const query: RosterQuery = {
      q: textOf(req.query.q),
      country: /^[A-Z]{2}$/.test(textOf(req.query.country) ?? '') ? textOf(req.query.country) : undefined,
      sector: tax.sectors.some((s) => s.code === textOf(req.query.sector)) ? textOf(req.query.sector) : undefined,
      sdgGoal: /^([1-9]|1[0-7])$/.test(textOf(req.query.sdgGoal) ?? '') ? textOf(req.query.sdgGoal) : undefined,
      workingLanguage: ['es', 'en', 'pt', 'fr'].includes(textOf(req.query.workingLanguage) ?? '') ? textOf(req.query.workingLanguage) : undefined,
      page: Math.min(1000, Math.max(1, Number.parseInt(textOf(req.query.page) ?? '1', 10) || 1)),
    };
    const res = await page.api.GET('/v1/experts', {
      params: {
        query: {
          ...(query.q ? { q: query.q } : {}),
          ...(query.country ? { country: query.country } : {}),
          ...(query.sector ? { sector: query.sector } : {}),
          ...(query.sdgGoal ? { sdgGoal: Number(query.sdgGoal) } : {}),
          ...(query.workingLanguage ? { workingLanguage: query.workingLanguage } : {}),
          page: query.page,
          hitsPerPage: PER_PAGE,
        },
      },
    });
    // The roster lives in the search index: when it is away, say so rather than fail the page.
    if (!res.data && res.response.status !== 503) dataOf(res);
    const data = res.data;
    const facets = data?.facets ?? {};
    const counted = (facet: string, options: readonly Option[], chosen: string | undefined) =>
      options
        .filter((o) => (facets[facet]?.[o.value] ?? 0) > 0 || o.value === chosen)
        .map((o) => ({ ...o, label: `${o.label} (${facets[facet]?.[o.value] ?? 0})` }));
    const filtered = query.q || query.country || query.sector || query.sdgGoal || query.workingLanguage;
    const reviewer = isSecretariat(page.actor) || (isCountryWriter(page.actor) && canReviewExpert(page.actor, page.actor.country));
    return sendHtml(
      reply,
      <Layout page={page} title={t('web.roster.title')} section="experts">
        <h1 safe>{t('web.roster.title')}</h1>
        <p safe>{t('web.roster.intro')}</p>
        <p class="row-actions">
          <a href={page.href('/experts/register')} safe>
            {t('web.roster.register.link')}
          </a>
          <a href={page.href('/roster/self')} safe>
            {t('web.expertSelf.request.title')}
          </a>
          {reviewer ? (
            <a href={page.href('/experts/review')} safe>
              {t('web.roster.review.link')}
            </a>
          ) : (
            ''
          )}
        </p>
        <form method="get" action={page.href('/experts')} class="filters filter-grid" aria-labelledby="roster-filters">
          <h2 id="roster-filters" class="visually-hidden" safe>
            {t('web.roster.filter.title')}
          </h2>
          <TextInput name="q" type="search" label={t('web.roster.search.label')} hint={t('web.roster.search.hint')} value={query.q} />
          <Select
            name="country"
            label={t('web.roster.filter.country')}
            value={query.country}
            options={counted(
              'country',
              tax.countries.map((c) => ({ value: c.code, label: c.name })),
              query.country,
            )}
            blank={t('web.roster.filter.any')}
          />
          <Select
            name="sector"
            label={t('web.roster.filter.sector')}
            value={query.sector}
            options={counted(
              'sectors',
              tax.sectors.map((s) => ({ value: s.code, label: s.name })),
              query.sector,
            )}
            blank={t('web.roster.filter.any')}
          />
          <Select
            name="sdgGoal"
            label={t('web.roster.filter.sdgGoal')}
            value={query.sdgGoal}
            options={counted(
              'sdgGoals',
              tax.sdgGoals.map((g) => ({ value: String(g.goal), label: `${g.goal} ${g.name}` })),
              query.sdgGoal,
            )}
            blank={t('web.roster.filter.any')}
          />
          <Select
            name="workingLanguage"
            label={t('web.roster.filter.workingLanguage')}
            value={query.workingLanguage}
            options={counted(
              'workingLanguages',
              (['es', 'en', 'pt', 'fr'] as const).map((l) => ({ value: l, label: translate(lang, `language.${l}`) })),
              query.workingLanguage,
            )}
            blank={t('web.roster.filter.any')}
          />
          <div class="actions">
            <button type="submit" safe>
              {t('web.roster.filter.apply')}
            </button>
            {filtered ? (
              <a href={page.href('/experts')} safe>
                {t('web.roster.filter.clear')}
              </a>
            ) : (
              ''
            )}
          </div>
        </form>
        {data ? (
          <section aria-labelledby="roster-results">
            <h2 id="roster-results" aria-live="polite" safe>
              {t('web.roster.results', { count: data.totalHits })}
            </h2>
            <ul class="cards">
              {data.items.map((hit) => (
                <HitCard page={page} tax={tax} hit={hit} />
              ))}
            </ul>
            {data.totalPages > 1 ? (
              <nav class="pagination" aria-label={t('web.roster.pageOf', { page: query.page, pages: data.totalPages })}>
                {query.page > 1 ? (
                  <a href={rosterHref(page, query, query.page - 1)} rel="prev" safe>
                    {t('web.roster.previous')}
                  </a>
                ) : (
                  ''
                )}{' '}
                <span safe>{t('web.roster.pageOf', { page: query.page, pages: data.totalPages })}</span>{' '}
                {query.page < data.totalPages ? (
                  <a href={rosterHref(page, query, query.page + 1)} rel="next" safe>
                    {t('web.roster.next')}
                  </a>
                ) : (
                  ''
                )}
              </nav>
            ) : (
              ''
            )}
          </section>
        ) : (
          <p class="notice" role="status" safe>
            {t('web.roster.unavailable')}
          </p>
        )}
      </Layout>,
    );
  });

  app.get<{ Querystring: { campaign?: string } }>('/experts/register', async (req, reply) => {
    const page = await pageOf(req, reply);
    const tax = await taxonomiesFor(app, page.lang);
    const campaignId = isUuid(req.query.campaign) ? req.query.campaign : undefined;
    const form = { ...formFromBody({}, page.lang), workingLanguages: [page.lang], campaignId };
    return sendHtml(reply, <RegistrationPage page={page} tax={tax} form={form} errors={[]} />);
  });

  app.post<{ Body: Record<string, unknown> }>('/experts/register', async (req, reply) => {
    const page = await pageOf(req, reply);
    const { t } = page;
    const form = formFromBody(req.body ?? {}, page.lang);
    const res = await page.api.POST('/v1/experts', { body: registrationOf(form) });
    if (res.data) {
      const tax = await taxonomiesFor(app, page.lang);
      return sendHtml(
        reply,
        <Layout page={page} title={t('web.roster.register.done.title')} section="experts">
          <h1 safe>{t('web.roster.register.done.title')}</h1>
          <p class="flash" role="status" safe>
            {t('web.roster.register.done.body', { name: res.data.name, country: tax.name('countries', res.data.country) })}
          </p>
          <p>
            <a href={page.href(`/experts/register${form.campaignId ? `?campaign=${form.campaignId}` : ''}`)} safe>
              {t('web.roster.register.done.another')}
            </a>
          </p>
        </Layout>,
        201,
      );
    }
    const tax = await taxonomiesFor(app, page.lang);
    const status = res.response.status;
    if (status === 429) {
      const errors = [{ field: 'name', message: t('web.roster.error.tooMany') }];
      return sendHtml(reply, <RegistrationPage page={page} tax={tax} form={form} errors={errors} />, 429);
    }
    if (status !== 400) return dataOf(res);
    const errors = fieldErrorsOf(page, res.error, expertFieldLabels(page), expertFieldMessages(page));
    return sendHtml(reply, <RegistrationPage page={page} tax={tax} form={form} errors={errors} />, 400);
  });

  app.get<{ Querystring: { country?: string } }>('/experts/review', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    const staff = isSecretariat(page.actor);
    if (!staff && !(me.country && canReviewExpert(page.actor, me.country))) return reply.callNotFound();
    const chosen = textOf(req.query.country)?.toUpperCase();
    const country = staff ? (chosen && /^[A-Z]{2}$/.test(chosen) ? chosen : undefined) : (me.country ?? undefined);
    const [tax, pending, revised] = await Promise.all([
      taxonomiesFor(app, page.lang),
      page.api.GET('/v1/experts', { params: { query: { status: 'pending', hitsPerPage: 100, ...(country ? { country } : {}) } } }).then(dataOf),
      page.api.GET('/v1/experts', { params: { query: { revision: 'pending', hitsPerPage: 100, ...(country ? { country } : {}) } } }).then(dataOf),
    ]);
    return sendHtml(reply, <ReviewQueue page={page} tax={tax} experts={pending.items} revised={revised.items} country={country} rejecting={undefined} />);
  });

  app.post<{ Params: { id: string } }>('/experts/:id/validate', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const res = await page.api.POST('/v1/experts/{id}/validate', { params: { path: { id: pathId(req.params.id) } }, body: null });
    if (res.response.status === 409) flash(reply, 'web.roster.flash.changed');
    else {
      dataOf(res);
      flash(reply, 'web.roster.flash.validated');
    }
    return seeOther(reply, page.href('/experts/review'));
  });

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/experts/:id/reject', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    const id = pathId(req.params.id);
    // Each expert's reason field has its own name (several forms share the queue page).
    const reason = textOf(req.body?.[`reason-${id}`]);
    const res = await page.api.POST('/v1/experts/{id}/reject', { params: { path: { id } }, body: { reason: reason ?? '' } });
    if (res.response.status === 409) {
      flash(reply, 'web.roster.flash.changed');
      return seeOther(reply, page.href('/experts/review'));
    }
    if (res.response.status === 400) {
      const staff = isSecretariat(page.actor);
      const [tax, pending] = await Promise.all([
        taxonomiesFor(app, page.lang),
        page.api
          .GET('/v1/experts', { params: { query: { status: 'pending', hitsPerPage: 100, ...(staff ? {} : { country: me.country ?? '' }) } } })
          .then(dataOf),
      ]);
      const rejecting = { id, reason, errors: [{ field: `reason-${id}`, message: page.t('web.roster.review.error.reason') }] };
      return sendHtml(reply, <ReviewQueue page={page} tax={tax} experts={pending.items} revised={[]} country={undefined} rejecting={rejecting} />, 400);
    }
    dataOf(res);
    flash(reply, 'web.roster.flash.rejected');
    return seeOther(reply, page.href('/experts/review'));
  });

  const renderExpert = async (page: Page, expert: Expert, problems?: ManageProblems, sendingBack?: SendingBack) => {
    const tax = await taxonomiesFor(app, page.lang);
    return <ExpertPage page={page} tax={tax} expert={expert} problems={problems} sendingBack={sendingBack} />;
  };
  await expertManagePages(app, { renderExpert });
  await expertRevisionPages(app, { renderExpert: (page, expert, sendingBack) => renderExpert(page, expert, undefined, sendingBack) });
  await expertSelfPages(app);

  app.get<{ Params: { id: string } }>('/experts/:id', async (req, reply) => {
    const page = await pageOf(req, reply);
    const found = await page.api.GET('/v1/experts/{id}', { params: { path: { id: pathId(req.params.id) } } });
    // A registration waiting for validation is seen only by its country and staff: a visitor
    // who followed the email asking to validate it signs in first, and comes back here.
    if (found.response.status === 404 && !page.me) throw new SignInRequired();
    return sendHtml(reply, await renderExpert(page, dataOf(found)));
  });
}

function ExpertPage({
  page,
  tax,
  expert,
  problems,
  sendingBack,
}: {
  page: Page;
  tax: Taxonomies;
  expert: Expert;
  problems?: ManageProblems | undefined;
  sendingBack?: SendingBack | undefined;
}) {
  const { t, lang } = page;
  const other = expert.language !== lang ? expert.language : undefined;
  const reviewable = expert.status === 'pending' && canReviewExpert(page.actor, expert.country);
  return (
    <Layout page={page} title={expert.name} section="experts">
      <p>
        <a href={page.href('/experts')} safe>
          {t('web.roster.back')}
        </a>
      </p>
      <h1 safe>{expert.name}</h1>
      <p class="meta">
        {expert.status !== 'validated' ? (
          <>
            <span class="badge" safe>
              {label(lang, 'expertStatus', expert.status)}
            </span>{' '}
          </>
        ) : (
          ''
        )}
        <span safe>
          {expert.validatedAt
            ? t('web.roster.validated', { date: longDate(lang, expert.validatedAt) })
            : t('web.roster.registered', { date: longDate(lang, expert.createdAt) })}
        </span>
      </p>
      <h2 safe>{t('web.roster.profile')}</h2>
      <div class="prose" lang={other} safe>
        {expert.profile}
      </div>
      <ExpertFields page={page} tax={tax} expert={expert} />
      {expert.reviewNote ? (
        <>
          <h2 safe>{t('web.roster.reviewNote')}</h2>
          <blockquote safe>{expert.reviewNote}</blockquote>
        </>
      ) : (
        ''
      )}
      {reviewable ? <ReviewForms page={page} expert={expert} rejecting={undefined} /> : ''}
      <RevisionReview page={page} tax={tax} expert={expert} sendingBack={sendingBack} />
      <ManageExpert page={page} expert={expert} problems={problems} />
    </Layout>
  );
}

interface Rejecting {
  readonly id: string;
  readonly reason: string | undefined;
  readonly errors: readonly FieldError[];
}

function ReviewForms({ page, expert, rejecting }: { page: Page; expert: Expert; rejecting: Rejecting | undefined }) {
  const { t } = page;
  const mine = rejecting?.id === expert.id ? rejecting : undefined;
  return (
    <div class="row-actions review-actions">
      <form method="post" action={page.href(`/experts/${expert.id}/validate`)} class="inline-form">
        <CsrfField page={page} />
        <button type="submit" aria-label={t('web.roster.review.validateNamed', { name: expert.name })} safe>
          {t('web.roster.review.validate')}
        </button>
      </form>
      <form method="post" action={page.href(`/experts/${expert.id}/reject`)} novalidate>
        <CsrfField page={page} />
        <TextArea
          name={`reason-${expert.id}`}
          label={t('web.roster.review.reason')}
          value={mine?.reason}
          error={mine ? errorFor(mine.errors, `reason-${expert.id}`) : undefined}
          rows={2}
          maxlength={2000}
        />
        <button type="submit" class="secondary" aria-label={t('web.roster.review.rejectNamed', { name: expert.name })} safe>
          {t('web.roster.review.reject')}
        </button>
      </form>
    </div>
  );
}

function ReviewQueue({
  page,
  tax,
  experts,
  revised,
  country,
  rejecting,
}: {
  page: Page;
  tax: Taxonomies;
  experts: readonly Expert[];
  /** Validated experts whose own change waits for review. */
  revised: readonly Expert[];
  country: string | undefined;
  rejecting: Rejecting | undefined;
}) {
  const { t, lang } = page;
  return (
    <Layout page={page} title={t('web.roster.review.title')} section="experts">
      <h1 safe>{country ? `${t('web.roster.review.title')} · ${tax.name('countries', country)}` : t('web.roster.review.title')}</h1>
      <ErrorSummary page={page} errors={rejecting?.errors ?? []} />
      <p safe>{t('web.roster.review.intro')}</p>
      {experts.length === 0 ? <p safe>{t('web.roster.review.none')}</p> : ''}
      <ul class="cards">
        {experts.map((e) => (
          <li class="card">
            <h2 class="card-title">
              <a href={page.href(`/experts/${e.id}`)} safe>
                {e.name}
              </a>
            </h2>
            <p class="meta" safe>
              {t('web.roster.registered', { date: longDate(lang, e.createdAt) })}
            </p>
            <div class="prose" lang={e.language !== lang ? e.language : undefined} safe>
              {e.profile}
            </div>
            <ExpertFields page={page} tax={tax} expert={e} />
            <ReviewForms page={page} expert={e} rejecting={rejecting} />
          </li>
        ))}
      </ul>
      {revised.length > 0 ? (
        <section aria-labelledby="revised-title">
          <h2 id="revised-title" safe>
            {t('web.roster.revision.queue')}
          </h2>
          <ul class="cards">
            {revised.map((e) => (
              <li class="card">
                <h3 class="card-title">
                  <a href={page.href(`/experts/${e.id}#revision-title`)} safe>
                    {t('web.roster.revision.review', { name: e.name })}
                  </a>
                </h3>
                <ExpertFields page={page} tax={tax} expert={e} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}
