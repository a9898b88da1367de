import { type DbOrTx, fromIncoming, matches, outbox } from '@enlace/db';
import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';
import { inTransaction } from '../context.js';
import { wakeOutboxRelay } from '../journal.js';

export const MATCH_TOPICS = { newMatch: 'match.new' } as const;

export interface ScoredCounterpart {
  readonly counterpartId: string;
  readonly counterpartVersion: number;
  readonly score: number;
  readonly reasons: readonly unknown[];
}

/**
 * Stores a listing's freshly computed matches. Pairs the listing had from an older
 * version of itself that are no longer found are dropped; pairs found now are upserted
 * (one row serves both sides). A pair that reaches `announceAt` for the first time gets
 * a "new match" outbox event in the same transaction, and never a second one.
 */
export async function replaceMatches(
  db: DbOrTx,
  subject: { id: string; kind: 'offer' | 'demand'; version: number },
  found: readonly ScoredCounterpart[],
  opts: { announceAt: number; now: Date },
): Promise<{ stored: number; announced: number }> {
  const mine = subject.kind === 'offer' ? matches.offerId : matches.demandId;
  const theirs = subject.kind === 'offer' ? matches.demandId : matches.offerId;
  const myVersion = subject.kind === 'offer' ? matches.offerVersion : matches.demandVersion;
  return inTransaction(db, async (tx) => {
    const keep = found.map((f) => f.counterpartId);
    await tx
      .delete(matches)
      .where(and(eq(mine, subject.id), sql`${myVersion} <> ${subject.version}`, keep.length > 0 ? notInArray(theirs, keep) : undefined));
    if (found.length === 0) return { stored: 0, announced: 0 };

    const rows = found.map((f) => {
      const pair = subject.kind === 'offer'
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
      .select({ offerId: matches.offerId, demandId: matches.demandId, score: matches.score })
      .from(matches)
      .where(and(eq(mine, subject.id), isNull(matches.announcedBy), sql`${matches.score} >= ${opts.announceAt}`))
      .for('update');
    for (const pair of fresh) {
      const [event] = await tx
        .insert(outbox)
        .values({ topic: MATCH_TOPICS.newMatch, aggregateId: `${pair.offerId}:${pair.demandId}`, payload: { ...pair } })
        .returning({ id: outbox.id });
      await tx
        .update(matches)
        .set({ announcedBy: event!.id })
        .where(and(eq(matches.offerId, pair.offerId), eq(matches.demandId, pair.demandId)));
    }
    if (fresh.length > 0) await wakeOutboxRelay(tx);
    return { stored: rows.length, announced: fresh.length };
  });
}
