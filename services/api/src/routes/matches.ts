import { expertViewSchema, languageSchema, listingViewSchema, matchReasonViewSchema, matchStageSchema } from '@enlace/domain';
import { type MatchReason, renderReason } from '@enlace/matching';
import { candidateExperts } from '@enlace/matchmaking';
import { listMatches } from '@enlace/registry/matches';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { LANG_DESCRIPTION, readerLanguage } from '../language.js';
import { problems } from '../plugins/problem.js';

export async function matchRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/v1/listings/:id/matches', {
    schema: {
      operationId: 'listListingMatches',
      tags: ['matching'],
      summary: 'Best matches of a listing: offers for a demand, demands for an offer',
      description:
        "Only eligible listings: the other kind, another country, published and within their dates, and open to the country when an offer is restricted; never a pair people declined or dismissed. For staff and the people of the two countries, each item names its match (`id`, `stage`) for the follow-up at /v1/matches/{id}; anonymous callers and other countries get the suggestion without them. Reasons are written in the reader's language (`lang`, else the signed-in person's language, else Accept-Language). A published demand also gets `experts`: up to five validated experts of other countries, ranked at request time on shared SDG targets, sectors and goals, a common working language and text relevance.",
      params: z.object({ id: z.uuid() }),
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10), lang: languageSchema.optional().describe(LANG_DESCRIPTION) }),
      response: {
        200: z.object({
          language: languageSchema,
          items: z.array(
            z.object({
              /** The match's id, for its follow-up: staff and the two countries only. */
              id: z.uuid().optional(),
              /** How far people have taken it: staff and the two countries only. */
              stage: matchStageSchema.optional(),
              listing: listingViewSchema,
              score: z.number().min(0).max(1),
              reasons: z.array(matchReasonViewSchema),
            }),
          ),
          /** For a published demand: validated experts of other countries who could help, best first (at most 5). */
          experts: z.array(z.object({ expert: expertViewSchema, score: z.number().min(0).max(1), reasons: z.array(matchReasonViewSchema) })),
        }),
        ...problems(400, 404),
      },
    },
    handler: async (req) => {
      const lang = await readerLanguage(req, req.query.lang);
      const { subject, items } = await listMatches(ctxOf(req), req.params.id, req.query.limit);
      // Matches come from PostgreSQL; candidate experts from the search index. Without
      // search, the matches are still worth answering.
      const experts = await candidateExperts(ctxOf(req), app.deps.search, subject).catch((err: Error) => {
        req.log.warn({ err: err.message }, 'candidate experts unavailable');
        return [];
      });
      return {
        language: lang,
        items: items.map((m) => ({
          ...(m.id && m.stage ? { id: m.id, stage: m.stage } : {}),
          listing: m.listing,
          score: Math.round(m.score * 1000) / 1000,
          reasons: (m.reasons as MatchReason[]).map((r) => ({ kind: r.kind, text: renderReason(r, lang) })),
        })),
        experts: experts.map((c) => ({
          expert: c.expert,
          score: Math.round(c.score * 1000) / 1000,
          reasons: c.reasons.map((r) => ({ kind: r.kind, text: renderReason(r, lang) })),
        })),
      };
    },
  });
}
