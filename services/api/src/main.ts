import { loadEnv } from '@enlace/config';
import { connectDatabase } from '@enlace/db';
import { systemClock } from '@enlace/domain';
import { Producer, redisConnection } from '@enlace/queue';
import { connectSearch } from '@enlace/search';
import { serveMetrics } from '@enlace/metrics';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';

const env = loadEnv();
// A request waits at most 5 s for a connection, then answers 503 with Retry-After.
const database = connectDatabase(env.DATABASE_URL, { connectTimeoutMs: 5000 });
const redis = redisConnection(env.REDIS_URL, 'producer');
redis.on('error', () => {}); // reconnects by itself; producers fail fast meanwhile
const producer = new Producer(redis, env.QUEUE_PREFIX);
const search = connectSearch(env.MEILI_URL, env.MEILI_MASTER_KEY, env.MEILI_INDEX_PREFIX);
const app = await buildApp({ env, db: database.db, producer, search, clock: systemClock });
const metrics = env.METRICS_PORT ? await serveMetrics(app.metrics, { host: env.METRICS_HOST, port: env.METRICS_PORT, token: env.METRICS_TOKEN }) : undefined;

closeWithGrace({ delay: 10_000 }, async ({ err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  await app.close();
  await metrics?.close();
  await producer.close();
  redis.disconnect();
  await database.close();
});

await app.listen({ host: env.HOST, port: env.PORT });
