/*
 * The secretariat's outreach campaigns: the list, the form to write or rewrite a draft
 * (with a preview as a chosen country reads it), a campaign with the people it would
 * write to and the actions its status allows, its progress country by country (and as
 * CSV), and the page its messages link to, for each country's people. The API decides
 * who may see and do what; these pages only hide what it would refuse.
 */
import { canManageCampaigns } from '@enlace/domain';
import { isLanguage, type MessageKey } from '@enlace/i18n';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, dataOf, type Problem, type Schemas } from '../api/client.js';
import { CampaignCountryPage } from '../components/campaign-country.js';
import {
  audienceCountries,
  type CampaignForm,
  campaignErrorsOf,
  campaignFormFromBody,
  campaignFormOf,
  campaignInputOf,
  emptyCampaignForm,
  type Preview,
} from '../components/campaign-form.js';
import { DetailPage, FormPage, ListPage, ProgressPage } from '../components/campaign-pages.js';
import { type FieldError, textOf } from '../components/form.js';
import { type Page, pageOf, pathId, requireMe } from '../context.js';
import { fromHtmx, sendHtml, seeOther } from '../render.js';
import { flash } from '../session.js';
import { type Taxonomies, taxonomiesFor } from '../taxonomies.js';

type Campaign = Schemas['Campaign'];
type Progress = Schemas['CampaignProgress'];

const PER_PAGE = 20;
const ACTIONS = ['schedule', 'pause', 'resume', 'cancel'] as const;
type Action = (typeof ACTIONS)[number];

/** A signed-in member of the secretariat, or the "forbidden" page. */
async function staffPage(req: FastifyRequest, reply: FastifyReply): Promise<Page> {
  const page = await pageOf(req, reply);
  requireMe(page);
  if (!canManageCampaigns(page.actor)) throw new ApiError(403, undefined);
  return page;
}

/** The preview asked for (by the form or the address), or the first country of the audience in the default language. */
function previewOf(source: Record<string, unknown>, form: CampaignForm, tax: Taxonomies): Preview {
  const asked = textOf(source.previewCountry)?.toUpperCase();
  const country = asked && tax.countries.some((c) => c.code === asked) ? asked : (audienceCountries(tax, form)[0] ?? tax.countries[0]?.code ?? 'HT');
  const lang = textOf(source.previewLang);
  return { country, lang: isLanguage(lang) ? lang : form.defaultLanguage };
}

