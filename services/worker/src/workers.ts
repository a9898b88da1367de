import type { Env } from '@enlace/config';
import type { Database } from '@enlace/db';
import type { Clock } from '@enlace/domain';
import { Producer, QUEUES, redisConnection } from '@enlace/queue';
import type { SearchHandle } from '@enlace/search';
import { type Translator, createTranslator } from '@enlace/matching';
import { CorpusStatsCache } from '@enlace/matchmaking';
import { type Job, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { importProcessor, onImportFailedForGood } from './processors/imports.js';
import { indexProcessor } from './processors/index.js';
import { matchProcessor } from './processors/match.js';
import { maintenanceProcessor } from './processors/maintenance.js';
import { startOutboxRelay } from './relay.js';

export interface WorkerDeps {
  readonly env: Pick<Env, 'REDIS_URL' | 'QUEUE_PREFIX' | 'DATABASE_URL'>;
  readonly db: Database;
  readonly search: SearchHandle;
  readonly clock: Clock;
  readonly log: Logger;
  /** Defaults to Apertium on this machine. */
  readonly translator?: Translator;
}

/**
 * Starts every worker, in one place that also attaches the failed, error and stalled
 * handlers and schedules the periodic jobs.
 */
export async function startWorkers(deps: WorkerDeps, opts: { maintenanceEveryMs?: number } = {}) {
  const connection = redisConnection(deps.env.REDIS_URL, 'worker');
  connection.on('error', (err) => deps.log.warn({ err: err.message }, 'redis connection error'));
  const producerConnection = redisConnection(deps.env.REDIS_URL, 'producer');
  producerConnection.on('error', () => {});
  const producer = new Producer(producerConnection, deps.env.QUEUE_PREFIX);
  const common = { connection, prefix: deps.env.QUEUE_PREFIX };
  const translator = deps.translator ?? createTranslator();

  const indexing = indexProcessor({ ...deps, producer });
  const workers = [
    new Worker(QUEUES.imports, importProcessor(deps), { ...common, concurrency: 1 }),
    new Worker(QUEUES.maintenance, maintenanceProcessor({ ...deps, producer }), { ...common, concurrency: 1 }),
    // Concurrency is what lets the batcher gather many edits into one index write. A bulk
    // job already carries an import chunk; two at a time keep Meilisearch busy without
    // queueing so many tasks there that a person's edit waits behind them.
    new Worker(QUEUES.index, indexing, { ...common, concurrency: 500 }),
    new Worker(QUEUES.indexBulk, indexing, { ...common, concurrency: 2 }),
    new Worker(QUEUES.match, matchProcessor({ ...deps, translator, stats: new CorpusStatsCache(deps.db) }), {
      ...common,
      concurrency: 1,
      // A batch of translations can take a while; keep the job's lock alive meanwhile.
      lockDuration: 300_000,
    }),
  ];
  const relay = startOutboxRelay({ db: deps.db, databaseUrl: deps.env.DATABASE_URL, producer, log: deps.log });
  for (const w of workers) {
    w.on('failed', (job: Job | undefined, err) => {
      deps.log.error({ queue: w.name, jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed');
      if (w.name === QUEUES.imports) void onImportFailedForGood(deps.db, job, err).catch(() => {});
    });
    w.on('stalled', (jobId) => deps.log.warn({ queue: w.name, jobId }, 'job stalled; it will be retried'));
    w.on('error', (err) => deps.log.error({ queue: w.name, err: err.message }, 'worker error'));
  }

  const every = opts.maintenanceEveryMs ?? 60 * 60_000;
  const maintenance = producer.queue(QUEUES.maintenance);
  await maintenance.upsertJobScheduler('expire-listings', { every }, { name: 'expire-listings', data: { task: 'expire-listings' } });
  await maintenance.upsertJobScheduler('reconcile-index', { every: 6 * every }, { name: 'reconcile-index', data: { task: 'reconcile-index' } });
  await maintenance.upsertJobScheduler('requeue-imports', { every: Math.min(every, 60_000) }, { name: 'requeue-imports', data: { task: 'requeue-imports' } });
  deps.log.info({ queues: workers.map((w) => w.name) }, 'workers started');

  return {
    producer,
    async close() {
      await relay.close();
      await Promise.all(workers.map((w) => w.close()));
      if (!deps.translator) await translator.close();
      await producer.close();
      connection.disconnect();
      producerConnection.disconnect();
    },
  };
}
