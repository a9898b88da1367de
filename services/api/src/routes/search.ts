import { listingSearchQuerySchema, searchHitSchema } from '@enlace/domain';
import { searchListings, toSearchHit } from '@enlace/search';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problems } from '../plugins/problem.js';

export async function searchRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/v1/search', {
    schema: {
      operationId: 'searchListings',
      tags: ['search'],
      summary: 'Full-text search over offers and demands, with filters and facet counts',
      description:
        "Typo-tolerant search in the four languages. Anonymous callers see published listings only, never contacts; officers and focal points also their own country's listings; the secretariat every status.",
      querystring: listingSearchQuerySchema,
      response: {
        200: z.object({
          hits: z.array(searchHitSchema),
          facets: z.record(z.string(), z.record(z.string(), z.number())),
          page: z.number(),
          hitsPerPage: z.number(),
          totalHits: z.number(),
          totalPages: z.number(),
          processingTimeMs: z.number(),
        }),
        ...problems(400, 503),
      },
    },
    handler: async (req) => {
      const { q, page, hitsPerPage, ...filters } = req.query;
      const result = await searchListings(app.deps.search, req.actor, { q, page, hitsPerPage, ...filters });
      return {
        hits: result.hits.map(toSearchHit),
        facets: result.facetDistribution ?? {},
        page: result.page ?? page,
        hitsPerPage: result.hitsPerPage ?? hitsPerPage,
        totalHits: result.totalHits ?? result.hits.length,
        totalPages: result.totalPages ?? 1,
        processingTimeMs: result.processingTimeMs,
      };
    },
  });
}
