import { institutionPatchSchema, institutionViewSchema, textSchema } from '@enlace/domain';
import { listInstitutions, updateInstitution } from '@enlace/registry/listings';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { problemResponses, problems } from '../plugins/problem.js';

export async function institutionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/v1/institutions', {
    schema: {
      operationId: 'listInstitutions',
      tags: ['listings'],
      summary: 'Institutions that offer or ask for cooperation',
      description:
        "Anonymous callers see institutions with a published listing or a validated expert; officers and focal points also their own country's others; the secretariat every institution.",
      querystring: z.strictObject({
        country: z
          .string()
          .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals')
          .optional(),
        q: textSchema().trim().min(2).max(100).optional(),
      }),
      response: {
        200: z.object({ items: z.array(institutionViewSchema) }),
        ...problems(400),
      },
    },
    handler: async (req) => ({ items: await listInstitutions(ctxOf(req), req.query) }),
  });

  r.patch('/v1/institutions/:id', {
    onRequest: requireUser,
    schema: {
      operationId: 'updateInstitution',
      tags: ['listings'],
      summary: "Change an institution's name, acronym or type (staff, or an officer or focal point of its country)",
      description:
        "The only way an institution changes: writing a listing or registering an expert never alters an existing one. `null` clears the acronym or the type. The change is audited, and the institution's listings and validated experts are re-indexed for search.",
      params: z.object({ id: z.uuid() }),
      body: institutionPatchSchema,
      response: { 200: institutionViewSchema, ...problemResponses },
    },
    handler: async (req) => updateInstitution(ctxOf(req), req.params.id, req.body),
  });
}
