import {
  storyApprovalBodySchema,
  storyBodySchema,
  storyListQuerySchema,
  storyListSchema,
  storyReadQuerySchema,
  storySchema,
  storyWithdrawalBodySchema,
} from '@enlace/domain';
import { createTranslator } from '@enlace/matching';
import { approveStory, draftStory, editStory, getStory, getStoryOfMatch, listStories, submitStory, withdrawStory } from '@enlace/registry/stories';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { problems } from '../plugins/problem.js';

const tags = ['success stories'];
const CONSENT =
  'A story is published only when the focal points of both countries have approved its current version; an edit asks for their consent again. `actions` lists what the caller may do now (edit, submit, approve, withdraw).';
const LANG =
  'With `lang`, a story written in another language comes with its machine translation (`translation`, marked `machineTranslated`); the original is the reference. Kept per story, language and version.';

/** Success stories: drafted by either side of a completed match, approved by both focal points, then public. */
export async function storyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Readers wait for these answers: a slow Apertium is given up and the original shown instead.
  const translator = createTranslator({ timeoutMs: app.deps.env.TRANSLATE_TIMEOUT_MS, concurrency: 2 });
  app.addHook('onClose', async () => translator.close());
  const translate = (texts: readonly string[], from: Parameters<typeof translator.translate>[1], to: Parameters<typeof translator.translate>[2]) =>
    translator.translate(texts, from, to);
  const idParams = z.object({ id: z.uuid() });

  r.get('/v1/stories', {
    schema: {
      operationId: 'listStories',
      tags,
      summary: 'Success stories, newest first (published ones for everyone)',
      description: `Filters: \`country\` (either side), \`sector\`, \`sdgGoal\` (of either listing). With \`status\` other than published: the stories of the caller's country (every one for staff). ${LANG}`,
      querystring: storyListQuerySchema,
      response: { 200: storyListSchema, ...problems(400) },
    },
    handler: async (req) => listStories(ctxOf(req), req.query, { translate }),
  });

  r.get('/v1/stories/:id', {
    schema: {
      operationId: 'getStory',
      tags,
      summary: 'One success story',
      description: `Published stories are public; the others are read by their two countries and staff. ${CONSENT} ${LANG}`,
      params: idParams,
      querystring: storyReadQuerySchema,
      response: { 200: storySchema, ...problems(400, 404) },
    },
    handler: async (req) => getStory(ctxOf(req), req.params.id, { ...(req.query.lang ? { lang: req.query.lang } : {}), translate }),
  });

  r.get('/v1/matches/:id/story', {
    onRequest: requireUser,
    schema: {
      operationId: 'getStoryOfMatch',
      tags,
      summary: "A match's success story, if one was drafted",
      params: idParams,
      querystring: storyReadQuerySchema,
      response: { 200: storySchema, ...problems(401, 404) },
    },
    handler: async (req) => getStoryOfMatch(ctxOf(req), req.params.id, { ...(req.query.lang ? { lang: req.query.lang } : {}), translate }),
  });

  r.post('/v1/matches/:id/story', {
    onRequest: requireUser,
    schema: {
      operationId: 'draftStory',
      tags,
      summary: 'Draft the success story of a completed match (an officer or focal point of either side)',
      description: `One story per cooperation (409 \`story_exists\` names it). ${CONSENT}`,
      params: idParams,
      body: storyBodySchema,
      response: { 201: storySchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => reply.code(201).send(await draftStory(ctxOf(req), req.params.id, req.body)),
  });

  r.put('/v1/stories/:id', {
    onRequest: requireUser,
    schema: {
      operationId: 'editStory',
      tags,
      summary: 'Change a story (its two countries, and staff)',
      description: 'A submitted or published story goes back to both focal points for approval; a withdrawn one becomes a draft again.',
      params: idParams,
      body: storyBodySchema,
      response: { 200: storySchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => editStory(ctxOf(req), req.params.id, req.body),
  });

  r.post('/v1/stories/:id/submit', {
    onRequest: requireUser,
    schema: {
      operationId: 'submitStory',
      tags,
      summary: "Submit a draft to both countries' focal points",
      params: idParams,
      response: { 200: storySchema, ...problems(401, 403, 404, 409) },
    },
    handler: async (req) => submitStory(ctxOf(req), req.params.id),
  });

  r.post('/v1/stories/:id/approve', {
    onRequest: requireUser,
    schema: {
      operationId: 'approveStory',
      tags,
      summary: "Consent to a story's current version, for your country (a focal point of either side)",
      description: 'Recorded with the version, the person and the time. With both countries\u2019 consent the story is published.',
      params: idParams,
      body: storyApprovalBodySchema.optional(),
      response: { 200: storySchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => approveStory(ctxOf(req), req.params.id, req.body ?? {}),
  });

  r.post('/v1/stories/:id/withdraw', {
    onRequest: requireUser,
    schema: {
      operationId: 'withdrawStory',
      tags,
      summary: 'Withdraw a story from approval or publication, saying why (a focal point of either side, or staff)',
      params: idParams,
      body: storyWithdrawalBodySchema,
      response: { 200: storySchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => withdrawStory(ctxOf(req), req.params.id, req.body),
  });
}
