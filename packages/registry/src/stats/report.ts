import {
  ANONYMOUS,
  canReadConciseReport,
  type ConciseReport,
  countriesIn,
  ForbiddenError,
  type ReportQuery,
  reportQuerySchema,
  type StatsFilter,
} from '@enlace/domain';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { coverage } from './coverage.js';
import { listingStats } from './listings.js';
import { cooperationFlows, matchFunnel } from './matches.js';

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The period asked for (the last 90 days by default) and the one of the same length just before it. */
export function reportPeriods(filter: Pick<ReportQuery, 'from' | 'to'>, today: Date) {
  const to = filter.to ?? day(today.getTime());
  const from = filter.from ?? day(at(to) - 89 * DAY_MS);
  const days = Math.round((at(to) - at(from)) / DAY_MS) + 1;
  return { period: { from, to }, previous: { from: day(at(from) - days * DAY_MS), to: day(at(from) - DAY_MS) } };
}

async function figuresOf(ctx: Ctx, f: StatsFilter) {
  const [listings, funnel, flows, cov] = await Promise.all([
    listingStats(ctx, { ...f, by: 'country' }),
    matchFunnel(ctx, f),
    cooperationFlows(ctx, f),
    coverage(ctx, f),
  ]);
  return {
    offers: listings.totals.offers,
    demands: listings.totals.demands,
    membersPresent: cov.covered,
    matchesFound: funnel.stages[0]?.reached ?? 0,
    cooperationAgreed: flows.items.reduce((n, i) => n + i.total, 0),
    cooperationCompleted: flows.items.reduce((n, i) => n + i.completed, 0),
  };
}

/**
 * The concise report for the AICD's board (staff only: it quotes the outcomes and
 * lessons that only the two countries and the secretariat read): the key figures of a
 * period next to the period before, the themes most offered and most asked for, the
 * demands still without agreed cooperation, and the cooperation completed.
 */
export async function conciseReport(ctx: Ctx, query: Partial<ReportQuery>): Promise<ConciseReport> {
  if (!canReadConciseReport(ctx.actor)) throw new ForbiddenError('the concise report is for the secretariat');
  const filter = reportQuerySchema.parse(query);
  const { period, previous } = reportPeriods(filter, ctx.clock.now());
  const current = { ...filter, ...period };
  const countries = filter.country ? [filter.country] : filter.group ? countriesIn(filter.group) : undefined;
  const place = (alias: string) => (countries ? sql`${sql.raw(alias)}.country = any(${sql.param([...countries])}::text[])` : sql`true`);
  const themed = (alias: string) =>
    sql.join(
      [
        ...(filter.sector ? [sql`${sql.raw(alias)}.sectors @> array[${filter.sector}]::text[]`] : []),
        ...(filter.sdgGoal ? [sql`${sql.raw(alias)}.sdg_goals_effective @> array[${filter.sdgGoal}]::int[]`] : []),
        sql`true`,
      ],
      sql` and `,
    );
  // The report speaks of what was published, as its figures' names say, whoever reads it.
  const published: Ctx = { ...ctx, actor: ANONYMOUS };
  const [now, before, bySector, unmet, unmetTotal, completed] = await Promise.all([
    figuresOf(published, current),
    figuresOf(published, { ...filter, ...previous }),
    listingStats(published, { ...current, by: 'sector' }),
    ctx.db.execute<{ id: string; title: string; country: string; sectors: string[]; published_at: string }>(sql`
      select l.id, l.title, l.country::text as country, l.sectors, l.published_at from listings l
      where l.kind = 'demand' and l.status = 'published' and ${place('l')} and ${themed('l')}
        and not exists (select 1 from matches m where m.demand_id = l.id and m.stage in ('agreed', 'in_progress', 'completed'))
      order by l.published_at asc, l.id limit 50`),
    ctx.db.execute<{ n: number }>(sql`
      select count(*)::int as n from listings l
      where l.kind = 'demand' and l.status = 'published' and ${place('l')} and ${themed('l')}
        and not exists (select 1 from matches m where m.demand_id = l.id and m.stage in ('agreed', 'in_progress', 'completed'))`),
    ctx.db.execute<{
      id: string;
      provider: string;
      recipient: string;
      offer: string;
      demand: string;
      at: string;
      outcome: { summary: string; lessonsLearned: string } | null;
    }>(sql`
      select m.id, o.country::text as provider, d.country::text as recipient, o.title as offer, d.title as demand, m.stage_changed_at as at, m.outcome
      from matches m join listings o on o.id = m.offer_id join listings d on d.id = m.demand_id
      where m.stage = 'completed'
        and m.stage_changed_at >= ${`${period.from}T00:00:00Z`}::timestamptz and m.stage_changed_at < ${new Date(at(period.to) + DAY_MS).toISOString()}::timestamptz
        and (${place('o')} or ${place('d')}) and (${themed('o')} or ${themed('d')})
      order by m.stage_changed_at desc limit 100`),
  ]);
  const top = (field: 'offers' | 'demands') =>
    [...bySector.items]
      .filter((i) => i[field] > 0)
      .sort((a, b) => b[field] - a[field] || a.key.localeCompare(b.key))
      .slice(0, 5)
      .map((i) => ({ sector: i.key, count: i[field] }));
  return {
    period,
    previous,
    figures: (Object.keys(now) as (keyof typeof now)[]).map((key) => ({ key, current: now[key], previous: before[key] })),
    themes: { offered: top('offers'), asked: top('demands') },
    unmet: {
      total: unmetTotal.rows[0]?.n ?? 0,
      items: unmet.rows.map((r) => ({
        id: r.id,
        title: r.title,
        country: r.country.trim(),
        sectors: r.sectors,
        publishedAt: new Date(r.published_at).toISOString(),
      })),
    },
    completed: completed.rows.map((r) => ({
      matchId: r.id,
      provider: r.provider.trim(),
      recipient: r.recipient.trim(),
      offer: r.offer,
      demand: r.demand,
      completedAt: new Date(r.at).toISOString(),
      summary: r.outcome?.summary ?? '',
      lessonsLearned: r.outcome?.lessonsLearned ?? '',
    })),
  };
}
