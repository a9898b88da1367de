import type { Clock } from '@enlace/domain';
import { expertLinkToken, renderExpertLinkEmail } from '@enlace/messages';
import type { Database } from '@enlace/db';
import { type JobPayload, jobPayloads } from '@enlace/queue';
import { expertLinkToSend, markExpertLinkSent } from '@enlace/registry/internal';
import { type Job, UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import { type Mailer, PermanentDeliveryError } from '../delivery/email.js';

/**
 * Emails an expert the link to their own registration. The token is made here, from the
 * application secret, and stored nowhere; its expiry counts from the request, so a
 * retry sends the same link under the same Message-ID. The event is marked processed
 * once the mail server took the message: a job lost with Redis is sent by recovery, and
 * at worst a crash between the two sends the same message twice.
 */
export function expertLinksProcessor(deps: { db: Database; clock: Clock; log: Logger; mailer: Mailer; appSecret: string; webUrl: string; publicUrl: string }) {
  return async (job: Job<JobPayload<'expert-links'>>) => {
    const { outboxId } = jobPayloads['expert-links'].parse(job.data);
    const link = await expertLinkToSend(deps.db, outboxId, deps.clock.now());
    if (!link) return { sent: false };
    const token = expertLinkToken(deps.appSecret, link);
    const email = renderExpertLinkEmail(link.language, {
      name: link.name,
      link: `${deps.webUrl}/${link.language}/roster/self/${token}`,
      expiresAt: link.expiresAt,
      requestUrl: `${deps.webUrl}/${link.language}/roster/self`,
    });
    try {
      await deps.mailer.send({
        to: { name: link.name, address: link.email },
        ...email,
        language: link.language,
        messageId: `<expert-link-${outboxId}@${new URL(deps.publicUrl).hostname}>`,
      });
    } catch (err) {
      if (err instanceof PermanentDeliveryError) {
        // The address refuses mail: nothing a retry can change. Recorded, not retried.
        await markExpertLinkSent(deps.db, outboxId);
        deps.log.warn({ outboxId, expertId: link.expertId, err: err.message }, 'expert link refused by the mail server');
        throw new UnrecoverableError(err.message);
      }
      throw err;
    }
    await markExpertLinkSent(deps.db, outboxId);
    deps.log.info({ outboxId, expertId: link.expertId }, 'expert link sent');
    return { sent: true };
  };
}
