import { type CooperationFlows, FUNNEL_STAGES, type MatchFunnel, type StatsFilter, statsFilterSchema } from '@enlace/domain';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { matchConditions, matchPeriod } from './filter.js';

const DAY_MS = 86_400_000;

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = xs.sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const m = s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Math.round(m * 10) / 10;
}

/**
 * The match funnel: how many matches reached each stage of a cooperation (suggested →
 * completed), the share of each stage that reached the next, and the median days that
 * step took. A match reached a stage when its history says so (or it stands there now);
 * it was suggested when the ranking first stored it or, for a pair staff proposed, when
 * they did. The period is that first moment.
 */
export async function matchFunnel(ctx: Ctx, query: Partial<StatsFilter>): Promise<MatchFunnel> {
  const filter = statsFilterSchema.parse(query);
  const rows = await ctx.db.execute<{ stage: string; first_at: string; reached: Record<string, string> | null }>(sql`
    with m as (
      select m.id, m.stage, m.computed_at from matches m
      join listings o on o.id = m.offer_id join listings d on d.id = m.demand_id
      where ${matchConditions(ctx.actor, filter)}
    ),
    steps as (select e.match_id, e.to_stage::text as stage, min(e.at) as at from match_events e join m on m.id = e.match_id group by 1, 2),
    joined as (
      select m.id, m.stage::text as stage, least(m.computed_at, min(s.at)) as first_at,
        jsonb_object_agg(s.stage, s.at) filter (where s.stage is not null) as reached
      from m left join steps s on s.match_id = m.id group by m.id, m.stage, m.computed_at
    )
    select stage, first_at, reached from joined where ${matchPeriod(filter, sql`first_at`)}`);

  const stages = FUNNEL_STAGES as readonly string[];
  const reachedCount = stages.map(() => 0);
  const durations: number[][] = stages.map(() => []);
  let declined = 0;
  let dismissed = 0;
  for (const r of rows.rows) {
    if (r.stage === 'declined') declined += 1;
    if (r.stage === 'dismissed') dismissed += 1;
    const at: (number | undefined)[] = stages.map((s) => (r.reached?.[s] ? Date.parse(r.reached[s]) : undefined));
    at[0] = Date.parse(r.first_at);
    // The furthest stage reached: in the history, or where the match stands now.
    const furthest = Math.max(stages.indexOf(r.stage), ...at.map((t, i) => (t === undefined ? -1 : i)));
    for (let i = 0; i <= furthest; i++) reachedCount[i]! += 1;
    for (let i = 1; i <= furthest; i++) {
      const before = at[i - 1];
      const after = at[i];
      if (before !== undefined && after !== undefined && after >= before) durations[i]!.push((after - before) / DAY_MS);
    }
  }
  return {
    stages: stages.map((stage, i) => ({
      stage,
      reached: reachedCount[i]!,
      conversion: i === 0 ? null : reachedCount[i - 1]! > 0 ? Math.round((reachedCount[i]! / reachedCount[i - 1]!) * 1000) / 1000 : null,
      medianDays: i === 0 ? null : median(durations[i]!),
    })),
    declined,
    dismissed,
  };
}

/** Cooperation agreed or further, from the offering country (provider) to the asking one (recipient), most first. */
export async function cooperationFlows(ctx: Ctx, query: Partial<StatsFilter>): Promise<CooperationFlows> {
  const filter = statsFilterSchema.parse(query);
  const rows = await ctx.db.execute<{ provider: string; recipient: string; agreed: number; in_progress: number; completed: number; total: number }>(sql`
    select o.country::text as provider, d.country::text as recipient,
      count(*) filter (where m.stage = 'agreed')::int as agreed,
      count(*) filter (where m.stage = 'in_progress')::int as in_progress,
      count(*) filter (where m.stage = 'completed')::int as completed,
      count(*)::int as total
    from matches m join listings o on o.id = m.offer_id join listings d on d.id = m.demand_id
    where m.stage in ('agreed', 'in_progress', 'completed')
      and ${matchConditions(ctx.actor, filter)}
      and ${matchPeriod(filter, sql`coalesce(m.stage_changed_at, m.computed_at)`)}
    group by 1, 2 order by total desc, provider, recipient`);
  return {
    items: rows.rows.map((r) => ({
      provider: r.provider,
      recipient: r.recipient,
      agreed: r.agreed,
      inProgress: r.in_progress,
      completed: r.completed,
      total: r.total,
    })),
  };
}
