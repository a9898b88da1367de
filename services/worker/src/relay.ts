import type { Database } from '@enlace/db';
import { type Producer, QUEUES, type QueueName } from '@enlace/queue';
import { EXPERT_CHANGED_TOPIC, NOTIFY_TOPICS, OUTBOX_CHANNEL, OUTBOX_TOPICS, type OutboxRow, dispatchOutbox } from '@enlace/registry';
import pg from 'pg';
import type { Logger } from 'pino';

/**
 * Which queue hears about each outbox topic, and what its job carries. Imports take a
 * lane of their own, so a person's edit is searchable in moments even while fifty
 * thousand lines go through.
 */
const ROUTES: Record<string, { queue: QueueName; data: (row: OutboxRow) => Record<string, unknown> }> = {
  [OUTBOX_TOPICS.listingChanged]: { queue: QUEUES.index, data: (row) => ({ outboxId: row.id, listingId: row.aggregateId }) },
  [OUTBOX_TOPICS.listingsImported]: { queue: QUEUES.indexBulk, data: (row) => ({ outboxId: row.id, listingIds: row.payload.listingIds }) },
  ...Object.fromEntries(Object.values(NOTIFY_TOPICS).map((topic) => [topic, { queue: QUEUES.notify, data: (row: OutboxRow) => ({ outboxId: row.id }) }])),
  [EXPERT_CHANGED_TOPIC]: { queue: QUEUES.indexExperts, data: (row) => ({ outboxId: row.id, expertId: row.aggregateId }) },
};

/** The job id derived from the outbox id (BullMQ refuses purely numeric custom ids). */
export const outboxJobId = (outboxId: number) => `outbox-${outboxId}`;

/** Hands outbox rows to their queues; a row handed on twice is still one job. */
export async function relayRows(producer: Producer, rows: readonly OutboxRow[]): Promise<void> {
  for (const [queue, members] of Object.entries(groupByQueue(rows))) {
    await producer.queue(queue as QueueName).addBulk(
      members.map((row) => ({
        name: row.topic,
        data: ROUTES[row.topic]!.data(row),
        opts: {
          // The outbox id is the job id: a row relayed twice is still one job.
          jobId: outboxJobId(row.id),
          // Outlast a search or database outage of about half an hour; the reconcile job covers longer ones.
          attempts: 12,
          backoff: { type: 'exponential', delay: 500 },
        },
      })),
    );
  }
}

function groupByQueue(rows: readonly OutboxRow[]): Record<string, OutboxRow[]> {
  const out: Record<string, OutboxRow[]> = {};
  for (const row of rows) {
    const route = ROUTES[row.topic];
    if (route) (out[route.queue] ??= []).push(row);
  }
  return out;
}

/**
 * Moves committed outbox rows into BullMQ. Woken by NOTIFY at commit, and polls as a
 * fallback; while Redis is away the rows simply wait in PostgreSQL.
 */
export function startOutboxRelay(deps: { db: Database; databaseUrl: string; producer: Producer; log: Logger }, opts: { batchSize?: number; pollMs?: number; gatherMs?: number } = {}) {
  const batchSize = opts.batchSize ?? 5000;
  const pollMs = opts.pollMs ?? 500;
  // After a wake-up, let the commits of a burst gather for a moment: fewer, larger
  // deliveries cost less than one per committed chunk, and 50 ms is nothing to a reader.
  const gatherMs = opts.gatherMs ?? 50;
  let stopped = false;
  let wake: (() => void) | undefined;
  let failures = 0;

  const listener = new pg.Client({ connectionString: deps.databaseUrl });
  listener.on('notification', () => wake?.());
  listener.on('error', (err) => deps.log.warn({ err: err.message }, 'outbox listener error; polling only'));
  const listening = listener
    .connect()
    .then(() => listener.query(`listen ${OUTBOX_CHANNEL}`))
    .catch((err: Error) => deps.log.warn({ err: err.message }, 'outbox listener unavailable; polling only'));

  const loop = (async () => {
    await listening;
    while (!stopped) {
      let moved = 0;
      try {
        moved = await dispatchOutbox(deps.db, Object.keys(ROUTES), batchSize, (rows) => relayRows(deps.producer, rows));
        if (failures > 0) deps.log.info({ after: failures }, 'outbox relay recovered');
        failures = 0;
        if (moved > 0) deps.log.debug({ moved }, 'outbox rows relayed');
      } catch (err) {
        failures += 1;
        if (failures === 1 || failures % 20 === 0) deps.log.warn({ err: (err as Error).message, failures }, 'outbox relay cannot deliver; rows stay in PostgreSQL');
      }
      if (moved === batchSize) continue;
      const wait = failures > 0 ? Math.min(5000, 200 * 2 ** Math.min(failures, 5)) : pollMs;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, wait);
        wake = () => {
          clearTimeout(t);
          wake = undefined;
          setTimeout(resolve, gatherMs);
        };
      });
      wake = undefined;
    }
  })();

  return {
    async close() {
      stopped = true;
      wake?.();
      await loop;
      await listener.end().catch(() => {});
    },
  };
}
