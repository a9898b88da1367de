import { type JobPayload, QUEUES, jobPayloads } from '@enlace/queue';
import { type MatchmakingDeps, matchListings } from '@enlace/matchmaking';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

/**
 * A batch of listings the indexer has just made searchable: profiled in one
 * translation batch, then matched. People's edits and imports have a lane each, so two
 * batches may run side by side; a pair whose two listings are in both is still found, by
 * the batch whose pivot text was indexed last: each indexes its pivot text before it searches.
 */
export function matchProcessor(deps: MatchmakingDeps & { log: Logger }) {
  return async (job: Job<JobPayload<'match'> | JobPayload<'match-bulk'>>) => {
    const { listingIds, bulk } = (job.queueName === QUEUES.matchBulk ? jobPayloads['match-bulk'] : jobPayloads.match).parse(job.data);
    const started = Date.now();
    // A bulk import's matches are announced together, once its matching stops (see the notification windows).
    // Progress lets a dashboard (and the matching bench) follow a batch of hundreds as it goes.
    const report = await matchListings(deps, listingIds, { bulk, onProgress: (p) => job.updateProgress(p) });
    deps.log.info({ ...report, listings: listingIds.length, ms: Date.now() - started, jobId: job.id }, 'matches recomputed');
    return report;
  };
}
