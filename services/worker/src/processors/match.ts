import { type JobPayload, jobPayloads } from '@enlace/queue';
import { type MatchmakingDeps, matchListings } from '@enlace/matchmaking';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

/**
 * A batch of listings the indexer has just made searchable: profiled in one
 * translation batch, then matched one after another. The match worker runs one job at
 * a time, so a listing's matching always sees the profiles of every listing before it.
 */
export function matchProcessor(deps: MatchmakingDeps & { log: Logger }) {
  return async (job: Job<JobPayload<'match'>>) => {
    const { listingIds, bulk } = jobPayloads.match.parse(job.data);
    const started = Date.now();
    // A bulk import's matches are announced together, once its matching stops (see the notification windows).
    const report = await matchListings(deps, listingIds, { bulk });
    deps.log.info({ ...report, listings: listingIds.length, ms: Date.now() - started, jobId: job.id }, 'matches recomputed');
    return report;
  };
}
