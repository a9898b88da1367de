import { describe, expect, it } from 'vitest';
import { ACCOUNT_DELAY, ADDRESS_DELAY, failureWaitMs, signInWaitMs } from './sign-in-limits.js';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const failed = (failures: number, secondsAgo = 0) => ({ failures, lastFailureAt: NOW - secondsAgo * 1000 });

describe('sign-in delays', () => {
  it('the first few failures cost nothing', () => {
    expect(failureWaitMs(null, NOW, ADDRESS_DELAY)).toBe(0);
    expect(failureWaitMs(failed(ADDRESS_DELAY.freeFailures - 1), NOW, ADDRESS_DELAY)).toBe(0);
  });

  it('each failure past the free ones doubles the wait, up to a cap', () => {
    const free = ADDRESS_DELAY.freeFailures;
    expect(failureWaitMs(failed(free), NOW, ADDRESS_DELAY)).toBe(1000);
    expect(failureWaitMs(failed(free + 1), NOW, ADDRESS_DELAY)).toBe(2000);
    expect(failureWaitMs(failed(free + 3), NOW, ADDRESS_DELAY)).toBe(8000);
    expect(failureWaitMs(failed(free + 100), NOW, ADDRESS_DELAY)).toBe(ADDRESS_DELAY.maxMs);
    expect(failureWaitMs(failed(free + 100), NOW, ACCOUNT_DELAY)).toBe(60_000);
  });

  it('the wait counts from the last failure, and old failures are forgotten', () => {
    expect(failureWaitMs(failed(ADDRESS_DELAY.freeFailures + 3, 5), NOW, ADDRESS_DELAY)).toBe(3000);
    expect(failureWaitMs(failed(ADDRESS_DELAY.freeFailures + 3, 9), NOW, ADDRESS_DELAY)).toBe(0);
    expect(failureWaitMs(failed(1000, 3601), NOW, ADDRESS_DELAY)).toBe(0);
  });

  it('an address that signed in to the account before does not wait for the account, only for itself', () => {
    const attacked = { account: failed(1000), address: null };
    expect(signInWaitMs({ ...attacked, knownAddress: false }, NOW)).toBe(60_000);
    expect(signInWaitMs({ ...attacked, knownAddress: true }, NOW)).toBe(0);
    expect(signInWaitMs({ account: null, address: failed(1000), knownAddress: true }, NOW)).toBe(ADDRESS_DELAY.maxMs);
  });
});
