import type { Actor } from '@enlace/domain';
import { LRUCache } from 'lru-cache';
import { countsEverything } from './filter.js';

/**
 * Statistics are computed from the registry when asked, and a dashboard asks the same
 * questions of a large registry many times a minute. For a few seconds, the same question
 * asked in the same scope (published data, or staff's every status) shares one
 * computation: callers that arrive while it runs wait for it rather than start another,
 * and the answer is kept until `ttlSeconds` have passed. A lifetime of 0 computes every time.
 */
export interface SharedFigures {
  <T extends object>(name: string, actor: Actor, query: object, compute: () => Promise<T>): Promise<T>;
}

export function sharedFigures(ttlSeconds: number, max = 500): SharedFigures {
  if (ttlSeconds <= 0) return (_name, _actor, _query, compute) => compute();
  const cache = new LRUCache<string, object, () => Promise<object>>({
    max,
    ttl: ttlSeconds * 1000,
    fetchMethod: (_key, _stale, { context }) => context(),
  });
  return async <T extends object>(name: string, actor: Actor, query: object, compute: () => Promise<T>) => {
    const key = `${name}|${countsEverything(actor) ? 'all' : 'published'}|${canonical(query)}`;
    // A failed computation is not kept: the next caller tries again.
    return (await cache.fetch(key, { context: compute })) as T;
  };
}

/** The same query written in another order is the same question. */
function canonical(query: object): string {
  return JSON.stringify(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
