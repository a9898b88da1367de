/*
 * How long a sign-in attempt must wait before its password is even checked. Failures are
 * counted per account (whatever the address: a spread-out guesser) and per address
 * (whatever the account: one guesser trying many). After a few free failures each
 * further attempt waits twice as long as the last, up to a cap, and nothing is ever
 * locked: a wait passes, and a success clears its address's count.
 *
 * A stranger must not be able to lock a person out by failing on purpose. So the account
 * wait is short (capped at a minute) and does not apply at all to an address that has
 * signed in to that account before: a person at their usual address gets in at once,
 * even while the account is attacked from elsewhere, and a new address waits a minute at
 * most. The address wait grows far longer (a quarter of an hour), because it only holds
 * back the address that keeps failing. Together they let a distributed guesser try about
 * one password a minute per account, and a single one a handful an hour.
 */

export interface DelayPolicy {
  /** Failures that cost nothing (typos). */
  readonly freeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  readonly baseMs: number;
  readonly maxMs: number;
  /** Failures older than this (since the last one) are forgotten. */
  readonly forgetAfterMs: number;
}

export const ACCOUNT_DELAY: DelayPolicy = { freeFailures: 5, baseMs: 1000, maxMs: 60_000, forgetAfterMs: 3_600_000 };
export const ADDRESS_DELAY: DelayPolicy = { freeFailures: 5, baseMs: 1000, maxMs: 15 * 60_000, forgetAfterMs: 3_600_000 };
/** How long a successful sign-in makes an address known to an account. */
export const KNOWN_ADDRESS_MS = 30 * 86_400_000;

export interface FailureRecord {
  readonly failures: number;
  /** Epoch milliseconds. */
  readonly lastFailureAt: number;
}

/** Milliseconds from `now` until an attempt may be checked; 0 when it may be checked now. */
export function failureWaitMs(record: FailureRecord | null, now: number, policy: DelayPolicy): number {
  if (!record || record.failures < policy.freeFailures || now - record.lastFailureAt > policy.forgetAfterMs) return 0;
  const delay = Math.min(policy.baseMs * 2 ** (record.failures - policy.freeFailures), policy.maxMs);
  return Math.max(0, record.lastFailureAt + delay - now);
}

/** The wait for one attempt: the address's, and the account's unless the address is known to it. */
export function signInWaitMs(state: { account: FailureRecord | null; address: FailureRecord | null; knownAddress: boolean }, now: number): number {
  const account = state.knownAddress ? 0 : failureWaitMs(state.account, now, ACCOUNT_DELAY);
  return Math.max(account, failureWaitMs(state.address, now, ADDRESS_DELAY));
}
