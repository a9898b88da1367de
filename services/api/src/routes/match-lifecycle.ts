import {
  languageSchema,
  agreeMatchBodySchema,
  matchBoardQuerySchema,
  matchBoardSchema,
  matchInterestSchema,
  matchListQuerySchema,
  completeMatchBodySchema,
  matchSummarySchema,
  matchViewSchema,
  optionalReasonSchema,
  proposeMatchSchema,
  reasonSchema,
} from '@enlace/domain';
import {
  agreeMatch,
  completeMatch,
  declineMatch,
  dismissMatch,
  expressInterest,
  getMatch,
  listFollowUps,
  matchBoard,
  proposeMatch,
  startMatch,
} from '@enlace/registry/matches';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { LANG_DESCRIPTION, readerLanguage } from '../language.js';
import { requireUser } from '../plugins/auth.js';
import { problemResponses, problems } from '../plugins/problem.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['matches'];
const errors = problemResponses;
const NOT_OURS = 'must be a cursor returned by a previous page';
/** Pages of matches go by cursor, like every list; the cursor is the offset of the next page. */
const langQuery = z.strictObject({ lang: languageSchema.optional().describe(LANG_DESCRIPTION) });
const matchPageQuerySchema = matchListQuerySchema.omit({ offset: true }).extend({
  lang: langQuery.shape.lang,
  cursor: z
    .string()
    .regex(/^\d{1,6}$/, NOT_OURS)
    .refine((c) => Number(c) <= 100_000, NOT_OURS)
    .optional(),
});
const WHO_SEES = 'Staff see every match; officers and focal points see the matches of their country, on either side.';

