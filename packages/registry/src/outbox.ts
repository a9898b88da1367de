import { type Database, outbox } from '@enlace/db';
import { and, asc, inArray, isNull } from 'drizzle-orm';

export type OutboxRow = typeof outbox.$inferSelect;

/**
 * Hands undispatched outbox rows of the given topics to `deliver`, oldest first, and
 * marks them dispatched in the same transaction. If delivery throws (Redis is away),
 * nothing is marked and the rows are offered again next time: at-least-once, which
 * the consumers' idempotent jobs turn into exactly-once effects.
 */
export async function dispatchOutbox(
  db: Database,
  topics: readonly string[],
  limit: number,
  deliver: (rows: OutboxRow[]) => Promise<void>,
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(outbox)
      .where(and(isNull(outbox.dispatchedAt), inArray(outbox.topic, [...topics])))
      .orderBy(asc(outbox.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return 0;
    await deliver(rows);
    await tx
      .update(outbox)
      .set({ dispatchedAt: new Date() })
      .where(inArray(outbox.id, rows.map((r) => r.id)));
    return rows.length;
  });
}

/** Rows still waiting for the relay: 0 means every committed change has been handed on. */
export async function pendingOutbox(db: Database, topics: readonly string[]): Promise<number> {
  const rows = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(isNull(outbox.dispatchedAt), inArray(outbox.topic, [...topics])))
    .limit(1000);
  return rows.length;
}
