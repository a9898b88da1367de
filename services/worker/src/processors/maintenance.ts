import type { Database } from '@enlace/db';
import { type Clock, PROCESSED_TOPICS } from '@enlace/domain';
import { type CorpusStatsCache, reconcileExpertIndex, reconcileIndex, suggestUnprofiledExperts } from '@enlace/matchmaking';
import type { Translator } from '@enlace/matching';
import { type DeliveryRetry, type JobPayload, type Producer, enqueueDeliveries, jobPayloads } from '@enlace/queue';
import {
  advanceCampaigns,
  deliveriesToRequeue,
  expireListings,
  gatherBursts,
  gatherDigests,
  unprocessedOutbox,
  writeExpiryReminders,
} from '@enlace/registry/internal';
import type { SearchHandle } from '@enlace/search';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import { logRefused, relayRows } from '../relay.js';
import { requeueImports } from './imports.js';

/**
 * Periodic upkeep: expire listings past their dates and remind their owners before,
 * send digests that are due, re-queue what a Redis outage lost (imports, notification
 * events, deliveries), repair index drift and suggest experts nothing suggested yet.
 */
export function maintenanceProcessor(deps: {
  db: Database;
  clock: Clock;
  log: Logger;
  producer: Producer;
  search: SearchHandle;
  translator: Translator;
  stats: CorpusStatsCache;
  retry: DeliveryRetry;
  recoverAfterMs: number;
}) {
  return async (job: Job<JobPayload<'maintenance'>>) => {
    const { task } = jobPayloads.maintenance.parse(job.data);
    switch (task) {
      case 'expire-listings': {
        const expired = await expireListings(deps);
        if (expired > 0) deps.log.info({ expired }, 'listings expired');
        return { expired };
      }
      case 'reconcile-index': {
        const report = await reconcileIndex(deps.db, deps.search);
        const experts = await reconcileExpertIndex(deps.db, deps.search);
        const suggested = await suggestUnprofiledExperts(deps);
        deps.log.info({ ...report, experts, suggested }, 'index reconciled');
        return { ...report, experts, suggested };
      }
      case 'remind-expiring': {
        const reminders = await writeExpiryReminders(deps);
        if (reminders > 0) deps.log.info({ reminders }, 'expiry reminders written');
        return { reminders };
      }
      case 'send-digests': {
        const { deliveries, digests, released } = await gatherDigests(deps.db, deps.clock);
        await enqueueDeliveries(deps.producer, deliveries, deps.retry);
        if (digests + released > 0) deps.log.info({ digests, released }, 'digests gathered');
        return { digests, released };
      }
      case 'send-bursts': {
        const { deliveries, bursts, released } = await gatherBursts(deps.db, deps.clock);
        await enqueueDeliveries(deps.producer, deliveries, deps.retry);
        if (bursts + released > 0) deps.log.info({ bursts, released }, 'gathered suggestions sent');
        return { bursts, released };
      }
      case 'recover-notifications': {
        const events = await unprocessedOutbox(deps.db, PROCESSED_TOPICS, deps.recoverAfterMs);
        logRefused(deps.log, await relayRows(deps.producer, events));
        const deliveries = await deliveriesToRequeue(deps.db, deps.recoverAfterMs);
        await enqueueDeliveries(deps.producer, deliveries, deps.retry);
        if (events.length + deliveries.length > 0) deps.log.info({ events: events.length, deliveries: deliveries.length }, 'notification work re-queued');
        return { events: events.length, deliveries: deliveries.length };
      }
      case 'run-campaigns': {
        const report = await advanceCampaigns(deps.db, deps.clock);
        if (report.started + report.reminded + report.completed > 0) deps.log.info(report, 'campaigns advanced');
        return report;
      }
      case 'requeue-imports':
        return requeueImports(deps);
    }
  };
}
