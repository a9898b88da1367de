import { createUser, createUserSchema, deactivateUser, listUsers, reactivateUser, userListQuerySchema, userViewSchema } from '@enlace/registry/people';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { problems } from '../plugins/problem.js';

export async function userRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];
  r.get('/v1/users', {
    onRequest: requireUser,
    schema: {
      operationId: 'listUsers',
      tags,
      summary: 'People with an account (staff and admins)',
      description:
        'By email, a page at a time (`limit`, `cursor`: the previous page’s `nextCursor`). Each person with `lastSignInAt` (their last password sign-in, null if never) and `deactivatedAt`. ' +
        'Filters: `signedIn=never|ever`, `state=active|deactivated`, `role` and `id` (comma-separated, at most 100 ids).',
      querystring: userListQuerySchema,
      response: { 200: z.object({ items: z.array(userViewSchema), nextCursor: z.string().optional() }), ...problems(400, 401, 403) },
    },
    handler: async (req) => {
      const { limit, cursor, signedIn, state, role, id } = req.query;
      return listUsers(ctxOf(req), { limit, cursor, signedIn, state, roles: role, ids: id });
    },
  });
  r.post('/v1/users', {
    onRequest: requireUser,
    schema: {
      operationId: 'createUser',
      tags,
      summary: 'Create an account (admins: any role; staff: officers and focal points)',
      body: createUserSchema,
      response: { 201: userViewSchema, ...problems(400, 401, 403, 409) },
    },
    handler: async (req, reply) => reply.code(201).send(await createUser(ctxOf(req), req.body)),
  });

  const params = z.object({ id: z.uuid() });
  r.post('/v1/users/:id/deactivate', {
    onRequest: requireUser,
    schema: {
      operationId: 'deactivateUser',
      tags,
      summary: 'Deactivate an account: the person can no longer sign in, and their sessions and tokens stop working at once',
      description:
        'Staff deactivate agency officers and focal points, admins anyone; nobody their own account (403). Every session and personal token of the person is revoked. ' +
        'Audited as `user.deactivated`. An account already deactivated answers 409 (`already_deactivated`).',
      params,
      response: { 200: userViewSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => deactivateUser(ctxOf(req), req.params.id),
  });
  r.post('/v1/users/:id/reactivate', {
    onRequest: requireUser,
    schema: {
      operationId: 'reactivateUser',
      tags,
      summary: 'Reactivate a deactivated account: the person may sign in again',
      description:
        'The same people as for deactivation may. Sessions and tokens revoked by the deactivation stay revoked: the person signs in again. ' +
        'Audited as `user.reactivated`. An active account answers 409 (`already_active`).',
      params,
      response: { 200: userViewSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => reactivateUser(ctxOf(req), req.params.id),
  });
}
