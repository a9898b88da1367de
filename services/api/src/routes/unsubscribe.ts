import { NotFoundError } from '@enlace/domain';
import { t, type Language } from '@enlace/i18n';
import { escapeHtml } from '@enlace/messages';
import { resetUnsubscribeLinks } from '@enlace/registry/people';
import { personOfUnsubscribeToken, unsubscribeEmail } from '@enlace/registry/internal';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { SECURITY } from '../plugins/openapi.js';
import { problems } from '../plugins/problem.js';
import { PAGE_STYLESHEET } from './assets.js';

// The page's words are messages of @enlace/i18n (`unsubscribe.*`).
const page = (lang: Language, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t(lang, 'unsubscribe.title'))}</title>` +
  `<link rel="stylesheet" href="${PAGE_STYLESHEET}"></head><body>${body}</body></html>`;

/**
 * One-click unsubscribe (RFC 8058). The POST is what mail clients send; it stops email at
 * once, whatever the body. The GET only asks, because link scanners follow links.
 */
export async function unsubscribeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Mail clients post `List-Unsubscribe=One-Click` as a form; only the token in the URL matters.
  app.addContentTypeParser(['application/x-www-form-urlencoded', 'multipart/form-data'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
  const { env, db, clock } = app.deps;
  const params = z.object({ token: z.string().min(10).max(200) });

  async function personOf(token: string) {
    const person = await personOfUnsubscribeToken(db, env.APP_SECRET, token);
    if (!person) throw new NotFoundError('this unsubscribe link is not valid');
    return person;
  }

  r.post('/v1/me/unsubscribe-links/reset', {
    onRequest: requireUser,
    schema: {
      operationId: 'resetUnsubscribeLinks',
      tags: ['notifications'],
      summary: 'Invalidate the unsubscribe links in every email sent to me so far',
      description: 'Emails sent from now on carry new links. Turning email back on in the subscription does the same.',
      response: { 204: z.null(), ...problems(401) },
    },
    handler: async (req, reply) => {
      await resetUnsubscribeLinks(ctxOf(req));
      return reply.code(204).send(null);
    },
  });

  r.get('/v1/unsubscribe/:token', {
    schema: {
      operationId: 'getUnsubscribePage',
      security: [...SECURITY.none],
      tags: ['notifications'],
      summary: 'The page an unsubscribe link opens: it asks before stopping email',
      description: 'Answers text/html; 404 problem+json when the link is not valid.',
      params,
    },
    handler: async (req, reply) => {
      const person = await personOf(req.params.token);
      const lang = person.prefs.language;
      const html = person.prefs.channels.includes('email')
        ? `<p>${escapeHtml(t(lang, 'unsubscribe.ask'))}</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(t(lang, 'unsubscribe.button'))}</button></form>`
        : `<p>${escapeHtml(t(lang, 'unsubscribe.already'))}</p>`;
      return reply.type('text/html; charset=utf-8').send(page(lang, html));
    },
  });

  r.post('/v1/unsubscribe/:token', {
    config: { contentTypes: ['application/x-www-form-urlencoded', 'multipart/form-data'] },
    schema: {
      operationId: 'unsubscribeFromEmail',
      security: [...SECURITY.none],
      tags: ['notifications'],
      summary: 'One-click unsubscribe from email (RFC 8058)',
      description: 'Answers text/html; 404 problem+json when the link is not valid.',
      params,
    },
    handler: async (req, reply) => {
      const person = await personOf(req.params.token);
      await unsubscribeEmail({ db, clock }, person.userId);
      return reply.type('text/html; charset=utf-8').send(page(person.prefs.language, `<p>${escapeHtml(t(person.prefs.language, 'unsubscribe.done'))}</p>`));
    },
  });
}