/** Following a match up, from suggestion to a finished cooperation. */
export async function matchLifecycleRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/v1/matches', {
    onRequest: requireUser,
    schema: {
      operationId: 'listMatches',
      tags,
      summary: 'Matches to follow up, most recently moved first',
      description: `${WHO_SEES} Filter by \`stage\` (comma list), \`country\` (either side), \`listingId\` (either side) or \`sector\` (of either listing); page with \`limit\` and \`cursor\` (the \`nextCursor\` of the previous page). Reasons are worded in the reader's language.`,
      querystring: matchPageQuerySchema,
      response: { 200: z.object({ items: z.array(matchSummarySchema), nextCursor: z.string().optional() }), ...problems(400, 401) },
    },
    handler: async (req) => {
      const { cursor, lang, ...query } = req.query;
      const { items, nextOffset } = await listFollowUps(ctxOf(req), { ...query, offset: cursor ? Number(cursor) : 0 }, await readerLanguage(req, lang));
      return { items, ...(nextOffset !== undefined ? { nextCursor: String(nextOffset) } : {}) };
    },
  });

  r.get('/v1/matches/board', {
    onRequest: requireUser,
    schema: {
      operationId: 'getMatchBoard',
      tags,
      summary: 'Every stage at a glance: how many matches each holds, and its latest',
      description: `${WHO_SEES} The same filters as the list (\`country\`, \`listingId\`, \`sector\`); \`perStage\` of each stage's most recently moved matches (5 by default), every stage in order, empty ones included. Reasons are worded in the reader's language.`,
      querystring: matchBoardQuerySchema.extend({ lang: langQuery.shape.lang }),
      response: { 200: matchBoardSchema, ...problems(400, 401) },
    },
    handler: async (req) => {
      const { lang, ...query } = req.query;
      return matchBoard(ctxOf(req), query, await readerLanguage(req, lang));
    },
  });

  r.post('/v1/matches', {
    onRequest: requireUser,
    schema: {
      operationId: 'proposeMatch',
      tags,
      summary: 'Propose a match by hand (staff)',
      description:
        'Both listings must be published, an offer and a demand of different countries. A pair the ranking already suggested is marked as proposed (201 when the pair is new, 200 when it existed).',
      body: proposeMatchSchema,
      response: { 200: matchViewSchema, 201: matchViewSchema, ...errors },
    },
    handler: async (req, reply) => {
      const { created, match } = await proposeMatch(ctxOf(req), req.body, await readerLanguage(req));
      return reply.code(created ? 201 : 200).send(match);
    },
  });

  r.get('/v1/matches/:id', {
    onRequest: requireUser,
    schema: {
      operationId: 'getMatch',
      tags,
      summary: "A match's follow-up record and history",
      description: WHO_SEES,
      params: idParams,
      querystring: langQuery,
      response: { 200: matchViewSchema, ...problems(401, 404) },
    },
    handler: async (req) => getMatch(ctxOf(req), req.params.id, await readerLanguage(req, req.query.lang)),
  });

  r.post('/v1/matches/:id/interest', {
    onRequest: requireUser,
    schema: {
      operationId: 'expressMatchInterest',
      tags,
      summary: "Express your country's interest, with a message (officer or focal point of either side)",
      description: 'From suggested or interested. The match becomes interested, and mutual once both sides are.',
      params: idParams,
      body: matchInterestSchema,
      response: { 200: matchViewSchema, ...errors },
    },
    handler: async (req) => expressInterest(ctxOf(req), req.params.id, req.body, await readerLanguage(req)),
  });

  r.post('/v1/matches/:id/decline', {
    onRequest: requireUser,
    schema: {
      operationId: 'declineMatch',
      tags,
      summary: 'Decline the match, with a reason (either side, or staff)',
      description: 'From suggested, interested, mutual or agreed.',
      params: idParams,
      body: reasonSchema,
      response: { 200: matchViewSchema, ...errors },
    },
    handler: async (req) => declineMatch(ctxOf(req), req.params.id, req.body, await readerLanguage(req)),
  });

  r.post('/v1/matches/:id/dismiss', {
    onRequest: requireUser,
    schema: {
      operationId: 'dismissMatch',
      tags,
      summary: 'Dismiss the match as not relevant (focal point of either side, or staff)',
      description: 'From suggested or interested. The pair is not suggested again; the ranking keeps it as feedback.',
      params: idParams,
      body: optionalReasonSchema.nullish(),
      response: { 200: matchViewSchema, ...errors },
    },
    handler: async (req) => dismissMatch(ctxOf(req), req.params.id, req.body ?? {}, await readerLanguage(req)),
  });

  r.post('/v1/matches/:id/agree', {
    onRequest: requireUser,
    schema: {
      operationId: 'agreeMatch',
      tags,
      summary: 'Record the agreement: modality, dates, who does what (staff, or a focal point of either side)',
      description:
        "From mutual. Staff: the match is agreed. A focal point records or confirms the terms for its side; a change of terms withdraws the other side's confirmation; the match is agreed once both focal points confirmed the same terms (`confirmations`).",
      params: idParams,
      body: agreeMatchBodySchema,
      response: { 200: matchViewSchema, ...errors },
    },
    handler: async (req) => agreeMatch(ctxOf(req), req.params.id, req.body, await readerLanguage(req)),
  });

  r.post('/v1/matches/:id/start', {
    onRequest: requireUser,
    schema: {
      operationId: 'startMatch',
      tags,
      summary: 'The agreed cooperation has begun (staff, or a focal point of either side)',
      params: idParams,
      response: { 200: matchViewSchema, ...errors },
    },
    handler: async (req) => startMatch(ctxOf(req), req.params.id, await readerLanguage(req)),
  });

  r.post('/v1/matches/:id/complete', {
    onRequest: requireUser,
    schema: {
      operationId: 'completeMatch',
      tags,
      summary: 'The cooperation is over: its outcome and lessons learned (staff, or a focal point of either side)',
      params: idParams,
      body: completeMatchBodySchema,
      response: { 200: matchViewSchema, ...errors },
    },
    handler: async (req) => completeMatch(ctxOf(req), req.params.id, req.body, await readerLanguage(req)),
  });
}
