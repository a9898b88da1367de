import type { Database } from '@enlace/db';
import { type Producer, QUEUES, type QueueName } from '@enlace/queue';
import { OUTBOX_CHANNEL, OUTBOX_TOPICS, type OutboxRow, dispatchOutbox } from '@enlace/registry';
import pg from 'pg';
import type { Logger } from 'pino';

/** Which queues hear about each outbox topic. */
const ROUTES: Record<string, readonly QueueName[]> = {
  [OUTBOX_TOPICS.listingChanged]: [QUEUES.index, QUEUES.match],
};

// People's edits go ahead of bulk imports in every queue (lower is sooner in BullMQ).
const PRIORITY = { edit: 1, import: 50 } as const;

/** The job id derived from the outbox id (BullMQ refuses purely numeric custom ids). */
export const outboxJobId = (outboxId: number) => `outbox-${outboxId}`;

async function deliver(producer: Producer, rows: OutboxRow[]): Promise<void> {
  for (const [queue, members] of Object.entries(groupByQueue(rows))) {
    await producer.queue(queue as QueueName).addBulk(
      members.map((row) => ({
        name: row.topic,
        data: { outboxId: row.id, listingId: row.aggregateId },
        opts: {
          // The outbox id is the job id: a row relayed twice is still one job.
          jobId: outboxJobId(row.id),
          priority: row.payload.origin === 'import' ? PRIORITY.import : PRIORITY.edit,
          // Outlast a search or database outage of about half an hour; the reconcile job covers longer ones.
          attempts: 12,
          backoff: { type: 'exponential', delay: 500 },
        },
      })),
    );
  }
}

function groupByQueue(rows: OutboxRow[]): Record<string, OutboxRow[]> {
  const out: Record<string, OutboxRow[]> = {};
  for (const row of rows) for (const q of ROUTES[row.topic] ?? []) (out[q] ??= []).push(row);
  return out;
}

/**
 * Moves committed outbox rows into BullMQ. Woken by NOTIFY at commit, and polls as a
 * fallback; while Redis is away the rows simply wait in PostgreSQL.
 */
export function startOutboxRelay(deps: { db: Database; databaseUrl: string; producer: Producer; log: Logger }, opts: { batchSize?: number; pollMs?: number } = {}) {
  const batchSize = opts.batchSize ?? 500;
  const pollMs = opts.pollMs ?? 500;
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
        moved = await dispatchOutbox(deps.db, Object.keys(ROUTES), batchSize, (rows) => deliver(deps.producer, rows));
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
          resolve();
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
