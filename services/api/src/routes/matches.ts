import { LANGUAGES, type Language, expertViewSchema, languageSchema, listingViewSchema, matchStageSchema } from '@enlace/domain';
import { type MatchReason, renderReason } from '@enlace/matching';
import { listMatches } from '@enlace/registry';
import { candidateExperts } from '@enlace/search';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { problemSchema } from '../plugins/problem.js';

/** The reader's language: `?lang=`, else the first of Accept-Language we speak, else English. */
export function readerLanguage(request: FastifyRequest, explicit?: Language): Language {
  if (explicit) return explicit;
  const header = request.headers['accept-language'] ?? '';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { lang: (tag ?? '').slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return (ranked.find((r) => (LANGUAGES as readonly string[]).includes(r.lang))?.lang as Language | undefined) ?? 'en';
}

const reasonView = z.object({
  kind: z.enum(['sdg_target', 'sdg_goal', 'sector', 'modality', 'working_language', 'text']),
  /** The reason as a sentence in the reader's language. */
  text: z.string(),
});

export async function matchRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/v1/listings/:id/matches', {
    schema: {
      tags: ['matching'],
      summary: 'Best matches of a listing: offers for a demand, demands for an offer',
      description:
        'Only eligible listings: the other kind, another country, published and within their dates, and open to the country when an offer is restricted; never a pair people declined or dismissed. For staff and the people of the two countries, each item names its match (`id`, `stage`) for the follow-up at /v1/matches/{id}; anonymous callers and other countries get the suggestion without them. Reasons are written in the reader\'s language (?lang= or Accept-Language). A published demand also gets `experts`: up to five validated experts of other countries, ranked at request time on shared SDG targets, sectors and goals, a common working language and text relevance.',
      params: z.object({ id: z.uuid() }),
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10), lang: languageSchema.optional() }),
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
              reasons: z.array(reasonView),
            }),
          ),
          /** For a published demand: validated experts of other countries who could help, best first (at most 5). */
          experts: z.array(z.object({ expert: expertViewSchema, score: z.number().min(0).max(1), reasons: z.array(reasonView) })),
        }),
        400: problemSchema,
        404: problemSchema,
      },
    },
    handler: async (req) => {
      const lang = readerLanguage(req, req.query.lang);
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
