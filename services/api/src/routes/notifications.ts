import { enqueueDeliveries } from '@enlace/queue';
import { webUrl } from '@enlace/config';
import { InvalidError, PG_BIGSERIAL_MAX, languageSchema } from '@enlace/domain';
import { CHANNELS, DELIVERY_STATUSES } from '@enlace/domain/codes';
import { parseNotification, renderInboxItem, subscriptionInputSchema } from '@enlace/messages';
import { getSubscription, listDeadLetters, listInbox, listWaitingDeliveries, markRead, putSubscription, replayDelivery } from '@enlace/registry/notifications';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { LANG_DESCRIPTION, readerLanguage } from '../language.js';
import { requireUser } from '../plugins/auth.js';
import { problemResponses } from '../plugins/problem.js';

const subscriptionView = z
  .object({
    channels: z.array(z.enum(CHANNELS)),
    frequency: z.string(),
    sectors: z.array(z.string()),
    sdgGoals: z.array(z.number()),
    minScore: z.number(),
    language: languageSchema,
    digestHour: z.number(),
    digestWeekday: z.number(),
    burstMinutes: z.number().describe('New matches gather this long after the first of a burst went out by email or webhook'),
    dailySuggestionEmails: z.number().describe('Suggestion emails a day at most; beyond, new matches wait for the next daily digest'),
    webhookUrl: z.string().nullable(),
    isDefault: z.boolean(),
    hasWebhookSecret: z.boolean(),
    /** Shown once, when a webhook secret is issued or rotated. */
    webhookSecret: z.string().optional(),
  })
  .meta({ id: 'Subscription' });

const inboxItem = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: z.string(),
    summary: z.string(),
    link: z.string(),
    language: languageSchema,
    createdAt: z.string(),
    readAt: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Notification' });

const NOT_OURS = 'must be a cursor returned by a previous page';

/** Cursor of the inbox: the creation time and id of the last item seen. */
const cursor = {
  encode: (n: { createdAt: Date; id: string }) => Buffer.from(`${n.createdAt.toISOString()}|${n.id}`).toString('base64url'),
  decode: (s: string) => {
    const [at, id] = Buffer.from(s, 'base64url').toString().split('|');
    // Only what `encode` writes: a four-digit-year instant PostgreSQL can hold, and a uuid.
    const exact =
      at !== undefined && /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(at) && !Number.isNaN(Date.parse(at)) && new Date(at).toISOString() === at;
    return exact && id && z.uuid().safeParse(id).success ? { at: new Date(at), id } : null;
  },
};

