import type { DbOrTx } from '@enlace/db';
import { describe, expect, it } from 'vitest';
import * as internal from './internal.js';
import * as main from './index.js';
import * as campaigns from './campaigns/index.js';
import * as stats from './stats/index.js';
import * as experts from './experts/index.js';
import * as imports from './imports/index.js';
import * as listings from './listings/index.js';
import * as matches from './matches/index.js';
import * as notifications from './notifications/index.js';
import * as people from './users/index.js';

const DOMAINS = { listings, imports, people, matches, notifications, experts, campaigns, stats };

/*
 * The main entry is for code that acts for a person: every function there either takes
 * a Ctx with an actor (a verb, which checks the actor's rights) or no database at all.
 * A helper that takes a database handle, or a context without an actor, checks nothing
 * and belongs in ./internal.ts.
 */

/** True when a function's first parameter is a database handle, or a context with a database and no actor. */
type Unchecked<F> = F extends (first: infer P, ...rest: never[]) => unknown
  ? [P] extends [DbOrTx]
    ? true
    : P extends { db: unknown }
      ? 'actor' extends keyof P
        ? false
        : true
      : false
  : false;
type UncheckedExports = { [K in keyof typeof main]: Unchecked<(typeof main)[K]> extends true ? K : never }[keyof typeof main];

// A type error here names the export of the main entry that should move to ./internal.ts.
const noUncheckedExport: [UncheckedExports] extends [never] ? true : UncheckedExports = true;

/** The name of a function's first parameter, as written in its source. */
function firstParameter(fn: (...args: never[]) => unknown): string | undefined {
  return /^[^(]*\(\s*([\w$]+|\{)/.exec(fn.toString())?.[1];
}

describe('the registry’s entries', () => {
  it('the main entry exports no helper that takes a database handle', () => {
    expect(noUncheckedExport).toBe(true);
    const takesDb = Object.entries(main)
      .filter(([, v]) => typeof v === 'function')
      .filter(([, fn]) => ['db', 'tx', 'deps'].includes(firstParameter(fn as (...args: never[]) => unknown) ?? ''))
      .map(([name]) => name);
    expect(takesDb).toEqual([]);
  });

  it('the domain entries (listings, imports, people, matches, notifications, experts, campaigns, stats) share no name and together are the main entry', () => {
    const owner = new Map<string, string>();
    for (const [domain, entry] of Object.entries(DOMAINS))
      for (const name of Object.keys(entry)) {
        expect(owner.get(name), `${name} in ${domain}`).toBeUndefined();
        owner.set(name, domain);
      }
    const outside = Object.keys(main).filter((name) => !owner.has(name));
    // What the main entry adds to its domains: the helpers every domain uses.
    expect(outside.sort()).toEqual(['csvStream', 'sharedAnswers']);
  });

  it('no name is exported by both entries', () => {
    expect(Object.keys(main).filter((name) => name in internal)).toEqual([]);
  });
});
