import {
  expertViewSchema,
  languageSchema,
  listingViewSchema,
  matchReasonViewSchema,
  matchStageSchema,
  seesAsThePublic,
  type Language,
  type ListingView,
} from '@enlace/domain';
import { type MatchReason, renderReason } from '@enlace/matching';
import { sharedAnswers } from '@enlace/registry';
import { expertSuggestionsOf } from '@enlace/registry/experts';
import { getListing } from '@enlace/registry/listings';
import { listMatches } from '@enlace/registry/matches';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { LANG_DESCRIPTION, readerLanguage } from '../language.js';
import { problems } from '../plugins/problem.js';

const candidateExpertSchema = z
  .object({ expert: expertViewSchema, score: z.number().min(0).max(1), reasons: z.array(matchReasonViewSchema) })
  .meta({ id: 'CandidateExpert' });

const rendered = (reasons: unknown[], lang: Language) => (reasons as MatchReason[]).map((r) => ({ kind: r.kind, text: renderReason(r, lang) }));

/** A published demand's stored candidate experts, a page of them; anything else has none. */
async function candidateExperts(req: FastifyRequest, subject: ListingView, lang: Language, page: { limit: number; cursor?: string | undefined }) {
  if (subject.kind !== 'demand' || subject.status !== 'published' || page.limit === 0) return { items: [], nextCursor: null };
  const { items, nextCursor } = await expertSuggestionsOf(ctxOf(req), subject, page);
  return {
    items: items.map((c) => ({ expert: c.expert, score: Math.round(c.score * 1000) / 1000, reasons: rendered(c.reasons, lang) })),
    nextCursor,
  };
}

interface SharedMatches {
  readonly items: readonly unknown[];
  readonly experts: readonly unknown[];
}

export async function matchRoutes(app: FastifyInstance) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // The public reads a listing's matches far more often than the worker changes them, and
  // every anonymous reader gets the same answer: for a few seconds they share one.
  // Weighed by the listings and experts an answer holds (up to 100), so that asking for
  // many listings' longest pages keeps at most about 10,000 of them in memory.
  const sharedWithThePublic = sharedAnswers(app.deps.env.MATCHES_CACHE_SECONDS, {
    max: 2000,
    weight: { of: (answer) => 1 + (answer as SharedMatches).items.length + (answer as SharedMatches).experts.length, max: 10_000 },
  });
  routes.get('/v1/listings/:id/matches', {
    schema: {
      operationId: 'listListingMatches',
      tags: ['matching'],
      summary: 'Best matches of a listing: offers for a demand, demands for an offer',
      description:
        "Only eligible listings: the other kind, another country, published and within their dates, and open to the country when an offer is restricted; never a pair people declined or dismissed. For staff and the people of the two countries, each item names its match (`id`, `stage`) for the follow-up at /v1/matches/{id}; anonymous callers and other countries get the suggestion without them. Reasons are written in the reader's language (`lang`, else the signed-in person's language, else Accept-Language). A published demand also gets `experts`: its best validated experts of other countries (`expertsLimit`, 5 by default; more at /v1/listings/{id}/experts), as the worker ranked them when the demand or the expert last changed. Anonymous callers asking the same question within `MATCHES_CACHE_SECONDS` (10 s by default) share one answer; people signed in read the current one.",
      params: z.object({ id: z.uuid() }),
      querystring: z.strictObject({
        limit: z.coerce.number().int().min(1).max(50).default(10),
        expertsLimit: z.coerce.number().int().min(0).max(50).default(5),
        lang: languageSchema.optional().describe(LANG_DESCRIPTION),
      }),
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
          /** For a published demand: validated experts of other countries who could help, best first. */
          experts: z.array(candidateExpertSchema),
        }),
        ...problems(400, 404),
      },
    },
    handler: async (req) => {
      const lang = await readerLanguage(req, req.query.lang);
      const { id } = req.params;
      const { limit, expertsLimit } = req.query;
      const answer = async () => {
        const { subject, items } = await listMatches(ctxOf(req), id, limit);
        const experts = await candidateExperts(req, subject, lang, { limit: expertsLimit });
        return {
          language: lang,
          items: items.map((m) => ({
            ...(m.id && m.stage ? { id: m.id, stage: m.stage } : {}),
            listing: m.listing,
            score: Math.round(m.score * 1000) / 1000,
            reasons: rendered(m.reasons as unknown[], lang),
          })),
          experts: experts.items,
        };
      };
      // People signed in may see the match's follow-up and act on it: theirs is always current.
      return seesAsThePublic(req.actor) ? sharedWithThePublic(`${id}|${lang}|${limit}|${expertsLimit}`, answer) : answer();
    },
  });

  routes.get('/v1/listings/:id/experts', {
    schema: {
      operationId: 'listDemandExperts',
      tags: ['matching', 'experts'],
      summary: "A demand's candidate experts, best first, a page at a time",
      description:
        "Validated experts of other countries who could help with a published demand, as the worker ranked them: the profile's text read across languages first, shared SDG targets, sectors and goals as support, and a common working language. Reasons are in the reader's language. Other listings have none. Page with `cursor` (the previous page's `nextCursor`).",
      params: z.object({ id: z.uuid() }),
      querystring: z.strictObject({
        limit: z.coerce.number().int().min(1).max(50).default(20),
        cursor: z.string().max(200).optional(),
        lang: languageSchema.optional().describe(LANG_DESCRIPTION),
      }),
      response: {
        200: z.object({ language: languageSchema, items: z.array(candidateExpertSchema), nextCursor: z.string().nullable() }),
        ...problems(400, 404),
      },
    },
    handler: async (req) => {
      const lang = await readerLanguage(req, req.query.lang);
      const subject = await getListing(ctxOf(req), req.params.id);
      return { language: lang, ...(await candidateExperts(req, subject, lang, { limit: req.query.limit, cursor: req.query.cursor })) };
    },
  });
}
