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

export interface SharedAnswersLimits {
  /** Answers kept at most. */
  readonly max?: number;
  /**
   * When answers differ much in size: the weight of one (a positive integer, such as the
   * items it lists) and the total weight kept, so that callers asking for many large
   * answers cannot fill the memory.
   */
  readonly weight?: { readonly of: (answer: object) => number; readonly max: number };
}

export function sharedAnswers(ttlSeconds: number, limits: SharedAnswersLimits = {}): SharedAnswers {
  if (ttlSeconds <= 0) return (_key, compute) => compute();
  const { weight } = limits;
  const cache = new LRUCache<string, object, () => Promise<object>>({
    max: limits.max ?? 500,
    ttl: ttlSeconds * 1000,
    ...(weight ? { maxSize: weight.max, sizeCalculation: (answer: object) => Math.max(1, Math.ceil(weight.of(answer))) } : {}),
    fetchMethod: (_key, _stale, { context }) => context(),
  });
  return async <T extends object>(key: string, compute: () => Promise<T>) => (await cache.fetch(key, { context: compute })) as T;
}
