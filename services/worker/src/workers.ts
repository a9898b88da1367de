import { type Env, publicUrl, webUrl } from '@enlace/config';
import type { Database } from '@enlace/db';
import type { Clock } from '@enlace/domain';
import { type MaintenanceTask, Producer, QUEUES, type QueueName, jobPayloads, redisConnection } from '@enlace/queue';
import type { SearchHandle } from '@enlace/search';
import { type Translator, createTranslator } from '@enlace/matching';
import { type BurstPolicy, DEFAULT_BURST_POLICY } from '@enlace/messages';
import { CandidateCache, CorpusStatsCache } from '@enlace/matchmaking';
import { abandonDelivery } from '@enlace/registry/internal';
import { type Job, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { importProcessor, onImportFailedForGood } from './processors/imports.js';
import { indexProcessor } from './processors/index.js';
import { indexExpertsProcessor } from './processors/experts.js';
import { matchProcessor } from './processors/match.js';
import { maintenanceProcessor } from './processors/maintenance.js';
import { notifyBulkProcessor, notifyProcessor } from './processors/notify.js';
import { deliveryProcessor } from './processors/deliveries.js';
import { expertLinksProcessor } from './processors/expert-links.js';
import { createMailer } from './delivery/email.js';
import { startOutboxRelay } from './relay.js';

export interface WorkerDeps {
  readonly env: Pick<
    Env,
    | 'REDIS_URL'
    | 'QUEUE_PREFIX'
    | 'DATABASE_URL'
    | 'SMTP_URL'
    | 'MAIL_FROM'
    | 'APP_SECRET'
    | 'PUBLIC_URL'
    | 'HOST'
    | 'PORT'
    | 'DELIVERY_ATTEMPTS'
    | 'DELIVERY_BACKOFF_MS'
    | 'JOB_LOCK_MS'
    | 'CAMPAIGN_SEND_RATE'
    | 'WEBHOOK_ALLOW_HOSTS'
    | 'WORKER_QUEUES'
    | 'NOTIFY_BURST_SECONDS'
  >;
  readonly db: Database;
  readonly search: SearchHandle;
  readonly clock: Clock;
  readonly log: Logger;
  /** Defaults to Apertium on this machine. */
  readonly translator?: Translator;
  /**
   * Settles once the search indexes have their settings (filterable attributes, synonyms).
   * Jobs that query the index wait for it, rather than fail on a fresh index that cannot
   * filter yet; the process starts without waiting, so a Meilisearch outage at start
   * holds back only those jobs.
   */
  readonly searchReady?: Promise<unknown>;
}

/** Each person's burst window is their own setting, bounded by `NOTIFY_BURST_SECONDS` when the service sets one. */
export function burstPolicy(env: Pick<Env, 'NOTIFY_BURST_SECONDS'>): BurstPolicy {
  return { ...DEFAULT_BURST_POLICY, windowMs: env.NOTIFY_BURST_SECONDS ? env.NOTIFY_BURST_SECONDS * 1000 : 24 * 3_600_000 };
}

/**
 * Which queues a process consumes: every one by default, or those named in
 * `WORKER_QUEUES` (comma-separated), so that a deployment can give matching or sending
 * processes of their own. A name that is not a queue stops the start.
 */
export function queueSelection(names: string | undefined): (queue: QueueName) => boolean {
  const known: readonly string[] = Object.values(QUEUES);
  const chosen = (names ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = chosen.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new Error(`WORKER_QUEUES names no queue ${unknown.join(', ')}; the queues are ${known.join(', ')}`);
  return (queue) => chosen.length === 0 || chosen.includes(queue);
}

/**
 * Starts every worker, in one place that also attaches the failed, error and stalled
 * handlers and schedules the periodic jobs.
 */
export async function startWorkers(deps: WorkerDeps, opts: { maintenanceEveryMs?: number; deliveryConcurrency?: number } = {}) {
  const consumes = queueSelection(deps.env.WORKER_QUEUES);
  const connection = redisConnection(deps.env.REDIS_URL, 'worker');
  connection.on('error', (err) => deps.log.warn({ err: err.message }, 'redis connection error'));

  const producerConnection = redisConnection(deps.env.REDIS_URL, 'producer');
  producerConnection.on('error', () => {});
  const producer = new Producer(producerConnection, deps.env.QUEUE_PREFIX);
  const common = { connection, prefix: deps.env.QUEUE_PREFIX };
  const translator = deps.translator ?? createTranslator();
  // One view of the corpus's term frequencies for matching listings and suggesting experts.
  const stats = new CorpusStatsCache(deps.db);
  // Candidates' rows and profiles kept between match batches, checked against their rows.
  const candidates = new CandidateCache();

  const afterSearch =
    <J>(process: (job: J) => Promise<unknown>) =>
    async (job: J) => {
      await deps.searchReady;
      return process(job);
    };
  const indexing = afterSearch(indexProcessor({ ...deps, producer, translator, stats }));
  const matching = matchProcessor({ ...deps, translator, stats, candidates });
  const retry = { attempts: deps.env.DELIVERY_ATTEMPTS, backoffMs: deps.env.DELIVERY_BACKOFF_MS };
  const lockDuration = deps.env.JOB_LOCK_MS;
  // A dead worker's jobs are found by BullMQ's stalled check, every 30 s by default and
  // in two passes: check as often as the lock lasts, or a short lock buys nothing.
  const leased = { lockDuration, stalledInterval: lockDuration };
  const mailer = createMailer(deps.env);
  // Each queue's worker is made only if this process consumes it (WORKER_QUEUES).
  const factories: [QueueName, () => Worker][] = [
    [QUEUES.imports, () => new Worker(QUEUES.imports, importProcessor(deps), { ...common, concurrency: 1 })],
    [
      QUEUES.maintenance,
      () =>
        new Worker(QUEUES.maintenance, maintenanceProcessor({ ...deps, producer, translator, stats, retry, recoverAfterMs: lockDuration }), {
          ...common,
          concurrency: 1,
        }),
    ],
    [
      QUEUES.notify,
      () =>
        new Worker(
          QUEUES.notify,
          notifyProcessor({ ...deps, producer, retry, webUrl: webUrl(deps.env), campaignPerSecond: deps.env.CAMPAIGN_SEND_RATE, burst: burstPolicy(deps.env) }),
          {
            ...common,
            concurrency: 8,
            ...leased,
          },
        ),
    ],
    // As many jobs at once as a fan-out batch holds: the batcher gathers them into one.
    [
      QUEUES.notifyBulk,
      () =>
        new Worker(
          QUEUES.notifyBulk,
          notifyBulkProcessor({
            ...deps,
            producer,
            retry,
            webUrl: webUrl(deps.env),
            campaignPerSecond: deps.env.CAMPAIGN_SEND_RATE,
            burst: burstPolicy(deps.env),
          }),
          { ...common, concurrency: 200, ...leased },
        ),
    ],
    [
      QUEUES.deliveries,
      () =>
        new Worker(
          QUEUES.deliveries,
          deliveryProcessor({
            db: deps.db,
            log: deps.log,
            mailer,
            env: {
              APP_SECRET: deps.env.APP_SECRET,
              WEBHOOK_ALLOW_HOSTS: deps.env.WEBHOOK_ALLOW_HOSTS,
              publicUrl: publicUrl(deps.env),
              webUrl: webUrl(deps.env),
            },
            leaseMs: lockDuration,
          }),
          // Sending is waiting on other servers: many at once cost little.
          { ...common, concurrency: opts.deliveryConcurrency ?? 32, ...leased },
        ),
    ],
    // Concurrency is what lets the batcher gather many edits into one index write. A bulk
    // job already carries an import chunk; two at a time keep Meilisearch busy without
    // queueing so many tasks there that a person's edit waits behind them.
    [QUEUES.index, () => new Worker(QUEUES.index, indexing, { ...common, concurrency: 500 })],
    [QUEUES.indexBulk, () => new Worker(QUEUES.indexBulk, indexing, { ...common, concurrency: 2 })],
    [
      QUEUES.expertLinks,
      () =>
        new Worker(
          QUEUES.expertLinks,
          expertLinksProcessor({ ...deps, mailer, appSecret: deps.env.APP_SECRET, webUrl: webUrl(deps.env), publicUrl: publicUrl(deps.env) }),
          { ...common, concurrency: 4, ...leased },
        ),
    ],
    [
      QUEUES.indexExperts,
      () => new Worker(QUEUES.indexExperts, afterSearch(indexExpertsProcessor({ ...deps, translator, stats })), { ...common, concurrency: 4 }),
    ],
    // People's edits and imports are matched in lanes of their own, one batch at a time
    // in each, so that a publication never waits behind a catalogue's batches.
    ...[QUEUES.match, QUEUES.matchBulk].map((queue): [QueueName, () => Worker] => [
      queue,
      () =>
        new Worker(queue, afterSearch(matching), {
          ...common,
          concurrency: 1,
          // A batch of translations can take a while; keep the job's lock alive meanwhile.
          lockDuration: 300_000,
        }),
    ]),
  ];
  const workers = factories.filter(([queue]) => consumes(queue)).map(([, make]) => make());
  const relay = startOutboxRelay({ db: deps.db, databaseUrl: deps.env.DATABASE_URL, producer, log: deps.log });
  for (const w of workers) {
    w.on('failed', (job: Job | undefined, err) => {
      deps.log.error({ queue: w.name, jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed');
      if (w.name === QUEUES.imports) void onImportFailedForGood(deps.db, job, err).catch(() => {});
      const forGood = job && (job.attemptsMade >= (job.opts.attempts ?? 1) || err.message.includes('stalled'));
      const delivery = w.name === QUEUES.deliveries && forGood ? jobPayloads.deliveries.safeParse(job.data) : undefined;
      if (delivery?.success) void abandonDelivery(deps.db, delivery.data.deliveryId, err.message).catch(() => {});
    });
    w.on('stalled', (jobId) => deps.log.warn({ queue: w.name, jobId }, 'job stalled; it will be retried'));
    w.on('error', (err) => deps.log.error({ queue: w.name, err: err.message }, 'worker error'));
  }

  const every = opts.maintenanceEveryMs ?? 60 * 60_000;
  const often = Math.min(every, 60_000);
  const schedule: [MaintenanceTask, number][] = [
    ['expire-listings', every],
    ['remind-expiring', every],
    ['reconcile-index', 6 * every],
    ['requeue-imports', often],
    ['send-digests', Math.min(every, 5 * 60_000)],
    // Windows close on the minute: a gathered burst goes out at most a minute late.
    ['send-bursts', often],
    ['run-campaigns', often],
    ['recover-notifications', Math.max(lockDuration, Math.min(often, 2 * lockDuration))],
  ];
  const maintenance = producer.queue(QUEUES.maintenance);
  const upsertSchedules = async () => {
    for (const [task, ms] of schedule) await maintenance.upsertJobScheduler(task, { every: ms }, { name: task, data: { task } });
  };
  await upsertSchedules();
  // Redis without persistence forgets the schedules when it restarts: put them back, and
  // look at once for work the restart lost.
  const reconnected = async () => {
    deps.log.warn('redis is back; restoring schedules and recovering lost jobs');
    for (let attempt = 1; attempt <= 30; attempt++) {
      try {
        await upsertSchedules();
        await producer.addBulk(QUEUES.maintenance, [
          { name: 'recover-notifications', data: { task: 'recover-notifications' } },
          { name: 'requeue-imports', data: { task: 'requeue-imports' } },
        ]);
        return;
      } catch (err) {
        if (attempt === 1) deps.log.warn({ err: (err as Error).message }, 'could not restore schedules yet; retrying');
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  };
  // The first 'ready' is the start, unless the connection was already up by now.
  let wasReady = connection.status === 'ready';
  connection.on('ready', () => {
    if (wasReady) void reconnected();
    wasReady = true;
  });
  deps.log.info({ queues: workers.map((w) => w.name) }, 'workers started');

  return {
    producer,
    /** The BullMQ workers, for whoever observes them (metrics). */
    workers,
    /** The candidates kept between match batches, for whoever measures them (the matching bench). */
    candidates,
    async close() {
      await relay.close();
      await Promise.all(workers.map((w) => w.close()));
      if (!deps.translator) await translator.close();
      mailer.close();
      await producer.close();
      connection.disconnect();
      producerConnection.disconnect();
    },
  };
}
