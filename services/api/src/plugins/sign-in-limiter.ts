import { createHash } from 'node:crypto';
import { ACCOUNT_DELAY, ADDRESS_DELAY, type FailureRecord, KNOWN_ADDRESS_MS, signInWaitMs } from '@enlace/registry/people';
import type { redisConnection } from '@enlace/queue';

type Redis = ReturnType<typeof redisConnection>;

/** Who is trying: the account named (known or not: unknown emails are counted alike) and the client's address. */
export interface SignInAttempt {
  readonly email: string;
  readonly address: string;
}

export interface SignInLimiter {
  /** Milliseconds the attempt must wait before its password is checked; 0 to check it now. */
  waitMs(attempt: SignInAttempt, now: Date): Promise<number>;
  failed(attempt: SignInAttempt, now: Date): Promise<void>;
  succeeded(attempt: SignInAttempt, now: Date): Promise<void>;
}

/** Redis away: sign-in goes on without limits, as the other rate limits do, rather than refusing everyone. */
const REDIS_TIMEOUT_MS = 1000;
async function orSkip<T>(op: Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), REDIS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([op.catch(() => fallback), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const record = (fields: (string | null)[] | undefined): FailureRecord | null =>
  fields?.[0] ? { failures: Number(fields[0]), lastFailureAt: Number(fields[1] ?? 0) } : null;

/** Failure counters in Redis, shared by every API instance; emails are hashed so Redis holds no addresses of people. */
export function redisSignInLimiter(redis: Redis, prefix: string): SignInLimiter {
  const keys = ({ email, address }: SignInAttempt) => {
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
    return {
      account: `${prefix}:sign-in:account:${account}`,
      address: `${prefix}:sign-in:address:${address}`,
      known: `${prefix}:sign-in:known:${account}:${address}`,
    };
  };
  return {
    async waitMs(attempt, now) {
      const k = keys(attempt);
      const read = redis.multi().hmget(k.account, 'failures', 'last').hmget(k.address, 'failures', 'last').exists(k.known).exec();
      const results = await orSkip(read, null);
      if (!results || results.some(([err]) => err)) return 0;
      const [account, address, known] = results.map(([, value]) => value);
      return signInWaitMs(
        { account: record(account as (string | null)[]), address: record(address as (string | null)[]), knownAddress: known === 1 },
        now.getTime(),
      );
    },
    async failed(attempt, now) {
      const k = keys(attempt);
      const tx = redis.multi();
      for (const [key, policy] of [
        [k.account, ACCOUNT_DELAY],
        [k.address, ADDRESS_DELAY],
      ] as const) {
        tx.hincrby(key, 'failures', 1).hset(key, 'last', String(now.getTime())).pexpire(key, policy.forgetAfterMs);
      }
      await orSkip(tx.exec(), null);
    },
    // The address is cleared and becomes known to the account. The account's count is left
    // to fade: its owner signing in must not hand a guesser elsewhere a fresh set of free tries.
    async succeeded(attempt) {
      const k = keys(attempt);
      await orSkip(redis.multi().del(k.address).set(k.known, '1', 'PX', KNOWN_ADDRESS_MS).exec(), null);
    },
  };
}
