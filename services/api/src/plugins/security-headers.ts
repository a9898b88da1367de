import helmet from '@fastify/helmet';
import { type Env, publicUrl } from '@enlace/config';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Served over HTTPS, so the browser may upgrade any stray http: request; over plain HTTP that would break forms. */
export const isHttps = (env: Pick<Env, 'PUBLIC_URL' | 'HOST' | 'PORT'>) => publicUrl(env).startsWith('https:');

/**
 * Security headers on every answer (helmet's defaults: nosniff, HSTS, same-origin
 * opener and resource policies...), with a strict CSP for the HTML pages this API
 * renders: scripts and styles from our own files only (no inline code), no framing,
 * forms posting back here only, and no Referer, so a link's token never leaks to
 * another site. The Swagger UI at /docs sets a CSP of its own (see app.ts).
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: isHttps(app.deps.env) ? [] : null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
});
