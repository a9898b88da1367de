/*
 * The page an email's unsubscribe link opens, in the language of the person it was made
 * for (not the browser's: the link knows who it is for). GET only asks, because link
 * scanners follow links; the button's POST stops email. The link's token is the right
 * to do it, so the form carries no CSRF token, and mail clients' one-click POST (RFC
 * 8058) lands here too. The address holds a secret: the page repeats it nowhere else.
 */
import { acceptedLanguage, isLanguage, t as translate } from '@enlace/i18n';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, apiClientFor } from '../api/client.js';
import { pageOf } from '../context.js';
import { renderError } from '../errors.js';
import { Layout } from '../layout.js';
import { sendHtml } from '../render.js';

type LinkState = { language: string; email: boolean };

async function render(req: FastifyRequest, reply: FastifyReply, state: LinkState, done: boolean) {
  req.lang = isLanguage(state.language) ? state.language : 'en';
  const page = await pageOf(req, reply, { path: '/' });
  const t = (key: Parameters<typeof translate>[1]) => translate(page.lang, key);
  const token = (req.params as { token: string }).token;
  return sendHtml(
    reply,
    <Layout page={page} title={t('unsubscribe.title')}>
      <h1 safe>{t('unsubscribe.title')}</h1>
      {done ? (
        <p class="flash" role="status" safe>
          {t('unsubscribe.done')}
        </p>
      ) : state.email ? (
        <form method="post" action={`/unsubscribe/${encodeURIComponent(token)}`}>
          <p safe>{t('unsubscribe.ask')}</p>
          <div class="actions">
            <button type="submit" safe>
              {t('unsubscribe.button')}
            </button>
          </div>
        </form>
      ) : (
        <p safe>{t('unsubscribe.already')}</p>
      )}
      <p>
        <a href={page.href('/inbox/settings')} safe>
          {t('web.inbox.settings.link')}
        </a>
      </p>
    </Layout>,
  );
}

export async function unsubscribePages(app: FastifyInstance) {
  const api = (req: FastifyRequest) => apiClientFor(app.webEnv.API_URL, { lang: 'en', address: req.ip });
  // Mail clients post the one-click form, sometimes as multipart; only the token in the address matters.
  app.addContentTypeParser(['application/x-www-form-urlencoded', 'multipart/form-data'], (_req, _payload, done) => done(null, undefined));

  async function notValid(req: FastifyRequest, reply: FastifyReply) {
    // A link that is not (or no longer) valid: said in the browser's language.
    req.lang = acceptedLanguage(req.headers['accept-language']) ?? 'en';
    return renderError(new ApiError(404, undefined), req, reply);
  }

  app.get<{ Params: { token: string } }>('/unsubscribe/:token', async (req, reply) => {
    const { data } = await api(req).GET('/v1/unsubscribe/{token}', { params: { path: { token: req.params.token } } });
    return data ? render(req, reply, data, false) : notValid(req, reply);
  });

  app.post<{ Params: { token: string } }>('/unsubscribe/:token', async (req, reply) => {
    const { data } = await api(req).POST('/v1/unsubscribe/{token}', { params: { path: { token: req.params.token } } });
    return data ? render(req, reply, data, true) : notValid(req, reply);
  });

  // Emails sent before this page existed link to the API's address: bring them here.
  app.get<{ Params: { token: string } }>('/v1/unsubscribe/:token', async (req, reply) =>
    reply.redirect(`/unsubscribe/${encodeURIComponent(req.params.token)}`, 303),
  );
}
