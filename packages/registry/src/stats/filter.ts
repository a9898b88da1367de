import { type Actor, countriesIn, isSecretariat, type StatsFilter } from '@enlace/domain';
import { type SQL, sql } from 'drizzle-orm';

/*
 * The conditions statistics share, as SQL over a listing aliased `l` (or a match's two
 * listings `o` and `d`). Everyone but staff counts published data only, so that no
 * figure can reveal a listing that was never made public.
 */

/** Whether the actor counts every status (staff) or published listings only. */
export const countsEverything = (actor: Actor) => isSecretariat(actor);

/** The day after `to`, so that the period includes its last day. */
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString();

const countriesOf = (f: StatsFilter): readonly string[] | undefined => (f.country ? [f.country] : f.group ? countriesIn(f.group) : undefined);

/** Listings (alias `l`) the statistic counts: visibility, period, place, sector and goal. */
export function listingConditions(actor: Actor, f: StatsFilter, opts: { place?: boolean } = {}): SQL {
  const all = countsEverything(actor);
  // A listing's moment: its publication; for staff counting drafts, when it was written.
  const at = all ? sql`coalesce(l.published_at, l.created_at)` : sql`l.published_at`;
  const countries = opts.place === false ? undefined : countriesOf(f);
  const parts: SQL[] = [
    all ? sql`true` : sql`l.status = 'published'`,
    ...(f.from ? [sql`${at} >= ${`${f.from}T00:00:00Z`}::timestamptz`] : []),
    ...(f.to ? [sql`${at} < ${dayAfter(f.to)}::timestamptz`] : []),
    ...(countries ? [sql`l.country = any(${sql.param([...countries])}::text[])`] : []),
    ...(f.sector ? [sql`l.sectors @> array[${f.sector}]::text[]`] : []),
    ...(f.sdgGoal ? [sql`l.sdg_goals_effective @> array[${f.sdgGoal}]::int[]`] : []),
  ];
  return sql.join(parts, sql` and `);
}

/** Matches (alias `m`, listings `o` and `d`) the statistic counts: place, sector and goal on either side. */
export function matchConditions(actor: Actor, f: StatsFilter): SQL {
  const countries = countriesOf(f);
  const either = (cond: (side: SQL) => SQL) => sql`(${cond(sql`o`)} or ${cond(sql`d`)})`;
  const parts: SQL[] = [
    // Matches join published listings; a listing closed since was public then. Others than
    // staff never count a pair with a listing that was never published.
    countsEverything(actor) ? sql`true` : sql`o.published_at is not null and d.published_at is not null`,
    ...(countries ? [either((s) => sql`${s}.country = any(${sql.param([...countries])}::text[])`)] : []),
    ...(f.sector ? [either((s) => sql`${s}.sectors @> array[${f.sector}]::text[]`)] : []),
    ...(f.sdgGoal ? [either((s) => sql`${s}.sdg_goals_effective @> array[${f.sdgGoal}]::int[]`)] : []),
  ];
  return sql.join(parts, sql` and `);
}

/** The period of a match: when it was first found or first acted on. */
export function matchPeriod(f: StatsFilter, firstAt: SQL): SQL {
  const parts: SQL[] = [
    ...(f.from ? [sql`${firstAt} >= ${`${f.from}T00:00:00Z`}::timestamptz`] : []),
    ...(f.to ? [sql`${firstAt} < ${dayAfter(f.to)}::timestamptz`] : []),
  ];
  return parts.length > 0 ? sql.join(parts, sql` and `) : sql`true`;
}
