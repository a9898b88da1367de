import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65_535);
const url = (protocols: readonly string[]) =>
  z.url().refine((u) => protocols.some((p) => u.startsWith(`${p}:`)), {
    message: `must be a ${protocols.join(' or ')} URL`,
  });

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
