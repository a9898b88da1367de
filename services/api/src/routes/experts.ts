import {
  EXPERT_LINK_HOURS,
  expertActionSchema,
  expertEditSchema,
  expertLinkRequestSchema,
  isExpertSelf,
  isSecretariat,
  UnauthorizedError,
  expertRegistrationSchema,
  expertReviewSchema,
  expertSearchQuerySchema,
  expertViewSchema,
} from '@enlace/domain';
import {
  changeExpertAvailability,
  decideExpertRevision,
  editExpert,
  eraseExpert,
  EXPERT_CSV_COLUMNS,
  importExperts,
  expertsByIds,
  getExpert,
  listExperts,
  registerExpert,
  rejectExpert,
  requestExpertLink,
  validateExpert,
} from '@enlace/registry/experts';
import { expertHighlight, searchExperts } from '@enlace/search';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireExpertLink, requireUser, requireUserOrExpert } from '../plugins/auth.js';
import { readerLanguage } from '../language.js';
import { problemResponses, problems } from '../plugins/problem.js';
import { anonymousWriteLimit } from '../plugins/rate-limit.js';
import { CSV, NDJSON } from './imports.js';

/** A roster import is processed on the request: a spreadsheet of people, not a catalogue. */
const EXPERT_IMPORT_MAX_LINES = 5000;

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
  const { env } = app.deps;
  for (const type of [NDJSON, CSV]) {
    app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: env.IMPORT_MAX_BYTES }, (_req, body, done) => done(null, body));
  }

  r.post('/v1/experts/imports', {
    onRequest: requireUser,
    bodyLimit: env.IMPORT_MAX_BYTES,
    config: { contentTypes: [NDJSON, CSV] },
    schema: {
      operationId: 'importExperts',
      tags,
      summary: 'Import experts from JSON Lines or CSV (staff)',
      description: [
        `\`${NDJSON}\`: one registration per line (the body of POST /v1/experts without campaignId), plus \`externalId\`. \`${CSV}\` (UTF-8): a header naming some of the columns ${EXPERT_CSV_COLUMNS.join(', ')} (name, country, profile and language at least), lists separated by \`;\`.`,
        `At most ${EXPERT_IMPORT_MAX_LINES} lines, processed at once. Imported experts are validated. Good lines are written; bad lines are reported with line, field (the column, in CSV), code and reason, and written nowhere. Re-importing an externalId updates that expert.`,
      ].join('\n\n'),
      consumes: [NDJSON, CSV],
      body: z.string().meta({ description: 'The file: JSON Lines, or CSV with expert columns.' }),
      response: {
        200: z.object({
          lines: z.number(),
          created: z.number(),
          updated: z.number(),
          errors: z.array(z.object({ line: z.number(), field: z.string(), code: z.string(), reason: z.string() })),
        }),
        ...problems(400, 401, 403, 413, 415),
      },
    },
    handler: async (req) => {
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      return importExperts(ctxOf(req), req.body, type === CSV ? 'csv' : 'jsonl', EXPERT_IMPORT_MAX_LINES);
    },
  });

  r.post('/v1/experts', {
    // The secretariat registers for others all day long: the limit is for anonymous callers' addresses.
    config: { rateLimit: { ...anonymousWriteLimit(app), allowList: (req: FastifyRequest) => isSecretariat(ctxOf(req).actor) } },
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
        "Without `status` (or with `status=validated`), a typo-tolerant search of validated experts in the four languages (the search index, which holds no contact). With `status=pending` or `rejected`, or `revision=pending` (experts whose own change waits for review), the roster as PostgreSQL holds it, newest first: the experts of the caller's own country (all countries for the secretariat); `q` then matches name and profile as substrings.",
      querystring: expertSearchQuerySchema,
      response: { 200: expertPageSchema, ...problems(400, 503) },
    },
    handler: async (req) => {
      const { status, ...query } = req.query;
      if (status?.some((s) => s !== 'validated') || query.revision) return { ...(await listExperts(ctxOf(req), req.query)), source: 'registry' as const };
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

  r.post('/v1/experts/links', {
    config: { rateLimit: anonymousWriteLimit(app) },
    schema: {
      operationId: 'requestExpertLink',
      tags,
      summary: 'Ask for the link to manage an expert registration, sent to its contact address',
      description: `Anyone may ask; the answer is the same whether or not a registration gives the address, so that the roster's contacts stay private. Each registration with that contact address (pending, validated, rejected or paused) gets an email with a link that works for ${EXPERT_LINK_HOURS} hours: its token, sent as \`Authorization: ExpertLink <token>\`, opens that registration and nothing else. The link stops working when the registration's address changes.`,
      body: expertLinkRequestSchema,
      response: { 202: z.object({ accepted: z.literal(true) }), ...problems(400, 429) },
    },
    handler: async (req, reply) => {
      await requestExpertLink(ctxOf(req), req.body, await readerLanguage(req));
      return reply.code(202).send({ accepted: true });
    },
  });

  r.get('/v1/experts/self', {
    onRequest: requireExpertLink,
    schema: {
      operationId: 'getOwnExpert',
      tags,
      summary: "The registration an expert's link opens, with its contact and any change waiting for review",
      response: { 200: expertViewSchema, ...problems(401) },
    },
    handler: async (req) => {
      if (!isExpertSelf(req.actor)) throw new UnauthorizedError('open the link emailed to you (Authorization: ExpertLink <token>)');
      return getExpert(ctxOf(req), req.actor.expertId);
    },
  });

  r.patch('/v1/experts/:id', {
    onRequest: requireUserOrExpert,
    schema: {
      operationId: 'editExpert',
      tags,
      summary: "Correct an expert's registration (focal point of their country, staff, or the expert with their link)",
      description:
        "Any field but the country; lists replace the stored ones. The reviewers' corrections take effect at once and a validated expert stays validated. The expert's own change to a validated (or paused) profile waits for review as `revision`, and the validated text stays public until a focal point or staff publish it; a change back to the published values takes the revision back. The index and the suggestions follow the text that is in effect. Withdrawn and deactivated experts are kept as they were (409).",
      params: idParams,
      body: expertEditSchema,
      response: { 200: expertViewSchema, ...errors },
    },
    handler: async (req) => editExpert(ctxOf(req), req.params.id, req.body),
  });

  const availability = {
    pause: 'Pause a validated expert: off the public roster and suggestions until resumed',
    resume: 'Resume a paused expert: public and suggested again',
    withdraw: 'Withdraw an expert from the roster, at their request',
    resubmit: 'Resubmit a rejected expert, once corrected, for review by their country',
    deactivate: 'Deactivate an expert, with a reason',
  } as const;
  for (const [action, summary] of Object.entries(availability) as [keyof typeof availability, string][]) {
    const byExpertToo = action !== 'deactivate';
    r.post(`/v1/experts/:id/${action}`, {
      onRequest: byExpertToo ? requireUserOrExpert : requireUser,
      schema: {
        operationId: `${action}Expert`,
        tags,
        summary: `${summary} (focal point of their country, staff${byExpertToo ? ', or the expert with their link' : ''})`,
        params: idParams,
        body: action === 'deactivate' ? expertReviewSchema : expertActionSchema.nullish(),
        response: { 200: expertViewSchema, ...errors },
      },
      handler: async (req) => changeExpertAvailability(ctxOf(req), req.params.id, action, req.body ?? {}),
    });
  }

  r.post('/v1/experts/:id/erase', {
    onRequest: requireUserOrExpert,
    schema: {
      operationId: 'eraseExpert',
      tags,
      summary: "Erase an expert's personal data, at their request (focal point of their country, staff, or the expert with their link)",
      description:
        "The registration goes (name, contact, profile), and with it the expert's document in the search index and every stored suggestion; the name is blanked in the messages that quoted it and reasons written about them are dropped from the audit log. An audit record without personal data remains.",
      params: idParams,
      body: z.strictObject({}).nullish(),
      response: { 204: z.null(), ...errors },
    },
    handler: async (req, reply) => {
      await eraseExpert(ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  const decisions = {
    publish: { path: 'publish', summary: "Publish an expert's own change to their validated profile: it replaces the public text" },
    sendBack: { path: 'send-back', summary: "Send an expert's own change back, saying why: the validated profile stays as it is" },
  } as const;
  for (const [decision, { path, summary }] of Object.entries(decisions) as [keyof typeof decisions, (typeof decisions)[keyof typeof decisions]][]) {
    r.post(`/v1/experts/:id/revision/${path}`, {
      onRequest: requireUser,
      schema: {
        operationId: `${decision}ExpertRevision`,
        tags,
        summary: `${summary} (focal point of their country, or staff)`,
        params: idParams,
        body: decision === 'sendBack' ? expertReviewSchema : z.strictObject({}).nullish(),
        response: { 200: expertViewSchema, ...errors },
      },
      handler: async (req) => decideExpertRevision(ctxOf(req), req.params.id, decision, (req.body as { reason?: string } | null) ?? {}),
    });
  }
}
