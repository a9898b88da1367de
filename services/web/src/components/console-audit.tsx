/*
 * The audit trail of a listing or a match, in the secretariat's console: a form that
 * takes an id (or the address of the listing's or match's page), and the steps as a
 * table, oldest first: when, who, what, and the message or reason they left.
 */
import { label, type MessageKey } from '@enlace/i18n';
import type { Children } from '@kitajs/html';
import type { operations, Schemas } from '../api/client.js';
import { isUuid, type Page } from '../context.js';
import { ConsolePage, When } from './console-shell.js';
import { Choices, errorFor, type FieldError, TextInput } from './form.js';

export type AuditKind = 'listing' | 'match';
export type ListingStep = operations['getListingHistory']['responses'][200]['content']['application/json']['items'][number];
type Match = Schemas['Match'];

/** What the form asks for: a kind and an id, from an id or a page's address (whose path then says the kind). */
export function auditTarget(kind: unknown, text: unknown): { kind: AuditKind; id: string | undefined; text: string } {
  const raw = typeof text === 'string' ? text.trim().slice(0, 500) : '';
  const id = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(raw)?.[0]?.toLowerCase();
  const fromPath = /\/matches\//.test(raw) ? 'match' : /\/(listings|review)\//.test(raw) ? 'listing' : undefined;
  return { kind: fromPath ?? (kind === 'match' ? 'match' : 'listing'), id: isUuid(id) ? id : undefined, text: raw };
}

interface Step {
  readonly at: string;
  readonly who: string;
  readonly what: string;
  readonly message: string | null;
}

const REVISION: Readonly<Record<string, MessageKey>> = {
  pending: 'web.console.audit.revision.pending',
  published: 'web.console.audit.revision.published',
  sent_back: 'web.console.audit.revision.sent_back',
  withdrawn: 'web.console.audit.revision.withdrawn',
};

const status = (page: Page, code: string) => {
  const known = ['draft', 'pending_review', 'published', 'closed', 'expired'] as const;
  const s = known.find((k) => k === code);
  return s ? label(page.lang, 'listingStatus', s) : code;
};

/** A listing's history as steps; `names` names the people by id (the API gives their ids). */
export function listingSteps(page: Page, items: readonly ListingStep[], names: ReadonlyMap<string, string>): Step[] {
  const { t } = page;
  return items.map((h) => {
    const what =
      h.kind === 'revision'
        ? REVISION[h.to]
          ? t(REVISION[h.to]!)
          : h.to
        : h.from === null
          ? t('web.console.audit.listing.created', { status: status(page, h.to) })
          : t('web.console.audit.listing.status', { from: status(page, h.from), to: status(page, h.to) });
    const who = h.actorUserId ? (names.get(h.actorUserId) ?? h.actorUserId) : t('web.console.audit.who.system');
    return { at: h.at, who, what, message: h.reason ?? null };
  });
}

export function matchSteps(page: Page, match: Match): Step[] {
  const { t, lang } = page;
  return match.history.map((e) => {
    const who = e.actor
      ? e.side
        ? t('web.console.audit.who.side', { name: e.actor.name, side: t(`web.console.audit.side.${e.side}`) })
        : e.actor.name
      : t('web.console.audit.who.system');
    const stage = e.fromStage
      ? t('web.console.audit.match.stage', { from: label(lang, 'matchStage', e.fromStage), to: label(lang, 'matchStage', e.toStage) })
      : t('web.console.audit.match.firstStage', { to: label(lang, 'matchStage', e.toStage) });
    return { at: e.at, who, what: `${t(`web.console.audit.match.${e.action}`)}. ${stage}`, message: e.message };
  });
}

export function StepsTable({ page, caption, steps }: { page: Page; caption: string; steps: readonly Step[] }) {
  const { t } = page;
  if (steps.length === 0) return <p safe>{t('web.console.audit.none')}</p>;
  return (
    <div class="table-wrap">
      <table id="audit-trail">
        <caption safe>{caption}</caption>
        <thead>
          <tr>
            {(['when', 'who', 'what', 'message'] as const).map((c) => (
              <th scope="col" safe>
                {t(`web.console.audit.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr>
              <td>
                <When page={page} at={s.at} />
              </td>
              <td safe>{s.who}</td>
              <td safe>{s.what}</td>
              <td class="message" safe>
                {s.message ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The form, and below it the trail when one was asked for and found. */
export function AuditPage(props: { page: Page; kind: AuditKind; text: string; errors: readonly FieldError[]; children?: Children }) {
  const { page, kind, text, errors, children } = props;
  const { t } = page;
  return (
    <ConsolePage page={page} current="audit" title={t('web.console.audit.title')} intro={t('web.console.audit.intro')} errors={errors}>
      <form method="get" action={page.href('/console/audit')} novalidate>
        <Choices
          name="kind"
          type="radio"
          label={t('web.console.audit.kind')}
          values={[kind]}
          options={[
            { value: 'listing', label: t('web.console.audit.kind.listing') },
            { value: 'match', label: t('web.console.audit.kind.match') },
          ]}
        />
        <TextInput name="id" label={t('web.console.audit.id')} hint={t('web.console.audit.idHint')} error={errorFor(errors, 'id')} value={text} />
        <div class="actions">
          <button type="submit" safe>
            {t('web.console.audit.show')}
          </button>
        </div>
      </form>
      {children}
    </ConsolePage>
  );
}
