import { languageSchema } from '@enlace/domain';
import { createTranslator, TranslationError } from '@enlace/matching';
import { translateListing } from '@enlace/registry/listings';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { problems, sendUnavailable } from '../plugins/problem.js';

const translationSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    from: languageSchema,
    to: languageSchema,
    machineTranslated: z.literal(true),
  })
  .meta({ id: 'ListingTranslation' });

/**
 * A listing's title and description machine-translated (Apertium, through Spanish where
 * no direct pair exists) for a reader of another language. Read access is the
 * listing's own. Translations are kept in PostgreSQL (listing_translations) rather than
 * in memory: they survive restarts, every API instance shares them, and a listing's
 * deletion takes them with it.
 */
export async function translationRoutes(app: FastifyInstance) {
  // A reader waits for this answer: a slow or stuck Apertium is killed and the reader told to retry.
  const translator = createTranslator({ timeoutMs: app.deps.env.TRANSLATE_TIMEOUT_MS, concurrency: 2 });
  app.addHook('onClose', async () => translator.close());

  app.withTypeProvider<ZodTypeProvider>().get('/v1/listings/:id/translation', {
    schema: {
      operationId: 'translateListing',
      tags: ['listings'],
      summary: "A listing's title and description, machine-translated into the reader's language",
      description:
        'Apertium, offline; through Spanish where no direct pair exists. Marked as machine translated: the original is the reference. ' +
        'Kept per listing and language until the text changes. 409 (`same_language`) when the listing is already written in that language: ' +
        'there is nothing to translate, and the listing itself is the text. 503 with Retry-After when the translator cannot answer in time.',
      params: z.object({ id: z.uuid() }),
      querystring: z.strictObject({ lang: languageSchema }),
      response: { 200: translationSchema, ...problems(400, 404, 409, 503) },
    },
    handler: async (req, reply) => {
      try {
        return await translateListing(ctxOf(req), req.params.id, req.query.lang, (texts, from, to) => translator.translate(texts, from, to));
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
