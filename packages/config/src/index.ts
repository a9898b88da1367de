import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65_535);
const url = (protocols: readonly string[]) =>
  z.url().refine((u) => protocols.some((p) => u.startsWith(`${p}:`)), {
    message: `must be a ${protocols.join(' or ')} URL`,
  });

const DEV_APP_SECRET = 'enlace-dev-app-secret-change-me';

/** Every setting comes from the environment and is checked once, at start-up. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: url(['postgres', 'postgresql']).default('postgres://postgres@127.0.0.1:5432/enlace'),
  REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9_-]+$/i, 'letters, digits, _ and - only').default('enlace'),
  MEILI_URL: z.url().default('http://127.0.0.1:7700'),
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').default('enlace-dev-master-key-change-me'),
  /** Prefix of the index names, so that several deployments (or test runs) share one Meilisearch. */
  MEILI_INDEX_PREFIX: z.string().regex(/^[a-z0-9_-]+$/i, 'letters, digits, _ and - only').default('enlace'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  IMPORT_MAX_LINES: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(100 * 1024 * 1024),
  /** Hard cap on JSON request bodies; imports have their own. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
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
  /** Campaign messages sent per second at most, so a campaign to every member state does not flood mail servers. */
  CAMPAIGN_SEND_RATE: z.coerce.number().int().min(1).max(1000).default(10),
  /** Anonymous writes (expert registrations) one address may make per hour. */
  RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(30),
  /** How long a worker may hold a job before others consider it dead and take it over. */
  JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
}).refine((e) => e.NODE_ENV !== 'production' || e.APP_SECRET !== DEV_APP_SECRET, {
  path: ['APP_SECRET'],
  message: 'set a secret of your own in production',
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
export function publicUrl(env: Pick<Env, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  return (env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/+$/, '');
}
