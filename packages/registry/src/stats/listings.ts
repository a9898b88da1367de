import { type ListingStats, type ListingStatsDimension, type ListingStatsQuery, listingStatsQuerySchema, SECTORS } from '@enlace/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { countsEverything, listingConditions } from './filter.js';

/** Each dimension's values for a listing `l`: a column, or the elements of an array (a listing then counts once per value). */
const KEY: Readonly<Record<ListingStatsDimension, { from: SQL; key: SQL }>> = {
  country: { from: sql``, key: sql`l.country::text` },
  language: { from: sql``, key: sql`l.language::text` },
  month: { from: sql``, key: sql`to_char(date_trunc('month', coalesce(l.published_at, l.created_at) at time zone 'UTC'), 'YYYY-MM')` },
  sector: { from: sql`cross join lateral unnest(l.sectors) as k(v)`, key: sql`k.v` },
  sectorArea: {
    from: sql`cross join lateral unnest(l.sectors) as k(v) join (values ${sql.join(
      SECTORS.map((s) => sql`(${s.code}, ${s.area})`),
      sql`, `,
    )}) as area(sector, code) on area.sector = k.v`,
    key: sql`area.code`,
  },
  sdgGoal: { from: sql`cross join lateral unnest(l.sdg_goals_effective) as k(v)`, key: sql`k.v::text` },
  sdgTarget: { from: sql`cross join lateral unnest(coalesce(l.sdg_targets, '{}')) as k(v)`, key: sql`k.v` },
  modality: { from: sql`cross join lateral unnest(coalesce(l.modalities, '{}')) as k(v)`, key: sql`k.v` },
};

/**
 * Listings counted along one dimension, offers and demands apart. By country, a country
 * with offers is a provider and one with demands a recipient; many are both.
 */
export async function listingStats(ctx: Ctx, query: Partial<ListingStatsQuery>): Promise<ListingStats> {
  const { by, ...filter } = listingStatsQuerySchema.parse(query);
  const where = listingConditions(ctx.actor, filter);
  const { from, key } = KEY[by];
  const order = by === 'month' ? sql`key asc` : sql`total desc, key asc`;
  // Lists hold each value once (the schemas refuse repeats), so only areas, where two
  // sectors of one area would count a listing twice, need a listing counted once per key.
  const counted =
    by === 'sectorArea'
      ? sql`(select distinct l.id, l.kind, ${key} as key from listings l ${from} where ${where})`
      : sql`(select l.kind, ${key} as key from listings l ${from} where ${where})`;
  const single = by === 'country' || by === 'language' || by === 'month';
  const [rows, totals] = await Promise.all([
    ctx.db.execute<{ key: string; offers: number; demands: number; total: number }>(sql`
      select key,
        count(*) filter (where kind = 'offer')::int as offers,
        count(*) filter (where kind = 'demand')::int as demands,
        count(*)::int as total
      from ${counted} as c group by key order by ${order}`),
    // One key per listing: the totals are the rows' sum, without a second pass.
    single
      ? undefined
      : ctx.db.execute<{ offers: number; demands: number; total: number }>(sql`
          select count(*) filter (where l.kind = 'offer')::int as offers,
            count(*) filter (where l.kind = 'demand')::int as demands,
            count(*)::int as total
          from listings l where ${where}`),
  ]);
  const items = rows.rows.map((r) => ({ key: r.key.trim(), offers: r.offers, demands: r.demands, total: r.total }));
  const sum = (f: 'offers' | 'demands' | 'total') => items.reduce((n, i) => n + i[f], 0);
  return {
    by,
    scope: countsEverything(ctx.actor) ? 'all' : 'published',
    totals: totals ? (totals.rows[0] ?? { offers: 0, demands: 0, total: 0 }) : { offers: sum('offers'), demands: sum('demands'), total: sum('total') },
    items,
  };
}
