import { loadEnv } from '@enlace/config';
import { connectDatabase } from '@enlace/db';
import { systemClock } from '@enlace/domain';
import { Producer, redisConnection } from '@enlace/queue';
import { connectSearch } from '@enlace/search';
import { buildApp } from './app.js';

/**
 * The API's OpenAPI document, built in memory without touching a service: connections
 * are created lazily and never used, since no request is served. What the web
 * interface's typed client is generated from.
 */
export async function openapiDocument(): Promise<Record<string, unknown>> {
  const env = loadEnv({ LOG_LEVEL: 'silent' });
  const database = connectDatabase(env.DATABASE_URL);
  const redis = redisConnection(env.REDIS_URL, 'producer', { lazyConnect: true });
  const producer = new Producer(redis, env.QUEUE_PREFIX);
  const search = connectSearch(env.MEILI_URL, env.MEILI_MASTER_KEY, env.MEILI_INDEX_PREFIX);
  const app = await buildApp({ env, db: database.db, producer, search, clock: systemClock });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    redis.disconnect();
    await database.close();
  }
}
