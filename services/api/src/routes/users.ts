import { createUser, createUserSchema, listUsers, userViewSchema } from '@enlace/registry/people';
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
      response: { 200: z.object({ items: z.array(userViewSchema) }), ...problems(401, 403) },
    },
    handler: async (req) => ({ items: await listUsers(ctxOf(req)) }),
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
}
