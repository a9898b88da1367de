/*
 * Matches and their follow-up: the list of a country's matches (all countries for
 * staff), a match's page with the actions the API allows the reader now, and staff
 * proposing a pair by hand. Links from emails and the inbox land on the match's page.
 */
import { canCorrectCooperationRecord, isCountryWriter, isSecretariat, MATCH_ACTIONS, MATCH_STAGES, type MatchAction, type MatchStage } from '@enlace/domain';
import type { Language } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { type ApiClient, dataOf, type operations, type Problem } from '../api/client.js';
import { CooperationRecordSection, recordBodyOf, recordErrorsOf } from '../components/cooperation-record.js';
import { StoryOfMatch } from '../components/story.js';
import { type FieldError, fieldErrorsOf, textOf } from '../components/form.js';
import { type ActionState, MatchActions } from '../components/match-actions.js';
import { CLOSED_STAGES, type MatchFilters, type MatchGroup, MatchListPage } from '../components/match-list.js';
import { type MatchView, Reasons, type SideView, SidesSideBySide, StageProgress, Standing, Timeline } from '../components/match-record.js';
import { ProposeForm, type ProposeState } from '../components/match-propose.js';
import { isUuid, type Page, pageOf, pathId, requireMe } from '../context.js';
import { ErrorSummary, Layout } from '../layout.js';
import { sendHtml, seeOther } from '../render.js';
import { flash } from '../session.js';
import { taxonomiesFor } from '../taxonomies.js';

type Sector = NonNullable<NonNullable<operations['listMatches']['parameters']['query']>['sector']>;

/** The API's path of each step a person takes on a match. */
const STEP_PATHS = {
  interest: '/v1/matches/{id}/interest',
  decline: '/v1/matches/{id}/decline',
  dismiss: '/v1/matches/{id}/dismiss',
  agree: '/v1/matches/{id}/agree',
  start: '/v1/matches/{id}/start',
  complete: '/v1/matches/{id}/complete',
} as const;

const STEPS: readonly MatchAction[] = MATCH_ACTIONS.filter((a) => a !== 'propose');
const isStep = (a: string): a is Exclude<MatchAction, 'propose'> => (STEPS as readonly string[]).includes(a);

async function sideView(api: ApiClient, id: string, lang: Language): Promise<SideView> {
  // Asked together: a listing in the reader's own language answers 409 at once, and is shown as it is.
  const [{ data: listing }, translated] = await Promise.all([
    api.GET('/v1/listings/{id}', { params: { path: { id } } }),
    api.GET('/v1/listings/{id}/translation', { params: { path: { id }, query: { lang } } }),
  ]);
  if (!listing || listing.language === lang) return { listing, translation: undefined };
  return { listing, translation: translated.data ?? 'unavailable' };
}

/** A refused correction of the cooperation record: what was typed and why it was refused. */
interface RecordState {
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly errors: readonly FieldError[];
}

