/*
 * Two lists of the secretariat's console: everyone's imports (each opening its report,
 * the imports' own page) and the deliveries that gave up, each with a button that sends
 * it again.
 */
import { label, type MessageKey } from '@enlace/i18n';
import type { operations, Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import { When } from './console-shell.js';
import { CsrfField } from './form.js';
import type { Taxonomies } from '../taxonomies.js';

type ImportSummary = Schemas['ImportSummary'];
export type DeadDelivery = operations['listDeadDeliveries']['responses'][200]['content']['application/json']['items'][number];

export const IMPORT_FILTERS = ['all', 'running', 'failed'] as const;
export type ImportFilter = (typeof IMPORT_FILTERS)[number];

export function ImportsTable({ page, items }: { page: Page; items: readonly ImportSummary[] }) {
  const { t, lang } = page;
  if (items.length === 0) return <p safe>{t('web.console.imports.none')}</p>;
  const cols = ['started', 'by', 'status', 'lines', 'created', 'updated', 'unchanged', 'errors'] as const;
  const num = (n: number) => (
    <td class="number" safe>
      {n.toLocaleString(lang)}
    </td>
  );
  return (
    <div class="table-wrap">
      <table id="imports">
        <caption safe>{t('web.console.imports.caption')}</caption>
        <thead>
          <tr>
            {cols.map((c) => (
              <th scope="col" safe>
                {t(`web.console.imports.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr>
              <th scope="row">
                <a href={page.href(`/imports/${i.id}`)}>
                  <When page={page} at={i.createdAt} />{' '}
                  <span class="visually-hidden" safe>
                    {t('web.console.imports.reportBy', { name: i.startedBy.name })}
                  </span>
                </a>
              </th>
              <td>
                <span safe>{i.startedBy.name}</span>
                <br />
                <span class="meta" safe>
                  {i.startedBy.email}
                </span>
              </td>
              <td>
                <span class="badge" safe>
                  {t(`web.imports.status.${i.status}`)}
                </span>
              </td>
              <td safe>{t('web.console.imports.linesOf', { done: i.linesDone, total: i.totalLines })}</td>
              {num(i.created)}
              {num(i.updated)}
              {num(i.unchanged)}
              {num(i.linesWithErrors)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const KINDS: Readonly<Record<string, MessageKey>> = {
  match_new: 'web.console.deliveries.kind.match_new',
  match_burst: 'web.console.deliveries.kind.match_burst',
  match_interest: 'web.console.deliveries.kind.match_interest',
  match_mutual: 'web.console.deliveries.kind.match_mutual',
  match_declined: 'web.console.deliveries.kind.match_declined',
  match_progress: 'web.console.deliveries.kind.match_progress',
  match_brokered: 'web.console.deliveries.kind.match_brokered',
  review_pending: 'web.console.deliveries.kind.review_pending',
  expert_pending: 'web.console.deliveries.kind.expert_pending',
  story_approval: 'web.console.deliveries.kind.story_approval',
  story_published: 'web.console.deliveries.kind.story_published',
  listing_expiring: 'web.console.deliveries.kind.listing_expiring',
  campaign: 'web.console.deliveries.kind.campaign',
  digest: 'web.console.deliveries.kind.digest',
};

type Waiting = operations['listWaitingDeliveries']['responses'][200]['content']['application/json']['items'][number];

/** Who has notifications waiting to go out by email or webhook, and why. */
export function WaitingTable({ page, tax, items }: { page: Page; tax: Taxonomies; items: readonly Waiting[] }) {
  const { t } = page;
  const cols = ['person', 'country', 'gathering', 'closes', 'held', 'capped'] as const;
  return (
    <section aria-labelledby="waiting-title">
      <h2 id="waiting-title" safe>
        {t('web.console.waiting.title')}
      </h2>
      <p class="hint" safe>
        {t('web.console.waiting.intro')}
      </p>
      {items.length === 0 ? (
        <p safe>{t('web.console.waiting.none')}</p>
      ) : (
        <div class="table-wrap">
          <table id="waiting-deliveries">
            <caption safe>{t('web.console.waiting.caption')}</caption>
            <thead>
              <tr>
                {cols.map((c) => (
                  <th scope="col" safe>
                    {t(`web.console.waiting.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((w) => (
                <tr>
                  <th scope="row">
                    <span safe>{w.name}</span>
                    <br />
                    <span class="device" safe>
                      {w.email}
                    </span>
                  </th>
                  <td safe>{tax.name('countries', w.country ?? '—')}</td>
                  <td class="number" safe>
                    {String(w.gathering)}
                  </td>
                  <td>{w.windowClosesAt ? <When page={page} at={w.windowClosesAt} /> : '—'}</td>
                  <td class="number" safe>
                    {String(w.held)}
                  </td>
                  <td class="number" safe>
                    {String(w.capped)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function DeliveriesTable({ page, items }: { page: Page; items: readonly DeadDelivery[] }) {
  const { t, lang } = page;
  if (items.length === 0) return <p safe>{t('web.console.deliveries.none')}</p>;
  const cols = ['id', 'kind', 'channel', 'recipient', 'status', 'attempts', 'error', 'when', 'action'] as const;
  return (
    <div class="table-wrap">
      <table id="dead-deliveries">
        <caption safe>{t('web.console.deliveries.caption')}</caption>
        <thead>
          <tr>
            {cols.map((c) => (
              <th scope="col" safe>
                {t(`web.console.deliveries.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((d) => {
            const kind = KINDS[d.kind];
            return (
              <tr data-delivery={String(d.id)}>
                <th scope="row" safe>
                  {`#${d.id}`}
                </th>
                <td>{kind ? <span safe>{t(kind)}</span> : <code safe>{d.kind}</code>}</td>
                <td safe>{label(lang, 'channel', d.channel)}</td>
                <td class="device" safe>
                  {d.recipientEmail}
                </td>
                <td>
                  <span class="badge attention" safe>
                    {label(lang, 'deliveryStatus', d.status)}
                  </span>
                </td>
                <td class="number" safe>
                  {String(d.attempts)}
                </td>
                <td class="device">
                  {d.lastError ? (
                    <span lang="en" safe>
                      {d.lastError}
                    </span>
                  ) : (
                    ''
                  )}
                </td>
                <td>
                  <When page={page} at={d.updatedAt} />
                </td>
                <td>
                  <form method="post" action={page.href(`/console/deliveries/${d.id}/replay`)} class="inline-form">
                    <CsrfField page={page} />
                    <button
                      type="submit"
                      class="secondary"
                      aria-label={t('web.console.deliveries.replayNamed', { id: d.id, recipient: d.recipientEmail })}
                      safe
                    >
                      {t('web.console.deliveries.replay')}
                    </button>
                  </form>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
