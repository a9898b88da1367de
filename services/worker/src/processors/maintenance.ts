import type { Database } from '@enlace/db';
import type { Clock } from '@enlace/domain';
import { type JobPayload, type Producer, QUEUES, jobPayloads } from '@enlace/queue';
import { expireListings, pendingImports } from '@enlace/registry';
import { type SearchHandle, reconcileIndex } from '@enlace/search';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

/** Periodic upkeep: expire listings past their dates, re-queue imports a Redis outage lost, repair index drift. */
export function maintenanceProcessor(deps: { db: Database; clock: Clock; log: Logger; producer: Producer; search: SearchHandle }) {
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
        deps.log.info(report, 'index reconciled');
        return report;
      }
      case 'requeue-imports': {
        const ids = await pendingImports(deps.db);
        for (const importId of ids) await deps.producer.add(QUEUES.imports, { importId }, { jobId: `import-${importId}` });
        return { requeued: ids.length };
      }
    }
  };
}
