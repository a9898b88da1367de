/*
 * Success stories: the public list with its filters and Atom feed, a story's page (with
 * its consent record and the steps the API allows the reader), and the form that drafts
 * one from a completed match or edits it. The API decides who may do what (`actions`).
 */
import { canDraftStory, escapeHtml, isCountryWriter, isSecretariat, STORY_STATUSES, type StoryStatus } from '@enlace/domain';
import type { FastifyInstance } from 'fastify';
import { Feed } from 'feed';
import { dataOf, type operations, type Problem } from '../api/client.js';
import { type FieldError, fieldErrorsOf, Select, textOf } from '../components/form.js';
import {
  ConsentRecord,
  shownText,
  STORY_FIELDS,
  StoryActions,
  StoryArticle,
  StoryBanner,
  StoryCard,
  StoryForm,
  type Story,
  type StoryValues,
} from '../components/story.js';
import { type Page, pageOf, pathId, requireMe } from '../context.js';
import { ErrorSummary, Layout } from '../layout.js';
import { sendHtml, seeOther } from '../render.js';
import { flash } from '../session.js';
import { type Taxonomies, taxonomiesFor } from '../taxonomies.js';

type ListQuery = NonNullable<operations['listStories']['parameters']['query']>;

function filtersOf(q: Record<string, unknown>, tax: Taxonomies, signedIn: boolean): ListQuery {
  const country = textOf(q.country)?.toUpperCase();
  const sector = textOf(q.sector);
  const goal = Number(textOf(q.sdgGoal));
  const status = textOf(q.status);
  return {
    ...(country && tax.countries.some((c) => c.code === country) ? { country } : {}),
    ...(sector && tax.sectors.some((s) => s.code === sector) ? { sector: sector as ListQuery['sector'] } : {}),
    ...(Number.isInteger(goal) && goal >= 1 && goal <= 17 ? { sdgGoal: goal } : {}),
    ...(signedIn && status && (STORY_STATUSES as readonly string[]).includes(status) ? { status: status as StoryStatus } : {}),
  };
}

const search = (q: Record<string, string | number | undefined>) => {
  const params = new URLSearchParams(Object.entries(q).flatMap(([k, v]): [string, string][] => (v === undefined ? [] : [[k, String(v)]])));
  return params.size > 0 ? `?${params}` : '';
};

