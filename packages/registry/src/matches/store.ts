import { type DbOrTx, fromIncoming, matches } from '@enlace/db';
import { OUTBOX_TOPICS, REJECTED_MATCH_STAGES } from '@enlace/domain';
import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';
import { inTransaction } from '../context.js';
import { recordEvents } from '../outbox.js';

export interface ScoredCounterpart {
  readonly counterpartId: string;
  readonly counterpartVersion: number;
  readonly score: number;
  readonly reasons: readonly unknown[];
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
  subject: { id: string; kind: 'offer' | 'demand'; version: number },
  found: readonly ScoredCounterpart[],
  opts: { announceAt: number; now: Date; bulk?: boolean },
): Promise<{ stored: number; announced: number }> {
  const mine = subject.kind === 'offer' ? matches.offerId : matches.demandId;
  const theirs = subject.kind === 'offer' ? matches.demandId : matches.offerId;
  const myVersion = subject.kind === 'offer' ? matches.offerVersion : matches.demandVersion;
  return inTransaction(db, async (tx) => {
    const keep = found.map((f) => f.counterpartId);
    await tx
      .delete(matches)
      .where(
        and(
          eq(mine, subject.id),
          sql`${myVersion} <> ${subject.version}`,
          keep.length > 0 ? notInArray(theirs, keep) : undefined,
          eq(matches.stage, 'suggested'),
          isNull(matches.brokeredBy),
        ),
      );
    if (found.length === 0) return { stored: 0, announced: 0 };

    const rows = found.map((f) => {
      const pair =
        subject.kind === 'offer'
          ? { offerId: subject.id, demandId: f.counterpartId, offerVersion: subject.version, demandVersion: f.counterpartVersion }
          : { offerId: f.counterpartId, demandId: subject.id, offerVersion: f.counterpartVersion, demandVersion: subject.version };
      return { ...pair, score: f.score, reasons: [...f.reasons], computedAt: opts.now };
    });
    await tx
      .insert(matches)
      .values(rows)
      .onConflictDoUpdate({
        target: [matches.offerId, matches.demandId],
        set: fromIncoming(['score', 'reasons', 'offerVersion', 'demandVersion', 'computedAt']),
      });

    const fresh = await tx
      .select({ offerId: matches.offerId, demandId: matches.demandId, score: matches.score, matchId: matches.id })
      .from(matches)
      .where(
        and(
          eq(mine, subject.id),
          isNull(matches.announcedBy),
          sql`${matches.score} >= ${opts.announceAt}`,
          notInArray(matches.stage, [...REJECTED_MATCH_STAGES]),
        ),
      )
      .for('update');
    const events = await recordEvents(
      tx,
      OUTBOX_TOPICS.matchNew,
      fresh.map(({ matchId, ...pair }) => ({
        aggregateId: `${pair.offerId}:${pair.demandId}`,
        payload: { ...pair, matchId, ...(opts.bulk ? { bulk: true } : {}) },
      })),
    );
    const eventOf = new Map(events.map((e) => [e.aggregateId, e.id]));
    for (const pair of fresh) {
      await tx
        .update(matches)
        .set({ announcedBy: eventOf.get(`${pair.offerId}:${pair.demandId}`)! })
        .where(and(eq(matches.offerId, pair.offerId), eq(matches.demandId, pair.demandId)));
    }
    return { stored: rows.length, announced: fresh.length };
  });
}
