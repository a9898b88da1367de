/*
 * What a campaign page shows: its goal and audience in words, its details and messages,
 * the people it would write to now, the actions the API allows at its status, and its
 * progress country by country. Every number and name comes from the API; the pages only
 * put them in the reader's language.
 */
import { type CampaignAction, canApplyCampaignAction } from '@enlace/domain';
import { label, labelsOf, longDate, type Language, LANGUAGES, listOf as listed } from '@enlace/i18n';
import type { Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import { AUTONYMS } from '../layout.js';
import type { Taxonomies } from '../taxonomies.js';
import { CsrfField, errorFor, type FieldError } from './form.js';

type Campaign = Schemas['Campaign'];
type CountryRow = Schemas['CampaignCountryProgress'];
type Progress = Schemas['CampaignProgress'];
export type Recipients = {
  total: number;
  countries: {
    country: string;
    name: string;
    recipients: { userId: string; name: string; email: string; role: string; language: string; channels: string[] }[];
  }[];
};

const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** What a campaign asks of each country, in a few words. */
export function goalText(page: Page, tax: Taxonomies, kind: Campaign['kind'], goal: Record<string, unknown>): string {
  const { t, lang } = page;
  const count = num(goal.count, 1);
  switch (kind) {
    case 'participation':
      return t('web.campaigns.goal.participation', { count, listingKind: String(goal.listingKind ?? 'either') });
    case 'expert_recruitment': {
      const themes = [
        ...strings(goal.sectors).map((s) => tax.name('sectors', s)),
        ...strings(goal.sdgGoals).map((g) => t('web.campaigns.goal.sdg', { goal: g })),
      ];
      return themes.length > 0 ? t('web.campaigns.goal.expertsIn', { count, themes: listed(lang, themes) }) : t('web.campaigns.goal.experts', { count });
    }
    case 'renewal':
      return t('web.campaigns.goal.renewal', { stale: num(goal.staleAfterDays, 365), expiring: num(goal.expiringWithinDays, 30) });
    case 'announcement':
      return t('web.campaigns.goal.announcement');
  }
}

/** Who a campaign writes to, in words: groupings, countries, condition and roles. */
export function audienceText(page: Page, tax: Taxonomies, audience: Record<string, unknown>): { label: string; value: string }[] {
  const { t, lang } = page;
  const groupName = (code: string) => (tax.countryGroups.some((g) => g.code === code) ? tax.name('countryGroups', code) : tax.name('subregions', code));
  const rows: { label: string; value: string }[] = [];
  const groups = strings(audience.groups);
  const countries = strings(audience.countries);
  if (groups.length > 0) rows.push({ label: t('web.campaigns.form.groups'), value: listed(lang, groups.map(groupName)) });
  if (countries.length > 0)
    rows.push({
      label: t('web.campaigns.form.countries'),
      value: listed(
        lang,
        countries.map((c) => tax.name('countries', c)),
      ),
    });
  const condition = typeof audience.condition === 'string' ? audience.condition : '';
  rows.push({
    label: t('web.campaigns.form.condition'),
    value: t(
      condition === 'no_published_offer' || condition === 'no_published_demand' || condition === 'no_published_listing'
        ? `web.campaigns.condition.${condition}`
        : 'web.campaigns.condition.none',
    ),
  });
  const roles = audience.roles === undefined ? ['focal_point', 'agency_officer'] : strings(audience.roles);
  rows.push({
    label: t('web.campaigns.form.roles'),
    value: listed(
      lang,
      labelsOf(lang, 'role')
        .filter((r) => roles.includes(r.code))
        .map((r) => r.label),
    ),
  });
  return rows;
}

export function StatusBadge({ page, status }: { page: Page; status: Campaign['status'] }) {
  return (
    <span class={status === 'active' || status === 'scheduled' ? 'badge attention' : 'badge'} safe>
      {label(page.lang, 'campaignStatus', status)}
    </span>
  );
}

/** The campaign's facts, as a list of terms. */
export function CampaignFacts({ page, tax, campaign }: { page: Page; tax: Taxonomies; campaign: Campaign }) {
  const { t, lang } = page;
  const rows: { label: string; value: string }[] = [
    { label: t('web.campaigns.form.kind'), value: label(lang, 'campaignKind', campaign.kind) },
    { label: t('web.campaigns.detail.status'), value: label(lang, 'campaignStatus', campaign.status) },
    ...audienceText(page, tax, campaign.audience),
    { label: t('web.campaigns.detail.goal'), value: goalText(page, tax, campaign.kind, campaign.goal) },
    { label: t('web.campaigns.form.deadline'), value: longDate(lang, campaign.deadline) },
    {
      label: t('web.campaigns.form.reminderEveryDays'),
      value: campaign.reminderEveryDays ? t('web.campaigns.detail.reminders', { days: campaign.reminderEveryDays }) : t('web.campaigns.detail.noReminders'),
    },
    { label: t('web.campaigns.form.defaultLanguage'), value: AUTONYMS[campaign.defaultLanguage] },
    ...(campaign.sendAt ? [{ label: t('web.campaigns.detail.sendAt'), value: dateTime(lang, campaign.sendAt) }] : []),
    { label: t('web.campaigns.detail.rounds'), value: String(campaign.rounds) },
    ...(campaign.lastRoundAt ? [{ label: t('web.campaigns.detail.lastRound'), value: dateTime(lang, campaign.lastRoundAt) }] : []),
    { label: t('web.campaigns.detail.created'), value: longDate(lang, campaign.createdAt) },
    ...(campaign.endedAt ? [{ label: t('web.campaigns.detail.ended'), value: longDate(lang, campaign.endedAt) }] : []),
  ];
  return (
    <dl class="fields">
      {rows.map((r) => (
        <>
          <dt safe>{r.label}</dt>
          <dd safe>{r.value}</dd>
        </>
      ))}
    </dl>
  );
}

/** A moment in the reader's language, in UTC (what the schedule field takes). */
export function dateTime(lang: Language, iso: string): string {
  return `${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;
}

/** The campaign's messages as written, each in its language. */
export function CampaignMessages({ page, campaign }: { page: Page; campaign: Campaign }) {
  const { t } = page;
  return (
    <>
      {LANGUAGES.filter((l) => campaign.messages[l]).map((l) => (
        <details class="card" open={l === campaign.defaultLanguage ? true : undefined}>
          <summary>
            <span safe>{t('web.campaigns.form.messageIn', { language: t(`language.${l}`) })}</span>
            {l === campaign.defaultLanguage ? (
              <>
                {' '}
                <span class="badge" safe>
                  {t('web.campaigns.detail.defaultLanguage')}
                </span>
              </>
            ) : (
              ''
            )}
          </summary>
          <div lang={l}>
            <p>
              <strong safe>{campaign.messages[l]!.subject}</strong>
            </p>
            <div class="message-body" safe>
              {campaign.messages[l]!.body}
            </div>
          </div>
        </details>
      ))}
    </>
  );
}

/** The actions the API allows at the campaign's status, each a form. */
export function CampaignActions({
  page,
  campaign,
  total,
  errors,
}: {
  page: Page;
  campaign: Campaign;
  total?: number | undefined;
  errors: readonly FieldError[];
}) {
  const { t } = page;
  const can = (a: CampaignAction) => canApplyCampaignAction(a, campaign.status);
  const base = page.href(`/campaigns/${campaign.id}`);
  const button = (action: Exclude<CampaignAction, 'schedule'>, text: string, cls?: string) => (
    <form method="post" action={`${base}/${action}`} class="inline-form">
      <CsrfField page={page} />
      <button type="submit" class={cls} safe>
        {text}
      </button>
    </form>
  );
  const sendAtError = errorFor(errors, 'sendAt');
  if (!(['schedule', 'pause', 'resume', 'cancel'] as const).some(can))
    return (
      <p safe>
        {campaign.endedAt
          ? t('web.campaigns.detail.endedOn', { status: label(page.lang, 'campaignStatus', campaign.status), date: longDate(page.lang, campaign.endedAt) })
          : t('web.campaigns.detail.noActions')}
      </p>
    );
  return (
    <>
      {can('schedule') ? (
        <>
          <p class="row-actions">
            <a class="button secondary" href={`${base}/edit`} safe>
              {t('web.campaigns.detail.edit')}
            </a>
          </p>
          <form method="post" action={`${base}/schedule`} class="actions">
            <CsrfField page={page} />
            <input type="hidden" name="when" value="now" />
            <button type="submit" safe>
              {total === undefined ? t('web.campaigns.detail.sendNow') : t('web.campaigns.detail.sendNowTo', { count: total })}
            </button>
          </form>
          <form method="post" action={`${base}/schedule`} novalidate>
            <CsrfField page={page} />
            <input type="hidden" name="when" value="later" />
            <div class={sendAtError ? 'field has-error' : 'field'}>
              <label for="field-sendAt" safe>
                {t('web.campaigns.detail.sendAtLabel')}
              </label>
              <p class="hint" id="hint-sendAt" safe>
                {t('web.campaigns.detail.sendAtHint')}
              </p>
              {sendAtError ? (
                <p class="field-error" id="error-sendAt" safe>
                  {sendAtError}
                </p>
              ) : (
                ''
              )}
              <input
                id="field-sendAt"
                name="sendAt"
                type="datetime-local"
                aria-describedby={sendAtError ? 'hint-sendAt error-sendAt' : 'hint-sendAt'}
                aria-invalid={sendAtError ? 'true' : undefined}
              />
            </div>
            <button type="submit" class="secondary" safe>
              {t('web.campaigns.detail.scheduleLater')}
            </button>
          </form>
        </>
      ) : (
        ''
      )}
      <div class="row-actions">
        {can('pause') ? button('pause', t('web.campaigns.detail.pause'), 'secondary') : ''}
        {can('resume') ? button('resume', t('web.campaigns.detail.resume')) : ''}
        {can('cancel') ? button('cancel', t('web.campaigns.detail.cancel'), 'danger') : ''}
      </div>
    </>
  );
}

/** Who the campaign would write to if it sent now, country by country; countries with nobody stand out. */
export function RecipientsTable({ page, tax, recipients }: { page: Page; tax: Taxonomies; recipients: Recipients }) {
  const { t, lang } = page;
  const empty = recipients.countries.filter((c) => c.recipients.length === 0);
  return (
    <>
      <p safe>{t('web.campaigns.recipients.total', { people: recipients.total, countries: recipients.countries.length })}</p>
      {empty.length > 0 ? (
        <p class="notice" safe>
          {t('web.campaigns.recipients.nobodyIn', {
            count: empty.length,
            countries: listed(
              lang,
              empty.map((c) => tax.name('countries', c.country)),
            ),
          })}
        </p>
      ) : (
        ''
      )}
      <div class="table-wrap">
        <table class="campaign-table">
          <caption safe>{t('web.campaigns.recipients.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" safe>
                {t('web.campaigns.recipients.country')}
              </th>
              <th scope="col" safe>
                {t('web.campaigns.recipients.name')}
              </th>
              <th scope="col" safe>
                {t('web.campaigns.recipients.email')}
              </th>
              <th scope="col" safe>
                {t('web.campaigns.recipients.role')}
              </th>
              <th scope="col" safe>
                {t('web.campaigns.recipients.language')}
              </th>
              <th scope="col" safe>
                {t('web.campaigns.recipients.channels')}
              </th>
            </tr>
          </thead>
          <tbody>
            {recipients.countries.flatMap((c) =>
              c.recipients.length === 0
                ? [
                    <tr>
                      <th scope="row" safe>
                        {tax.name('countries', c.country)}
                      </th>
                      <td colspan="5">
                        <span class="badge attention" safe>
                          {t('web.campaigns.recipients.nobody')}
                        </span>
                      </td>
                    </tr>,
                  ]
                : c.recipients.map((r) => (
                    <tr>
                      <th scope="row" safe>
                        {tax.name('countries', c.country)}
                      </th>
                      <td safe>{r.name}</td>
                      <td class="device" safe>
                        {r.email}
                      </td>
                      <td safe>{r.role === 'focal_point' || r.role === 'agency_officer' ? label(lang, 'role', r.role) : r.role}</td>
                      <td safe>{(LANGUAGES as readonly string[]).includes(r.language) ? AUTONYMS[r.language as Language] : r.language}</td>
                      <td safe>
                        {r.channels.length === 0
                          ? t('web.campaigns.recipients.noChannel')
                          : listed(
                              lang,
                              r.channels.map((ch) => (ch === 'email' || ch === 'in_app' || ch === 'webhook' ? label(lang, 'channel', ch) : ch)),
                            )}
                      </td>
                    </tr>
                  )),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The columns of the progress table that mean something for the campaign's kind. */
function countColumns(kind: Campaign['kind']): ('offers' | 'demands' | 'experts' | 'toRenew')[] {
  if (kind === 'participation') return ['offers', 'demands'];
  if (kind === 'expert_recruitment') return ['experts'];
  if (kind === 'renewal') return ['toRenew'];
  return [];
}

/** Met or not, in words (never colour alone), with the day it was first seen met. */
export function MetCell({ page, row }: { page: Page; row: CountryRow }) {
  const { t, lang } = page;
  return row.met ? (
    <span>
      <span class="badge met" safe>
        {t('web.campaigns.progress.met')}
      </span>
      {row.metAt ? (
        <span class="meta" safe>
          {` ${longDate(lang, row.metAt)}`}
        </span>
      ) : (
        ''
      )}
    </span>
  ) : (
    <span class="badge" safe>
      {row.firstMessageAt ? t('web.campaigns.progress.notMet') : t('web.campaigns.progress.notWritten')}
    </span>
  );
}

export function ProgressTable({ page, tax, progress }: { page: Page; tax: Taxonomies; progress: Progress }) {
  const { t, lang } = page;
  const campaign = progress.campaign;
  const counts = countColumns(campaign.kind);
  const tallies = ['queued', 'sent', 'failed', 'bounced'] as const;
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  return (
    <div class="table-wrap">
      <table class="progress-table campaign-table">
        <caption safe>{t('web.campaigns.progress.caption', { name: campaign.name, deadline: longDate(lang, campaign.deadline) })}</caption>
        <thead>
          <tr>
            <th scope="col" safe>
              {t('web.campaigns.recipients.country')}
            </th>
            <th scope="col" safe>
              {t('web.campaigns.progress.goal')}
            </th>
            {counts.map((c) => (
              <th scope="col" class="number" safe>
                {t(`web.campaigns.progress.column.${c}`)}
              </th>
            ))}
            <th scope="col" class="number" safe>
              {t('web.campaigns.progress.column.recipients')}
            </th>
            {tallies.map((c) => (
              <th scope="col" class="number" safe>
                {t(`web.campaigns.progress.column.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {progress.table.map((row) => (
            <tr>
              <th scope="row">
                <a href={page.href(`/campaigns/${campaign.id}/countries/${row.country}`)} safe>
                  {tax.name('countries', row.country)}
                </a>
              </th>
              <td>
                <MetCell page={page} row={row} />
              </td>
              {counts.map((c) => (
                <td class="number" safe>
                  {n(row[c])}
                </td>
              ))}
              <td class="number" safe>
                {n(row.recipients)}
              </td>
              {tallies.map((c) => (
                <td class="number" safe>
                  {n(row.deliveries[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
