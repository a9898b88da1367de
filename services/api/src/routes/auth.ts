import { createPersonalToken, createTokenSchema, getMe, listPersonalTokens, revokeToken, signIn, signInSchema, signOut, userViewSchema } from '@enlace/registry';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { problemSchema } from '../plugins/problem.js';
import { SIGN_IN_LIMIT } from '../plugins/rate-limit.js';

const tokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];

  r.post('/v1/auth/sign-in', {
    config: { rateLimit: SIGN_IN_LIMIT },
    schema: {
      tags,
      summary: 'Sign in with email and password; returns a session token',
      body: signInSchema,
      response: { 200: z.object({ token: z.string(), expiresAt: z.string(), user: userViewSchema }), 400: problemSchema, 401: problemSchema, 429: problemSchema },
    },
    handler: async (req) => signIn(ctxOf(req), req.body, app.deps.env.SESSION_TTL_HOURS * 3600_000),
  });

  r.post('/v1/auth/sign-out', {
    onRequest: requireUser,
    schema: { tags, summary: 'Revoke the token this request was made with', response: { 204: z.null(), 401: problemSchema } },
    handler: async (req, reply) => {
      await signOut(app.deps.db, req.bearer!, app.deps.clock.now());
      return reply.code(204).send(null);
    },
  });

  r.get('/v1/me', {
    onRequest: requireUser,
    schema: { tags, summary: 'Who am I', response: { 200: userViewSchema, 401: problemSchema } },
    handler: async (req) => getMe(ctxOf(req)),
  });

  r.get('/v1/me/tokens', {
    onRequest: requireUser,
    schema: { tags, summary: 'My personal API tokens (secrets are never shown again)', response: { 200: z.object({ items: z.array(tokenView) }), 401: problemSchema } },
    handler: async (req) => ({ items: await listPersonalTokens(ctxOf(req)) }),
  });

  r.post('/v1/me/tokens', {
    onRequest: requireUser,
    schema: {
      tags,
      summary: 'Create a personal API token for a program; the secret is shown once',
      body: createTokenSchema,
      response: { 201: z.object({ id: z.uuid(), name: z.string(), token: z.string(), prefix: z.string(), expiresAt: z.string().nullable() }), 400: problemSchema, 401: problemSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await createPersonalToken(ctxOf(req), req.body)),
  });

  r.delete('/v1/me/tokens/:id', {
    onRequest: requireUser,
    schema: { tags, summary: 'Revoke one of my tokens', params: z.object({ id: z.uuid() }), response: { 204: z.null(), 401: problemSchema, 404: problemSchema } },
    handler: async (req, reply) => {
      await revokeToken(ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
