import { listInstitutions } from '@enlace/registry';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../plugins/problem.js';

export async function institutionRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/v1/institutions', {
    schema: {
      tags: ['listings'],
      summary: 'Institutions that offer or ask for cooperation',
      querystring: z.strictObject({
        country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals').optional(),
        q: z.string().trim().min(2).max(100).optional(),
      }),
      response: {
        200: z.object({ items: z.array(z.object({ id: z.uuid(), country: z.string(), name: z.string(), acronym: z.string().nullable(), type: z.string().nullable() })) }),
        400: problemSchema,
      },
    },
    handler: async (req) => ({ items: await listInstitutions(app.deps.db, req.query) }),
  });
}
