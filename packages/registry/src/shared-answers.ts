import { LRUCache } from 'lru-cache';

/**
 * An answer many callers ask for at once, computed once and shared for a few seconds:
 * callers that arrive while it is computed wait for it rather than start another, and
 * the answer is kept until `ttlSeconds` have passed. The key must name everything the
 * answer depends on, the caller's scope included. A failed computation is not kept: the
 * next caller tries again. A lifetime of 0 computes every time.
 */
export interface SharedAnswers {
  <T extends object>(key: string, compute: () => Promise<T>): Promise<T>;
}

export function sharedAnswers(ttlSeconds: number, max = 500): SharedAnswers {
  if (ttlSeconds <= 0) return (_key, compute) => compute();
  const cache = new LRUCache<string, object, () => Promise<object>>({
    max,
    ttl: ttlSeconds * 1000,
    fetchMethod: (_key, _stale, { context }) => context(),
  });
  return async <T extends object>(key: string, compute: () => Promise<T>) => (await cache.fetch(key, { context: compute })) as T;
}
