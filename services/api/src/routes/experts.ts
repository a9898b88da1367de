import { expertRegistrationSchema, expertReviewSchema, expertSearchQuerySchema, expertViewSchema } from '@enlace/domain';
import { expertsByIds, getExpert, listExperts, registerExpert, rejectExpert, validateExpert } from '@enlace/registry/experts';
import { expertHighlight, searchExperts } from '@enlace/search';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { problemResponses, problems } from '../plugins/problem.js';
import { anonymousWriteLimit } from '../plugins/rate-limit.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['experts'];
const errors = problemResponses;

const expertHitSchema = expertViewSchema
  .extend({
    /** The name and a cropped profile with the matched words in <mark> (index search only); HTML-safe. */
    highlight: z
      .object({ name: z.string().optional(), profile: z.string().optional() })
      .optional()
      .describe(
        "Index search only: the name and a cropped profile as HTML, safe to insert as is: every character of the expert's text is escaped, and `<mark>`…`</mark>` around the matched words is the only markup.",
      ),
  })
  .meta({ id: 'ExpertHit' });

const expertPageSchema = z.object({
  items: z.array(expertHitSchema),
  facets: z.record(z.string(), z.record(z.string(), z.number())),
  page: z.number(),
  hitsPerPage: z.number(),
  totalHits: z.number(),
  totalPages: z.number(),
  /** `search`: the index of validated experts; `registry`: PostgreSQL, for pending and rejected ones. */
  source: z.enum(['search', 'registry']),
});

export async function expertRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/v1/experts', {
    config: { rateLimit: anonymousWriteLimit(app) },
    schema: {
      operationId: 'registerExpert',
      tags,
      summary: 'Register an expert (no account needed); they wait for validation',
      description:
        "Anyone may put an expert forward. The expert is `pending` until a focal point of their country or the secretariat validates them; only then are they public and searchable. The contact is never public: only the expert's country and the secretariat see it.",
      body: expertRegistrationSchema,
      response: { 201: expertViewSchema, ...problems(400, 429) },
    },
    handler: async (req, reply) => reply.code(201).send(await registerExpert(ctxOf(req), req.body)),
  });

  r.get('/v1/experts', {
    schema: {
      operationId: 'searchExperts',
      tags,
      summary: 'Search the expert roster, with filters and facet counts',
      description:
        "Without `status` (or with `status=validated`), a typo-tolerant search of validated experts in the four languages (the search index, which holds no contact). With `status=pending` or `rejected`, the roster as PostgreSQL holds it, newest first: the experts of the caller's own country (all countries for the secretariat); `q` then matches name and profile as substrings.",
      querystring: expertSearchQuerySchema,
      response: { 200: expertPageSchema, ...problems(400, 503) },
    },
    handler: async (req) => {
      const { status, ...query } = req.query;
      if (status?.some((s) => s !== 'validated')) return { ...(await listExperts(ctxOf(req), req.query)), source: 'registry' as const };
      const result = await searchExperts(app.deps.search, query);
      const views = new Map(
        (
          await expertsByIds(
            ctxOf(req),
            result.hits.map((h) => h.id),
            { validatedOnly: true },
          )
        ).map((e) => [e.id, e]),
      );
      return {
        items: result.hits.flatMap((h) => {
          const view = views.get(h.id);
          return view ? [{ ...view, highlight: expertHighlight(h) }] : [];
        }),
        facets: result.facetDistribution ?? {},
        page: result.page ?? query.page,
        hitsPerPage: result.hitsPerPage ?? query.hitsPerPage,
        totalHits: result.totalHits ?? result.hits.length,
        totalPages: result.totalPages ?? 1,
        source: 'search' as const,
      };
    },
  });

  r.get('/v1/experts/:id', {
    schema: { operationId: 'getExpert', tags, summary: 'Read an expert', params: idParams, response: { 200: expertViewSchema, ...problems(404) } },
    handler: async (req) => getExpert(ctxOf(req), req.params.id),
  });

  r.post('/v1/experts/:id/validate', {
    onRequest: requireUser,
    schema: {
      operationId: 'validateExpert',
      tags,
      summary: 'Validate a pending expert (focal point of their country, or staff)',
      params: idParams,
      body: z.strictObject({}).nullish(),
      response: { 200: expertViewSchema, ...errors },
    },
    handler: async (req) => validateExpert(ctxOf(req), req.params.id),
  });

  r.post('/v1/experts/:id/reject', {
    onRequest: requireUser,
    schema: {
      operationId: 'rejectExpert',
      tags,
      summary: 'Reject a pending expert with a reason (focal point of their country, or staff)',
      params: idParams,
      body: expertReviewSchema,
      response: { 200: expertViewSchema, ...errors },
    },
    handler: async (req) => rejectExpert(ctxOf(req), req.params.id, req.body),
  });
}
