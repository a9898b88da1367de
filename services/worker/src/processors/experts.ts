import type { Database } from '@enlace/db';
import { type MatchmakingDeps, indexExperts, suggestExpertToDemands } from '@enlace/matchmaking';
import { type JobPayload, jobPayloads } from '@enlace/queue';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

/**
 * One job per `expert.changed` outbox row: re-reads the expert, writes or removes its
 * document, then stores (or removes) where the expert is a candidate for published
 * demands. Idempotent (the same row gives the same document and the same pairs), so
 * BullMQ's retries with backoff (set by the relay) carry it through a Meilisearch outage.
 */
export function indexExpertsProcessor(deps: MatchmakingDeps & { db: Database; log: Logger }) {
  return async (job: Job<JobPayload<'index-experts'>>) => {
    const { expertId } = jobPayloads['index-experts'].parse(job.data);
    const { upserted, deleted } = await indexExperts(deps.db, deps.search, [expertId]);
    const { stored } = await suggestExpertToDemands(deps, expertId);
    deps.log.debug({ expertId, upserted, deleted, suggestions: stored }, 'expert index and suggestions synced');
  };
}
