import type { Database } from '@enlace/db';
import type { Clock } from '@enlace/domain';
import { type JobPayload, jobPayloads } from '@enlace/queue';
import { failImport, processImport } from '@enlace/registry';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

/** Thin: parse the payload, run the import verb, report progress to BullMQ and the log. */
export function importProcessor(deps: { db: Database; clock: Clock; log: Logger }) {
  return async (job: Job<JobPayload<'imports'>>) => {
    const { importId } = jobPayloads.imports.parse(job.data);
    const log = deps.log.child({ importId, jobId: job.id });
    log.info('import started');
    await processImport(deps, importId, {
      onProgress: async ({ linesDone, totalLines }) => {
        await job.updateProgress({ linesDone, totalLines });
        log.info({ linesDone, totalLines }, 'import progress');
      },
    });
    log.info('import finished');
  };
}

/** Once BullMQ has given up on an import, say so on the import itself. */
export async function onImportFailedForGood(db: Database, job: Job<JobPayload<'imports'>> | undefined, err: Error) {
  if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
  await failImport(db, job.data.importId, err.message);
}
