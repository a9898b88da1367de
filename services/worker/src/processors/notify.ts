import type { Database } from '@enlace/db';
import { type Clock, OUTBOX_TOPICS } from '@enlace/domain';
import { type DeliveryRetry, type JobPayload, type Producer, enqueueDeliveries, jobPayloads } from '@enlace/queue';
import { fanOut } from '@enlace/registry/internal';
import type { BurstPolicy } from '@enlace/messages';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

/** An outbox event becomes notifications (written once), then their deliveries are queued. */
export function notifyProcessor(deps: {
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
}) {
  return async (job: Job<JobPayload<'notify'>>) => {
    const { outboxId } = jobPayloads.notify.parse(job.data);
    const { deliveries, tells } = await fanOut(deps.db, outboxId, deps.clock, { webUrl: deps.webUrl, ...(deps.burst ? { burst: deps.burst } : {}) });
    // Queued after the commit; if Redis fails here, the deliveries wait in PostgreSQL for the sweeper.
    await enqueueDeliveries(deps.producer, deliveries, deps.retry, job.name === OUTBOX_TOPICS.campaignRound ? { perSecond: deps.campaignPerSecond } : {});
    if (tells > 0) deps.log.debug({ outboxId, topic: job.name, tells, queued: deliveries.length }, 'notifications written');
    return { tells, queued: deliveries.length };
  };
}
