import { join } from 'node:path';
import { startTestApi } from '@enlace/api/testing';
import { STATE_DIR, ensureApertium, ensureMeilisearch, ensurePostgres, ensureRedis } from '@enlace/devstack';
import { TEST_MEILI_KEY, TEST_MEILI_URL, TEST_REDIS_URL } from '@enlace/devstack/testing';
import { TEST_DATABASE_SERVER } from '@enlace/db/testing';
import { startWorkers } from '@enlace/worker';
import { pino } from 'pino';
import type { Log } from './run.js';

/**
 * The services a bench runs on (started if needed), then the API on a database, queues
 * and index of its own, with imports of up to 100 MiB, and the workers in the same process.
 */
export async function startBenchStack(label: string, log: Log) {
  await ensurePostgres(`${TEST_DATABASE_SERVER}/postgres`);
  await ensureRedis(TEST_REDIS_URL);
  await ensureMeilisearch(TEST_MEILI_URL, TEST_MEILI_KEY, join(STATE_DIR, 'meili-test'));
  ensureApertium(log);
  const api = await startTestApi({ label, env: { IMPORT_MAX_BYTES: String(100 * 1024 * 1024), LOG_LEVEL: 'warn' } });
  const workers = await startWorkers({ env: api.env, db: api.db, search: api.search, clock: api.clock, log: pino({ level: 'warn' }) });
  return { api, workers };
}
