import { webUrl } from '@enlace/config';
import { campaignInputSchema, campaignScheduleSchema, campaignViewSchema, countryCodeSchema, languageSchema } from '@enlace/domain';
import { enqueueDeliveries } from '@enlace/queue';
import {
  campaignsAwaitingMyCountry,
  actOnCampaign,
  campaignCountryProgress,
  campaignProgress,
  campaignProgressCsv,
  createCampaign,
  getCampaign,
  listCampaigns,
  previewCampaignMessage,
  previewCampaignRecipients,
  updateCampaign,
} from '@enlace/registry/campaigns';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { problemResponses as errors } from '../plugins/problem.js';

const tags = ['campaigns'];
const idParams = z.object({ id: z.uuid() });

const tally = z.object({ queued: z.number(), sent: z.number(), failed: z.number(), bounced: z.number(), skipped: z.number() }).meta({ id: 'DeliveryTally' });
const countryRow = z
  .object({
    country: z.string(),
    name: z.string(),
    met: z.boolean(),
    metAt: z.string().nullable(),
    firstMessageAt: z.string().nullable(),
    lastMessageAt: z.string().nullable(),
    recipients: z.number(),
    offers: z.number(),
    demands: z.number(),
    experts: z.number(),
    toRenew: z.number(),
    deliveries: tally,
  })
  .meta({ id: 'CampaignCountryProgress' });
const progressSchema = z
  .object({
    campaign: campaignViewSchema,
    countries: z.object({ targeted: z.number(), met: z.number(), notMet: z.number(), metCountries: z.array(z.string()), notMetCountries: z.array(z.string()) }),
    listings: z.array(z.object({ id: z.uuid(), kind: z.enum(['offer', 'demand']), title: z.string(), country: z.string(), publishedAt: z.string() })),
    deliveries: tally,
    table: z.array(countryRow),
  })
  .meta({ id: 'CampaignProgress' });

