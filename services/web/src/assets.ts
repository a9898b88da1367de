/*
 * The page's own files: one stylesheet and htmx, served from this app (never a CDN).
 * Their addresses carry a hash of their content, so browsers keep them for a year and
 * still see a new version at once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);

interface Asset {
  readonly body: Buffer;
  readonly type: string;
  readonly url: string;
}

function asset(name: string, file: string, type: string): Asset {
  const body = readFileSync(file);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { body, type, url: `/assets/${name}?v=${hash}` };
}

export const ASSETS = {
  css: asset(
    'page.css',
    process.env.ENLACE_WEB_ASSETS ? `${process.env.ENLACE_WEB_ASSETS}/page.css` : new URL('./assets/page.css', import.meta.url).pathname,
    'text/css; charset=utf-8',
  ),
  htmx: asset(
    'htmx.min.js',
    process.env.ENLACE_WEB_ASSETS ? `${process.env.ENLACE_WEB_ASSETS}/htmx.min.js` : require.resolve('htmx.org/dist/htmx.min.js'),
    'text/javascript; charset=utf-8',
  ),
} as const;

export async function assetRoutes(app: FastifyInstance) {
  for (const a of Object.values(ASSETS)) {
    const path = a.url.split('?')[0] as string;
    app.get(path, async (_req, reply) =>
      reply.type(a.type).header('cache-control', 'public, max-age=31536000, immutable').header('x-content-type-options', 'nosniff').send(a.body),
    );
  }
}
