import { InvalidError, UnauthorizedError } from '@enlace/domain';
import {
  changePassword,
  changePasswordSchema,
  createPersonalToken,
  createTokenSchema,
  dummyPasswordHash,
  getMe,
  listMyTokens,
  revokeToken,
  signIn,
  signInSchema,
  updateMe,
  updateMeSchema,
  userViewSchema,
} from '@enlace/registry/people';
import { signOut } from '@enlace/registry/internal';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { SECURITY } from '../plugins/openapi.js';
import { problems, sendProblem } from '../plugins/problem.js';
import { SIGN_IN_LIMIT } from '../plugins/rate-limit.js';

const tokenKind = z.enum(['session', 'personal']);
const tokenView = z
  .object({
    id: z.uuid(),
    kind: tokenKind,
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    /** The browser or program that signed in (sessions). */
    userAgent: z.string().nullable(),
    /** The one this request was made with. */
    current: z.boolean(),
  })
  .meta({ id: 'Token' });

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];
  const { env } = app.deps;
  const lifetime = { defaultDays: env.TOKEN_DEFAULT_DAYS, maxDays: env.TOKEN_MAX_DAYS };
  // Made now, so that the first sign-in with an unknown email costs no more than the others.
  void dummyPasswordHash();

  /**
   * A password check behind the sign-in limiter, for sign-in and password change alike:
   * a 429 with Retry-After while this account or address must wait; a wrong password
   * (`isWrong`) counts against both, a right one clears the account's count.
   */
  async function passwordChecked<T>(
    reply: FastifyReply,
    attempt: { email: string; address: string },
    isWrong: (e: unknown) => boolean,
    check: () => Promise<T>,
  ): Promise<T | FastifyReply> {
    const now = app.deps.clock.now();
    const waitMs = await app.signInLimiter.waitMs(attempt, now);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      return sendProblem(reply.header('retry-after', String(seconds)), 429, `too many wrong passwords; try again in ${seconds} seconds`);
    }
    try {
      const result = await check();
      await app.signInLimiter.succeeded(attempt, now);
      return result;
    } catch (e) {
      if (isWrong(e)) await app.signInLimiter.failed(attempt, now);
      throw e;
    }
  }

  r.post('/v1/auth/sign-in', {
    config: { rateLimit: SIGN_IN_LIMIT },
    schema: {
      operationId: 'signIn',
      security: [...SECURITY.none],
      tags,
      summary: 'Sign in with email and password; returns a session token',
      body: signInSchema,
      response: { 200: z.object({ token: z.string(), expiresAt: z.string(), user: userViewSchema }), ...problems(400, 401, 429) },
    },
    handler: async (req, reply) =>
      passwordChecked(
        reply,
        { email: req.body.email, address: req.ip },
        (e) => e instanceof UnauthorizedError,
        () => signIn(ctxOf(req), req.body, { sessionTtlMs: env.SESSION_TTL_HOURS * 3600_000, userAgent: req.headers['user-agent'] }),
      ),
  });

  r.post('/v1/auth/sign-out', {
    onRequest: requireUser,
    schema: { operationId: 'signOut', tags, summary: 'Revoke the token this request was made with', response: { 204: z.null(), ...problems(401) } },
    handler: async (req, reply) => {
      await signOut(app.deps.db, req.bearer!, app.deps.clock.now());
      return reply.code(204).send(null);
    },
  });

  r.get('/v1/me', {
    onRequest: requireUser,
    schema: { operationId: 'getMe', tags, summary: 'Who am I', response: { 200: userViewSchema, ...problems(401) } },
    handler: async (req) => getMe(ctxOf(req)),
  });

  r.patch('/v1/me', {
    onRequest: requireUser,
    schema: {
      operationId: 'updateMe',
      tags,
      summary: 'Change my name or the language Enlace writes to me in',
      body: updateMeSchema,
      response: { 200: userViewSchema, ...problems(400, 401) },
    },
    handler: async (req) => updateMe(ctxOf(req), req.body),
  });

  r.post('/v1/me/password', {
    onRequest: requireUser,
    config: { rateLimit: SIGN_IN_LIMIT },
    schema: {
      operationId: 'changeMyPassword',
      tags,
      summary: 'Change my password; my other sessions and tokens stop working',
      description:
        'The current password is checked like a sign-in, with the same delays after failures (429 with Retry-After). ' +
        'A wrong one is a 400 naming `currentPassword` (`wrong_password`). The session this request is made with stays signed in.',
      body: changePasswordSchema,
      response: { 204: z.null(), ...problems(400, 401, 429) },
    },
    handler: async (req, reply) => {
      const me = await getMe(ctxOf(req));
      const changed = await passwordChecked(
        reply,
        { email: me.email, address: req.ip },
        (e) => e instanceof InvalidError && e.issues.some((i) => i.code === 'wrong_password'),
        async () => {
          await changePassword(ctxOf(req), req.body, req.bearer ?? null);
          return true as const;
        },
      );
      return changed === true ? reply.code(204).send(null) : changed;
    },
  });

  r.get('/v1/me/tokens', {
    onRequest: requireUser,
    schema: {
      operationId: 'listMyTokens',
      tags,
      summary: 'My live sessions and personal API tokens, newest first (secrets are never shown again)',
      querystring: z.object({ kind: tokenKind.optional() }),
      response: { 200: z.object({ items: z.array(tokenView) }), ...problems(400, 401) },
    },
    handler: async (req) => ({ items: await listMyTokens(ctxOf(req), { currentSecret: req.bearer, kind: req.query.kind, maxDays: env.TOKEN_MAX_DAYS }) }),
  });

  r.post('/v1/me/tokens', {
    onRequest: requireUser,
    schema: {
      operationId: 'createMyToken',
      tags,
      summary: 'Create a personal API token for a program; the secret is shown once',
      description: `It expires after \`days\` (${env.TOKEN_DEFAULT_DAYS} when left out, at most ${env.TOKEN_MAX_DAYS}).`,
      body: createTokenSchema,
      response: { 201: z.object({ id: z.uuid(), name: z.string(), token: z.string(), prefix: z.string(), expiresAt: z.string() }), ...problems(400, 401) },
    },
    handler: async (req, reply) => reply.code(201).send(await createPersonalToken(ctxOf(req), req.body, lifetime)),
  });

  r.delete('/v1/me/tokens/:id', {
    onRequest: requireUser,
    schema: {
      operationId: 'revokeMyToken',
      tags,
      summary: "Revoke one of my sessions or tokens (another person's is not found)",
      params: z.object({ id: z.uuid() }),
      response: { 204: z.null(), ...problems(401, 404) },
    },
    handler: async (req, reply) => {
      await revokeToken(ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
