import {
  isoDateSchema,
  createListingSchema,
  listingPageQuerySchema,
  listingViewSchema,
  optionalReasonSchema,
  reasonSchema,
  updateListingSchema,
} from '@enlace/domain';
import {
  confirmListing,
  createListing,
  deleteListing,
  editListing,
  getListing,
  listListings,
  listingHistory,
  transitionListing,
} from '@enlace/registry/listings';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { problemResponses, problems } from '../plugins/problem.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['listings'];
const errors = problemResponses;

export async function listingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/v1/listings', {
    schema: {
      operationId: 'listListings',
      tags,
      summary: 'List offers and demands, newest first',
      description:
        "Anonymous callers see published listings without contacts; officers and focal points also see their own country's listings in every status. " +
        "`review=pending` lists what waits for review: listings pending review, and published listings of the caller's country (every country for staff) with a pending revision.",
      querystring: listingPageQuerySchema,
      response: { 200: z.object({ items: z.array(listingViewSchema), nextCursor: z.string().optional() }), ...problems(400) },
    },
    handler: async (req) => listListings(ctxOf(req), req.query),
  });

  r.post('/v1/listings', {
    onRequest: requireUser,
    schema: {
      operationId: 'createListing',
      tags,
      summary: 'Create a listing (as a draft)',
      body: createListingSchema,
      response: { 201: listingViewSchema, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await createListing(ctxOf(req), req.body)),
  });

  r.get('/v1/listings/:id', {
    schema: { operationId: 'getListing', tags, summary: 'Read a listing', params: idParams, response: { 200: listingViewSchema, ...problems(404) } },
    handler: async (req) => getListing(ctxOf(req), req.params.id),
  });

  r.patch('/v1/listings/:id', {
    onRequest: requireUser,
    schema: {
      operationId: 'updateListing',
      tags,
      summary: "Change a listing's content; null clears an optional field",
      description:
        "A focal point of the listing's country or staff change it at once (200). An agency officer's change to a published listing " +
        'waits for review instead: the answer is 202 with the listing as published, unchanged, and the change in `pendingRevision`; ' +
        'a focal point publishes it (`/publish`) or sends it back (`/send-back`). A second change updates that same revision.',
      params: idParams,
      body: updateListingSchema,
      response: { 200: listingViewSchema, 202: listingViewSchema, ...errors },
    },
    handler: async (req, reply) => {
      const { listing, outcome } = await editListing(ctxOf(req), req.params.id, req.body);
      return reply.code(outcome === 'revised' ? 202 : 200).send(listing);
    },
  });

  r.delete('/v1/listings/:id', {
    onRequest: requireUser,
    schema: {
      operationId: 'deleteListing',
      tags,
      summary: 'Delete a never-published draft (admins: any listing); others are closed instead',
      params: idParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (req, reply) => {
      await deleteListing(ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  r.get('/v1/listings/:id/history', {
    schema: {
      operationId: 'getListingHistory',
      tags,
      summary: 'Status history of a listing',
      description:
        "Status changes (`kind: status`); for the listing's country and staff also its revisions (`kind: revision`, `to`: pending, published, sent_back or withdrawn, with the reason).",
      params: idParams,
      response: {
        200: z.object({
          items: z.array(
            z.object({
              kind: z.enum(['status', 'revision']),
              from: z.string().nullable(),
              to: z.string(),
              at: z.string(),
              reason: z.string().nullable().optional(),
              actorUserId: z.string().nullable().optional(),
              revisionId: z.uuid().optional(),
            }),
          ),
        }),
        ...problems(404),
      },
    },
    handler: async (req) => ({ items: await listingHistory(ctxOf(req), req.params.id) }),
  });

  const actions = [
    ['submit', 'submit', "Submit a draft for review by the country's focal point", optionalReasonSchema],
    ['publish', 'publish', 'Publish (focal point of the country, or staff); on a published listing, publish its pending revision', optionalReasonSchema],
    [
      'send-back',
      'sendBack',
      'Send back to the author with a reason (focal point of the country, or staff); on a published listing, its pending revision',
      reasonSchema,
    ],
    ['close', 'close', 'Close a listing: it is no longer offered or needed', optionalReasonSchema],
  ] as const;
  for (const [path, action, summary, body] of actions) {
    r.post(`/v1/listings/:id/${path}`, {
      onRequest: requireUser,
      schema: { operationId: `${action}Listing`, tags, summary, params: idParams, body: body.nullish(), response: { 200: listingViewSchema, ...errors } },
      handler: async (req) => transitionListing(ctxOf(req), req.params.id, action, req.body?.reason),
    });
  }

  r.post('/v1/listings/:id/confirm', {
    onRequest: requireUser,
    schema: {
      operationId: 'confirmListing',
      tags,
      summary: 'Confirm a published listing is still current, optionally with a later validUntil',
      description: "What renewal campaigns ask owners to do. Writers of the listing's country, or staff.",
      params: idParams,
      body: z.strictObject({ validUntil: isoDateSchema.optional() }).nullish(),
      response: { 200: listingViewSchema, ...errors },
    },
    handler: async (req) => confirmListing(ctxOf(req), req.params.id, req.body?.validUntil ? { validUntil: req.body.validUntil } : {}),
  });
}