function ListPage({
  page,
  tax,
  filters,
  list,
}: {
  page: Page;
  tax: Taxonomies;
  filters: ListQuery;
  list: { items: Story[]; total: number; nextCursor?: string };
}) {
  const { t } = page;
  const staffOrCountry = isSecretariat(page.actor) || isCountryWriter(page.actor);
  const current = filters.status ?? 'published';
  const base = { country: filters.country, sector: filters.sector, sdgGoal: filters.sdgGoal };
  return (
    <Layout page={page} title={t('web.stories.title')} section="stories" feed={page.href('/stories.atom')}>
      <h1 safe>{t('web.stories.title')}</h1>
      <p safe>{t('web.stories.intro')}</p>
      <p>
        <a href={page.href('/stories.atom')} type="application/atom+xml" safe>
          {t('web.stories.feed')}
        </a>
      </p>
      {staffOrCountry ? (
        <nav aria-label={t('web.stories.status')}>
          <ul class="tabs">
            {STORY_STATUSES.map((s) => (
              <li>
                <a
                  href={page.href(`/stories${search({ ...base, status: s === 'published' ? undefined : s })}`)}
                  aria-current={s === current ? 'page' : undefined}
                  safe
                >
                  {t(`web.stories.status.${s}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        ''
      )}
      <form method="get" action={page.href('/stories')} class="inline-filter" role="search" aria-label={t('web.stories.filters')}>
        {filters.status ? <input type="hidden" name="status" value={filters.status} /> : ''}
        <Select
          name="country"
          label={t('web.stories.filter.country')}
          value={filters.country}
          blank={t('web.stories.filter.any')}
          options={tax.countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <Select
          name="sector"
          label={t('web.stories.filter.sector')}
          value={filters.sector}
          blank={t('web.stories.filter.any')}
          options={tax.sectors.map((s) => ({ value: s.code, label: s.name }))}
        />
        <Select
          name="sdgGoal"
          label={t('web.stories.filter.sdgGoal')}
          value={filters.sdgGoal ? String(filters.sdgGoal) : undefined}
          blank={t('web.stories.filter.any')}
          options={tax.sdgGoals.map((g) => ({ value: String(g.goal), label: `${g.goal}. ${g.name}` }))}
        />
        <div class="field">
          <button type="submit" safe>
            {t('web.stories.filter.submit')}
          </button>
        </div>
      </form>
      <p role="status" safe>
        {t('web.stories.count', { count: list.total })}
      </p>
      {list.items.length === 0 ? (
        <p safe>{t('web.stories.none')}</p>
      ) : (
        <ul class="cards">
          {list.items.map((story) => (
            <StoryCard page={page} tax={tax} story={story} />
          ))}
        </ul>
      )}
      {list.nextCursor ? (
        <p>
          <a href={page.href(`/stories${search({ ...base, status: filters.status, cursor: list.nextCursor })}`)} safe>
            {t('web.stories.more')}
          </a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  );
}

interface StepState {
  readonly errors: readonly FieldError[];
  readonly values: Readonly<Record<string, string | undefined>>;
}

async function renderStory(app: FastifyInstance, page: Page, story: Story, opts: { original: boolean; state?: StepState }) {
  const tax = await taxonomiesFor(app, page.lang);
  const { t, actor } = page;
  const ofMatch = isSecretariat(actor) || (isCountryWriter(actor) && [story.provider, story.recipient].includes(actor.country));
  return (
    <Layout page={page} title={shownText(story, opts.original).title} section="stories">
      <p>
        <a href={page.href('/stories')} safe>
          {t('web.stories.title')}
        </a>
      </p>
      <ErrorSummary page={page} errors={opts.state?.errors ?? []} />
      <StoryBanner page={page} tax={tax} story={story} />
      <StoryArticle page={page} tax={tax} story={story} original={opts.original} />
      <ConsentRecord page={page} tax={tax} story={story} />
      <StoryActions page={page} tax={tax} story={story} errors={opts.state?.errors ?? []} values={opts.state?.values ?? {}} />
      {ofMatch ? (
        <p>
          <a href={page.href(`/matches/${story.matchId}`)} safe>
            {t('web.stories.match')}
          </a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  );
}

/** The API's body from the form's fields. */
function bodyOf(form: Record<string, unknown>) {
  const v = (name: string) => textOf(form[name]);
  return {
    language: v('language') ?? '',
    title: v('title') ?? '',
    summary: v('summary') ?? '',
    results: v('results') ?? '',
    lessons: v('lessons') ?? '',
    ...(v('testimonial') ? { testimonial: v('testimonial') } : {}),
    ...(v('testimonialBy') ? { testimonialBy: v('testimonialBy') } : {}),
  };
}

const valuesOf = (form: Record<string, unknown>): StoryValues => Object.fromEntries(STORY_FIELDS.map((f) => [f, textOf(form[f])]));

function formErrors(page: Page, problem: Problem | undefined): FieldError[] {
  const { t } = page;
  const labels = Object.fromEntries(STORY_FIELDS.map((f) => [f, t(`web.stories.form.${f}`)]));
  return fieldErrorsOf(page, problem, labels, { 'testimonial:custom': t('web.stories.form.testimonialMissing') });
}

function FormPage(props: {
  page: Page;
  title: string;
  action: string;
  values: StoryValues;
  errors: readonly FieldError[];
  editing: boolean;
  reapproval: boolean;
  back: string;
}) {
  const { page, title, back, ...form } = props;
  return (
    <Layout page={page} title={title} section="stories">
      <p>
        <a href={back} safe>
          {page.t('web.matches.page.back')}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <ErrorSummary page={page} errors={form.errors} />
      <StoryForm page={page} {...form} />
    </Layout>
  );
}

/** The feed's entries link to the web's own pages; its address is the one people open Enlace at. */
function atomOf(page: Page, origin: string, stories: readonly Story[], tax: Taxonomies): string {
  const { t } = page;
  const url = (path: string) => `${origin}${page.href(path)}`;
  const feed = new Feed({
    title: t('web.stories.feed.title'),
    description: t('web.stories.feed.description'),
    id: url('/stories'),
    link: url('/stories'),
    language: page.lang,
    updated: new Date(stories[0]?.publishedAt ?? 0),
    feedLinks: { atom: url('/stories.atom') },
    copyright: 'OAS / AICD',
  });
  for (const story of stories) {
    const text = shownText(story, false);
    const between = t('web.stories.between', { provider: tax.name('countries', story.provider), recipient: tax.name('countries', story.recipient) });
    const marked = text.machine ? ` (${t('web.layout.machineTranslated')})` : '';
    // The feed declares these as HTML (type="html"): what people wrote is escaped to stay text in a reader.
    feed.addItem({
      title: escapeHtml(text.title),
      id: url(`/stories/${story.id}`),
      link: url(`/stories/${story.id}`),
      description: escapeHtml(`${between}${marked}. ${text.summary}`),
      date: new Date(story.updatedAt),
      published: new Date(story.publishedAt ?? story.updatedAt),
      author: [{ name: between }],
      category: story.sectors.map((s) => ({ name: tax.name('sectors', s), term: s })),
    });
  }
  return feed.atom1();
}

const FLASH = { submit: 'web.stories.flash.submitted', approve: 'web.stories.flash.approved', withdraw: 'web.stories.flash.withdrawn' } as const;

export async function storyPages(app: FastifyInstance) {
  app.get<{ Querystring: Record<string, unknown> }>('/stories', async (req, reply) => {
    const page = await pageOf(req, reply);
    const tax = await taxonomiesFor(app, page.lang);
    const filters = filtersOf(req.query, tax, page.me !== undefined);
    const cursor = textOf(req.query.cursor);
    const list = dataOf(await page.api.GET('/v1/stories', { params: { query: { ...filters, lang: page.lang, limit: 12, ...(cursor ? { cursor } : {}) } } }));
    return sendHtml(reply, <ListPage page={page} tax={tax} filters={filters} list={list} />);
  });

  app.get('/stories.atom', async (req, reply) => {
    const page = await pageOf(req, reply);
    const tax = await taxonomiesFor(app, page.lang);
    const list = dataOf(await page.api.GET('/v1/stories', { params: { query: { lang: page.lang, limit: 30 } } }));
    const origin = app.webEnv.WEB_URL ? new URL(app.webEnv.WEB_URL).origin : `${req.protocol}://${req.host}`;
    return reply
      .type('application/atom+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(atomOf(page, origin, list.items, tax));
  });

  app.get<{ Params: { id: string }; Querystring: { original?: string } }>('/stories/:id', async (req, reply) => {
    const page = await pageOf(req, reply);
    const id = pathId(req.params.id);
    const story = dataOf(await page.api.GET('/v1/stories/{id}', { params: { path: { id }, query: { lang: page.lang } } }));
    return sendHtml(reply, await renderStory(app, page, story, { original: req.query.original === '1' }));
  });

  app.get<{ Params: { id: string } }>('/matches/:id/story', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const match = dataOf(await page.api.GET('/v1/matches/{id}', { params: { path: { id }, query: { lang: page.lang } } }));
    if (match.stage !== 'completed' || !canDraftStory(page.actor, { offer: match.offer.country, demand: match.demand.country })) return reply.callNotFound();
    // What the two sides already wrote at completion starts the story.
    const values: StoryValues = { language: page.lang, summary: match.outcome?.summary, lessons: match.outcome?.lessonsLearned };
    const title = page.t('web.stories.form.new');
    return sendHtml(
      reply,
      <FormPage
        page={page}
        title={title}
        action={page.href(`/matches/${id}/story`)}
        values={values}
        errors={[]}
        editing={false}
        reapproval={false}
        back={page.href(`/matches/${id}`)}
      />,
    );
  });

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/matches/:id/story', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const res = await page.api.POST('/v1/matches/{id}/story', { params: { path: { id } }, body: bodyOf(req.body ?? {}) as never });
    if (res.data) {
      flash(reply, 'web.stories.flash.drafted');
      return seeOther(reply, page.href(`/stories/${res.data.id}`));
    }
    const existing = res.response.status === 409 ? res.error?.errors?.find((e) => e.code === 'story_exists')?.reason : undefined;
    if (existing) return seeOther(reply, page.href(`/stories/${pathId(existing)}`));
    if (res.response.status !== 400) return dataOf(res);
    const title = page.t('web.stories.form.new');
    const form = (
      <FormPage
        page={page}
        title={title}
        action={page.href(`/matches/${id}/story`)}
        values={valuesOf(req.body ?? {})}
        errors={formErrors(page, res.error)}
        editing={false}
        reapproval={false}
        back={page.href(`/matches/${id}`)}
      />
    );
    return sendHtml(reply, form, 400);
  });

  const editForm = (page: Page, story: Story, values: StoryValues, errors: readonly FieldError[]) => (
    <FormPage
      page={page}
      title={page.t('web.stories.form.edit')}
      action={page.href(`/stories/${story.id}/edit`)}
      values={values}
      errors={errors}
      editing={true}
      reapproval={story.status === 'awaiting_approval' || story.status === 'published'}
      back={page.href(`/stories/${story.id}`)}
    />
  );

  app.get<{ Params: { id: string } }>('/stories/:id/edit', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const story = dataOf(await page.api.GET('/v1/stories/{id}', { params: { path: { id: pathId(req.params.id) } } }));
    if (!story.actions.includes('edit')) return reply.callNotFound();
    const values: StoryValues = Object.fromEntries(STORY_FIELDS.map((f) => [f, story[f] ?? undefined]));
    return sendHtml(reply, editForm(page, story, values, []));
  });

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/stories/:id/edit', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const res = await page.api.PUT('/v1/stories/{id}', { params: { path: { id } }, body: bodyOf(req.body ?? {}) as never });
    if (res.data) {
      flash(reply, 'web.stories.flash.saved');
      return seeOther(reply, page.href(`/stories/${id}`));
    }
    if (res.response.status !== 400) return dataOf(res);
    const story = dataOf(await page.api.GET('/v1/stories/{id}', { params: { path: { id } } }));
    return sendHtml(reply, editForm(page, story, valuesOf(req.body ?? {}), formErrors(page, res.error)), 400);
  });

  app.post<{ Params: { id: string; step: string }; Body: Record<string, unknown> }>('/stories/:id/:step', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const { step } = req.params;
    const path = { params: { path: { id } } };
    const note = textOf(req.body?.note);
    const res =
      step === 'submit'
        ? await page.api.POST('/v1/stories/{id}/submit', path)
        : step === 'approve'
          ? await page.api.POST('/v1/stories/{id}/approve', { ...path, body: note ? { note } : {} })
          : step === 'withdraw'
            ? await page.api.POST('/v1/stories/{id}/withdraw', { ...path, body: { reason: textOf(req.body?.reason) ?? '' } })
            : undefined;
    if (!res) return reply.callNotFound();
    if (res.data) {
      flash(reply, FLASH[step as keyof typeof FLASH]);
      return seeOther(reply, page.href(`/stories/${id}`));
    }
    // Someone else moved it on meanwhile (the other country approved, staff withdrew it): show it as it is.
    if (res.response.status === 409) {
      flash(reply, 'web.stories.flash.changed');
      return seeOther(reply, page.href(`/stories/${id}`));
    }
    if (res.response.status !== 400) return dataOf(res);
    const story = dataOf(await page.api.GET('/v1/stories/{id}', { params: { path: { id }, query: { lang: page.lang } } }));
    const errors = fieldErrorsOf(page, res.error, { note: page.t('web.stories.approve.note'), reason: page.t('web.stories.withdraw.reason') });
    const values = { note, reason: textOf(req.body?.reason) };
    return sendHtml(reply, await renderStory(app, page, story, { original: false, state: { errors, values } }), 400);
  });
}
