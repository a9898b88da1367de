import { isIP } from 'node:net';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65_535);
const url = (protocols: readonly string[]) =>
  z.url().refine((u) => protocols.some((p) => u.startsWith(`${p}:`)), {
    message: `must be a ${protocols.join(' or ')} URL`,
  });

/** `host` or `host:port`, as the URL parser reads it after `http://`; nothing more. */
const hostEntry = z.string().refine((h) => /^[^/?#@\s]+$/.test(h) && URL.canParse(`http://${h}`), 'must list host or host:port entries, comma-separated');

const DEV_APP_SECRET = 'enlace-dev-app-secret-change-me';
const DEV_MEILI_MASTER_KEY = 'enlace-dev-master-key-change-me';
/** Secrets published in this repository: fine on a laptop, never in production. */
const BUILT_IN_SECRETS = new Set([DEV_APP_SECRET, DEV_MEILI_MASTER_KEY, 'enlace-test-master-key']);
const isPlaceholder = (secret: string) => BUILT_IN_SECRETS.has(secret) || /change-?me/i.test(secret);

/**
 * `false` (the default: the socket's address is the client's), `true` (trust every proxy:
 * only when nothing reaches the service but through them), or a comma list of proxy
 * addresses, CIDRs or proxy-addr's names. Not a hop count: it cannot tell a proxy from a
 * client that connects directly and forges X-Forwarded-For (fastify ignores it for that).
 */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (entry: string) => {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): boolean | string[] => {
    if (value === '' || value === 'false') return false;
    if (value === 'true') return true;
    if (/^\d+$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: "a hop count cannot tell a proxy from a client; list the proxies' addresses or CIDRs" });
      return false;
    }
    const entries = value
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const bad = entries.filter((e) => !isProxyAddress(e));
    if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `not true, false, an address or a CIDR: ${bad.join(', ')}` });
    return entries;
  });

/** Every setting comes from the environment and is checked once, at start-up. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    PUBLIC_URL: z.url().optional(),
    /** Where people open Enlace's pages (the web interface); links in emails and notifications point there. */
    WEB_URL: z.url().optional(),
    DATABASE_URL: url(['postgres', 'postgresql']).default('postgres://postgres@127.0.0.1:5432/enlace'),
    REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/i, 'letters, digits, _ and - only')
      .default('enlace'),
    MEILI_URL: z.url().default('http://127.0.0.1:7700'),
    MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').default(DEV_MEILI_MASTER_KEY),
    /** Prefix of the index names, so that several deployments (or test runs) share one Meilisearch. */
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/i, 'letters, digits, _ and - only')
      .default('enlace'),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    /** Lifetime of a personal API token when its creator gives none, and the longest one allowed. */
    TOKEN_DEFAULT_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    TOKEN_MAX_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    /** Which proxies to believe about the client's address (X-Forwarded-For), for sign-in and rate limits. */
    TRUST_PROXY: trustProxy.default(false),
    IMPORT_MAX_LINES: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
    IMPORT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(100 * 1024 * 1024),
    /** Longest a reader waits for a machine translation (plus 50 ms per 1,000 characters) before a 503 asks them to retry. */
    TRANSLATE_TIMEOUT_MS: z.coerce.number().int().min(1).max(120_000).default(15_000),
    /** Hard cap on JSON request bodies; imports have their own. */
    BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(256 * 1024),
    /** Where mail goes out; `npm start` runs a catcher here when nothing listens. */
    SMTP_URL: url(['smtp', 'smtps']).default('smtp://127.0.0.1:1025'),
    MAIL_FROM: z.string().min(3).default('Enlace <no-reply@enlace.example.org>'),
    /**
     * Signs unsubscribe links and seals webhook secrets at rest. The default is for
     * development only; production refuses it.
     */
    APP_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_APP_SECRET),
    /** Attempts of one delivery before it goes to the dead letters, and the first backoff. */
    DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
    DELIVERY_BACKOFF_MS: z.coerce.number().int().min(1).default(5000),
    /** Seconds a statistic's answer is shared by callers asking the same question; 0 computes every time. */
    STATS_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    /**
     * Seconds an anonymous reader's answer to a listing's matches is shared by the other
     * anonymous readers asking the same; people signed in always read the current one.
     */
    MATCHES_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
    /**
     * Prometheus metrics on an internal port of their own (unset: not served): the API's
     * on METRICS_PORT, the worker's on WORKER_METRICS_PORT, both on METRICS_HOST, with
     * METRICS_TOKEN as a bearer token when set.
     */
    METRICS_PORT: port.optional(),
    WORKER_METRICS_PORT: port.optional(),
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Campaign messages sent per second at most, so a campaign to every member state does not flood mail servers. */
    CAMPAIGN_SEND_RATE: z.coerce.number().int().min(1).max(1000).default(10),
    /** Anonymous writes (expert registrations) one address may make per hour. */
    RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(30),
    /** How long a worker may hold a job before others consider it dead and take it over. */
    JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
    /** The period of the hourly maintenance tasks (expiry, reminders); the frequent ones run at least every minute. */
    MAINTENANCE_EVERY_MS: z.coerce.number().int().min(1000).default(3_600_000),
    /** At most how long (seconds) new matches gather after the first of a burst, whatever a person's setting (see the README, "Notifications"). */
    NOTIFY_BURST_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 3600)
      .optional(),
    /** The queues this worker process consumes, comma-separated; every queue when unset (see the README, "Scaling"). */
    WORKER_QUEUES: z.string().optional(),
    /**
     * Webhook hosts (`host` or `host:port`, comma-separated) let through although not
     * public: loopback receivers in tests and development. Refused in production.
     */
    WEBHOOK_ALLOW_HOSTS: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(z.array(hostEntry)),
  })
  .superRefine((e, ctx) => {
    if (e.TOKEN_DEFAULT_DAYS > e.TOKEN_MAX_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['TOKEN_DEFAULT_DAYS'], message: `must not exceed TOKEN_MAX_DAYS (${e.TOKEN_MAX_DAYS})` });
    }
    if (e.NODE_ENV !== 'production') return;
    // Whoever knows APP_SECRET can forge unsubscribe links and open sealed webhook secrets.
    if (isPlaceholder(e.APP_SECRET))
      ctx.addIssue({ code: 'custom', path: ['APP_SECRET'], message: 'set a secret of your own in production, not a built-in or change-me value' });
    else if (Buffer.byteLength(e.APP_SECRET, 'utf8') < 32)
      ctx.addIssue({ code: 'custom', path: ['APP_SECRET'], message: 'must be at least 32 bytes in production (e.g. openssl rand -base64 32)' });
    if (isPlaceholder(e.MEILI_MASTER_KEY))
      ctx.addIssue({ code: 'custom', path: ['MEILI_MASTER_KEY'], message: 'set a key of your own in production, not a built-in or change-me value' });
  })
  .refine((e) => e.NODE_ENV !== 'production' || e.WEBHOOK_ALLOW_HOSTS.length === 0, {
    path: ['WEBHOOK_ALLOW_HOSTS'],
    message: 'must be empty in production: webhooks reach public addresses only',
  });
export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment; the message names each bad variable and says why. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The address people reach the API at, for links in messages; no trailing slash. */
/** Where a person's links lead: the web interface when it is set, else the API's own address. */
export function webUrl(env: Pick<Env, 'WEB_URL' | 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  return (env.WEB_URL ?? publicUrl(env)).replace(/\/+$/, '');
}

export function publicUrl(env: Pick<Env, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  return (env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/+$/, '');
}
