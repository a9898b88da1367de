/*
 * An expert's own pages, without an account: ask for the link at the registration's
 * address, then, with the link's token in the address, read the registration, correct
 * it, pause or resume, resubmit, withdraw or erase it. Every call goes to the API with
 * the token (`Authorization: ExpertLink`); the API decides what the expert may do. The
 * token is a secret: these pages are never cached, and the language links and the
 * sign-in's way back do not repeat it.
 */
import { EXPERT_LINK_HOURS, EXPERT_SELF_ACTIONS, type ExpertAction, canReviewFrom, isExpertEditable } from '@enlace/domain';
import { label, longDate, type MessageKey } from '@enlace/i18n';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ApiClient, apiClientFor, dataOf, type Schemas } from '../api/client.js';
import { ExpertFields } from '../components/expert-fields.js';
import { Choices, CsrfField, errorFor, type FieldError, fieldErrorsOf, TextInput, textOf } from '../components/form.js';
import { editOf, expertFieldLabels, expertFieldMessages, formFromBody, formFromExpert, RegistrationPage } from '../components/roster-form.js';
import { type Page, pageOf } from '../context.js';
import { ErrorSummary, Layout } from '../layout.js';
import { seeOther, sendHtml } from '../render.js';
import { flash } from '../session.js';
import { type Taxonomies, taxonomiesFor } from '../taxonomies.js';
import { RevisionChanges } from './expert-revision.js';

type Expert = Schemas['Expert'];

/** What a link's token looks like (the API checks it): anything else is not sent anywhere. */
const TOKEN = /^[0-9a-f-]{36}\.[0-9a-z]{1,10}-[\w-]{43}$/;

const ONE_BUTTON = ['pause', 'resume', 'resubmit'] as const satisfies readonly ExpertAction[];
type OneButton = (typeof ONE_BUTTON)[number];
const BUTTON: Record<OneButton, MessageKey> = { pause: 'web.expertSelf.pause', resume: 'web.expertSelf.resume', resubmit: 'web.expertSelf.resubmit' };
const DONE: Record<OneButton, MessageKey> = {
  pause: 'web.expertSelf.flash.paused',
  resume: 'web.expertSelf.flash.resumed',
  resubmit: 'web.expertSelf.flash.resubmitted',
};
const STATUS_TEXT: Partial<Record<Expert['status'], MessageKey>> = {
  pending: 'web.expertSelf.status.pending',
  validated: 'web.expertSelf.status.validated',
  paused: 'web.expertSelf.status.paused',
  rejected: 'web.expertSelf.status.rejected',
};

function RequestLinkPage({ page, email, errors, expired }: { page: Page; email?: string | undefined; errors: readonly FieldError[]; expired?: boolean }) {
  const { t } = page;
  const title = expired ? t('web.expertSelf.expired.title') : t('web.expertSelf.request.title');
  return (
    <Layout page={page} title={title} section="experts">
      <h1 safe>{title}</h1>
      <ErrorSummary page={page} errors={errors} />
      {expired ? <p safe>{t('web.expertSelf.expired.body')}</p> : ''}
      <p safe>{t('web.expertSelf.request.intro')}</p>
      <form method="post" action={page.href('/roster/self')} novalidate>
        <CsrfField page={page} />
        <TextInput
          name="email"
          type="email"
          label={t('web.expertSelf.request.email')}
          value={email}
          error={errorFor(errors, 'email')}
          autocomplete="email"
          maxlength={254}
        />
        <button type="submit" safe>
          {t('web.expertSelf.request.submit')}
        </button>
      </form>
    </Layout>
  );
}

function NoticePage({ page, title, body }: { page: Page; title: string; body: string }) {
  return (
    <Layout page={page} title={title} section="experts">
      <h1 safe>{title}</h1>
      <p safe>{body}</p>
      <p>
        <a href={page.href('/experts')} safe>
          {page.t('web.roster.back')}
        </a>
      </p>
    </Layout>
  );
}

