import type { Database } from '@enlace/db';
import { type JobPayload, jobPayloads } from '@enlace/queue';
import { type SearchHandle, syncListings } from '@enlace/search';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import { createBatcher } from '../batcher.js';

/**
 * One job per outbox row; rows arriving together share one index write. A failed write
 * (Meilisearch down) fails every job of its batch, and BullMQ retries them with backoff.
 */
export function indexProcessor(deps: { db: Database; search: SearchHandle; log: Logger }) {
  const batcher = createBatcher<string>(
    async (ids) => {
      const { upserted, deleted } = await syncListings(deps.db, deps.search, ids);
      deps.log.debug({ upserted, deleted }, 'index synced');
    },
    { maxItems: 500, maxWaitMs: 20 },
  );
  return async (job: Job<JobPayload<'index'>>) => {
    const { listingId } = jobPayloads.index.parse(job.data);
    await batcher.add(listingId);
  };
}
