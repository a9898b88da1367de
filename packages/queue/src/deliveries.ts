import type { Producer } from './producer.js';
import { QUEUES } from './queues.js';

/** How hard a delivery is tried before it goes to the dead letters. */
export interface DeliveryRetry {
  readonly attempts: number;
  readonly backoffMs: number;
}

/**
 * Queues deliveries for sending, `perSecond` at most when given. The job id names the delivery and its generation, so
 * queueing the same delivery twice (the fan-out retried, the sweeper ran) makes one job.
 */
export async function enqueueDeliveries(
  producer: Producer,
  refs: readonly { id: number; generation: number }[],
  retry: DeliveryRetry,
  opts: { perSecond?: number } = {},
): Promise<void> {
  if (refs.length === 0) return;
  for (let i = 0; i < refs.length; i += 1000) {
    await producer.addBulk(
      QUEUES.deliveries,
      refs.slice(i, i + 1000).map((d, j) => ({
        name: 'deliver',
        data: { deliveryId: d.id },
        opts: {
          jobId: `delivery-${d.id}-${d.generation}`,
          attempts: retry.attempts,
          backoff: { type: 'exponential', delay: retry.backoffMs },
          removeOnComplete: { age: 3600, count: 10_000 },
          removeOnFail: { age: 7 * 24 * 3600 },
          // Throttled sends (a campaign) are spread out in time rather than all queued for now.
          ...(opts.perSecond ? { delay: Math.floor((i + j) / opts.perSecond) * 1000 } : {}),
        },
      })),
    );
  }
}
