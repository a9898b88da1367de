import rateLimit from '@fastify/rate-limit';
import { redisConnection } from '@enlace/queue';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type SignInLimiter, redisSignInLimiter } from './sign-in-limiter.js';

declare module 'fastify' {
  interface FastifyInstance {
    signInLimiter: SignInLimiter;
  }
}

/**
 * Limits what can be abused without an account (expert registrations) and password
 * guessing (progressive delays, `signInLimiter`, plus a coarse cap on bursts). Counters
 * live in Redis so every API instance shares them; when Redis is away the limit is
 * skipped rather than the service refused. Routes opt in with `config.rateLimit`.
 */
export const rateLimitPlugin = fp(async (app: FastifyInstance) => {
  // Waits for the connection at start-up, but gives up on a command quickly when Redis is away.
  const redis = redisConnection(app.deps.env.REDIS_URL, 'producer', { enableOfflineQueue: true, connectTimeout: 2000 });
  redis.on('error', () => {});
  app.decorate('signInLimiter', redisSignInLimiter(redis, app.deps.env.QUEUE_PREFIX));
  app.addHook('onClose', async () => {
    redis.disconnect();
  });
  await app.register(rateLimit, {
    global: false,
    redis,
    nameSpace: `${app.deps.env.QUEUE_PREFIX}:rate-limit:`,
    skipOnError: true,
    // After parsing, so that a limit can be keyed on the body (the account signing in).
    hook: 'preHandler',
    // Thrown, then written as problem+json (429) by the error handler like every other error.
    errorResponseBuilder: (_req, context) => Object.assign(new Error(`too many requests; try again in ${context.after}`), { statusCode: context.statusCode }),
  });
});

/** Per route: anonymous writes, by address. */
export function anonymousWriteLimit(app: FastifyInstance) {
  return { max: app.deps.env.RATE_LIMIT_PER_HOUR, timeWindow: '1 hour' };
}

/**
 * Per route: sign-in attempts by address, right or wrong. Failures are slowed down by
 * `signInLimiter`; this only caps bursts (many attempts sent at once, before any failure
 * is counted), and is generous so that an office behind one address is not held back.
 */
export const SIGN_IN_LIMIT = { max: 30, timeWindow: '1 minute' };
