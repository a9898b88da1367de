import { type DbOrTx, matches, pgErrorOf } from '@enlace/db';
import { OUTBOX_TOPICS, REJECTED_MATCH_STAGES } from '@enlace/domain';
import { type SQL, and, inArray, isNull, notInArray, or, sql } from 'drizzle-orm';
import { inTransaction } from '../context.js';
import { recordEvents } from '../outbox.js';

/** A pair's key: the aggregate id of its match events, and how a batch tells pairs apart. */
export const matchPairKey = (p: { offerId: string; demandId: string }) => `${p.offerId}:${p.demandId}`;

export interface ScoredCounterpart {
  readonly counterpartId: string;
  readonly counterpartVersion: number;
  readonly score: number;
  readonly reasons: readonly unknown[];
}

/** A listing whose matches were just computed, and what was found for it. */
export interface FreshMatches {
  readonly subject: { id: string; kind: 'offer' | 'demand'; version: number };
  readonly found: readonly ScoredCounterpart[];
}

export interface StoreMatchOptions {
  announceAt: number;
  now: Date;
  bulk?: boolean;
}

/**
 * Stores a listing's freshly computed matches. Pairs the listing had from an older
 * version of itself that are no longer found are dropped, unless people have acted on
 * them (a stage past `suggested`, or staff proposed them): those are the registry's
 * record of decisions, and a dismissed pair must stay dismissed. Pairs found now are
 * upserted (one row serves both sides; the stage is untouched). A pair that reaches
 * `announceAt` for the first time gets a "new match" outbox event in the same
 * transaction, and never a second one; a declined or dismissed pair gets none.
 */
export async function replaceMatches(
  db: DbOrTx,
  subject: FreshMatches['subject'],
  found: readonly ScoredCounterpart[],
  opts: StoreMatchOptions,
): Promise<{ stored: number; announced: number }> {
  return replaceMatchesOfMany(db, [{ subject, found }], opts);
}

const DEADLOCK_DETECTED = '40P01';

/**
 * replaceMatches for many listings in one transaction of five statements, whatever their
 * number: the matcher stores a batch's listings together, since a round trip to
 * PostgreSQL costs more than the rows it carries. A pair found from both of its sides in
 * one call is stored once (its score is the same from either side).
 *
 * Matchers run side by side and a pair's row is shared by both of its listings: rows are
 * written in one order so that two writers wait rather than deadlock, and the rare
 * deadlock among three or more is retried (the transaction is whole or absent, so a
 * retry stores the same thing).
 */
export async function replaceMatchesOfMany(
  db: DbOrTx,
  batch: readonly FreshMatches[],
  opts: StoreMatchOptions,
): Promise<{ stored: number; announced: number }> {
  if (batch.length === 0) return { stored: 0, announced: 0 };
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(db, (tx) => storeMatches(tx, batch, opts));
    } catch (err) {
      if (pgErrorOf(err)?.code !== DEADLOCK_DETECTED || attempt >= 3) throw err;
    }
  }
}

async function storeMatches(tx: DbOrTx, batch: readonly FreshMatches[], opts: StoreMatchOptions): Promise<{ stored: number; announced: number }> {
  const rows = new Map<string, PairRow>();
  for (const { subject, found } of batch) {
    for (const f of found) {
      const pair =
        subject.kind === 'offer'
          ? { offerId: subject.id, demandId: f.counterpartId, offerVersion: subject.version, demandVersion: f.counterpartVersion }
          : { offerId: f.counterpartId, demandId: subject.id, offerVersion: f.counterpartVersion, demandVersion: subject.version };
      const key = matchPairKey(pair);
      if (!rows.has(key)) rows.set(key, { ...pair, score: f.score, reasons: f.reasons });
    }
  }
  const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  if (sorted.length > 0) await tx.execute(upsertPairs(sorted, opts.now));

  // Pairs from an older version of a listing that were not found again (those found
  // again now carry its version), unless people acted on them.
  const offers = batch.filter((b) => b.subject.kind === 'offer').map((b) => b.subject);
  const demands = batch.filter((b) => b.subject.kind === 'demand').map((b) => b.subject);
  if (offers.length > 0) await tx.execute(deleteStalePairs('offer', offers));
  if (demands.length > 0) await tx.execute(deleteStalePairs('demand', demands));

  const fresh = await tx
    .select({ offerId: matches.offerId, demandId: matches.demandId, score: matches.score, matchId: matches.id })
    .from(matches)
    .where(
      and(
        or(
          offers.length > 0
            ? inArray(
                matches.offerId,
                offers.map((o) => o.id),
              )
            : undefined,
          demands.length > 0
            ? inArray(
                matches.demandId,
                demands.map((d) => d.id),
              )
            : undefined,
        ),
        isNull(matches.announcedBy),
        sql`${matches.score} >= ${opts.announceAt}`,
        notInArray(matches.stage, [...REJECTED_MATCH_STAGES]),
      ),
    )
    .orderBy(matches.offerId, matches.demandId)
    .for('update');
  const events = await recordEvents(
    tx,
    OUTBOX_TOPICS.matchNew,
    fresh.map(({ matchId, ...pair }) => ({
      aggregateId: matchPairKey(pair),
      payload: { ...pair, matchId, ...(opts.bulk ? { bulk: true } : {}) },
    })),
  );
  if (events.length > 0) {
    const eventOf = new Map(events.map((e) => [e.aggregateId, e.id]));
    await tx.execute(sql`update ${matches} m set announced_by = a.event
      from unnest(${sql.param(fresh.map((f) => f.matchId))}::uuid[], ${sql.param(fresh.map((f) => eventOf.get(matchPairKey(f))!))}::bigint[]) as a(id, event)
      where m.id = a.id`);
  }
  return { stored: rows.size, announced: fresh.length };
}

