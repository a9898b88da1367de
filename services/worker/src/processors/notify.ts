import type { Database } from '@enlace/db';
import { type Clock, OUTBOX_TOPICS } from '@enlace/domain';
import { type DeliveryRetry, type JobPayload, type Producer, enqueueDeliveries, jobPayloads } from '@enlace/queue';
import { fanOut, fanOutMany } from '@enlace/registry/internal';
import { createBatcher } from '../batcher.js';
import type { BurstPolicy } from '@enlace/messages';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

export interface NotifyDeps {
  db: Database;
  clock: Clock;
  log: Logger;
  producer: Producer;
  retry: DeliveryRetry;
  /** Where people open the web interface (`WEB_URL`): campaign messages link to its pages. */
  webUrl: string;
  campaignPerSecond: number;
  /** How suggestions gather into one message per burst. */
  burst?: BurstPolicy;
}

/** An outbox event becomes notifications (written once), then their deliveries are queued. */
export function notifyProcessor(deps: NotifyDeps) {
  return async (job: Job<JobPayload<'notify'>>) => {
    const { outboxId } = jobPayloads.notify.parse(job.data);
    const { deliveries, tells } = await fanOut(deps.db, outboxId, deps.clock, { webUrl: deps.webUrl, ...(deps.burst ? { burst: deps.burst } : {}) });
    // Queued after the commit; if Redis fails here, the deliveries wait in PostgreSQL for the sweeper.
    await enqueueDeliveries(deps.producer, deliveries, deps.retry, job.name === OUTBOX_TOPICS.campaignRound ? { perSecond: deps.campaignPerSecond } : {});
    if (tells > 0) deps.log.debug({ outboxId, topic: job.name, tells, queued: deliveries.length }, 'notifications written');
    return { tells, queued: deliveries.length };
  };
}

/** An import's new matches fanned out together: the statements per batch do not grow with it. */
const BULK_BATCH = 200;

/**
 * One job per outbox row, as in `notify`; rows arriving together are fanned out in one
 * transaction. A failed batch fails each of its jobs, and BullMQ retries them; the
 * fan-out writes nothing twice, so a batch retried in other company is still correct.
 */
export function notifyBulkProcessor(deps: NotifyDeps) {
  const batcher = createBatcher<number>(
    async (outboxIds) => {
      const { deliveries, tells } = await fanOutMany(deps.db, outboxIds, deps.clock, { webUrl: deps.webUrl, ...(deps.burst ? { burst: deps.burst } : {}) });
      await enqueueDeliveries(deps.producer, deliveries, deps.retry);
      deps.log.debug({ events: outboxIds.length, tells, queued: deliveries.length }, 'bulk notifications written');
    },
    { maxItems: BULK_BATCH, maxWaitMs: 100 },
  );
  return async (job: Job<JobPayload<'notify-bulk'>>) => {
    await batcher.add(jobPayloads['notify-bulk'].parse(job.data).outboxId);
  };
}
