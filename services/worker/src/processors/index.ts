import type { Database } from '@enlace/db';
import { type CorpusStatsCache, indexListings, indexWithProfiles } from '@enlace/matchmaking';
import type { Translator } from '@enlace/matching';
import { type JobPayload, type Producer, QUEUES, jobPayloads } from '@enlace/queue';
import type { SearchHandle } from '@enlace/search';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import { createBatcher } from '../batcher.js';

/** Listings of a bulk job handed to the batcher at a time (see below). */
const BULK_SLICE = 250;

/**
 * One job per outbox row; rows arriving together share one index write, after which
 * one match job takes the whole batch. A failed write (Meilisearch down) fails every
 * job of its batch, and BullMQ retries them with backoff; matching is idempotent, so a
 * batch matched twice costs time, not correctness.
 */
export function indexProcessor(deps: { db: Database; search: SearchHandle; producer: Producer; log: Logger; translator: Translator; stats: CorpusStatsCache }) {
  const batcher = createBatcher<{ listingId: string; bulk: boolean }>(
    async (items) => {
      const ids = [...new Set(items.map((i) => i.listingId))];
      const bulk = items.every((i) => i.bulk);
      // An import's listings are indexed once, with their pivot text; see indexWithProfiles.
      const { upserted, deleted } = bulk ? await indexWithProfiles(deps, ids) : await indexListings(deps.db, deps.search, ids);
      // Bulk batches are matched in a lane of their own, as they are indexed in one.
      if (bulk) await deps.producer.add(QUEUES.matchBulk, { listingIds: ids, bulk });
      else await deps.producer.add(QUEUES.match, { listingIds: ids, bulk });
      deps.log.debug({ upserted, deleted }, 'index synced');
    },
    { maxItems: 500, maxWaitMs: 20 },
  );
  return async (job: Job<JobPayload<'index'> | JobPayload<'index-bulk'>>) => {
    if (job.queueName === QUEUES.indexBulk) {
      const { listingIds } = jobPayloads['index-bulk'].parse(job.data);
      // Slice by slice: Meilisearch merges queued writes into one batch, and an edit
      // queued behind a whole import chunk would wait for all of it.
      for (let i = 0; i < listingIds.length; i += BULK_SLICE) {
        await Promise.all(listingIds.slice(i, i + BULK_SLICE).map((listingId) => batcher.add({ listingId, bulk: true })));
      }
    } else {
      const { listingId } = jobPayloads.index.parse(job.data);
      await batcher.add({ listingId, bulk: false });
    }
  };
}
