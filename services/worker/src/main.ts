import { loadEnv } from '@enlace/config';
import { connectDatabase } from '@enlace/db';
import { systemClock } from '@enlace/domain';
import closeWithGrace from 'close-with-grace';
import { applyIndexSettings, connectSearch } from '@enlace/search';
import { pino } from 'pino';
import { startWorkers } from './workers.js';

const env = loadEnv();
const log = pino({ level: env.LOG_LEVEL, base: { service: 'worker' } });
const database = connectDatabase(env.DATABASE_URL, { onError: (err) => log.error({ err }, 'postgres pool error') });
const search = connectSearch(env.MEILI_URL, env.MEILI_MASTER_KEY, env.MEILI_INDEX_PREFIX);
await applyIndexSettings(search);
const workers = await startWorkers({ env, db: database.db, search, clock: systemClock, log });

// worker.close() waits for running jobs without a deadline; close-with-grace supplies one.
closeWithGrace({ delay: 30_000 }, async ({ err }) => {
  if (err) log.error({ err }, 'shutting down after an error');
  await workers.close();
  await database.close();
});
