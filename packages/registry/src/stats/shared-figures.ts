import type { Actor } from '@enlace/domain';
import { sharedAnswers } from '../shared-answers.js';
import { countsEverything } from './filter.js';

/**
 * Statistics are computed from the registry when asked, and a dashboard asks the same
 * questions of a large registry many times a minute. For a few seconds, the same question
 * asked in the same scope (published data, or staff's every status) shares one
 * computation (see `sharedAnswers`). A lifetime of 0 computes every time.
 */
export interface SharedFigures {
  <T extends object>(name: string, actor: Actor, query: object, compute: () => Promise<T>): Promise<T>;
}

export function sharedFigures(ttlSeconds: number, max = 500): SharedFigures {
  const shared = sharedAnswers(ttlSeconds, { max });
  return <T extends object>(name: string, actor: Actor, query: object, compute: () => Promise<T>) =>
    shared(`${name}|${countsEverything(actor) ? 'all' : 'published'}|${canonical(query)}`, compute);
}

/** The same query written in another order is the same question. */
function canonical(query: object): string {
  return JSON.stringify(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
