import type { Database } from '@enlace/db';
import type { Clock } from '@enlace/domain';
import { type JobPayload, type Producer, QUEUES, jobPayloads } from '@enlace/queue';
import { failImport, pendingImports, processImport } from '@enlace/registry/internal';
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

/**
 * Once BullMQ has given up on an import, say so on the import itself, which also frees
 * its person to start another. BullMQ has given up when the job sits in the failed set:
 * retries exhausted, an unrecoverable error, or a job that stalled too often (which
 * fails with attempts to spare, so the attempt count alone would miss it).
 */
export async function onImportFailedForGood(db: Database, job: Job<JobPayload<'imports'>> | undefined, err: Error) {
  if (!job) return;
  if ((await job.getState()) !== 'failed') return;
  await failImport(db, job.data.importId, err.message);
}

/**
 * Imports still queued or running get their job back if Redis lost it; one whose job
 * BullMQ gave up on, without the import hearing of it (the failure handler could not
 * reach PostgreSQL), is marked failed: the same job id would never run again.
 */
export async function requeueImports(deps: { db: Database; producer: Producer }) {
  const ids = await pendingImports(deps.db);
  const queue = deps.producer.queue(QUEUES.imports);
  let failed = 0;
  for (const importId of ids) {
    const jobId = `import-${importId}`;
    const job = await queue.getJob(jobId);
    if (job && (await job.getState()) === 'failed') {
      await failImport(deps.db, importId, job.failedReason || 'the import job failed');
      failed++;
      continue;
    }
    await deps.producer.add(QUEUES.imports, { importId }, { jobId });
  }
  return { requeued: ids.length - failed, failed };
}
