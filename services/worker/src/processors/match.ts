import { type JobPayload, jobPayloads } from '@enlace/queue';
import { type MatchmakingDeps, matchListings } from '@enlace/matchmaking';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import { createBatcher } from '../batcher.js';

/**
 * One job per outbox row; the rows that arrive together are profiled in one
 * translation batch and matched one after another. Batches run one at a time, so a
 * listing's matching always sees the profiles of every listing handled before it.
 */
export function matchProcessor(deps: MatchmakingDeps & { log: Logger }) {
  const batcher = createBatcher<string>(
    async (ids) => {
      const started = Date.now();
      const report = await matchListings(deps, [...new Set(ids)]);
      deps.log.info({ ...report, listings: ids.length, ms: Date.now() - started }, 'matches recomputed');
    },
    { maxItems: 200, maxWaitMs: 50, serial: true },
  );
  return async (job: Job<JobPayload<'match'>>) => {
    const { listingId } = jobPayloads.match.parse(job.data);
    await batcher.add(listingId);
  };
}