export async function campaignPages(app: FastifyInstance) {
  app.get<{ Querystring: { page?: string } }>('/campaigns', async (req, reply) => {
    const page = await staffPage(req, reply);
    const [tax, list] = await Promise.all([taxonomiesFor(app, page.lang), page.api.GET('/v1/campaigns').then(dataOf)]);
    const pages = Math.max(1, Math.ceil(list.items.length / PER_PAGE));
    const current = Math.min(pages, Math.max(1, Number.parseInt(textOf(req.query.page) ?? '1', 10) || 1));
    const items = list.items.slice((current - 1) * PER_PAGE, current * PER_PAGE);
    // Each campaign that has written shows where it stands; one that cannot be read just shows none.
    const progress = new Map<string, Progress>();
    await Promise.all(
      items
        .filter((c) => c.rounds > 0)
        .map(async (c) => {
          const { data } = await page.api.GET('/v1/campaigns/{id}/progress', { params: { path: { id: c.id } } });
          if (data) progress.set(c.id, data);
        }),
    );
    return sendHtml(reply, <ListPage page={page} tax={tax} items={items} progress={progress} current={current} pages={pages} />);
  });

  app.get('/campaigns/new', async (req, reply) => {
    const page = await staffPage(req, reply);
    const tax = await taxonomiesFor(app, page.lang);
    const form = emptyCampaignForm(page.lang);
    return sendHtml(reply, <FormPage page={page} tax={tax} form={form} errors={[]} preview={previewOf({}, form, tax)} />);
  });

  /** Saves the form (a new draft, or the draft rewritten), then shows the campaign, or the preview asked for. */
  async function save(req: FastifyRequest<{ Body: Record<string, unknown> }>, reply: FastifyReply, id?: string) {
    const page = await staffPage(req, reply);
    const tax = await taxonomiesFor(app, page.lang);
    const body = req.body ?? {};
    const form = campaignFormFromBody(body, page.lang);
    const preview = previewOf(body, form, tax);
    const res = id
      ? await page.api.PUT('/v1/campaigns/{id}', { params: { path: { id } }, body: campaignInputOf(form) })
      : await page.api.POST('/v1/campaigns', { body: campaignInputOf(form) });
    if (res.response.status === 400) {
      const errors = campaignErrorsOf(page, res.error as Problem | undefined, form);
      // htmx swaps only what it is given with success: the refused form comes back as a page it can swap.
      return sendHtml(reply, <FormPage page={page} tax={tax} form={form} errors={errors} campaignId={id} preview={preview} />, fromHtmx(req) ? 200 : 400);
    }
    if (res.response.status === 409 && id) {
      flash(reply, 'web.campaigns.flash.notDraft');
      return seeOther(reply, page.href(`/campaigns/${id}`));
    }
    const saved = dataOf(res);
    if (textOf(body.intent) === 'preview') {
      const query = new URLSearchParams({ previewCountry: preview.country, previewLang: preview.lang });
      return seeOther(reply, page.href(`/campaigns/${saved.id}/edit?${query}#preview`));
    }
    flash(reply, id ? 'web.campaigns.flash.saved' : 'web.campaigns.flash.created');
    return seeOther(reply, page.href(`/campaigns/${saved.id}`));
  }

  app.post<{ Body: Record<string, unknown> }>('/campaigns/new', async (req, reply) => save(req, reply));
  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/campaigns/:id/edit', async (req, reply) => save(req, reply, pathId(req.params.id)));

  app.get<{ Params: { id: string }; Querystring: Record<string, unknown> }>('/campaigns/:id/edit', async (req, reply) => {
    const page = await staffPage(req, reply);
    const id = pathId(req.params.id);
    const [tax, campaign] = await Promise.all([taxonomiesFor(app, page.lang), page.api.GET('/v1/campaigns/{id}', { params: { path: { id } } }).then(dataOf)]);
    if (campaign.status !== 'draft') {
      flash(reply, 'web.campaigns.flash.notDraft');
      return seeOther(reply, page.href(`/campaigns/${id}`));
    }
    const form = campaignFormOf(campaign);
    let preview = previewOf(req.query, form, tax);
    if (req.query.previewCountry !== undefined) {
      const result = dataOf(
        await page.api.GET('/v1/campaigns/{id}/preview', {
          params: { path: { id }, query: { country: preview.country, lang: preview.lang, name: page.t('web.campaigns.preview.sampleName') } },
        }),
      );
      preview = { ...preview, result };
    }
    return sendHtml(reply, <FormPage page={page} tax={tax} form={form} errors={[]} campaignId={id} preview={preview} />);
  });

  /** The campaign; before it sends, with the people it would write to now. */
  async function showCampaign(page: Page, reply: FastifyReply, id: string, errors: readonly FieldError[] = []) {
    const [tax, campaign] = await Promise.all([taxonomiesFor(app, page.lang), page.api.GET('/v1/campaigns/{id}', { params: { path: { id } } }).then(dataOf)]);
    const before = campaign.status === 'draft' || campaign.status === 'scheduled' || (campaign.status === 'paused' && campaign.rounds === 0);
    const recipients = before ? dataOf(await page.api.GET('/v1/campaigns/{id}/recipients', { params: { path: { id } } })) : undefined;
    return sendHtml(reply, <DetailPage page={page} tax={tax} campaign={campaign} recipients={recipients} errors={errors} />, errors.length > 0 ? 400 : 200);
  }

  app.get<{ Params: { id: string } }>('/campaigns/:id', async (req, reply) => showCampaign(await staffPage(req, reply), reply, pathId(req.params.id)));

  app.post<{ Params: { id: string; action: string }; Body: Record<string, unknown> }>('/campaigns/:id/:action', async (req, reply) => {
    const action = ACTIONS.find((a) => a === req.params.action);
    if (!action) return reply.callNotFound();
    const page = await staffPage(req, reply);
    const id = pathId(req.params.id);
    const later = action === 'schedule' && textOf(req.body?.when) === 'later';
    const typed = textOf(req.body?.sendAt);
    if (later && !typed) return showCampaign(page, reply, id, [{ field: 'sendAt', message: page.t('web.campaigns.error.sendAt') }]);
    // The field is a local date and time, read as UTC (as the page says).
    const sendAt = later && typed ? (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(typed) ? `${typed}:00Z` : typed) : undefined;
    const res = await act(page, id, action, sendAt);
    if (res.response.status === 400) return showCampaign(page, reply, id, [{ field: 'sendAt', message: page.t('web.campaigns.error.sendAt') }]);
    if (res.response.status === 409) {
      const detail = (res.error as Problem | undefined)?.detail ?? '';
      flash(reply, /deadline/.test(detail) ? 'web.campaigns.flash.deadlinePassed' : 'web.campaigns.flash.conflict');
      return seeOther(reply, page.href(`/campaigns/${id}`));
    }
    const campaign = dataOf(res);
    flash(reply, flashOf(action, campaign));
    return seeOther(reply, page.href(`/campaigns/${id}`));
  });

  app.get<{ Params: { id: string } }>('/campaigns/:id/progress', async (req, reply) => {
    const page = await staffPage(req, reply);
    const id = pathId(req.params.id);
    const [tax, progress] = await Promise.all([
      taxonomiesFor(app, page.lang),
      page.api.GET('/v1/campaigns/{id}/progress', { params: { path: { id } } }).then(dataOf),
    ]);
    return sendHtml(reply, <ProgressPage page={page} tax={tax} progress={progress} />);
  });

  // The per-country table as the API writes it, asked as the person signed in, handed on as a download.
  app.get<{ Params: { id: string } }>('/campaigns/:id/progress.csv', async (req, reply) => {
    const page = await staffPage(req, reply);
    const id = pathId(req.params.id);
    const res = await page.api.GET('/v1/campaigns/{id}/progress.csv', { params: { path: { id } }, parseAs: 'arrayBuffer' });
    const body = dataOf(res) as ArrayBuffer;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', res.response.headers.get('content-disposition') ?? `attachment; filename="campaign-${id}-progress.csv"`)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(body));
  });

  // What a campaign's message links to: the country's own page, after sign-in.
  app.get<{ Params: { id: string; country: string } }>('/campaigns/:id/countries/:country', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const country = req.params.country.toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) return reply.callNotFound();
    const [tax, view] = await Promise.all([
      taxonomiesFor(app, page.lang),
      page.api.GET('/v1/campaigns/{id}/countries/{country}', { params: { path: { id: pathId(req.params.id), country } } }).then(dataOf),
    ]);
    return sendHtml(reply, <CampaignCountryPage page={page} tax={tax} view={view} now={new Date()} />);
  });
}

/** One of the campaign's actions, as the API takes it (`sendAt` for a schedule for later). */
function act(page: Page, id: string, action: Action, sendAt: string | undefined) {
  const path = { params: { path: { id } } };
  switch (action) {
    case 'schedule':
      return page.api.POST('/v1/campaigns/{id}/schedule', { ...path, body: sendAt ? { sendAt } : {} });
    case 'pause':
      return page.api.POST('/v1/campaigns/{id}/pause', { ...path, body: {} });
    case 'resume':
      return page.api.POST('/v1/campaigns/{id}/resume', { ...path, body: {} });
    case 'cancel':
      return page.api.POST('/v1/campaigns/{id}/cancel', { ...path, body: {} });
  }
}

function flashOf(action: Action, campaign: Campaign): MessageKey {
  if (action === 'schedule') return campaign.status === 'scheduled' ? 'web.campaigns.flash.scheduled' : 'web.campaigns.flash.sent';
  return `web.campaigns.flash.${action === 'pause' ? 'paused' : action === 'resume' ? 'resumed' : 'cancelled'}`;
}
