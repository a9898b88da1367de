import { campaignCountries, type DbOrTx, experts, listings } from '@enlace/db';
import { type CountryCounts, isoDay } from '@enlace/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CampaignRow } from './read.js';

/** Where a country stands in a campaign. */
export interface CountryState {
  readonly country: string;
  readonly firstMessageAt: Date | null;
  readonly lastMessageAt: Date | null;
  readonly metAt: Date | null;
  /** What the country did since the campaign first wrote to it: what the goal counts. */
  readonly counts: CountryCounts;
  /** Its numbers today, whatever their date: what messages quote. */
  readonly totals: CountryCounts;
}

const DAY = 86_400_000;
const zero = (): { offers: number; demands: number; experts: number; toRenew: number } => ({ offers: 0, demands: 0, experts: 0, toRenew: 0 });

/**
 * Counts, per country, what a campaign asks for. Attribution starts at the campaign's
 * first message to the country, so a listing published the week before does not count.
 */
export async function countryStates(db: DbOrTx, campaign: CampaignRow, countries: readonly string[], now: Date): Promise<Map<string, CountryState>> {
  const list = [...countries];
  const out = new Map<string, { counts: ReturnType<typeof zero>; totals: ReturnType<typeof zero>; first: Date | null; last: Date | null; met: Date | null }>();
  for (const c of list) out.set(c, { counts: zero(), totals: zero(), first: null, last: null, met: null });
  if (list.length === 0) return new Map();

  const reached = await db
    .select()
    .from(campaignCountries)
    .where(and(eq(campaignCountries.campaignId, campaign.id), inArray(campaignCountries.country, list)));
  for (const r of reached) Object.assign(out.get(r.country)!, { first: r.firstMessageAt, last: r.lastMessageAt, met: r.metAt });
  const countries$ = sql.param(list);
  const since = sql`join ${campaignCountries} cc on cc.campaign_id = ${campaign.id} and cc.country = `;

  const published = await db.execute<{ country: string; kind: 'offer' | 'demand'; n: number }>(sql`
    select l.country, l.kind, count(*)::int as n from ${listings} l ${since} l.country
    where l.country = any(${countries$}::text[]) and l.published_at >= cc.first_message_at and l.status in ('published', 'expired', 'closed')
    group by l.country, l.kind`);
  for (const r of published.rows) out.get(r.country)!.counts[r.kind === 'offer' ? 'offers' : 'demands'] = r.n;

  const current = await db.execute<{ country: string; kind: 'offer' | 'demand'; n: number }>(sql`
    select country, kind, count(*)::int as n from ${listings}
    where status = 'published' and country = any(${countries$}::text[]) group by country, kind`);
  for (const r of current.rows) out.get(r.country)!.totals[r.kind === 'offer' ? 'offers' : 'demands'] = r.n;

  const sectors = campaign.goal.sectors ?? [];
  const goals = campaign.goal.sdgGoals ?? [];
  const expertFilter = sql`e.status = 'validated' ${sectors.length > 0 ? sql`and e.sectors && ${sql.param(sectors)}::text[]` : sql``} ${goals.length > 0 ? sql`and e.sdg_goals && ${sql.param(goals)}::int[]` : sql``}`;
  const recruited = await db.execute<{ country: string; n: number }>(sql`
    select e.country, count(*)::int as n from ${experts} e ${since} e.country
    where ${expertFilter} and e.country = any(${countries$}::text[]) and e.validated_at >= cc.first_message_at group by e.country`);
  for (const r of recruited.rows) out.get(r.country)!.counts.experts = r.n;
  const pool = await db.execute<{ country: string; n: number }>(sql`
    select e.country, count(*)::int as n from ${experts} e where ${expertFilter} and e.country = any(${countries$}::text[]) group by e.country`);
  for (const r of pool.rows) out.get(r.country)!.totals.experts = r.n;

  // A listing needs renewing when nobody has touched it for a long time or it expires
  // soon, and its owner has not updated or confirmed it since the campaign asked.
  const staleBefore = new Date(now.getTime() - (campaign.goal.staleAfterDays ?? 365) * DAY).toISOString();
  const expiringBy = isoDay(new Date(now.getTime() + (campaign.goal.expiringWithinDays ?? 30) * DAY));
  const renew = await db.execute<{ country: string; n: number; untouched: number }>(sql`
    select l.country, count(*)::int as n,
           count(*) filter (where cc.first_message_at is null or greatest(l.updated_at, coalesce(l.confirmed_at, l.updated_at)) < cc.first_message_at)::int as untouched
    from ${listings} l left join ${campaignCountries} cc on cc.campaign_id = ${campaign.id} and cc.country = l.country
    where l.status = 'published' and l.country = any(${countries$}::text[])
      and (greatest(l.updated_at, coalesce(l.confirmed_at, l.updated_at)) < ${staleBefore}::timestamptz or l.valid_until <= ${expiringBy}::date)
    group by l.country`);
  for (const r of renew.rows) {
    const state = out.get(r.country)!;
    state.totals.toRenew = r.untouched;
    state.counts.toRenew = r.untouched;
  }

  return new Map(
    [...out].map(([country, s]) => [country, { country, firstMessageAt: s.first, lastMessageAt: s.last, metAt: s.met, counts: s.counts, totals: s.totals }]),
  );
}

/** Remembers that a campaign wrote to these countries: the first time fixes attribution. */
export async function recordCountriesReached(db: DbOrTx, campaignId: string, countries: readonly string[], at: Date): Promise<void> {
  if (countries.length === 0) return;
  await db
    .insert(campaignCountries)
    .values(countries.map((country) => ({ campaignId, country, firstMessageAt: at, lastMessageAt: at })))
    .onConflictDoUpdate({
      target: [campaignCountries.campaignId, campaignCountries.country],
      set: { lastMessageAt: sql`greatest(${campaignCountries.lastMessageAt}, excluded.last_message_at)` },
    });
}
