import type { Database } from '@enlace/db';
import { type JobPayload, jobPayloads } from '@enlace/queue';
import { claimDelivery, finishDelivery } from '@enlace/registry/internal';
import { type Job, UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import { type Mailer, PermanentDeliveryError } from '../delivery/email.js';
import { type SendEnv, sendDelivery } from '../delivery/send.js';
import { RefusedWebhookUrlError } from '../delivery/webhook.js';

/**
 * Sends one delivery. The claim in PostgreSQL, not the job, is what makes it go out once:
 * a retried or duplicated job finds it sent and stops. A failure is recorded; the last
 * allowed attempt (or a permanent refusal) leaves it dead or bounced for staff to replay.
 */
export function deliveryProcessor(deps: { db: Database; log: Logger; mailer: Mailer; env: SendEnv; leaseMs: number }) {
  return async (job: Job<JobPayload<'deliveries'>>) => {
    const { deliveryId } = jobPayloads.deliveries.parse(job.data);
    const claimed = await claimDelivery(deps.db, deliveryId, deps.leaseMs);
    if (claimed === null) return { sent: false };
    // Another worker holds it and may still be sending: try again after the backoff.
    if (claimed === 'busy') throw new Error(`delivery ${deliveryId} is held by another worker`);
    try {
      await sendDelivery(claimed, deps);
    } catch (err) {
      const message = (err as Error).message;
      const permanent = err instanceof PermanentDeliveryError;
      // A refused webhook URL stays refused: dead at once, for staff to replay once it is fixed.
      const refused = err instanceof RefusedWebhookUrlError;
      const last = refused || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await finishDelivery(deps.db, deliveryId, permanent ? 'bounced' : last ? 'dead' : 'failed', message);
      deps.log.warn({ deliveryId, channel: claimed.delivery.channel, attempt: job.attemptsMade + 1, permanent, last, err: message }, 'delivery failed');
      if (permanent || refused) throw new UnrecoverableError(message);
      throw err;
    }
    await finishDelivery(deps.db, deliveryId, 'sent');
    return { sent: true, channel: claimed.delivery.channel };
  };
}