/*
 * Each listing's pairs are found through the index on its side (a lateral subquery that
 * `offset 0` keeps the planner from flattening into a join), then deleted by key. As a
 * plain join, a matches table that grew faster than its statistics (a catalogue being
 * matched; autovacuum's analyses lag, or are off) was read whole for every group stored:
 * 200–350 ms a statement on the matching bench's 20,000 listings, nearly half of the
 * statements' time (pg_stat_statements, 2026-12-04), against a few milliseconds this
 * way, with the statistics missing or stale alike.
 */
function deleteStalePairs(side: 'offer' | 'demand', subjects: readonly { id: string; version: number }[]): SQL {
  const [id, version] = [sql.raw(`${side}_id`), sql.raw(`${side}_version`)];
  return sql`delete from ${matches} m using (
      select x.offer_id, x.demand_id
      from unnest(${sql.param(subjects.map((s) => s.id))}::uuid[], ${sql.param(subjects.map((s) => s.version))}::int[]) as s(id, version)
      cross join lateral (select offer_id, demand_id from ${matches}
                          where ${id} = s.id and ${version} <> s.version and stage = 'suggested' and brokered_by is null offset 0) x
    ) stale
    where m.offer_id = stale.offer_id and m.demand_id = stale.demand_id`;
}

type PairRow = Pick<typeof matches.$inferInsert, 'offerId' | 'demandId' | 'offerVersion' | 'demandVersion' | 'score'> & { reasons: readonly unknown[] };

/*
 * The pairs go as one array per column, unnested server-side, as the listings import
 * does: a group of 25 listings' 1,250 pairs was 8,750 parameters, and drizzle building
 * that statement (and the garbage it left) was the largest part of the matcher's own
 * time after scoring (CPU profile of the matching bench, 2026-12-04). `with ordinality
 * … order by` keeps the rows in the caller's order, which is how concurrent writers
 * avoid deadlocks. The values reach their columns as typed parameters would: text
 * parsed as real, JSON text as jsonb.
 */
function upsertPairs(rows: readonly PairRow[], now: Date): SQL {
  const column = <T>(pick: (r: PairRow) => T) => sql.param(rows.map(pick));
  return sql`insert into ${matches} (offer_id, demand_id, offer_version, demand_version, score, reasons, computed_at)
    select r.offer_id, r.demand_id, r.offer_version, r.demand_version, r.score, r.reasons::jsonb, ${sql.param(now.toISOString())}::timestamptz
    from unnest(${column((r) => r.offerId)}::uuid[], ${column((r) => r.demandId)}::uuid[], ${column((r) => r.offerVersion)}::int[],
                ${column((r) => r.demandVersion)}::int[], ${column((r) => r.score)}::real[], ${column((r) => JSON.stringify(r.reasons))}::text[])
      with ordinality as r(offer_id, demand_id, offer_version, demand_version, score, reasons, ord)
    order by r.ord
    on conflict (offer_id, demand_id) do update set score = excluded.score, reasons = excluded.reasons,
      offer_version = excluded.offer_version, demand_version = excluded.demand_version, computed_at = excluded.computed_at`;
}
