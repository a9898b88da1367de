/*
 * What every page handler starts from: the reader's language and translator, the person
 * signed in (as the API knows them), a client that asks the API as that person, and the
 * helpers for links and forms. Built once per request by `pageOf`.
 */
import { type Actor, ANONYMOUS } from '@enlace/domain';
import { isLanguage, type Language, type MessageKey, translator, type Translate } from '@enlace/i18n';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ApiClient, apiClientFor, type Schemas } from './api/client.js';
import { endSession, sessionToken, takeFlash } from './session.js';

export type Me = Schemas['User'];

export interface Page {
  readonly lang: Language;
  readonly t: Translate;
  /** The person signed in, or undefined for a visitor. */
  readonly me: Me | undefined;
  /** The same person as the domain's access rules see them (to show only the actions the API will allow). */
  readonly actor: Actor;
  readonly api: ApiClient;
  /** This page's address without the language prefix, query included: `/catalogue?q=water`. */
  readonly path: string;
  /** A link to `path` in the reader's language. */
  href(path: string): string;
  /** The token forms that change something must carry (hidden field `_csrf`). */
  csrf(): string;
  /** A message left by the previous form, in the reader's language. */
  readonly flash: string | undefined;
  /** How many of the person's notifications are unread (the header shows it); undefined for a visitor. */
  readonly unread: number | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The language of the page, from its URL prefix. */
    lang: Language;
    page?: Page;
  }
}

/** The language of a path that starts with one (`/fr/catalogue` → fr). */
export function languageOfPath(url: string): Language | undefined {
  const first = url.split('/')[1]?.split('?')[0];
  return isLanguage(first) ? first : undefined;
}

/**
 * `opts.path` stands for the page's own address where that address must not be repeated
 * (in the language links and the sign-in's way back): an unsubscribe link's secret.
 */
export async function pageOf(req: FastifyRequest, reply: FastifyReply, opts: { path?: string } = {}): Promise<Page> {
  if (req.page) return req.page;
  const apiUrl = req.server.webEnv.API_URL;
  const lang = req.lang;
  const token = sessionToken(req);
  const api = apiClientFor(apiUrl, { token, lang, address: req.ip });
  let me: Me | undefined;
  let unread: number | undefined;
  if (token) {
    // Who is signed in, and how many notifications wait for them, asked together.
    const [{ data, response }, inbox] = await Promise.all([api.GET('/v1/me'), api.GET('/v1/inbox', { params: { query: { unread: 'true', limit: 1, lang } } })]);
    if (data) me = data;
    // An expired or revoked session: forget it and carry on as a visitor.
    else if (response.status === 401) endSession(reply);
    if (data) unread = inbox.data?.unread;
  }
  const flashKey = takeFlash(req, reply);
  const t = translator(lang);
  const rest = req.url.slice(lang.length + 1) || '/';
  let csrfToken: string | undefined;
  const page: Page = {
    lang,
    t,
    me,
    actor: me ? { kind: 'user', userId: me.id, role: me.role, country: me.country, institutionId: me.institutionId } : ANONYMOUS,
    api: me ? api : apiClientFor(apiUrl, { lang, address: req.ip }),
    path: opts.path ?? (rest.startsWith('/') ? rest : `/${rest}`),
    href: (path) => `/${lang}${path === '/' ? '/' : path}`,
    csrf: () => (csrfToken ??= reply.generateCsrf()),
    flash: flashKey && flashKey.startsWith('web.') ? t(flashKey as MessageKey) : undefined,
    unread,
  };
  req.page = page;
  return page;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

/**
 * An id from a page's address, as the API takes it: one that cannot be an id becomes an
 * id of nothing, so that a mistyped link reads "not found" (the API's 404), not a 400.
 */
export const pathId = (id: string) => (isUuid(id) ? id : '00000000-0000-0000-0000-000000000000');

/** Thrown by a page that needs a signed-in person; the error handler sends them to sign in and back. */
export class SignInRequired extends Error {
  constructor() {
    super('sign-in required');
  }
}

/** The person signed in, or a redirect to the sign-in page that comes back here. */
export function requireMe(page: Page): Me {
  if (!page.me) throw new SignInRequired();
  return page.me;
}
