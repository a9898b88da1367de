import { languageSchema, NotFoundError } from '@enlace/domain';
import { resetUnsubscribeLinks } from '@enlace/registry/people';
import { personOfUnsubscribeToken, unsubscribeEmail } from '@enlace/registry/internal';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { SECURITY } from '../plugins/openapi.js';
import { problems } from '../plugins/problem.js';

/** What an unsubscribe link is about: whose language its page speaks, and whether email still goes to them. */
const linkStateSchema = z
  .object({
    /** The language of the person the link was made for: the web's page speaks it. */
    language: languageSchema,
    /** Whether email still reaches the person. */
    email: z.boolean(),
  })
  .meta({ id: 'UnsubscribeLink' });

/**
 * One-click unsubscribe (RFC 8058). The POST is what mail clients send; it stops email at
 * once, whatever the body. The GET only reads, because link scanners follow links: the
 * web interface's page (`/unsubscribe/{token}`) asks the person, in their language.
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
      operationId: 'getUnsubscribeLink',
      security: [...SECURITY.none],
      tags: ['notifications'],
      summary: 'What an unsubscribe link is about: the language of its page, and whether email still goes out',
      description: 'Reads only (link scanners follow links). 404 when the link is not valid.',
      params,
      response: { 200: linkStateSchema, ...problems(404) },
    },
    handler: async (req) => {
      const person = await personOf(req.params.token);
      return { language: person.prefs.language, email: person.prefs.channels.includes('email') };
    },
  });

  r.post('/v1/unsubscribe/:token', {
    config: { contentTypes: ['application/x-www-form-urlencoded', 'multipart/form-data'] },
    schema: {
      operationId: 'unsubscribeFromEmail',
      security: [...SECURITY.none],
      tags: ['notifications'],
      summary: 'One-click unsubscribe from email (RFC 8058)',
      description: 'Stops email at once, whatever the body; the in-app inbox keeps receiving. 404 when the link is not valid.',
      params,
      response: { 200: linkStateSchema, ...problems(404) },
    },
    handler: async (req) => {
      const person = await personOf(req.params.token);
      await unsubscribeEmail({ db, clock }, person.userId);
      return { language: person.prefs.language, email: false };
    },
  });
}
