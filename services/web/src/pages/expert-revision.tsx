/*
 * An expert's own change to their validated profile, as their country reviews it: what
 * each changed field says now and what the expert proposes, then publish or send back
 * with a reason. The expert sees the same table on their own page.
 */
import { canReviewExpert } from '@enlace/domain';
import { listOf as joined, longDate, t as translate } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type Schemas } from '../api/client.js';
import { CsrfField, errorFor, type FieldError, TextArea, textOf } from '../components/form.js';
import { expertFieldLabels } from '../components/roster-form.js';
import { type Page, pageOf, pathId, requireMe } from '../context.js';
import { ErrorSummary } from '../layout.js';
import { seeOther, sendHtml } from '../render.js';
import { flash } from '../session.js';
import type { Taxonomies } from '../taxonomies.js';

type Expert = Schemas['Expert'];
type Revision = Schemas['ExpertRevision'];
type Changes = Revision['changes'];

/** A field's value as a person reads it: names rather than codes, lists joined. */
function shown(page: Page, tax: Taxonomies, field: keyof Changes, value: unknown): string {
  const { lang, t } = page;
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return t('web.roster.revision.empty');
  switch (field) {
    case 'sectors':
      return joined(
        lang,
        (value as string[]).map((s) => tax.name('sectors', s)),
      );
    case 'sdgGoals':
      return joined(
        lang,
        (value as number[]).map((g) => `${g} ${tax.goalName(g)}`),
      );
    case 'workingLanguages':
      return joined(
        lang,
        (value as string[]).map((l) => translate(lang, `language.${l as 'es'}`)),
      );
    case 'language':
      return translate(lang, `language.${value as 'es'}`);
    case 'sdgTargets':
      return (value as string[]).join(', ');
    case 'institution': {
      const i = value as { name: string; acronym?: string };
      return i.acronym ? `${i.name} (${i.acronym})` : i.name;
    }
    case 'contact': {
      const c = value as { name: string; email: string };
      return `${c.name} <${c.email}>`;
    }
    default:
      return String(value);
  }
}

/** What each changed field says now, and what the expert proposes. */
export function RevisionChanges({ page, tax, expert, revision }: { page: Page; tax: Taxonomies; expert: Expert; revision: Revision }) {
  const { t } = page;
  const labels: Record<string, string> = {
    ...expertFieldLabels(page),
    sdgGoals: t('web.roster.sdgGoals'),
    contact: t('web.roster.contact'),
    institution: t('web.roster.institution'),
  };
  const fields = revision.changedFields as (keyof Changes)[];
  // One heading per field, each with what it says now and what is proposed: a list that
  // reads the same on a phone, where three columns of prose would not fit.
  return (
    <div class="revision-changes">
      {fields.map((field) => (
        <>
          <h3 safe>{labels[field] ?? field}</h3>
          <dl class="fields">
            <dt safe>{t('web.roster.revision.now')}</dt>
            <dd class="prose" safe>
              {shown(page, tax, field, (expert as Record<string, unknown>)[field])}
            </dd>
            <dt safe>{t('web.roster.revision.proposed')}</dt>
            <dd class="prose" safe>
              {shown(page, tax, field, revision.changes[field])}
            </dd>
          </dl>
        </>
      ))}
    </div>
  );
}

export interface SendingBack {
  readonly reason: string | undefined;
  readonly errors: readonly FieldError[];
}

/** The expert page's section for the country's reviewers when the expert's change waits. */
export function RevisionReview({ page, tax, expert, sendingBack }: { page: Page; tax: Taxonomies; expert: Expert; sendingBack?: SendingBack | undefined }) {
  const { t, lang } = page;
  const revision = expert.revision;
  if (!revision || revision.status !== 'pending' || !canReviewExpert(page.actor, expert.country)) return <></>;
  return (
    <section aria-labelledby="revision-title" class="revision-review">
      <h2 id="revision-title" safe>
        {t('web.roster.revision.title')}
      </h2>
      <ErrorSummary page={page} errors={sendingBack?.errors ?? []} />
      <p safe>{t('web.roster.revision.intro', { date: longDate(lang, revision.updatedAt) })}</p>
      <RevisionChanges page={page} tax={tax} expert={expert} revision={revision} />
      <div class="row-actions review-actions">
        <form method="post" action={page.href(`/experts/${expert.id}/revision/publish`)} class="inline-form">
          <CsrfField page={page} />
          <button type="submit" safe>
            {t('web.roster.revision.publish')}
          </button>
        </form>
        <form method="post" action={page.href(`/experts/${expert.id}/revision/send-back`)} novalidate>
          <CsrfField page={page} />
          <TextArea
            name="reason"
            label={t('web.roster.revision.reason')}
            value={sendingBack?.reason}
            error={errorFor(sendingBack?.errors ?? [], 'reason')}
            rows={2}
            maxlength={2000}
          />
          <button type="submit" class="secondary" safe>
            {t('web.roster.revision.sendBack')}
          </button>
        </form>
      </div>
    </section>
  );
}

export async function expertRevisionPages(
  app: FastifyInstance,
  opts: { renderExpert: (page: Page, expert: Expert, sendingBack: SendingBack) => Promise<JSX.Element> },
) {
  app.post<{ Params: { id: string } }>('/experts/:id/revision/publish', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const res = await page.api.POST('/v1/experts/{id}/revision/publish', { params: { path: { id } }, body: null });
    if (res.response.status === 409) flash(reply, 'web.roster.flash.changed');
    else {
      dataOf(res);
      flash(reply, 'web.roster.flash.revisionPublished');
    }
    return seeOther(reply, page.href(`/experts/${id}`));
  });

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/experts/:id/revision/send-back', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const reason = textOf(req.body?.reason);
    const res = await page.api.POST('/v1/experts/{id}/revision/send-back', { params: { path: { id } }, body: { reason: reason ?? '' } });
    if (res.response.status === 400) {
      const expert = dataOf(await page.api.GET('/v1/experts/{id}', { params: { path: { id } } }));
      const sendingBack = { reason, errors: [{ field: 'reason', message: page.t('web.roster.revision.error.reason') }] };
      return sendHtml(reply, await opts.renderExpert(page, expert, sendingBack), 400);
    }
    if (res.response.status === 409) flash(reply, 'web.roster.flash.changed');
    else {
      dataOf(res);
      flash(reply, 'web.roster.flash.revisionSentBack');
    }
    return seeOther(reply, page.href(`/experts/${id}`));
  });
}