export async function campaignRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Messages link to the web interface's page of the campaign for the country.
  const base = webUrl(app.deps.env);

  r.post('/v1/campaigns', {
    onRequest: requireUser,
    schema: {
      operationId: 'createCampaign',
      tags,
      summary: 'Write an outreach campaign (staff): kind, audience, goal, messages per language, deadline, reminders',
      description:
        'Messages may use {{name}}, {{country}}, {{offers}}, {{demands}}, {{experts}}, {{goal}}, {{toRenew}}, {{deadline}} and {{link}}. It starts as a draft.',
      body: campaignInputSchema,
      response: { 201: campaignViewSchema, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await createCampaign(ctxOf(req), req.body)),
  });

  r.get('/v1/campaigns', {
    onRequest: requireUser,
    schema: {
      operationId: 'listCampaigns',
      tags,
      summary: 'Campaigns, newest first (staff)',
      response: { 200: z.object({ items: z.array(campaignViewSchema) }), ...errors },
    },
    handler: async (req) => ({ items: await listCampaigns(ctxOf(req)) }),
  });

  r.get('/v1/me/campaigns', {
    onRequest: requireUser,
    schema: {
      operationId: 'listMyCountryCampaigns',
      tags,
      summary: 'Campaigns running now that wrote to my country, which my country has not met yet (officers and focal points)',
      description: "Soonest deadline first; each links to its country's page. Empty for staff and for people of no country.",
      response: {
        200: z.object({
          items: z.array(z.object({ id: z.uuid(), name: z.string(), kind: campaignViewSchema.shape.kind, deadline: z.string(), country: z.string() })),
        }),
        ...errors,
      },
    },
    handler: async (req) => ({ items: await campaignsAwaitingMyCountry(ctxOf(req)) }),
  });

  r.get('/v1/campaigns/:id', {
    onRequest: requireUser,
    schema: { operationId: 'getCampaign', tags, summary: 'One campaign (staff)', params: idParams, response: { 200: campaignViewSchema, ...errors } },
    handler: async (req) => getCampaign(ctxOf(req), req.params.id),
  });

  r.put('/v1/campaigns/:id', {
    onRequest: requireUser,
    schema: {
      operationId: 'updateCampaign',
      tags,
      summary: 'Rewrite a draft campaign (staff)',
      params: idParams,
      body: campaignInputSchema,
      response: { 200: campaignViewSchema, ...errors },
    },
    handler: async (req) => updateCampaign(ctxOf(req), req.params.id, req.body),
  });

  r.get('/v1/campaigns/:id/recipients', {
    onRequest: requireUser,
    schema: {
      operationId: 'listCampaignRecipients',
      tags,
      summary: 'Who the campaign would write to now, country by country (staff preview before sending)',
      params: idParams,
      response: {
        200: z.object({
          countries: z.array(
            z.object({
              country: z.string(),
              name: z.string(),
              recipients: z.array(
                z.object({ userId: z.uuid(), name: z.string(), email: z.string(), role: z.string(), language: languageSchema, channels: z.array(z.string()) }),
              ),
            }),
          ),
          total: z.number(),
        }),
        ...errors,
      },
    },
    handler: async (req) => previewCampaignRecipients(ctxOf(req), req.params.id),
  });

  r.get('/v1/campaigns/:id/preview', {
    onRequest: requireUser,
    schema: {
      operationId: 'previewCampaign',
      tags,
      summary: "The message as one country's people would read it, in a language (staff)",
      description: "Falls back to the campaign's default language when it has no message in `lang`; `language` says which was used.",
      params: idParams,
      querystring: z.strictObject({ country: countryCodeSchema, lang: languageSchema.default('es'), name: z.string().max(200).optional() }),
      response: { 200: z.object({ language: languageSchema, subject: z.string(), body: z.string(), link: z.string() }), ...errors },
    },
    handler: async (req) =>
      previewCampaignMessage(
        ctxOf(req),
        req.params.id,
        { country: req.query.country, language: req.query.lang, ...(req.query.name ? { name: req.query.name } : {}) },
        base,
      ),
  });

  for (const action of ['schedule', 'pause', 'resume', 'cancel'] as const) {
    r.post(`/v1/campaigns/:id/${action}`, {
      onRequest: requireUser,
      schema: {
        operationId: `${action}Campaign`,
        tags,
        summary: {
          schedule: 'Send the campaign now, or at `sendAt` (staff)',
          pause: 'Hold the campaign: no new messages or reminders, queued ones wait (staff)',
          resume: 'Resume a paused campaign; held messages go out (staff)',
          cancel: 'Stop the campaign for good; queued messages are dropped (staff)',
        }[action],
        params: idParams,
        body: (action === 'schedule' ? campaignScheduleSchema : z.strictObject({})).nullish(),
        response: { 200: campaignViewSchema, ...errors },
      },
      handler: async (req) => {
        const body = req.body as { sendAt?: string } | null | undefined;
        const sendAt = body?.sendAt ? new Date(body.sendAt.length === 10 ? `${body.sendAt}T00:00:00Z` : body.sendAt) : undefined;
        const { campaign, released } = await actOnCampaign(ctxOf(req), req.params.id, action, sendAt ? { sendAt } : {});
        const { env, producer } = req.server.deps;
        // Released messages are pending in PostgreSQL already: if the queue is away, the sweeper sends them.
        await enqueueDeliveries(
          producer,
          released,
          { attempts: env.DELIVERY_ATTEMPTS, backoffMs: env.DELIVERY_BACKOFF_MS },
          { perSecond: env.CAMPAIGN_SEND_RATE },
        ).catch((err: Error) => req.log.warn({ err: err.message, campaignId: campaign.id }, 'released messages not queued yet; the sweeper will'));
        return campaign;
      },
    });
  }

  r.get('/v1/campaigns/:id/progress', {
    onRequest: requireUser,
    schema: {
      operationId: 'getCampaignProgress',
      tags,
      summary: 'Countries targeted, met and not met; listings the campaign brought; where its messages are; per country (staff)',
      params: idParams,
      response: { 200: progressSchema, ...errors },
    },
    handler: async (req) => campaignProgress(ctxOf(req), req.params.id),
  });

  r.get('/v1/campaigns/:id/progress.csv', {
    onRequest: requireUser,
    schema: { operationId: 'getCampaignProgressCsv', tags, summary: 'The per-country progress table as CSV (staff)', params: idParams, produces: ['text/csv'] },
    handler: async (req, reply) => {
      const { table, campaign } = await campaignProgress(ctxOf(req), req.params.id);
      const csv = campaignProgressCsv(table);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="campaign-${campaign.id}-progress.csv"`).send(csv);
    },
  });

  r.get('/v1/campaigns/:id/countries/:country', {
    onRequest: requireUser,
    schema: {
      operationId: 'getCampaignCountry',
      tags,
      summary: 'What a campaign asks of one country, and where that country stands (its people, or staff)',
      description:
        "What the page a campaign message links to shows (the web interface's `/{lang}/campaigns/{id}/countries/{country}`): what is asked of the country, the deadline, and whether the country has met it.",
      params: z.object({ id: z.uuid(), country: countryCodeSchema }),
      response: {
        200: z.object({
          campaign: z.object({
            id: z.uuid(),
            name: z.string(),
            kind: z.string(),
            status: z.string(),
            deadline: z.string(),
            goal: z.record(z.string(), z.unknown()),
          }),
          progress: countryRow,
        }),
        ...errors,
      },
    },
    handler: async (req) => campaignCountryProgress(ctxOf(req), req.params.id, req.params.country),
  });
}