async function renderMatch(app: FastifyInstance, page: Page, match: MatchView, state: ActionState | undefined, recordState?: RecordState) {
  const [tax, offer, demand, record, story] = await Promise.all([
    taxonomiesFor(app, page.lang),
    sideView(page.api, match.offer.id, page.lang),
    sideView(page.api, match.demand.id, page.lang),
    // Kept from the agreement on; before it, there is none to show.
    ['agreed', 'in_progress', 'completed'].includes(match.stage)
      ? page.api.GET('/v1/matches/{id}/cooperation-record', { params: { path: { id: match.id } } }).then((r) => r.data)
      : Promise.resolve(undefined),
    // A completed cooperation may have its success story (404 until one is drafted).
    match.stage === 'completed'
      ? page.api.GET('/v1/matches/{id}/story', { params: { path: { id: match.id } } }).then((r) => r.data)
      : Promise.resolve(undefined),
  ]);
  const correctable = record !== undefined && canCorrectCooperationRecord(page.actor, { offer: match.offer.country, demand: match.demand.country });
  const { t } = page;
  const title = t('web.matches.page.title', { offer: match.offer.title, demand: match.demand.title });
  return (
    <Layout page={page} title={title} section="matches">
      <p>
        <a href={page.href('/matches')} safe>
          {t('web.matches.page.back')}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <ErrorSummary page={page} errors={[...(state?.errors ?? []), ...(recordState?.errors ?? [])]} />
      <StageProgress page={page} match={match} />
      <SidesSideBySide page={page} tax={tax} match={match} sides={{ offer, demand }} />
      <Reasons page={page} match={match} />
      <Standing page={page} tax={tax} match={match} />
      <MatchActions page={page} tax={tax} match={match} state={state} />
      {record || ['agreed', 'in_progress', 'completed'].includes(match.stage) ? (
        <CooperationRecordSection
          page={page}
          tax={tax}
          matchId={match.id}
          record={record}
          correctable={correctable}
          values={recordState?.values}
          errors={recordState?.errors ?? []}
        />
      ) : (
        ''
      )}
      {match.stage === 'completed' ? <StoryOfMatch page={page} match={match} story={story} /> : ''}
      <Timeline page={page} tax={tax} match={match} />
    </Layout>
  );
}

/** The API's body for a step, from the form's fields. */
function bodyOf(action: Exclude<MatchAction, 'propose'>, form: Record<string, unknown>) {
  const v = (name: string) => textOf(form[name]);
  switch (action) {
    case 'interest':
      return { message: v('message') };
    case 'decline':
      return { reason: v('declineReason') };
    case 'dismiss':
      return v('dismissReason') ? { reason: v('dismissReason') } : null;
    case 'agree':
      return {
        modality: v('modality'),
        startDate: v('startDate'),
        ...(v('endDate') ? { endDate: v('endDate') } : {}),
        responsibilities: v('responsibilities'),
      };
    case 'start':
      return null;
    case 'complete':
      return { summary: v('summary'), lessonsLearned: v('lessonsLearned') };
  }
}

/** The API's field errors of a step, in the reader's language, named as the form names its fields. */
function stepErrors(page: Page, action: MatchAction, problem: Problem | undefined) {
  const { t } = page;
  const FORM_NAME: Record<string, string> = { reason: action === 'dismiss' ? 'dismissReason' : 'declineReason' };
  const always = (field: string, message: string) =>
    Object.fromEntries(['required', 'invalid_type', 'too_small', 'too_big'].map((code) => [`${field}:${code}`, message]));
  const labels = {
    message: t('web.matches.act.interest.message'),
    reason: t('web.matches.act.decline.reason'),
    modality: t('web.matches.page.modality'),
    startDate: t('web.matches.page.startDate'),
    endDate: t('web.matches.page.endDate'),
    responsibilities: t('web.matches.page.responsibilities'),
    summary: t('web.matches.page.outcomeSummary'),
    lessonsLearned: t('web.matches.page.lessons'),
  };
  const messages = {
    ...always('message', t('web.matches.error.message')),
    ...always('reason', t('web.matches.error.reason')),
    ...always('responsibilities', t('web.matches.error.long')),
    ...always('summary', t('web.matches.error.long')),
    ...always('lessonsLearned', t('web.matches.error.long')),
    ...always('startDate', t('web.matches.error.date')),
    ...always('modality', t('web.matches.error.modality')),
    'modality:invalid_value': t('web.matches.error.modality'),
    'startDate:invalid_format': t('web.matches.error.date'),
    'endDate:invalid_format': t('web.matches.error.date'),
    'endDate:custom': t('web.matches.error.endBeforeStart'),
  };
  return fieldErrorsOf(page, problem, labels, messages).map((e) => ({ ...e, field: FORM_NAME[e.field] ?? e.field }));
}

function filtersOf(query: Record<string, unknown>, sectors: readonly string[]): MatchFilters {
  const stage = textOf(query.stage);
  const country = textOf(query.country)?.toUpperCase();
  const sector = textOf(query.sector);
  return {
    stage: stage === 'closed' || (MATCH_STAGES as readonly string[]).includes(stage ?? '') ? (stage as MatchStage | 'closed') : undefined,
    listing: isUuid(query.listing) ? query.listing : undefined,
    sector: sector && sectors.includes(sector) ? sector : undefined,
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
  };
}