export async function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const errors = problemResponses;
  const { env } = app.deps;
  // An inbox item links to the page it is about, where people open Enlace.
  const base = webUrl(env);

  r.get('/v1/me/subscription', {
    onRequest: requireUser,
    schema: {
      operationId: 'getMySubscription',
      tags: ['notifications'],
      summary: 'How I am notified: channels, frequency, filters, language',
      response: { 200: subscriptionView, ...errors },
    },
    handler: async (req) => getSubscription(ctxOf(req)),
  });

  r.put('/v1/me/subscription', {
    onRequest: requireUser,
    schema: {
      operationId: 'updateMySubscription',
      tags: ['notifications'],
      summary: 'Choose how I am notified',
      description:
        'A webhook URL must be http or https without credentials and reach public addresses only (a host name is resolved when saved, and every address it has must be public; the worker checks the address it connects to again). A webhook gets a signing secret (Standard Webhooks, `whsec_…`) the first time one is set, or when `rotateWebhookSecret=true`; it is returned in this response only. Deliveries carry `webhook-id`, `webhook-timestamp` and `webhook-signature` (v1, HMAC-SHA256 over "id.timestamp.body").',
      querystring: z.strictObject({ rotateWebhookSecret: z.stringbool().default(false) }),
      body: subscriptionInputSchema,
      response: { 200: subscriptionView, ...errors },
    },
    handler: async (req) =>
      putSubscription(ctxOf(req), req.body, {
        appSecret: env.APP_SECRET,
        rotateSecret: req.query.rotateWebhookSecret,
        webhookAllowHosts: env.WEBHOOK_ALLOW_HOSTS,
      }),
  });

  r.get('/v1/inbox', {
    onRequest: requireUser,
    schema: {
      operationId: 'listInbox',
      tags: ['notifications'],
      summary: 'My in-app notifications, newest first',
      description: 'Items are written in `lang`, else in my language (each says which in `language`).',
      querystring: z.strictObject({
        unread: z.stringbool().default(false),
        limit: z.coerce.number().int().min(1).max(100).default(20),
        cursor: z.string().max(200).optional(),
        lang: languageSchema.optional().describe(LANG_DESCRIPTION),
      }),
      response: { 200: z.object({ items: z.array(inboxItem), unread: z.number().int(), nextCursor: z.string().optional() }), ...errors },
    },
    handler: async (req) => {
      const before = req.query.cursor ? cursor.decode(req.query.cursor) : undefined;
      if (before === null) throw new InvalidError('bad cursor', [{ field: 'cursor', code: 'invalid_cursor', reason: 'not a cursor this API gave out' }]);
      const lang = await readerLanguage(req, req.query.lang);
      const { items, unread } = await listInbox(ctxOf(req), { unread: req.query.unread, limit: req.query.limit, ...(before ? { before } : {}) });
      return {
        unread,
        ...(items.length === req.query.limit ? { nextCursor: cursor.encode(items.at(-1)!) } : {}),
        items: items.map((n) => {
          const rendered = renderInboxItem(parseNotification(n.kind, n.payload), lang, { base });
          return {
            id: n.id,
            kind: n.kind,
            ...rendered,
            language: lang,
            createdAt: n.createdAt.toISOString(),
            readAt: n.readAt?.toISOString() ?? null,
            data: n.payload,
          };
        }),
      };
    },
  });

  r.post('/v1/inbox/read', {
    onRequest: requireUser,
    schema: {
      operationId: 'markInboxRead',
      tags: ['notifications'],
      summary: 'Mark notifications read: the given ones, or all when no ids are given',
      body: z.strictObject({ ids: z.array(z.uuid()).min(1).max(500).optional() }).nullish(),
      response: { 200: z.object({ marked: z.number().int() }), ...errors },
    },
    handler: async (req) => ({ marked: await markRead(ctxOf(req), req.body?.ids) }),
  });

  r.get('/v1/deliveries/waiting', {
    onRequest: requireUser,
    schema: {
      operationId: 'listWaitingDeliveries',
      tags: ['notifications'],
      summary: 'Who has notifications waiting, and why: gathering in a burst of new matches, or held for a digest (staff)',
      description:
        'One row per person, most waiting first: new matches gathering behind the first of a burst and when they go out together, deliveries held for the digest, and how many of those the daily cap of suggestion emails held.',
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              userId: z.uuid(),
              name: z.string(),
              email: z.string(),
              role: z.string(),
              country: z.string().nullable(),
              gathering: z.number().int(),
              windowClosesAt: z.string().nullable(),
              held: z.number().int(),
              capped: z.number().int(),
            }),
          ),
        }),
        ...problemResponses,
      },
    },
    handler: async (req) => ({
      items: (await listWaitingDeliveries(ctxOf(req), { limit: req.query.limit })).map((w) => ({
        ...w,
        windowClosesAt: w.windowClosesAt?.toISOString() ?? null,
      })),
    }),
  });

  r.get('/v1/deliveries/dead', {
    onRequest: requireUser,
    schema: {
      operationId: 'listDeadDeliveries',
      tags: ['notifications'],
      summary: 'Deliveries that gave up: retries exhausted, or refused for good by the mail server (staff)',
      description: 'Newest first; page with `limit` and `cursor` (the `nextCursor` of the previous page).',
      querystring: z.strictObject({
        limit: z.coerce.number().int().min(1).max(500).default(100),
        cursor: z
          .string()
          .regex(/^\d{1,16}$/, NOT_OURS)
          .refine((c) => Number(c) >= 1 && Number(c) <= PG_BIGSERIAL_MAX, NOT_OURS)
          .optional(),
      }),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.number().int(),
              channel: z.enum(CHANNELS),
              status: z.enum(DELIVERY_STATUSES),
              attempts: z.number().int(),
              lastError: z.string().nullable(),
              kind: z.string(),
              notificationId: z.uuid(),
              recipientUserId: z.uuid(),
              recipientEmail: z.string(),
              createdAt: z.date(),
              updatedAt: z.date(),
            }),
          ),
          nextCursor: z.string().optional(),
        }),
        ...errors,
      },
    },
    handler: async (req) => {
      const { limit, cursor: before } = req.query;
      const items = await listDeadLetters(ctxOf(req), { limit, ...(before ? { before: Number(before) } : {}) });
      // Keyset: the next page starts below the last id of this one.
      return { items, ...(items.length === limit ? { nextCursor: String(items.at(-1)!.id) } : {}) };
    },
  });

  r.post('/v1/deliveries/:id/replay', {
    onRequest: requireUser,
    schema: {
      operationId: 'replayDelivery',
      tags: ['notifications'],
      summary: 'Send a dead or bounced delivery again (staff)',
      params: z.object({ id: z.coerce.number().int().min(1).max(PG_BIGSERIAL_MAX) }),
      response: { 202: z.object({ id: z.number().int(), status: z.literal('pending') }), ...errors },
    },
    handler: async (req, reply) => {
      const ref = await replayDelivery(ctxOf(req), req.params.id);
      // If the queue is away, the sweeper finds the pending delivery later.
      await enqueueDeliveries(req.server.deps.producer, [ref], { attempts: env.DELIVERY_ATTEMPTS, backoffMs: env.DELIVERY_BACKOFF_MS }).catch((err: Error) =>
        req.log.warn({ err: err.message, deliveryId: ref.id }, 'replay not queued yet; the sweeper will'),
      );
      return reply.code(202).send({ id: ref.id, status: 'pending' as const });
    },
  });
}
