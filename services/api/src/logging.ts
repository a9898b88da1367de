import type { Env } from '@enlace/config';
import type { FastifyRequest } from 'fastify';

const REDACTED = '[redacted]';

/*
 * URLs that carry a secret: an unsubscribe link's path segment (whatever the case or
 * slashes, since even a request that misses the route is logged), and anything shaped
 * like an unsubscribe token or an API token, wherever a client put it.
 */
const SECRET_IN_URL: readonly RegExp[] = [
  /(\/+v1\/+unsubscribe\/+)[^/?#]+/gi,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[\w-]{20,}/gi,
  /enl_[\w-]{20,}/g,
];

/** The URL as it may be written to a log: secrets replaced by a placeholder. */
export function redactUrl(url: string): string {
  return SECRET_IN_URL.reduce(
    (u, pattern) => u.replace(pattern, (match, prefix?: unknown) => (typeof prefix === 'string' ? `${prefix}${REDACTED}` : REDACTED)),
    url,
  );
}

/**
 * Request logs name the method, the redacted URL and the client; never headers, so the
 * Authorization header and cookies stay out. The redact paths guard code that logs
 * headers or bodies by hand.
 */
export function loggerOptions(env: Pick<Env, 'LOG_LEVEL'>) {
  return {
    level: env.LOG_LEVEL,
    serializers: {
      req: (req: FastifyRequest) => ({
        method: req.method,
        url: redactUrl(req.url),
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', 'password', '*.password', 'token', '*.token'],
      censor: REDACTED,
    },
  };
}
