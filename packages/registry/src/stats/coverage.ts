import { ANONYMOUS, countriesIn, type Coverage, type StatsFilter, statsFilterSchema } from '@enlace/domain';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { listingConditions } from './filter.js';

/**
 * How many member states have at least one published offer or demand: the AICD's own
 * target. The members are the OAS's, or those of the grouping asked for; sector, goal
 * and period narrow what counts. Always published listings, whoever asks.
 */
export async function coverage(ctx: Ctx, query: Partial<StatsFilter>): Promise<Coverage> {
  const filter = statsFilterSchema.parse(query);
  const members = [...(filter.country ? [filter.country] : (countriesIn(filter.group ?? 'oas') ?? []))];
  // Published data only: a draft does not make a country present.
  const published = listingConditions(ANONYMOUS, filter, { place: false });
  const rows = await ctx.db.execute<{ country: string; offers: number; demands: number }>(sql`
    select l.country::text as country,
      count(*) filter (where l.kind = 'offer')::int as offers,
      count(*) filter (where l.kind = 'demand')::int as demands
    from listings l
    where ${published} and l.country = any(${sql.param(members)}::text[])
    group by 1`);
  const byCountry = new Map(rows.rows.map((r) => [r.country.trim(), r]));
  const items = members
    .map((country) => {
      const r = byCountry.get(country);
      const offers = r?.offers ?? 0;
      const demands = r?.demands ?? 0;
      return { country, offers, demands, covered: offers + demands > 0 };
    })
    .sort((a, b) => b.offers + b.demands - (a.offers + a.demands) || a.country.localeCompare(b.country));
  const covered = items.filter((i) => i.covered).length;
  return { members: members.length, covered, share: members.length > 0 ? Math.round((covered / members.length) * 1000) / 1000 : 0, items };
}