/** The expert's own page: the registration as it stands, a change waiting, and what they may do. */
function SelfPage({ page, tax, expert, token, errors }: { page: Page; tax: Taxonomies; expert: Expert; token: string; errors: readonly FieldError[] }) {
  const { t, lang } = page;
  const base = `/roster/self/${token}`;
  const buttons = ONE_BUTTON.filter((a) => EXPERT_SELF_ACTIONS.includes(a) && canReviewFrom(a, expert.status));
  const statusText = STATUS_TEXT[expert.status];
  const revision = expert.revision;
  return (
    <Layout page={page} title={t('web.expertSelf.title')} section="experts">
      <h1 safe>{t('web.expertSelf.title')}</h1>
      <ErrorSummary page={page} errors={errors} />
      <p safe>{t('web.expertSelf.intro')}</p>
      <p class="meta">
        <span class="badge" safe>
          {t('web.expertSelf.status', { status: label(lang, 'expertStatus', expert.status) })}
        </span>
      </p>
      {statusText ? <p safe>{t(statusText)}</p> : ''}
      {expert.reviewNote ? (
        <>
          <h2 safe>{t('web.expertSelf.reviewNote')}</h2>
          <blockquote safe>{expert.reviewNote}</blockquote>
        </>
      ) : (
        ''
      )}
      {revision ? (
        <section aria-labelledby="revision-title" class="revision-review">
          <h2 id="revision-title" safe>
            {revision.status === 'pending' ? t('web.roster.revision.title') : t('web.roster.revision.sentBack')}
          </h2>
          {revision.status === 'pending' ? <p safe>{t('web.roster.revision.own', { date: longDate(lang, revision.updatedAt) })}</p> : ''}
          {revision.reason ? <blockquote safe>{revision.reason}</blockquote> : ''}
          <RevisionChanges page={page} tax={tax} expert={expert} revision={revision} />
        </section>
      ) : (
        ''
      )}
      <h2 safe>{expert.name}</h2>
      <div class="prose" lang={expert.language !== lang ? expert.language : undefined} safe>
        {expert.profile}
      </div>
      <ExpertFields page={page} tax={tax} expert={expert} />
      {isExpertEditable(expert.status) ? (
        <p>
          <a href={page.href(`${base}/edit`)} safe>
            {t('web.expertSelf.edit')}
          </a>
        </p>
      ) : (
        ''
      )}
      {buttons.length > 0 ? (
        <section aria-labelledby="availability-title">
          <h2 id="availability-title" safe>
            {t('web.expertSelf.availability')}
          </h2>
          <div class="row-actions">
            {buttons.map((action) => (
              <form method="post" action={page.href(`${base}/${action}`)} class="inline-form">
                <CsrfField page={page} />
                <button type="submit" safe>
                  {t(BUTTON[action])}
                </button>
              </form>
            ))}
          </div>
        </section>
      ) : (
        ''
      )}
      {canReviewFrom('withdraw', expert.status) ? (
        <form method="post" action={page.href(`${base}/withdraw`)} novalidate aria-labelledby="withdraw-title">
          <h2 id="withdraw-title" safe>
            {t('web.expertSelf.withdraw.title')}
          </h2>
          <CsrfField page={page} />
          <Choices
            name="confirmWithdraw"
            label={t('web.expertSelf.withdraw.legend')}
            hint={t('web.expertSelf.withdraw.hint')}
            error={errorFor(errors, 'confirmWithdraw')}
            options={[{ value: 'yes', label: t('web.expertSelf.withdraw.confirm') }]}
          />
          <button type="submit" class="secondary" safe>
            {t('web.expertSelf.withdraw')}
          </button>
        </form>
      ) : (
        ''
      )}
      <form method="post" action={page.href(`${base}/erase`)} novalidate aria-labelledby="erase-title">
        <h2 id="erase-title" safe>
          {t('web.expertSelf.erase.title')}
        </h2>
        <CsrfField page={page} />
        <Choices
          name="confirmErase"
          label={t('web.expertSelf.erase.legend')}
          hint={t('web.expertSelf.erase.hint')}
          error={errorFor(errors, 'confirmErase')}
          options={[{ value: 'yes', label: t('web.expertSelf.erase.confirm') }]}
        />
        <button type="submit" class="secondary" safe>
          {t('web.expertSelf.erase')}
        </button>
      </form>
    </Layout>
  );
}