export async function matchPages(app: FastifyInstance) {
  app.get<{ Querystring: Record<string, unknown> }>('/matches', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    if (!isSecretariat(page.actor) && !isCountryWriter(page.actor)) return reply.callNotFound();
    const tax = await taxonomiesFor(app, page.lang);
    const filters = filtersOf(
      req.query,
      tax.sectors.map((s) => s.code),
    );
    const cursor = textOf(req.query.cursor);
    const query = {
      lang: page.lang,
      ...(filters.listing ? { listingId: filters.listing } : {}),
      ...(filters.sector ? { sector: filters.sector as Sector } : {}),
      ...(filters.country ? { country: filters.country } : {}),
    } as const;
    const stagesOf = (s: MatchGroup['stage']) => (s === 'closed' ? CLOSED_STAGES.join(',') : s);
    const list = (stage: MatchGroup['stage'], limit: number, from?: string) =>
      page.api.GET('/v1/matches', { params: { query: { ...query, stage: stagesOf(stage), limit, ...(from ? { cursor: from } : {}) } } }).then(dataOf);
    const own =
      isCountryWriter(page.actor) && me.country
        ? page.api.GET('/v1/listings', { params: { query: { country: me.country, status: 'published', limit: 200 } } }).then(dataOf)
        : Promise.resolve({ items: [] });

    let groups: MatchGroup[];
    let nextCursor: string | undefined;
    if (filters.stage) {
      const one = await list(filters.stage, 30, cursor);
      groups = [{ stage: filters.stage, items: one.items, more: false }];
      nextCursor = one.nextCursor;
    } else {
      // Every stage at a glance, in one call: each stage's count and its five most recently moved.
      const board = dataOf(await page.api.GET('/v1/matches/board', { params: { query: { ...query, perStage: 5 } } }));
      const active = board.stages.filter((s) => !CLOSED_STAGES.includes(s.stage));
      const closed = board.stages.filter((s) => CLOSED_STAGES.includes(s.stage));
      const closedItems = closed.flatMap((s) => s.items).sort((a, b) => (b.stageChangedAt ?? '').localeCompare(a.stageChangedAt ?? ''));
      const closedCount = closed.reduce((n, s) => n + s.count, 0);
      groups = [
        ...active.map((s) => ({ stage: s.stage, items: s.items, count: s.count, more: s.count > s.items.length })),
        { stage: 'closed' as const, items: closedItems.slice(0, 5), count: closedCount, more: closedCount > 5 },
      ];
    }
    const listings = (await own).items.map((l) => ({ value: l.id, label: l.title }));
    return sendHtml(reply, <MatchListPage page={page} tax={tax} filters={filters} listings={listings} groups={groups} nextCursor={nextCursor} />);
  });

  app.get<{ Querystring: { offer?: string; demand?: string } }>('/matches/propose', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    if (!isSecretariat(page.actor)) return reply.callNotFound();
    const values = { offer: textOf(req.query.offer), demand: textOf(req.query.demand) };
    return sendHtml(reply, <ProposeForm page={page} state={{ values, errors: [] }} />);
  });

  app.post<{ Body: Record<string, unknown> }>('/matches/propose', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    if (!isSecretariat(page.actor)) return reply.callNotFound();
    const { t } = page;
    const values = { offer: textOf(req.body.offer), demand: textOf(req.body.demand), note: textOf(req.body.note) };
    // A pasted address of a listing's page, or the id alone.
    const idIn = (text: string | undefined) => text?.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i)?.[0]?.toLowerCase();
    const offerId = idIn(values.offer);
    const demandId = idIn(values.demand);
    const fail = (state: ProposeState) => sendHtml(reply, <ProposeForm page={page} state={state} />, 400);
    const missing = [...(offerId ? [] : ['offer']), ...(demandId ? [] : ['demand'])];
    if (missing.length > 0) return fail({ values, errors: missing.map((field) => ({ field, message: t('web.matches.propose.error.listing') })) });

    const res = await page.api.POST('/v1/matches', { body: { offerId: offerId!, demandId: demandId!, ...(values.note ? { note: values.note } : {}) } });
    if (res.data) {
      flash(reply, 'web.matches.flash.propose');
      return seeOther(reply, page.href(`/matches/${res.data.id}`));
    }
    const status = res.response.status;
    if (status === 404) {
      const which = res.error?.detail?.includes(offerId!) ? 'offer' : 'demand';
      return fail({ values, errors: [{ field: which, message: t('web.matches.propose.error.notFound') }] });
    }
    if (status === 409) return fail({ values, errors: [{ field: 'offer', message: t('web.matches.propose.error.conflict') }] });
    if (status === 400) {
      const errors = fieldErrorsOf(
        page,
        res.error,
        { offerId: t('web.matches.propose.offer'), demandId: t('web.matches.propose.demand'), note: t('web.matches.propose.note') },
        {
          not_an_offer: t('web.matches.propose.error.notAnOffer'),
          not_a_demand: t('web.matches.propose.error.notADemand'),
          same_country: t('web.matches.propose.error.sameCountry'),
        },
      ).map((e) => ({ ...e, field: e.field === 'offerId' ? 'offer' : e.field === 'demandId' ? 'demand' : e.field }));
      return fail({ values, errors });
    }
    return dataOf(res);
  });

  app.get<{ Params: { id: string } }>('/matches/:id', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const match = dataOf(await page.api.GET('/v1/matches/{id}', { params: { path: { id }, query: { lang: page.lang } } }));
    return sendHtml(reply, await renderMatch(app, page, match, undefined));
  });

  // The cooperation record's correction (its own path: a static segment wins over :action).
  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/matches/:id/record', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const res = await page.api.PUT('/v1/matches/{id}/cooperation-record', { params: { path: { id } }, body: recordBodyOf(req.body ?? {}) as never });
    if (res.data) {
      flash(reply, 'web.cooperation.saved');
      return seeOther(reply, page.href(`/matches/${id}#record`));
    }
    if (res.response.status !== 400) return dataOf(res);
    const match = dataOf(await page.api.GET('/v1/matches/{id}', { params: { path: { id }, query: { lang: page.lang } } }));
    const values = Object.fromEntries(Object.entries(req.body ?? {}).map(([k, v]) => [k, textOf(v)]));
    return sendHtml(reply, await renderMatch(app, page, match, undefined, { values, errors: recordErrorsOf(page, res.error) }), 400);
  });

  app.post<{ Params: { id: string; action: string }; Body: Record<string, unknown> }>('/matches/:id/:action', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const { action } = req.params;
    if (!isStep(action)) return reply.callNotFound();
    const id = pathId(req.params.id);
    const path = { params: { path: { id } } };
    const body = bodyOf(action, req.body ?? {});
    const res = await page.api.POST(STEP_PATHS[action], { ...path, body: body as never });
    if (res.data) {
      flash(reply, `web.matches.flash.${action}`);
      return seeOther(reply, page.href(`/matches/${id}`));
    }
    // Someone else moved the match on (or closed a listing) meanwhile: show it as it is now.
    if (res.response.status === 409) {
      flash(reply, 'web.matches.flash.changed');
      return seeOther(reply, page.href(`/matches/${id}`));
    }
    if (res.response.status !== 400) return dataOf(res);
    const match = dataOf(await page.api.GET('/v1/matches/{id}', { params: { path: { id }, query: { lang: page.lang } } }));
    const values = Object.fromEntries(Object.entries(req.body ?? {}).map(([k, v]) => [k, textOf(v)]));
    const state: ActionState = { action, errors: stepErrors(page, action, res.error), values };
    return sendHtml(reply, await renderMatch(app, page, match, state), 400);
  });
}
