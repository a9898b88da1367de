import type { Database } from '@enlace/db';
import { indexExperts } from '@enlace/matchmaking';
import { type JobPayload, jobPayloads } from '@enlace/queue';
import type { SearchHandle } from '@enlace/search';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

/**
 * One job per `expert.changed` outbox row: re-reads the expert and writes or removes its
 * document. Idempotent (the same row gives the same document), so BullMQ's retries with
 * backoff (set by the relay) carry it through a Meilisearch outage.
 */
export function indexExpertsProcessor(deps: { db: Database; search: SearchHandle; log: Logger }) {
  return async (job: Job<JobPayload<'index-experts'>>) => {
    const { expertId } = jobPayloads['index-experts'].parse(job.data);
    const { upserted, deleted } = await indexExperts(deps.db, deps.search, [expertId]);
    deps.log.debug({ expertId, upserted, deleted }, 'expert index synced');
  };
}
