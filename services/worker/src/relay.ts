import type { Database } from '@enlace/db';
import { OUTBOX_TOPICS, type OutboxTopic, isOutboxTopic, parseOutboxPayload } from '@enlace/domain';
import { type BulkJob, type JobPayload, type Producer, QUEUES, type QueueName, jobPayloads } from '@enlace/queue';
import { OUTBOX_CHANNEL, type OutboxRow, dispatchOutbox } from '@enlace/registry/internal';
import pg from 'pg';
import type { Logger } from 'pino';

/** A queue and the job an outbox row becomes there; the mapped type keeps each job in step with its queue. */
type Route = { [Q in QueueName]: { readonly queue: Q; readonly data: (row: OutboxRow) => JobPayload<Q> } }[QueueName];

const toNotify: Route = { queue: QUEUES.notify, data: (row) => ({ outboxId: row.id }) };
const toNotifyBulk: Route = { queue: QUEUES.notifyBulk, data: (row) => ({ outboxId: row.id }) };

/**
 * Which queue hears about each outbox topic, and what its job carries. Imports take a
 * lane of their own, so a person's edit is searchable in moments even while fifty
 * thousand lines go through. Every topic of the contract has a route, or this does not compile.
 */
const ROUTES: Record<OutboxTopic, Route> = {
  [OUTBOX_TOPICS.listingChanged]: { queue: QUEUES.index, data: (row) => ({ outboxId: row.id, listingId: row.aggregateId }) },
  [OUTBOX_TOPICS.listingsImported]: {
    queue: QUEUES.indexBulk,
    data: (row) => ({ outboxId: row.id, listingIds: parseOutboxPayload(OUTBOX_TOPICS.listingsImported, row.payload).listingIds }),
  },
  [OUTBOX_TOPICS.expertChanged]: { queue: QUEUES.indexExperts, data: (row) => ({ outboxId: row.id, expertId: row.aggregateId }) },
  [OUTBOX_TOPICS.matchNew]: toNotify,
  [OUTBOX_TOPICS.matchStage]: toNotify,
  [OUTBOX_TOPICS.reviewRequested]: toNotify,
  [OUTBOX_TOPICS.listingExpiring]: toNotify,
  [OUTBOX_TOPICS.expertReviewRequested]: toNotify,
  [OUTBOX_TOPICS.expertLinkRequested]: { queue: QUEUES.expertLinks, data: (row) => ({ outboxId: row.id }) },
  [OUTBOX_TOPICS.campaignRound]: toNotify,
  [OUTBOX_TOPICS.storyChanged]: toNotify,
};

/**
 * An import's new matches come by the thousand: they go to a lane where they are fanned
 * out many at a time, and where they never hold up a person's own news.
 */
function routeOf(row: OutboxRow, topic: OutboxTopic): Route {
  const bulk = topic === OUTBOX_TOPICS.matchNew && (row.payload as { bulk?: unknown } | null)?.bulk === true;
  return bulk ? toNotifyBulk : ROUTES[topic];
}

/** Every topic the relay hands on. */
export const RELAYED_TOPICS: readonly OutboxTopic[] = Object.keys(ROUTES).filter(isOutboxTopic);

/** The job id derived from the outbox id (BullMQ refuses purely numeric custom ids). */
export const outboxJobId = (outboxId: number) => `outbox-${outboxId}`;

/** A row the relay would not hand on: its payload breaks the contract. */
export interface RefusedRow {
  readonly id: number;
  readonly topic: string;
  readonly error: string;
}

/**
 * Hands outbox rows to their queues; a row handed on twice is still one job. A row whose
 * job would break its queue's schema is refused and returned rather than thrown: one bad
 * row must not hold back every event behind it.
 */
export async function relayRows(producer: Pick<Producer, 'addBulk'>, rows: readonly OutboxRow[]): Promise<RefusedRow[]> {
  const refused: RefusedRow[] = [];
  const byQueue = new Map<QueueName, BulkJob<QueueName>[]>();
  for (const row of rows) {
    if (!isOutboxTopic(row.topic)) continue;
    const route = routeOf(row, row.topic);
    let data: JobPayload<QueueName>;
    try {
      data = jobPayloads[route.queue].parse(route.data(row));
    } catch (err) {
      refused.push({ id: row.id, topic: row.topic, error: (err as Error).message });
      continue;
    }
    const jobs = byQueue.get(route.queue) ?? [];
    jobs.push({
      name: row.topic,
      data,
      opts: {
        // The outbox id is the job id: a row relayed twice is still one job.
        jobId: outboxJobId(row.id),
        // Outlast a search or database outage of about half an hour; the reconcile job covers longer ones.
        attempts: 12,
        backoff: { type: 'exponential', delay: 500 },
      },
    });
    byQueue.set(route.queue, jobs);
  }
  for (const [queue, jobs] of byQueue) await producer.addBulk(queue, jobs);
  return refused;
}

/** Refused rows stay marked dispatched (relaying them again would refuse them again): say so loudly. */
export function logRefused(log: Pick<Logger, 'error'>, refused: readonly RefusedRow[]): void {
  for (const row of refused) log.error(row, "outbox row breaks its topic's contract; not relayed");
}

/**
 * Moves committed outbox rows into BullMQ. Woken by NOTIFY at commit, and polls as a
 * fallback; while Redis is away the rows simply wait in PostgreSQL.
 */
export function startOutboxRelay(
  deps: { db: Database; databaseUrl: string; producer: Producer; log: Logger },
  opts: { batchSize?: number; pollMs?: number; gatherMs?: number } = {},
) {
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
        moved = await dispatchOutbox(deps.db, RELAYED_TOPICS, batchSize, async (rows) => {
          logRefused(deps.log, await relayRows(deps.producer, rows));
        });
        if (failures > 0) deps.log.info({ after: failures }, 'outbox relay recovered');
        failures = 0;
        if (moved > 0) deps.log.debug({ moved }, 'outbox rows relayed');
      } catch (err) {
        failures += 1;
        if (failures === 1 || failures % 20 === 0)
          deps.log.warn({ err: (err as Error).message, failures }, 'outbox relay cannot deliver; rows stay in PostgreSQL');
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