export async function expertSelfPages(app: FastifyInstance) {
  /** The page for a link's address: its token is kept out of every link the page writes but its own forms. */
  const selfPage = async (req: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-store');
    return pageOf(req, reply, { path: '/roster/self' });
  };
  const linkApi = (req: FastifyRequest, page: Page, token: string): ApiClient =>
    apiClientFor(req.server.webEnv.API_URL, { lang: page.lang, address: req.ip, expertLink: token });
  const expired = (page: Page, reply: FastifyReply) => sendHtml(reply, <RequestLinkPage page={page} errors={[]} expired />, 401);

  /** The registration the token opens, or undefined when the link no longer works. */
  const ownExpert = async (req: FastifyRequest, page: Page, token: string): Promise<Expert | undefined> => {
    if (!TOKEN.test(token)) return undefined;
    const res = await linkApi(req, page, token).GET('/v1/experts/self');
    return res.response.status === 401 ? undefined : dataOf(res);
  };

  app.get('/roster/self', async (req, reply) => sendHtml(reply, <RequestLinkPage page={await pageOf(req, reply)} errors={[]} />));

  app.post<{ Body: Record<string, unknown> }>('/roster/self', async (req, reply) => {
    const page = await pageOf(req, reply);
    const email = textOf(req.body?.email);
    const res = await page.api.POST('/v1/experts/links', { body: { email: email ?? '', language: page.lang } });
    if (res.response.status === 400) {
      return sendHtml(
        reply,
        <RequestLinkPage page={page} email={email} errors={[{ field: 'email', message: page.t('web.expertSelf.request.error.email') }]} />,
        400,
      );
    }
    if (res.response.status === 429) {
      const errors = [{ field: 'email', message: page.t('web.expertSelf.request.error.tooMany') }];
      return sendHtml(reply, <RequestLinkPage page={page} email={email} errors={errors} />, 429);
    }
    dataOf(res);
    return sendHtml(
      reply,
      <NoticePage page={page} title={page.t('web.expertSelf.sent.title')} body={page.t('web.expertSelf.sent.body', { hours: EXPERT_LINK_HOURS })} />,
    );
  });

  app.get<{ Params: { token: string } }>('/roster/self/:token', async (req, reply) => {
    const page = await selfPage(req, reply);
    const expert = await ownExpert(req, page, req.params.token);
    if (!expert) return expired(page, reply);
    return sendHtml(reply, <SelfPage page={page} tax={await taxonomiesFor(app, page.lang)} expert={expert} token={req.params.token} errors={[]} />);
  });

  app.get<{ Params: { token: string } }>('/roster/self/:token/edit', async (req, reply) => {
    const page = await selfPage(req, reply);
    const expert = await ownExpert(req, page, req.params.token);
    if (!expert) return expired(page, reply);
    const tax = await taxonomiesFor(app, page.lang);
    return sendHtml(
      reply,
      <RegistrationPage page={page} tax={tax} form={formFromExpert(expert)} errors={[]} editing={editingOf(page, expert, req.params.token)} />,
    );
  });

  app.post<{ Params: { token: string }; Body: Record<string, unknown> }>('/roster/self/:token/edit', async (req, reply) => {
    const page = await selfPage(req, reply);
    const { token } = req.params;
    const expert = await ownExpert(req, page, token);
    if (!expert) return expired(page, reply);
    const form = { ...formFromBody(req.body ?? {}, page.lang), country: expert.country };
    const res = await linkApi(req, page, token).PATCH('/v1/experts/{id}', { params: { path: { id: expert.id } }, body: editOf(form) });
    if (res.response.status === 400) {
      const tax = await taxonomiesFor(app, page.lang);
      const errors = fieldErrorsOfPage(page, res.error);
      return sendHtml(reply, <RegistrationPage page={page} tax={tax} form={form} errors={errors} editing={editingOf(page, expert, token)} />, 400);
    }
    if (res.response.status === 401) return expired(page, reply);
    const saved = dataOf(res);
    flash(reply, saved.revision?.status === 'pending' ? 'web.expertSelf.flash.proposed' : 'web.expertSelf.flash.edited');
    // A new contact address ends this link: the page then says so and offers a new one.
    return seeOther(reply, page.href(`/roster/self/${token}`));
  });

  for (const action of ONE_BUTTON) {
    app.post<{ Params: { token: string } }>(`/roster/self/:token/${action}`, async (req, reply) => {
      const page = await selfPage(req, reply);
      const { token } = req.params;
      const expert = await ownExpert(req, page, token);
      if (!expert) return expired(page, reply);
      const res = await linkApi(req, page, token).POST(`/v1/experts/{id}/${action}`, { params: { path: { id: expert.id } }, body: null });
      if (res.response.status !== 409) {
        dataOf(res);
        flash(reply, DONE[action]);
      }
      return seeOther(reply, page.href(`/roster/self/${token}`));
    });
  }

  for (const [action, field] of [
    ['withdraw', 'confirmWithdraw'],
    ['erase', 'confirmErase'],
  ] as const) {
    app.post<{ Params: { token: string }; Body: Record<string, unknown> }>(`/roster/self/:token/${action}`, async (req, reply) => {
      const page = await selfPage(req, reply);
      const { token } = req.params;
      const expert = await ownExpert(req, page, token);
      if (!expert) return expired(page, reply);
      if (textOf(req.body?.[field]) !== 'yes') {
        const errors = [{ field, message: page.t('web.expertSelf.error.confirm') }];
        return sendHtml(reply, <SelfPage page={page} tax={await taxonomiesFor(app, page.lang)} expert={expert} token={token} errors={errors} />, 400);
      }
      const api = linkApi(req, page, token);
      const res = await api.POST(`/v1/experts/{id}/${action}`, { params: { path: { id: expert.id } }, body: null });
      if (res.response.status !== 204) dataOf(res);
      const [title, body] =
        action === 'erase'
          ? [page.t('web.expertSelf.erased.title'), page.t('web.expertSelf.erased.body')]
          : [page.t('web.expertSelf.withdrawn.title'), page.t('web.expertSelf.withdrawn.body')];
      return sendHtml(reply, <NoticePage page={page} title={title} body={body} />);
    });
  }
}

function editingOf(page: Page, expert: Expert, token: string) {
  return {
    id: expert.id,
    name: expert.name,
    action: `/roster/self/${token}/edit`,
    title: page.t('web.expertSelf.edit.title'),
    intro: page.t('web.expertSelf.edit.intro'),
  };
}

function fieldErrorsOfPage(page: Page, problem: unknown): FieldError[] {
  return fieldErrorsOf(page, problem as never, expertFieldLabels(page), expertFieldMessages(page));
}
