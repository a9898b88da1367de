import { type Database, type DbOrTx, outbox } from '@enlace/db';
import { type OutboxPayload, type OutboxTopic, parseOutboxPayload } from '@enlace/domain';
import { and, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';

export type OutboxRow = typeof outbox.$inferSelect;

/** One event to write: the aggregate it is about, and what it says. */
export interface NewOutboxEvent<T extends OutboxTopic> {
  readonly aggregateId: string;
  readonly payload: OutboxPayload<T>;
}

/**
 * Writes events of one topic in the caller's transaction, so that they commit with the
 * change they announce or not at all. Each payload is checked against its topic's schema
 * first (the contract in `@enlace/domain`): no producer can write an event its consumers
 * cannot read. Returns the rows written, oldest first.
 */
export async function recordEvents<T extends OutboxTopic>(
  tx: DbOrTx,
  topic: T,
  events: readonly NewOutboxEvent<T>[],
): Promise<{ id: number; aggregateId: string }[]> {
  if (events.length === 0) return [];
  const payloads = events.map((e) => JSON.stringify(parseOutboxPayload(topic, e.payload)));
  // One array per column rather than a VALUES list: an import chunk writes a thousand rows.
  const written = await tx.execute<{ id: string; aggregate_id: string }>(sql`
    insert into ${outbox} (topic, aggregate_id, payload)
    select ${topic}, e.aggregate_id, e.payload::jsonb
    from unnest(${sql.param(events.map((e) => e.aggregateId))}::text[], ${sql.param(payloads)}::text[])
      with ordinality as e(aggregate_id, payload, ord)
    order by e.ord
    returning id, aggregate_id`);
  await wakeOutboxRelay(tx);
  return written.rows.map((r) => ({ id: Number(r.id), aggregateId: r.aggregate_id })).sort((a, b) => a.id - b.id);
}

/** One event, checked and written in the caller's transaction; returns its id. */
export async function recordEvent<T extends OutboxTopic>(tx: DbOrTx, topic: T, aggregateId: string, payload: OutboxPayload<T>): Promise<number> {
  const [row] = await recordEvents(tx, topic, [{ aggregateId, payload }]);
  return row!.id;
}

export const OUTBOX_CHANNEL = 'enlace_outbox';

/** Delivered at commit (and dropped on rollback), so the relay wakes only for committed rows. */
export async function wakeOutboxRelay(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}

/**
 * Hands undispatched outbox rows of the given topics to `deliver`, oldest first, and
 * marks them dispatched in the same transaction. If delivery throws (Redis is away),
 * nothing is marked and the rows are offered again next time: at-least-once, which
 * the consumers' idempotent jobs turn into exactly-once effects.
 */
export async function dispatchOutbox(db: Database, topics: readonly string[], limit: number, deliver: (rows: OutboxRow[]) => Promise<void>): Promise<number> {
  return db.transaction(async (tx) => {
    // Claim and mark in one statement; the transaction undoes the mark if delivery fails.
    const claimed = await tx.execute<{ id: string; topic: string; aggregate_id: string; payload: Record<string, unknown>; created_at: string }>(sql`
      with next as (
        select id from ${outbox}
        where dispatched_at is null and topic = any(${sql.param([...topics])}::text[])
        order by id limit ${limit} for update skip locked
      )
      update ${outbox} o set dispatched_at = now() from next where o.id = next.id
      returning o.id, o.topic, o.aggregate_id, o.payload, o.created_at`);
    if (claimed.rows.length === 0) return 0;
    const rows: OutboxRow[] = claimed.rows
      .map((r) => ({
        id: Number(r.id),
        topic: r.topic,
        aggregateId: r.aggregate_id,
        payload: r.payload,
        createdAt: new Date(r.created_at),
        dispatchedAt: new Date(),
        processedAt: null,
      }))
      .sort((a, b) => a.id - b.id);
    await deliver(rows);
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

/**
 * Events handed to the queue long ago whose consumer never reported back: Redis lost
 * the job (a restart without persistence). Only for consumers that mark what they
 * processed; handing these on again is safe because their jobs are idempotent.
 */
export async function unprocessedOutbox(db: Database, topics: readonly string[], olderThanMs: number, limit = 5000): Promise<OutboxRow[]> {
  return db
    .select()
    .from(outbox)
    .where(
      and(
        inArray(outbox.topic, [...topics]),
        isNotNull(outbox.dispatchedAt),
        isNull(outbox.processedAt),
        lt(outbox.dispatchedAt, sql`now() - make_interval(secs => ${olderThanMs / 1000})`),
      ),
    )
    .orderBy(outbox.id)
    .limit(limit);
}
