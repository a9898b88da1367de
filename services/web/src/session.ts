/*
 * Sessions and forms. Signing in puts the API session's token in an httpOnly,
 * SameSite=Lax cookie (Secure, and `__Host-` prefixed, over https): the browser's
 * scripts never see it. Every form that changes something carries a CSRF token tied
 * to a signed secret cookie (@fastify/csrf-protection); a POST without a valid one is
 * refused before its handler runs. A flash message survives one redirect in a signed
 * cookie, so that a form can answer "Saved" on the page it sends people to.
 */
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { MessageKey } from '@enlace/i18n';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isHttps, type WebEnv } from './config.js';

export interface SessionCookies {
  readonly session: string;
  readonly flash: string;
  readonly secure: boolean;
}

export function sessionCookies(env: Pick<WebEnv, 'WEB_URL'>): SessionCookies {
  const secure = isHttps(env);
  return { session: secure ? '__Host-enlace_session' : 'enlace_session', flash: 'enlace_flash', secure };
}

declare module 'fastify' {
  interface FastifyInstance {
    cookieNames: SessionCookies;
  }
}

export const sessionPlugin = fp(async (app, opts: { env: WebEnv }) => {
  const names = sessionCookies(opts.env);
  app.decorate('cookieNames', names);
  await app.register(cookie, { secret: opts.env.APP_SECRET, hook: 'onRequest' });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: names.secure ? '__Host-enlace_csrf' : 'enlace_csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure: names.secure },
    getToken: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const field = body && typeof body === 'object' ? body._csrf : undefined;
      return typeof field === 'string' ? field : (req.headers['x-csrf-token'] as string | undefined);
    },
  });
});

/** The API session presented by the browser, if any. */
export function sessionToken(req: FastifyRequest): string | undefined {
  const value = req.cookies[req.server.cookieNames.session];
  return value && /^[\w.-]{16,200}$/.test(value) ? value : undefined;
}

export function startSession(reply: FastifyReply, token: string, expiresAt: string): void {
  const { session, secure } = reply.server.cookieNames;
  reply.setCookie(session, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: new Date(expiresAt) });
}

export function endSession(reply: FastifyReply): void {
  const { session, secure } = reply.server.cookieNames;
  reply.clearCookie(session, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** A message for the next page the browser opens (after a redirect). */
export function flash(reply: FastifyReply, key: MessageKey): void {
  const { flash: name, secure } = reply.server.cookieNames;
  reply.setCookie(name, key, { httpOnly: true, sameSite: 'lax', secure, path: '/', signed: true, maxAge: 60 });
}

/** The waiting message, read once. */
export function takeFlash(req: FastifyRequest, reply: FastifyReply): string | undefined {
  const { flash: name, secure } = reply.server.cookieNames;
  const raw = req.cookies[name];
  if (!raw) return undefined;
  reply.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
  const unsigned = req.unsignCookie(raw);
  return unsigned.valid ? (unsigned.value ?? undefined) : undefined;
}
