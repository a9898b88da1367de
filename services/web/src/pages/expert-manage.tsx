/*
 * Managing an expert of the roster, for their country's focal points and staff: correct
 * the registration, pause or resume, withdraw, resubmit a rejected registration,
 * deactivate with a reason, and erase their personal data on request. The API decides
 * who may and from which state; these pages offer what it would accept.
 */
import { type ExpertAction, canManageExpert, canReviewFrom, isExpertEditable } from '@enlace/domain';
import type { MessageKey } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type Schemas } from '../api/client.js';
import { Choices, CsrfField, errorFor, type FieldError, fieldErrorsOf, TextArea, textOf } from '../components/form.js';
import { editOf, expertFieldLabels, expertFieldMessages, formFromBody, formFromExpert, RegistrationPage } from '../components/roster-form.js';
import { type Page, pageOf, pathId, requireMe } from '../context.js';
import { ErrorSummary } from '../layout.js';
import { seeOther, sendHtml } from '../render.js';
import { flash } from '../session.js';
import { taxonomiesFor } from '../taxonomies.js';

type Expert = Schemas['Expert'];

/** The actions a form offers with one button; deactivating and erasing ask more. */
const SIMPLE_ACTIONS = ['pause', 'resume', 'withdraw', 'resubmit'] as const;
type SimpleAction = (typeof SIMPLE_ACTIONS)[number];

const BUTTON: Record<SimpleAction, MessageKey> = {
  pause: 'web.roster.manage.pause',
  resume: 'web.roster.manage.resume',
  withdraw: 'web.roster.manage.withdraw',
  resubmit: 'web.roster.manage.resubmit',
};
const DONE: Record<SimpleAction | 'deactivate', MessageKey> = {
  pause: 'web.roster.flash.paused',
  resume: 'web.roster.flash.resumed',
  withdraw: 'web.roster.flash.withdrawn',
  resubmit: 'web.roster.flash.resubmitted',
  deactivate: 'web.roster.flash.deactivated',
};

const possible = (action: ExpertAction, expert: Expert) => canReviewFrom(action, expert.status);

export interface ManageProblems {
  readonly reason?: string | undefined;
  readonly errors: readonly FieldError[];
}

/** The expert page's section for those who manage the expert. */
export function ManageExpert({ page, expert, problems }: { page: Page; expert: Expert; problems?: ManageProblems | undefined }) {
  const { t } = page;
  if (!canManageExpert(page.actor, expert.country)) return <></>;
  const simple = SIMPLE_ACTIONS.filter((a) => possible(a, expert));
  return (
    <section aria-labelledby="manage-title" class="manage-expert">
      <h2 id="manage-title" safe>
        {t('web.roster.manage.title')}
      </h2>
      <ErrorSummary page={page} errors={problems?.errors ?? []} />
      <p safe>{t('web.roster.manage.intro')}</p>
      {isExpertEditable(expert.status) ? (
        <p>
          <a href={page.href(`/experts/${expert.id}/edit`)} safe>
            {t('web.roster.manage.edit')}
          </a>
        </p>
      ) : (
        ''
      )}
      {simple.length > 0 ? <h3 safe>{t('web.roster.manage.availability')}</h3> : ''}
      {simple.length > 0 ? (
        <div class="row-actions">
          {simple.map((action) => (
            <form method="post" action={page.href(`/experts/${expert.id}/${action}`)} class="inline-form">
              <CsrfField page={page} />
              <button type="submit" class={action === 'withdraw' ? 'secondary' : undefined} safe>
                {t(BUTTON[action])}
              </button>
            </form>
          ))}
        </div>
      ) : (
        ''
      )}
      {possible('deactivate', expert) ? (
        <form method="post" action={page.href(`/experts/${expert.id}/deactivate`)} novalidate aria-labelledby="deactivate-title">
          <h3 id="deactivate-title" safe>
            {t('web.roster.manage.deactivateTitle')}
          </h3>
          <CsrfField page={page} />
          <TextArea
            name="reason"
            label={t('web.roster.manage.deactivateReason')}
            value={problems?.reason}
            error={errorFor(problems?.errors ?? [], 'reason')}
            rows={2}
            maxlength={2000}
          />
          <button type="submit" class="secondary" safe>
            {t('web.roster.manage.deactivate')}
          </button>
        </form>
      ) : (
        ''
      )}
      <form method="post" action={page.href(`/experts/${expert.id}/erase`)} novalidate aria-labelledby="erase-title">
        <h3 id="erase-title" safe>
          {t('web.roster.manage.eraseTitle')}
        </h3>
        <CsrfField page={page} />
        <Choices
          name="confirm"
          label={t('web.roster.manage.eraseConfirmLegend')}
          hint={t('web.roster.manage.eraseHint')}
          error={errorFor(problems?.errors ?? [], 'confirm')}
          options={[{ value: 'yes', label: t('web.roster.manage.eraseConfirm') }]}
        />
        <button type="submit" class="secondary" safe>
          {t('web.roster.manage.erase')}
        </button>
      </form>
    </section>
  );
}

