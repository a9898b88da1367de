import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import proxy from '@fastify/http-proxy';
import { redactUrl } from '@enlace/domain';
import { acceptedLanguage, isLanguage, type Language, LANGUAGES } from '@enlace/i18n';
import Fastify, { type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { apiClientFor } from './api/client.js';
import { assetRoutes } from './assets.js';
import { isHttps, type WebEnv } from './config.js';
import { languageOfPath } from './context.js';
import { renderError } from './errors.js';
import { pages } from './pages/index.js';
import { unsubscribePages } from './pages/unsubscribe.js';
import { sessionPlugin, sessionToken } from './session.js';

declare module 'fastify' {
  interface FastifyInstance {
    webEnv: WebEnv;
  }
}

/**
 * The web interface: pages rendered on the server in the reader's language, under
 * `/es`, `/en`, `/pt` and `/fr`, reading everything through the API. People reach the
 * API (`/v1`) and its documentation (`/docs`) at the same origin, passed through.
 */
export async function buildWebApp(env: WebEnv, options: FastifyServerOptions = {}) {
  const app = Fastify({
    logger: {
      level: env.LOG_LEVEL,
      // Request logs never name the secret of an unsubscribe link (nor an API token a client put in an address).
      serializers: { req: (req: FastifyRequest) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }) },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    routerOptions: { ignoreTrailingSlash: true },
    // Form posts and uploads; the import page streams larger files itself.
    bodyLimit: 1024 * 1024,
    // Behind a TLS terminator, the client's address comes from the proxies named here only.
    trustProxy: env.TRUST_PROXY,
    ...options,
  });
  app.decorate('webEnv', env);
  app.decorateRequest('lang', 'en');

  await app.register(compress, { threshold: 1024 });
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
        upgradeInsecureRequests: isHttps(env) ? [] : null,
      },
    },
    frameguard: { action: 'deny' },
    // Pages carry no secrets in their URLs, but a listing's address says what someone read.
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(sessionPlugin, { env });

  // One origin: the API and its documentation pass through unchanged.
  // The API believes this app about the client's address (its TRUST_PROXY): it hears the
  // address this app saw, never one a browser wrote into its own X-Forwarded-For, so that
  // sign-in limits cannot be dodged through the web.
  for (const prefix of ['/v1', '/docs', '/openapi.json'])
    await app.register(proxy, {
      upstream: env.API_URL,
      prefix,
      rewritePrefix: prefix,
      replyOptions: {
        rewriteRequestHeaders: (req, headers) => ({ ...headers, 'x-forwarded-for': req.ip }),
      },
    });

  // The queue board (bull-board, admins only, decided by the API) with the signed-in
  // person's API session, which the browser holds only as this app's httpOnly cookie. A
  // change (retry, clean) must come from one of this app's own pages.
  await app.register(proxy, {
    upstream: env.API_URL,
    prefix: '/admin/queues',
    rewritePrefix: '/admin/queues',
    preHandler: (req, reply, done) => {
      const own = env.WEB_URL ? new URL(env.WEB_URL).origin : `${req.protocol}://${req.host}`;
      // Answered here, without done(): the request goes no further.
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.headers.origin !== own)
        void reply.code(403).send({ status: 403, title: 'Changes to the queues come from the queue board itself' });
      else done();
    },
    replyOptions: {
      rewriteRequestHeaders: (req, headers) => {
        const token = sessionToken(req as FastifyRequest);
        return { ...headers, 'x-forwarded-for': req.ip, ...(token ? { authorization: `Bearer ${token}` } : {}) };
      },
    },
  });

  // Outside the language prefixes: the page speaks the language of the person the link is for.
  // An old email's link at the API's address (/v1/unsubscribe/…) comes here rather than through to the API.
  await app.register(unsubscribePages);

  // Before the pages: each page plugin keeps the handlers that exist when it is registered.
  // An address without a language (the site's root, an old link) goes to the reader's own.
  app.setNotFoundHandler(async (req, reply) => {
    const lang = languageOfPath(req.url);
    if (lang) {
      req.lang = lang;
      const { ApiError } = await import('./api/client.js');
      return renderError(new ApiError(404, undefined), req, reply);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply.code(404).send();
    const preferred = (await profileLanguage(req, env.API_URL)) ?? acceptedLanguage(req.headers['accept-language']) ?? 'en';
    return reply.redirect(`/${preferred}${req.url === '/' ? '/' : req.url}`, 302);
  });
  app.setErrorHandler(async (err, req, reply) => {
    if (!languageOfPath(req.url)) {
      req.log.error({ err }, 'request failed');
      return reply.code(500).send({ status: 500, title: 'Internal error' });
    }
    return renderError(err, req, reply);
  });

  app.get('/health', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  // Browsers ask for an icon the pages do not name: an empty answer they keep, not a redirect to a 404 page.
  app.get('/favicon.ico', { logLevel: 'warn' }, async (_req, reply) => reply.code(204).header('cache-control', 'public, max-age=604800').send());
  await app.register(assetRoutes);
  for (const lang of LANGUAGES) await app.register(pages, { prefix: `/${lang}`, lang });

  return app;
}

/** The language a signed-in person chose in their profile, if they are signed in and chose one of the four. */
async function profileLanguage(req: FastifyRequest, apiUrl: string): Promise<Language | undefined> {
  const token = sessionToken(req);
  if (!token) return undefined;
  const { data } = await apiClientFor(apiUrl, { token, lang: 'en', address: req.ip }).GET('/v1/me');
  return isLanguage(data?.language) ? data.language : undefined;
}
