import type { FastifyInstance } from 'fastify';

/** Where the pages this API renders find their style sheet. */
export const PAGE_STYLESHEET = '/assets/page.css';

// A file rather than a style attribute, so that the pages' CSP needs no 'unsafe-inline'.
const PAGE_CSS = 'body{font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}\n';

export async function assetRoutes(app: FastifyInstance) {
  app.get(PAGE_STYLESHEET, { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=86400').send(PAGE_CSS),
  );
}
