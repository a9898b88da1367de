import { languageSchema } from '@enlace/domain';
import { createTranslator, TranslationError } from '@enlace/matching';
import { getListing } from '@enlace/registry/listings';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { problems, sendProblem, sendUnavailable } from '../plugins/problem.js';

const translationSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    from: languageSchema,
    to: languageSchema,
    machineTranslated: z.literal(true),
  })
  .meta({ id: 'ListingTranslation' });

/** Translations kept in memory, per listing version and language: the same page read again costs nothing. */
const CACHE_SIZE = 2000;

/**
 * A listing's title and description machine-translated (Apertium, through Spanish where
 * no direct pair exists) for a reader of another language. Read access is the
 * listing's own; a new version of the listing is translated afresh.
 */
export async function translationRoutes(app: FastifyInstance) {
  const translator = createTranslator({ timeoutMs: 15_000, concurrency: 2 });
  const cache = new Map<string, z.infer<typeof translationSchema>>();
  app.addHook('onClose', async () => translator.close());

  app.withTypeProvider<ZodTypeProvider>().get('/v1/listings/:id/translation', {
    schema: {
      operationId: 'translateListing',
      tags: ['listings'],
      summary: "A listing's title and description, machine-translated into the reader's language",
      description:
        'Apertium, offline; through Spanish where no direct pair exists. Marked as machine translated: the original is the reference. ' +
        '400 (`same_language`) when the listing is already in that language; 503 with Retry-After when the translator cannot answer in time.',
      params: z.object({ id: z.uuid() }),
      querystring: z.strictObject({ lang: languageSchema }),
      response: { 200: translationSchema, ...problems(400, 404, 503) },
    },
    handler: async (req, reply) => {
      const listing = await getListing(ctxOf(req), req.params.id);
      const to = req.query.lang;
      if (listing.language === to)
        return sendProblem(reply, 400, `the listing is written in ${to}`, [
          { field: 'lang', code: 'same_language', reason: 'the listing is already in this language' },
        ]);
      const key = `${listing.id} ${listing.version} ${to}`;
      const hit = cache.get(key);
      if (hit) return hit;
      try {
        const [title = '', description = ''] = await translator.translate([listing.title, listing.description], listing.language, to);
        const translation = { title, description, from: listing.language, to, machineTranslated: true as const };
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(key, translation);
        return translation;
      } catch (e) {
        if (e instanceof TranslationError) {
          req.log.warn({ err: e.message }, 'translation failed');
          return sendUnavailable(reply, 'the translator is not available right now', [{ field: 'lang', code: 'unavailable', reason: 'unavailable' }]);
        }
        throw e;
      }
    },
  });
}
