import { loadEnv } from '@enlace/config';
import { connectDatabase } from '@enlace/db';
import { systemClock } from '@enlace/domain';
import { glossarySynonyms } from '@enlace/matching';
import { Registry, collectDefaultMetrics, observeWorkers, serveMetrics } from '@enlace/metrics';
import closeWithGrace from 'close-with-grace';
import { applyIndexSettings, connectSearch } from '@enlace/search';
import { pino } from 'pino';
import { startWorkers } from './workers.js';

const env = loadEnv();
const log = pino({ level: env.LOG_LEVEL, base: { service: 'worker' } });
const database = connectDatabase(env.DATABASE_URL, { onError: (err) => log.error({ err }, 'postgres pool error') });
const search = connectSearch(env.MEILI_URL, env.MEILI_MASTER_KEY, env.MEILI_INDEX_PREFIX);
// Meilisearch may be down at start: the worker starts anyway, and the jobs that query
// the index wait until its settings are applied (`searchReady`).
const searchReady = (async () => {
  for (let attempt = 1; ; attempt++) {
    try {
      await applyIndexSettings(search, { synonyms: glossarySynonyms() });
      log.info('search index settings applied');
      return;
    } catch (err) {
      if (attempt === 1 || attempt % 10 === 0) log.warn({ err: (err as Error).message, attempt }, 'search index settings not applied yet; retrying');
      await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * attempt)));
    }
  }
})();
const workers = await startWorkers({ env, db: database.db, search, clock: systemClock, log, searchReady }, { maintenanceEveryMs: env.MAINTENANCE_EVERY_MS });
const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'enlace_worker_' });
observeWorkers(registry, workers.workers);
const metrics = env.WORKER_METRICS_PORT
  ? await serveMetrics(registry, { host: env.METRICS_HOST, port: env.WORKER_METRICS_PORT, token: env.METRICS_TOKEN })
  : undefined;

// worker.close() waits for running jobs without a deadline; close-with-grace supplies one.
closeWithGrace({ delay: 30_000 }, async ({ err }) => {
  if (err) log.error({ err }, 'shutting down after an error');
  await workers.close();
  await metrics?.close();
  await database.close();
});
