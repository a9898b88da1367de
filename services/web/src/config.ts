import { z } from 'zod';

const DEV_SECRET = 'enlace-dev-app-secret-change-me';

/**
 * The web interface's settings, checked once at start-up. It needs only the API's
 * address (it reads nothing else), where people reach it, and a secret for its cookies.
 */
export const webEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_HOST: z.string().min(1).default('127.0.0.1'),
    WEB_PORT: z.coerce.number().int().min(0).max(65_535).default(3100),
    /** Where the web interface calls the API (an internal address in production). */
    API_URL: z.url().default('http://127.0.0.1:3000'),
    /** Where people reach the web interface; https makes its cookies Secure. */
    WEB_URL: z.url().optional(),
    /** The largest import file the web accepts: the API's own setting, so that a refused upload is refused before it travels twice. */
    IMPORT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(100 * 1024 * 1024),
    /**
     * Which proxies in front of the web to believe about the client's address
     * (X-Forwarded-For): `false` (none), or a comma list of addresses, CIDRs or `loopback`.
     * Never `true`: a browser could then choose the address the API's limits count.
     */
    TRUST_PROXY: z
      .string()
      .default('false')
      .transform((v) => (v.trim() === 'false' || v.trim() === '' ? false : v.split(',').map((x) => x.trim())))
      .refine((v) => v === false || !v.includes('true'), 'list the proxies (addresses, CIDRs or loopback), not true'),
    /** Signs the CSRF and message cookies. The same secret as the API's is fine. */
    APP_SECRET: z.string().min(16).default(DEV_SECRET),
  })
  .refine((e) => e.NODE_ENV !== 'production' || (e.APP_SECRET !== DEV_SECRET && e.APP_SECRET.length >= 32 && !/change-?me/i.test(e.APP_SECRET)), {
    path: ['APP_SECRET'],
    message: 'must be a secret of at least 32 characters of your own in production',
  });

export type WebEnv = z.infer<typeof webEnvSchema>;

export function loadWebEnv(source: Record<string, string | undefined> = process.env): WebEnv {
  const parsed = webEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid web settings:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

/** Served over HTTPS: cookies are Secure and the browser may upgrade stray http: requests. */
export const isHttps = (env: Pick<WebEnv, 'WEB_URL'>) => env.WEB_URL?.startsWith('https:') ?? false;
