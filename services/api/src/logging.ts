import type { Env } from '@enlace/config';
import { redactUrl } from '@enlace/domain';
import type { FastifyRequest } from 'fastify';

const REDACTED = '[redacted]';

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
