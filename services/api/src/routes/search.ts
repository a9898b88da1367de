import { type Language, listingSearchQuerySchema, searchHitSchema } from '@enlace/domain';
import { acceptedLanguage } from '@enlace/i18n';
import { createTranslator, TranslationError } from '@enlace/matching';
import { searchListings, toSearchHit } from '@enlace/search';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problems } from '../plugins/problem.js';

/** Queries repeat (pages, filters, the next reader): their translations are kept, the newest PIVOT_CACHE_SIZE. */
const PIVOT_CACHE_SIZE = 2000;

export async function searchRoutes(app: FastifyInstance) {
  // A reader waits: a translator slower than this is skipped, and the words are searched as typed.
  const translator = createTranslator({ timeoutMs: Math.min(app.deps.env.TRANSLATE_TIMEOUT_MS, 3000), concurrency: 2 });
  app.addHook('onClose', async () => translator.close());
  const cache = new Map<string, string>();

  /** `q` in the pivot language (Spanish), or undefined when it is Spanish already or the translator cannot answer now. */
  async function pivotQuery(q: string, from: Language, log: FastifyBaseLogger): Promise<string | undefined> {
    if (from === 'es') return undefined;
    const key = `${from} ${q}`;
    const kept = cache.get(key);
    if (kept !== undefined) return kept;
    try {
      const [pivot = ''] = await translator.toPivot([{ text: q, language: from }]);
      if (cache.size >= PIVOT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(key, pivot);
      return pivot;
    } catch (e) {
      if (!(e instanceof TranslationError)) throw e;
      log.warn({ err: e.message }, 'search without the pivot translation of the query');
      return undefined;
    }
  }

  app.withTypeProvider<ZodTypeProvider>().get('/v1/search', {
    schema: {
      operationId: 'searchListings',
      tags: ['search'],
      summary: 'Full-text search over offers and demands, with filters and facet counts',
      description:
        'Typo-tolerant search in the four languages. The words are looked for as typed and, translated into Spanish (the pivot every listing is also indexed in), ' +
        'in listings written in any of the four languages; `qLanguage` (default: Accept-Language) says which language they are in. ' +
        "Anonymous callers see published listings only, never contacts; officers and focal points also their own country's listings; the secretariat every status.",
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
      const { q, qLanguage, page, hitsPerPage, ...filters } = req.query;
      const from = qLanguage ?? acceptedLanguage(req.headers['accept-language']);
      const pivotQ = q && from ? await pivotQuery(q, from, req.log) : undefined;
      const result = await searchListings(app.deps.search, req.actor, { q, page, hitsPerPage, ...filters }, pivotQ);
      return {
        hits: result.hits.map(toSearchHit),
        facets: result.facetDistribution,
        page: result.page,
        hitsPerPage: result.hitsPerPage,
        totalHits: result.totalHits,
        totalPages: result.totalPages,
        processingTimeMs: result.processingTimeMs,
      };
    },
  });
}
