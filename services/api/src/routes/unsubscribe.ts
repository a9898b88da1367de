import { type Language, NotFoundError } from '@enlace/domain';
import { escapeHtml } from '@enlace/notifications';
import { personOfUnsubscribeToken, resetUnsubscribeLinks, unsubscribeEmail } from '@enlace/registry';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { problemSchema } from '../plugins/problem.js';
import { PAGE_STYLESHEET } from './assets.js';

const PAGE: Record<Language, { ask: string; button: string; done: string; already: string }> = {
  es: {
    ask: '¿Dejar de recibir los correos de Enlace? Seguirá viendo sus notificaciones en la bandeja de la aplicación.',
    button: 'Dejar de recibir correos',
    done: 'Listo: ya no recibirá correos de Enlace. Puede volver a activarlos en su configuración de notificaciones.',
    already: 'Esta dirección ya no recibe correos de Enlace.',
  },
  en: {
    ask: 'Stop receiving Enlace emails? You will still see your notifications in the in-app inbox.',
    button: 'Stop emails',
    done: 'Done: you will no longer receive Enlace emails. You can turn them back on in your notification settings.',
    already: 'This address no longer receives Enlace emails.',
  },
  pt: {
    ask: 'Deixar de receber os e-mails do Enlace? Você continuará vendo suas notificações na caixa de entrada do aplicativo.',
    button: 'Deixar de receber e-mails',
    done: 'Pronto: você não receberá mais e-mails do Enlace. Pode reativá-los nas suas configurações de notificação.',
    already: 'Este endereço já não recebe e-mails do Enlace.',
  },
  fr: {
    ask: 'Ne plus recevoir les courriels d’Enlace ? Vous continuerez à voir vos notifications dans la boîte de réception de l’application.',
    button: 'Ne plus recevoir de courriels',
    done: 'C’est fait : vous ne recevrez plus de courriels d’Enlace. Vous pouvez les réactiver dans vos préférences de notification.',
    already: 'Cette adresse ne reçoit plus de courriels d’Enlace.',
  },
};

const page = (lang: Language, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Enlace</title>` +
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
    schema: { tags: ['notifications'], summary: 'Invalidate the unsubscribe links in every email sent to me so far',
      description: 'Emails sent from now on carry new links. Turning email back on in the subscription does the same.',
      response: { 204: z.null(), 401: problemSchema },
    },
    handler: async (req, reply) => {
      await resetUnsubscribeLinks(ctxOf(req));
      return reply.code(204).send(null);
    },
  });

  r.get('/v1/unsubscribe/:token', {
    schema: { tags: ['notifications'], summary: 'The page an unsubscribe link opens: it asks before stopping email',
      description: 'Answers text/html; 404 problem+json when the link is not valid.',
      params,
    },
    handler: async (req, reply) => {
      const person = await personOf(req.params.token);
      const t = PAGE[person.prefs.language];
      const html = person.prefs.channels.includes('email')
        ? `<p>${escapeHtml(t.ask)}</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(t.button)}</button></form>`
        : `<p>${escapeHtml(t.already)}</p>`;
      return reply.type('text/html; charset=utf-8').send(page(person.prefs.language, html));
    },
  });

  r.post('/v1/unsubscribe/:token', {
    config: { contentTypes: ['application/x-www-form-urlencoded', 'multipart/form-data'] },
    schema: { tags: ['notifications'], summary: 'One-click unsubscribe from email (RFC 8058)',
      description: 'Answers text/html; 404 problem+json when the link is not valid.',
      params,
    },
    handler: async (req, reply) => {
      const person = await personOf(req.params.token);
      await unsubscribeEmail({ db, clock }, person.userId);
      return reply.type('text/html; charset=utf-8').send(page(person.prefs.language, `<p>${escapeHtml(PAGE[person.prefs.language].done)}</p>`));
    },
  });
}
