/*
 * What a person sees when a page cannot be shown: sent to sign in (and back) when the
 * page needs it, or told in their language what happened — never a stack trace, never
 * the API's JSON.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api/client.js';
import { type Page, pageOf, SignInRequired } from './context.js';
import { Layout } from './layout.js';

type ErrorKind = 'notFound' | 'forbidden' | 'unavailable' | 'expired' | 'generic';

const STATUS: Readonly<Record<ErrorKind, number>> = { notFound: 404, forbidden: 403, unavailable: 503, expired: 403, generic: 500 };

export function ErrorPage({ page, kind }: { page: Page; kind: ErrorKind }) {
  const { t } = page;
  return (
    <Layout page={page} title={t(`web.layout.error.${kind}.title`)}>
      <h1 safe>{t(`web.layout.error.${kind}.title`)}</h1>
      <p safe>{t(`web.layout.error.${kind}.body`)}</p>
      <p>
        <a href={page.href('/')} safe>
          {t('web.layout.error.backHome')}
        </a>
      </p>
    </Layout>
  );
}

function kindOf(err: unknown): ErrorKind {
  if (err instanceof ApiError) {
    if (err.status === 404) return 'notFound';
    if (err.status === 403) return 'forbidden';
    if (err.status === 503 || err.status === 502 || err.status === 504) return 'unavailable';
    return 'generic';
  }
  const code = (err as FastifyError).code ?? '';
  if (code.startsWith('FST_CSRF')) return 'expired';
  // The API did not answer at all (fetch failed: refused, reset, timed out).
  if (err instanceof TypeError && /fetch failed/i.test(err.message)) return 'unavailable';
  return 'generic';
}

export async function renderError(err: unknown, req: FastifyRequest, reply: FastifyReply) {
  const unauthorized = err instanceof SignInRequired || (err instanceof ApiError && err.status === 401);
  if (unauthorized) {
    const next = req.method === 'GET' ? req.url : `/${req.lang}/`;
    return reply.redirect(`/${req.lang}/sign-in?next=${encodeURIComponent(next)}`, 303);
  }
  const kind = kindOf(err);
  if (kind === 'generic' || kind === 'unavailable') req.log.error({ err }, 'page failed');
  let page: Page;
  try {
    page = await pageOf(req, reply);
  } catch {
    // The API is away: render for a visitor without asking it anything more.
    page = { ...(req.page ?? (await visitorPage(req, reply))) };
  }
  return reply
    .code(STATUS[kind])
    .type('text/html; charset=utf-8')
    .send(await (<ErrorPage page={page} kind={kind} />));
}

async function visitorPage(req: FastifyRequest, reply: FastifyReply): Promise<Page> {
  const { translator } = await import('@enlace/i18n');
  const { apiClientFor } = await import('./api/client.js');
  const { ANONYMOUS } = await import('@enlace/domain');
  const lang = req.lang;
  return {
    lang,
    t: translator(lang),
    me: undefined,
    actor: ANONYMOUS,
    api: apiClientFor(req.server.webEnv.API_URL, { lang, address: req.ip }),
    path: '/',
    href: (p) => `/${lang}${p}`,
    csrf: () => reply.generateCsrf(),
    flash: undefined,
    unread: undefined,
  };
}
