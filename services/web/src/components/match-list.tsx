/*
 * The matches a person follows up: grouped by stage (suggested → completed, with
 * declined and dismissed apart), or one stage page by page, filtered by listing, sector
 * and partner country. Each card says who brought what, how well they fit and why, and
 * whether it waits for the reader's answer.
 */
import { isSecretariat, MATCH_STAGES, type MatchStage } from '@enlace/domain';
import { label, longDate, percent } from '@enlace/i18n';
import type { Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import { Layout } from '../layout.js';
import type { Taxonomies } from '../taxonomies.js';
import { type Option, Select } from './form.js';

export type MatchSummary = Schemas['MatchSummary'];

/** The stages of a match on its way to a cooperation, in order; the others end it. */
export const ACTIVE_STAGES = MATCH_STAGES.filter((s) => s !== 'declined' && s !== 'dismissed');
export const CLOSED_STAGES: readonly MatchStage[] = ['declined', 'dismissed'];

/** The filters of the list, as its address carries them. */
export interface MatchFilters {
  readonly stage?: MatchStage | 'closed' | undefined;
  readonly listing?: string | undefined;
  readonly sector?: string | undefined;
  readonly country?: string | undefined;
}

export function filterQuery(f: MatchFilters, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** What waits for the reader's country: an answer, terms, a start or a close (staff act for no side). */
const ANSWERS = ['interest', 'agree', 'start', 'complete'];
export const waitsFor = (page: Page, m: MatchSummary) => !isSecretariat(page.actor) && m.availableActions.some((a) => ANSWERS.includes(a));

export function MatchCard({ page, tax, m }: { page: Page; tax: Taxonomies; m: MatchSummary }) {
  const { t, lang } = page;
  const country = (code: string) => tax.name('countries', code);
  return (
    <li class="card">
      <p class="meta">
        <span class="badge" safe>
          {label(lang, 'matchStage', m.stage)}
        </span>{' '}
        {m.score > 0 ? <span safe>{t('web.matches.score', { score: percent(lang, m.score) })}</span> : ''}{' '}
        {m.brokered ? (
          <span class="badge" safe>
            {t('web.matches.proposed')}
          </span>
        ) : (
          ''
        )}{' '}
        {waitsFor(page, m) ? (
          <strong class="badge attention" safe>
            {t('web.matches.waitingForYou')}
          </strong>
        ) : (
          ''
        )}
      </p>
      <dl class="pair">
        <dt safe>{t('web.matches.offerSide', { country: country(m.offer.country) })}</dt>
        <dd safe>{m.offer.title}</dd>
        <dt safe>{t('web.matches.demandSide', { country: country(m.demand.country) })}</dt>
        <dd safe>{m.demand.title}</dd>
      </dl>
      {m.reasons.length > 0 ? (
        <ul class="reasons">
          {m.reasons.slice(0, 3).map((r) => (
            <li safe>{r.text}</li>
          ))}
        </ul>
      ) : (
        ''
      )}
      <div class="row-actions">
        <a href={page.href(`/matches/${m.id}`)} aria-label={t('web.matches.openNamed', { offer: m.offer.title, demand: m.demand.title })} safe>
          {t('web.matches.open')}
        </a>
        {m.stageChangedAt ? (
          <span class="meta" safe>
            {t('web.matches.movedOn', { date: longDate(lang, m.stageChangedAt) })}
          </span>
        ) : (
          ''
        )}
      </div>
    </li>
  );
}

function Filters({ page, tax, filters, listings }: { page: Page; tax: Taxonomies; filters: MatchFilters; listings: readonly Option[] }) {
  const { t, lang } = page;
  const staff = isSecretariat(page.actor);
  const countries = tax.countries.filter((c) => c.code !== page.me?.country).map((c) => ({ value: c.code, label: c.name }));
  const stages: Option[] = [
    ...MATCH_STAGES.map((s) => ({ value: s, label: label(lang, 'matchStage', s) })),
    { value: 'closed', label: t('web.matches.closed') },
  ];
  return (
    <form method="get" action={page.href('/matches')} class="filters filter-grid" aria-labelledby="filters-title">
      <h2 id="filters-title" class="visually-hidden" safe>
        {t('web.matches.filters')}
      </h2>
      {listings.length > 0 ? (
        <Select name="listing" label={t('web.matches.filter.listing')} value={filters.listing} options={listings} blank={t('web.matches.filter.anyListing')} />
      ) : (
        ''
      )}
      <Select
        name="sector"
        label={t('web.matches.filter.sector')}
        value={filters.sector}
        options={tax.sectors.map((s) => ({ value: s.code, label: s.name }))}
        blank={t('web.matches.filter.anySector')}
      />
      <Select
        name="country"
        label={staff ? t('web.matches.filter.country') : t('web.matches.filter.partner')}
        value={filters.country}
        options={countries}
        blank={t('web.matches.filter.anyCountry')}
      />
      <Select name="stage" label={t('web.matches.filter.stage')} value={filters.stage} options={stages} blank={t('web.matches.filter.everyStage')} />
      <div class="actions">
        <button type="submit" safe>
          {t('web.matches.filter.apply')}
        </button>
        {filters.listing || filters.sector || filters.country || filters.stage ? (
          <a href={page.href('/matches')} safe>
            {t('web.matches.filter.clear')}
          </a>
        ) : (
          ''
        )}
      </div>
    </form>
  );
}

export interface MatchGroup {
  readonly stage: MatchStage | 'closed';
  readonly items: readonly MatchSummary[];
  /** How many matches the stage holds, when known (the board counts; a page of one stage does not). */
  readonly count?: number;
  readonly more: boolean;
}

export interface MatchListProps {
  readonly page: Page;
  readonly tax: Taxonomies;
  readonly filters: MatchFilters;
  /** The reader's country's listings, to filter by one (none for staff). */
  readonly listings: readonly Option[];
  /** Grouped by stage when no stage is chosen; one group otherwise. */
  readonly groups: readonly MatchGroup[];
  /** The next page of a single stage. */
  readonly nextCursor?: string | undefined;
}

export function MatchListPage({ page, tax, filters, listings, groups, nextCursor }: MatchListProps) {
  const { t, lang } = page;
  const staff = isSecretariat(page.actor);
  const title = staff || !page.me?.country ? t('web.matches.titleAll') : t('web.matches.title', { country: tax.name('countries', page.me.country) });
  const groupTitle = (s: MatchGroup['stage']) => (s === 'closed' ? t('web.matches.closed') : label(lang, 'matchStage', s));
  const empty = groups.every((g) => g.items.length === 0);
  return (
    <Layout page={page} title={title} section="matches">
      <h1 safe>{title}</h1>
      <p safe>{t('web.matches.intro')}</p>
      {staff ? (
        <p>
          <a href={page.href('/matches/propose')} safe>
            {t('web.matches.propose.link')}
          </a>
        </p>
      ) : (
        ''
      )}
      <Filters page={page} tax={tax} filters={filters} listings={listings} />
      {empty ? <p safe>{t('web.matches.none')}</p> : ''}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <section aria-labelledby={`stage-${g.stage}`}>
            <h2 id={`stage-${g.stage}`} safe>
              {g.count === undefined ? groupTitle(g.stage) : t('web.matches.group.title', { stage: groupTitle(g.stage), count: g.count })}
            </h2>
            <ul class="cards">
              {g.items.map((m) => (
                <MatchCard page={page} tax={tax} m={m} />
              ))}
            </ul>
            {g.more ? (
              <p>
                <a href={page.href(`/matches${filterQuery({ ...filters, stage: g.stage })}`)} safe>
                  {t('web.matches.group.more')}
                </a>
              </p>
            ) : (
              ''
            )}
          </section>
        ))}
      {nextCursor ? (
        <p>
          <a href={page.href(`/matches${filterQuery(filters, { cursor: nextCursor })}`)} rel="next" safe>
            {t('web.matches.more')}
          </a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  );
}