export async function expertManagePages(
  app: FastifyInstance,
  opts: { renderExpert: (page: Page, expert: Expert, problems: ManageProblems) => Promise<JSX.Element> },
) {
  const expertOf = async (page: Page, id: string) => dataOf(await page.api.GET('/v1/experts/{id}', { params: { path: { id } } }));

  app.get<{ Params: { id: string } }>('/experts/:id/edit', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const expert = await expertOf(page, pathId(req.params.id));
    if (!canManageExpert(page.actor, expert.country) || !isExpertEditable(expert.status)) return reply.callNotFound();
    const tax = await taxonomiesFor(app, page.lang);
    return sendHtml(reply, <RegistrationPage page={page} tax={tax} form={formFromExpert(expert)} errors={[]} editing={expert} />);
  });

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/experts/:id/edit', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const expert = await expertOf(page, id);
    const form = { ...formFromBody(req.body ?? {}, page.lang), country: expert.country };
    const res = await page.api.PATCH('/v1/experts/{id}', { params: { path: { id } }, body: editOf(form) });
    if (res.response.status === 400) {
      const tax = await taxonomiesFor(app, page.lang);
      const errors = fieldErrorsOf(page, res.error, expertFieldLabels(page), expertFieldMessages(page));
      return sendHtml(reply, <RegistrationPage page={page} tax={tax} form={form} errors={errors} editing={expert} />, 400);
    }
    if (res.response.status === 409) flash(reply, 'web.roster.flash.changed');
    else {
      dataOf(res);
      flash(reply, 'web.roster.flash.edited');
    }
    return seeOther(reply, page.href(`/experts/${id}`));
  });

  for (const action of SIMPLE_ACTIONS) {
    app.post<{ Params: { id: string } }>(`/experts/:id/${action}`, async (req, reply) => {
      const page = await pageOf(req, reply);
      requireMe(page);
      const id = pathId(req.params.id);
      const res = await page.api.POST(`/v1/experts/{id}/${action}`, { params: { path: { id } }, body: null });
      if (res.response.status === 409) flash(reply, 'web.roster.flash.changed');
      else {
        dataOf(res);
        flash(reply, DONE[action]);
      }
      return seeOther(reply, page.href(`/experts/${id}`));
    });
  }

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/experts/:id/deactivate', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const reason = textOf(req.body?.reason);
    const res = await page.api.POST('/v1/experts/{id}/deactivate', { params: { path: { id } }, body: { reason: reason ?? '' } });
    if (res.response.status === 400) {
      const problems = { reason, errors: [{ field: 'reason', message: page.t('web.roster.manage.error.reason') }] };
      return sendHtml(reply, await opts.renderExpert(page, await expertOf(page, id), problems), 400);
    }
    if (res.response.status === 409) flash(reply, 'web.roster.flash.changed');
    else {
      dataOf(res);
      flash(reply, DONE.deactivate);
    }
    return seeOther(reply, page.href(`/experts/${id}`));
  });

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/experts/:id/erase', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    if (textOf(req.body?.confirm) !== 'yes') {
      const problems = { errors: [{ field: 'confirm', message: page.t('web.roster.manage.error.confirm') }] };
      return sendHtml(reply, await opts.renderExpert(page, await expertOf(page, id), problems), 400);
    }
    const res = await page.api.POST('/v1/experts/{id}/erase', { params: { path: { id } }, body: null });
    if (res.response.status !== 204) dataOf(res);
    flash(reply, 'web.roster.flash.erased');
    return seeOther(reply, page.href('/experts'));
  });
}
