import { Redis, type RedisOptions } from 'ioredis';

/**
 * Producers fail fast when Redis is away (the outbox or the caller retries later);
 * workers wait for it, which BullMQ requires (`maxRetriesPerRequest: null`).
 */
export function redisConnection(url: string, role: 'producer' | 'worker', extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    ...(role === 'worker' ? { maxRetriesPerRequest: null } : { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
    ...extra,
  });
}
