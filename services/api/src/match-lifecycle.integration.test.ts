import { auditLog, listings, matches, outbox } from '@enlace/db';
import { type MatchStage, type MatchStageEvent, OUTBOX_TOPICS, parseOutboxPayload } from '@enlace/domain';
import { replaceMatches, replaceMatchesOfMany } from '@enlace/registry/internal';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, type TestUser, offerBody, startTestApi } from './testing.js';

/*
 * Following a match up, end to end through the HTTP API. Every match here joins an
 * offer of Brazil (the offer side) and a demand of Haiti (the demand side); Argentina
 * is the third country, whose people have no say.
 */

let api: TestApi;
let staff: TestUser;
let officerBR: TestUser;
let focalBR: TestUser;
let officerHT: TestUser;
let focalHT: TestUser;
let officerAR: TestUser;
let focalAR: TestUser;

beforeAll(async () => {
  api = await startTestApi({ label: 'match_lifecycle' });
  staff = await api.user('staff');
  officerBR = await api.user('agency_officer', { country: 'BR' });
  focalBR = await api.user('focal_point', { country: 'BR' });
  officerHT = await api.user('agency_officer', { country: 'HT' });
  focalHT = await api.user('focal_point', { country: 'HT' });
  officerAR = await api.user('agency_officer', { country: 'AR' });
  focalAR = await api.user('focal_point', { country: 'AR' });
});
afterAll(() => api?.close());

type Response = Awaited<ReturnType<TestApi['app']['inject']>>;

const post = (url: string, user?: TestUser, payload?: object): Promise<Response> =>
  api.app.inject({ method: 'POST', url, ...(user ? { headers: user.headers } : {}), ...(payload !== undefined ? { payload } : {}) });
const get = (url: string, user?: TestUser): Promise<Response> => api.app.inject({ url, ...(user ? { headers: user.headers } : {}) });

const TERMS = {
  modality: 'training',
  startDate: '2027-02-01',
  endDate: '2027-06-30',
  responsibilities: 'Fiocruz trains the teams of two Haitian hospitals; the Haitian ministry hosts the missions and buys the equipment.',
};
const OUTCOME = {
  summary: 'Two human milk banks opened in Port-au-Prince and serve three maternity wards.',
  lessonsLearned: 'Train the quality-control staff before the equipment arrives, not after.',
};

interface Listing {
  id: string;
  version: number;
}

let serial = 0;
async function publishedListing(kind: 'offer' | 'demand', country: string): Promise<Listing> {
  serial += 1;
  const created = await post('/v1/listings', staff, offerBody(country, { kind, title: `Bancos de leite humano ${kind} ${serial}` }));
  expect(created.statusCode, created.body).toBe(201);
  const published = await post(`/v1/listings/${created.json().id}/publish`, staff);
  expect(published.statusCode, published.body).toBe(200);
  return published.json();
}

/** A pair the ranking suggested: a Brazilian offer and a Haitian demand, stored as the matcher stores them. */
async function suggestedMatch(score = 0.7) {
  const offer = await publishedListing('offer', 'BR');
  const demand = await publishedListing('demand', 'HT');
  await replaceMatches(
    api.db,
    { id: offer.id, kind: 'offer', version: offer.version },
    [{ counterpartId: demand.id, counterpartVersion: demand.version, score, reasons: [] }],
    {
      announceAt: 0.6,
      now: api.clock.now(),
    },
  );
  const [row] = await api.db
    .select({ id: matches.id })
    .from(matches)
    .where(and(eq(matches.offerId, offer.id), eq(matches.demandId, demand.id)));
  return { id: row!.id, offer, demand };
}

const act = {
  interestHT: (id: string) => post(`/v1/matches/${id}/interest`, officerHT, { message: 'Nous aimerions recevoir cette formation en 2027.' }),
  interestBR: (id: string) => post(`/v1/matches/${id}/interest`, focalBR, { message: 'Com prazer; podemos começar em fevereiro.' }),
  agree: (id: string) => post(`/v1/matches/${id}/agree`, staff, TERMS),
  start: (id: string) => post(`/v1/matches/${id}/start`, focalHT),
  complete: (id: string) => post(`/v1/matches/${id}/complete`, focalBR, OUTCOME),
  decline: (id: string) => post(`/v1/matches/${id}/decline`, officerBR, { reason: 'Our trainers are committed elsewhere this year.' }),
  dismiss: (id: string) => post(`/v1/matches/${id}/dismiss`, focalHT, { reason: 'Not what the ministry asked for.' }),
};

const ROUTE_TO: Record<MatchStage, (keyof typeof act)[]> = {
  suggested: [],
  interested: ['interestHT'],
  mutual: ['interestHT', 'interestBR'],
  agreed: ['interestHT', 'interestBR', 'agree'],
  in_progress: ['interestHT', 'interestBR', 'agree', 'start'],
  completed: ['interestHT', 'interestBR', 'agree', 'start', 'complete'],
  declined: ['decline'],
  dismissed: ['dismiss'],
};

/** A fresh match taken to `stage` through the API. */
async function matchAt(stage: MatchStage) {
  const m = await suggestedMatch();
  for (const step of ROUTE_TO[stage]) {
    const res = await act[step](m.id);
    expect(res.statusCode, `${step}: ${res.body}`).toBe(200);
  }
  return m;
}

async function stageEvents(matchId: string): Promise<MatchStageEvent[]> {
  const rows = await api.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.topic, OUTBOX_TOPICS.matchStage), eq(outbox.aggregateId, matchId)))
    .orderBy(asc(outbox.id));
  return rows.map((r) => parseOutboxPayload(OUTBOX_TOPICS.matchStage, r.payload));
}

/** A listing's suggestions as `as` sees them (`null`: anonymously); by default as the secretariat, with each match's id and stage. */
async function suggestionsOf(listingId: string, as: TestUser | null = staff) {
  const res = await get(`/v1/listings/${listingId}/matches?limit=50`, as ?? undefined);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { id: string; stage: MatchStage; listing: { id: string } }[];
}

describe('the whole path', () => {
  it('a match goes from suggestion to a finished cooperation, each step taken by those who may take it', async () => {
    const { id, offer, demand } = await suggestedMatch();

    const interested = await act.interestHT(id);
    expect(interested.statusCode, interested.body).toBe(200);
    expect(interested.json()).toMatchObject({ stage: 'interested', interest: { offer: null, demand: expect.any(String) } });

    const mutual = await act.interestBR(id);
    expect(mutual.json()).toMatchObject({ stage: 'mutual', interest: { offer: expect.any(String), demand: expect.any(String) } });

    const agreed = await act.agree(id);
    expect(agreed.json()).toMatchObject({ stage: 'agreed', agreement: TERMS });

    expect((await act.start(id)).json().stage).toBe('in_progress');
    const completed = await act.complete(id);
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json()).toMatchObject({ stage: 'completed', outcome: OUTCOME, availableActions: [] });

    const record = await get(`/v1/matches/${id}`, officerHT);
    expect(record.statusCode).toBe(200);
    const view = record.json();
    expect(view).toMatchObject({
      offer: { id: offer.id, kind: 'offer', country: 'BR', title: expect.stringContaining('Bancos de leite humano') },
      demand: { id: demand.id, kind: 'demand', country: 'HT' },
      score: 0.7,
      brokered: null,
    });
    expect(
      view.history.map((h: { action: string; fromStage: string; toStage: string; side: string | null }) => [h.action, h.fromStage, h.toStage, h.side]),
    ).toEqual([
      ['interest', 'suggested', 'interested', 'demand'],
      ['interest', 'interested', 'mutual', 'offer'],
      ['agree', 'mutual', 'agreed', null],
      ['start', 'agreed', 'in_progress', 'demand'],
      ['complete', 'in_progress', 'completed', 'offer'],
    ]);
    expect(view.history[0]).toMatchObject({ actor: { id: officerHT.id }, message: 'Nous aimerions recevoir cette formation en 2027.' });
  });

  it('each step writes exactly one match.stage outbox event naming the step, and one audit record', async () => {
    const { id } = await matchAt('completed');
    const history = (await get(`/v1/matches/${id}`, staff)).json().history as { id: number }[];
    const events = await stageEvents(id);
    expect(events).toEqual([
      { matchId: id, eventId: history[0]!.id, action: 'interest', fromStage: 'suggested', toStage: 'interested', side: 'demand', actorUserId: officerHT.id },
      { matchId: id, eventId: history[1]!.id, action: 'interest', fromStage: 'interested', toStage: 'mutual', side: 'offer', actorUserId: focalBR.id },
      { matchId: id, eventId: history[2]!.id, action: 'agree', fromStage: 'mutual', toStage: 'agreed', side: null, actorUserId: staff.id },
      { matchId: id, eventId: history[3]!.id, action: 'start', fromStage: 'agreed', toStage: 'in_progress', side: 'demand', actorUserId: focalHT.id },
      { matchId: id, eventId: history[4]!.id, action: 'complete', fromStage: 'in_progress', toStage: 'completed', side: 'offer', actorUserId: focalBR.id },
    ]);
    const audits = await api.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'match'), eq(auditLog.entityId, id)))
      .orderBy(asc(auditLog.id));
    expect(audits.map((a) => a.action)).toEqual([
      'match.interest_expressed',
      'match.interest_expressed',
      'match.agreement_recorded',
      'match.started',
      'match.completed',
    ]);
  });
});

describe('agreement between the two focal points', () => {
  it('the match is agreed once both focal points confirmed the same terms', async () => {
    const { id } = await matchAt('mutual');
    const first = await post(`/v1/matches/${id}/agree`, focalBR, TERMS);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ stage: 'mutual', agreement: TERMS, confirmations: { offer: expect.any(String), demand: null } });

    const again = await post(`/v1/matches/${id}/agree`, focalBR, TERMS);
    expect(again.statusCode).toBe(409);

    const second = await post(`/v1/matches/${id}/agree`, focalHT, TERMS);
    expect(second.json()).toMatchObject({ stage: 'agreed', confirmations: { offer: expect.any(String), demand: expect.any(String) } });
    expect((await stageEvents(id)).slice(-2).map((e) => [e.action, e.toStage, e.side])).toEqual([
      ['agree', 'mutual', 'offer'],
      ['agree', 'agreed', 'demand'],
    ]);
  });

  it("a change of terms withdraws the other side's confirmation until it confirms the new terms", async () => {
    const { id } = await matchAt('mutual');
    await post(`/v1/matches/${id}/agree`, focalBR, TERMS);
    const changed = { ...TERMS, endDate: '2027-09-30' };
    const counter = await post(`/v1/matches/${id}/agree`, focalHT, changed);
    expect(counter.json()).toMatchObject({ stage: 'mutual', agreement: changed, confirmations: { offer: null, demand: expect.any(String) } });
    const accepted = await post(`/v1/matches/${id}/agree`, focalBR, changed);
    expect(accepted.json()).toMatchObject({ stage: 'agreed', agreement: changed });
  });
});

describe('declining and dismissing', () => {
  it('either side declines a match with a reason; the pair leaves the suggestions and nothing more can happen to it', async () => {
    const { id, offer } = await matchAt('mutual');
    const declined = await act.decline(id);
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ stage: 'declined', availableActions: [] });
    const last = declined.json().history.at(-1);
    expect(last).toMatchObject({ action: 'decline', side: 'offer', message: 'Our trainers are committed elsewhere this year.' });
    expect((await suggestionsOf(offer.id)).map((s) => s.id)).not.toContain(id);
    expect((await post(`/v1/matches/${id}/agree`, staff, TERMS)).statusCode).toBe(409);
  });

  it('staff may decline a match for the secretariat', async () => {
    const { id } = await matchAt('agreed');
    const declined = await post(`/v1/matches/${id}/decline`, staff, { reason: 'The ministry changed its priorities.' });
    expect(declined.json()).toMatchObject({ stage: 'declined' });
    expect((await stageEvents(id)).at(-1)).toMatchObject({ action: 'decline', side: null, actorUserId: staff.id });
  });

  it("a focal point dismisses a pair as not relevant: it leaves the suggestions, survives the ranking's next pass and is never announced", async () => {
    const { id, offer, demand } = await suggestedMatch(0.3);
    const before = await suggestionsOf(demand.id);
    expect(before.find((s) => s.id === id)).toMatchObject({ stage: 'suggested', listing: { id: offer.id } });

    const dismissed = await post(`/v1/matches/${id}/dismiss`, focalHT);
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect(dismissed.json()).toMatchObject({ stage: 'dismissed' });
    expect(dismissed.json().history.at(-1)).toMatchObject({ action: 'dismiss', side: 'demand', message: null });
    expect((await suggestionsOf(demand.id)).map((s) => s.id)).not.toContain(id);
    expect((await suggestionsOf(offer.id)).map((s) => s.id)).not.toContain(id);

    // The offer changes and the ranking no longer finds the pair: it stays, dismissed.
    await replaceMatches(api.db, { id: offer.id, kind: 'offer', version: offer.version + 1 }, [], { announceAt: 0.6, now: api.clock.now() });
    // It finds it again, strongly: the row is updated, still dismissed, never announced.
    await replaceMatches(
      api.db,
      { id: demand.id, kind: 'demand', version: demand.version + 1 },
      [{ counterpartId: offer.id, counterpartVersion: offer.version + 1, score: 0.95, reasons: [] }],
      {
        announceAt: 0.6,
        now: api.clock.now(),
      },
    );
    const [row] = await api.db.select().from(matches).where(eq(matches.id, id));
    expect(row).toMatchObject({ stage: 'dismissed', announcedBy: null, score: 0.95 });
    expect((await suggestionsOf(demand.id)).map((s) => s.id)).not.toContain(id);
    const announced = await api.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.topic, OUTBOX_TOPICS.matchNew), eq(outbox.aggregateId, `${offer.id}:${demand.id}`)));
    expect(announced).toEqual([]);
  });

  it('the ranking drops a pair nobody acted on, but keeps one people are following', async () => {
    const untouched = await suggestedMatch();
    const followed = await matchAt('interested');
    for (const m of [untouched, followed]) {
      await replaceMatches(api.db, { id: m.offer.id, kind: 'offer', version: m.offer.version + 1 }, [], { announceAt: 0.6, now: api.clock.now() });
    }
    expect(await api.db.select().from(matches).where(eq(matches.id, untouched.id))).toEqual([]);
    expect((await get(`/v1/matches/${followed.id}`, officerHT)).json().stage).toBe('interested');
  });

  it('stores many listings at once: a pair found from both sides is stored and announced once, stale pairs go', async () => {
    const offer = await publishedListing('offer', 'BR');
    const demand = await publishedListing('demand', 'HT');
    const stale = await suggestedMatch();
    const found = (id: string, version: number, score: number) => [{ counterpartId: id, counterpartVersion: version, score, reasons: [] }];
    const result = await replaceMatchesOfMany(
      api.db,
      [
        { subject: { id: offer.id, kind: 'offer', version: offer.version }, found: found(demand.id, demand.version, 0.9) },
        { subject: { id: demand.id, kind: 'demand', version: demand.version }, found: found(offer.id, offer.version, 0.9) },
        // The stale pair's offer changed and found nothing this time.
        { subject: { id: stale.offer.id, kind: 'offer', version: stale.offer.version + 1 }, found: [] },
      ],
      { announceAt: 0.6, now: api.clock.now() },
    );
    expect(result).toEqual({ stored: 1, announced: 1 });
    const pairs = await api.db
      .select()
      .from(matches)
      .where(and(eq(matches.offerId, offer.id), eq(matches.demandId, demand.id)));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.announcedBy).not.toBeNull();
    expect(await api.db.select().from(matches).where(eq(matches.id, stale.id))).toEqual([]);
    const events = await api.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.topic, OUTBOX_TOPICS.matchNew), eq(outbox.aggregateId, `${offer.id}:${demand.id}`)));
    expect(events.map((e) => e.id)).toEqual([pairs[0]!.announcedBy]);
  });

  it('a new match is announced with its id', async () => {
    const { id, offer, demand } = await suggestedMatch(0.8);
    const [announced] = await api.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.topic, OUTBOX_TOPICS.matchNew), eq(outbox.aggregateId, `${offer.id}:${demand.id}`)));
    expect(announced!.payload).toMatchObject({ matchId: id, offerId: offer.id, demandId: demand.id });
  });
});

describe('brokering', () => {
  it('staff propose a pair the ranking never found: it starts suggested, with score 0, no reasons and the note', async () => {
    const offer = await publishedListing('offer', 'BR');
    const demand = await publishedListing('demand', 'HT');
    const proposed = await post('/v1/matches', staff, { offerId: offer.id, demandId: demand.id, note: 'Both ministries asked us at the Lima meeting.' });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const view = proposed.json();
    expect(view).toMatchObject({
      stage: 'suggested',
      score: 0,
      brokered: { by: staff.id, note: 'Both ministries asked us at the Lima meeting.' },
      offer: { id: offer.id },
      demand: { id: demand.id },
    });
    expect(view.history).toMatchObject([
      { action: 'propose', fromStage: null, toStage: 'suggested', side: null, message: 'Both ministries asked us at the Lima meeting.' },
    ]);
    expect(await stageEvents(view.id)).toEqual([
      { matchId: view.id, eventId: view.history[0].id, action: 'propose', fromStage: null, toStage: 'suggested', side: null, actorUserId: staff.id },
    ]);
    const suggestion = (await suggestionsOf(demand.id)).find((s) => s.id === view.id);
    expect(suggestion).toMatchObject({ stage: 'suggested', listing: { id: offer.id } });

    // The ranking's next pass without the pair leaves a brokered pair alone.
    await replaceMatches(api.db, { id: offer.id, kind: 'offer', version: offer.version + 1 }, [], { announceAt: 0.6, now: api.clock.now() });
    expect((await get(`/v1/matches/${view.id}`, focalBR)).statusCode).toBe(200);

    const twice = await post('/v1/matches', staff, { offerId: offer.id, demandId: demand.id });
    expect(twice.statusCode).toBe(409);
  });

  it('proposing a pair the ranking already suggested marks it rather than duplicating it', async () => {
    const { id, offer, demand } = await suggestedMatch(0.7);
    const proposed = await post('/v1/matches', staff, { offerId: offer.id, demandId: demand.id });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json()).toMatchObject({ id, score: 0.7, brokered: { by: staff.id, note: null } });
    expect(
      await api.db
        .select()
        .from(matches)
        .where(and(eq(matches.offerId, offer.id), eq(matches.demandId, demand.id))),
    ).toHaveLength(1);
    expect((await stageEvents(id)).map((e) => [e.action, e.fromStage, e.toStage])).toEqual([['propose', 'suggested', 'suggested']]);
  });

  it('a pair already followed up cannot be proposed again', async () => {
    const { offer, demand } = await matchAt('interested');
    expect((await post('/v1/matches', staff, { offerId: offer.id, demandId: demand.id })).statusCode).toBe(409);
  });

  it('staff cannot propose two listings of one country, two offers, or a listing that is not published; others cannot propose at all', async () => {
    const offerBR = await publishedListing('offer', 'BR');
    const otherOffer = await publishedListing('offer', 'HT');
    const demandBR = await publishedListing('demand', 'BR');
    const demandHT = await publishedListing('demand', 'HT');

    const sameCountry = await post('/v1/matches', staff, { offerId: offerBR.id, demandId: demandBR.id });
    expect(sameCountry.statusCode).toBe(400);
    expect(sameCountry.json().errors).toEqual([{ field: 'demandId', code: 'same_country', reason: expect.stringContaining('BR') }]);

    const twoOffers = await post('/v1/matches', staff, { offerId: offerBR.id, demandId: otherOffer.id });
    expect(twoOffers.statusCode).toBe(400);
    expect(twoOffers.json().errors[0].field).toBe('demandId');

    const draft = (await post('/v1/listings', staff, offerBody('HT', { kind: 'demand' }))).json();
    expect((await post('/v1/matches', staff, { offerId: offerBR.id, demandId: draft.id })).statusCode).toBe(409);
    expect((await post('/v1/matches', staff, { offerId: offerBR.id, demandId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await post('/v1/matches', focalBR, { offerId: offerBR.id, demandId: demandHT.id })).statusCode).toBe(403);
    expect((await post('/v1/matches', staff, { offerId: offerBR.id })).statusCode).toBe(400);
  });
});

describe('steps out of order', () => {
  /** Each action, taken by someone who may take it, and the stages it may start from. */
  const ATTEMPTS = {
    interest: { by: () => officerBR, body: { message: 'We are interested too.' }, from: ['suggested', 'interested'] },
    decline: { by: () => officerBR, body: { reason: 'No longer possible.' }, from: ['suggested', 'interested', 'mutual', 'agreed'] },
    dismiss: { by: () => focalBR, body: undefined, from: ['suggested', 'interested'] },
    agree: { by: () => staff, body: TERMS, from: ['mutual'] },
    start: { by: () => staff, body: undefined, from: ['agreed'] },
    complete: { by: () => staff, body: OUTCOME, from: ['in_progress'] },
  } as const;
  const STAGES: MatchStage[] = ['suggested', 'interested', 'mutual', 'agreed', 'in_progress', 'completed', 'declined', 'dismissed'];

  it.each(STAGES)('from %s, every step it does not lead to is a conflict that changes nothing', async (stage) => {
    const { id } = await matchAt(stage);
    const eventsBefore = (await stageEvents(id)).length;
    for (const [action, attempt] of Object.entries(ATTEMPTS)) {
      if ((attempt.from as readonly string[]).includes(stage)) continue;
      const res = await post(`/v1/matches/${id}/${action}`, attempt.by(), attempt.body);
      expect(res.statusCode, `${action} from ${stage}: ${res.body}`).toBe(409);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect((await get(`/v1/matches/${id}`, staff)).json().stage).toBe(stage);
    expect(await stageEvents(id)).toHaveLength(eventsBefore);
  });

  it('a side cannot express interest twice', async () => {
    const { id } = await matchAt('interested');
    const again = await post(`/v1/matches/${id}/interest`, focalHT, { message: 'Insistimos.' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/already expressed interest/);
  });

  it('interest cannot be expressed once a listing of the pair is closed', async () => {
    const { id, offer } = await suggestedMatch();
    await post(`/v1/listings/${offer.id}/close`, staff);
    expect((await act.interestHT(id)).statusCode).toBe(409);
  });
});

describe('who may do what', () => {
  it('people without a say are refused with 403, and nothing changes', async () => {
    const { id } = await matchAt('mutual');
    const refusals: [string, TestUser, string, object | undefined][] = [
      ['an officer of a third country cannot decline', officerAR, 'decline', { reason: 'We want it instead.' }],
      ['a focal point of a third country cannot dismiss', focalAR, 'dismiss', undefined],
      ['an officer cannot dismiss', officerBR, 'dismiss', undefined],
      ['an officer cannot record the agreement', officerHT, 'agree', TERMS],
      ['a third country cannot record the agreement', focalAR, 'agree', TERMS],
    ];
    for (const [sentence, user, action, body] of refusals) {
      const res = await post(`/v1/matches/${id}/${action}`, user, body);
      expect(res.statusCode, sentence).toBe(403);
    }
    const suggested = await suggestedMatch();
    expect((await post(`/v1/matches/${suggested.id}/interest`, staff, { message: 'On behalf of Haiti.' })).statusCode, 'staff cannot express interest').toBe(
      403,
    );
    expect(
      (await post(`/v1/matches/${suggested.id}/interest`, officerAR, { message: 'Nosotros también.' })).statusCode,
      'a third country cannot express interest',
    ).toBe(403);

    const started = await matchAt('agreed');
    expect((await post(`/v1/matches/${started.id}/start`, officerBR)).statusCode, 'an officer cannot start').toBe(403);

    expect((await get(`/v1/matches/${id}`, staff)).json().stage).toBe('mutual');
    expect(await stageEvents(suggested.id)).toEqual([]);
  });

  it("a third country does not see the follow-up of others' matches", async () => {
    const { id, offer } = await matchAt('interested');
    expect((await get(`/v1/matches/${id}`, officerAR)).statusCode).toBe(404);
    expect((await get(`/v1/matches/${id}`, focalAR)).statusCode).toBe(404);
    const listed = (await get(`/v1/matches?listingId=${offer.id}`, officerAR)).json();
    expect(listed.items).toEqual([]);
    expect((await get(`/v1/matches/${id}`, officerBR)).statusCode).toBe(200);
    expect((await get(`/v1/matches/${id}`, focalHT)).statusCode).toBe(200);
  });

  it('a match that does not exist is not found', async () => {
    const nowhere = '00000000-0000-4000-8000-000000000000';
    expect((await get(`/v1/matches/${nowhere}`, staff)).statusCode).toBe(404);
    expect((await post(`/v1/matches/${nowhere}/start`, staff)).statusCode).toBe(404);
  });

  it('anonymous callers are asked to sign in', async () => {
    const { id } = await suggestedMatch();
    for (const res of [await get('/v1/matches'), await get(`/v1/matches/${id}`), await post(`/v1/matches/${id}/interest`, undefined, { message: 'Hola' })]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  it('tells each caller what it may do next', async () => {
    const { id } = await suggestedMatch();
    expect((await get(`/v1/matches/${id}`, officerBR)).json().availableActions).toEqual(['interest', 'decline']);
    expect((await get(`/v1/matches/${id}`, focalHT)).json().availableActions).toEqual(['interest', 'decline', 'dismiss']);
    expect((await get(`/v1/matches/${id}`, staff)).json().availableActions).toEqual(['decline', 'dismiss']);
  });
});

describe('what a request must say', () => {
  it('a decline needs a reason, a completion its outcome and lessons, an agreement valid dates and a known modality', async () => {
    const mutual = await matchAt('mutual');
    const noReason = await post(`/v1/matches/${mutual.id}/decline`, officerBR, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');

    const backwards = await post(`/v1/matches/${mutual.id}/agree`, staff, { ...TERMS, endDate: '2027-01-15' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0]).toMatchObject({ field: 'endDate', reason: 'must not be before startDate' });
    const notADate = await post(`/v1/matches/${mutual.id}/agree`, staff, { ...TERMS, startDate: '01/02/2027' });
    expect(notADate.json().errors[0].field).toBe('startDate');
    const unknownModality = await post(`/v1/matches/${mutual.id}/agree`, staff, { ...TERMS, modality: 'picnic' });
    expect(unknownModality.json().errors[0].field).toBe('modality');

    const running = await matchAt('in_progress');
    const noLessons = await post(`/v1/matches/${running.id}/complete`, staff, { summary: OUTCOME.summary });
    expect(noLessons.statusCode).toBe(400);
    expect(noLessons.json().errors[0].field).toBe('lessonsLearned');

    const noMessage = await post(`/v1/matches/${(await suggestedMatch()).id}/interest`, officerHT, {});
    expect(noMessage.json().errors[0].field).toBe('message');
    expect((await get('/v1/matches/not-a-uuid', staff)).statusCode).toBe(400);

    expect((await get(`/v1/matches/${mutual.id}`, staff)).json().stage).toBe('mutual');
    expect((await get(`/v1/matches/${running.id}`, staff)).json().stage).toBe('in_progress');
  });
});

describe('the follow-up list', () => {
  it('each country sees the matches of its listings, filtered by stage, country or listing, page by page', async () => {
    const a = await matchAt('interested');
    const b = await matchAt('declined');

    const ofOffer = (await get(`/v1/matches?listingId=${a.offer.id}`, officerBR)).json();
    expect(ofOffer.items.map((m: { id: string }) => m.id)).toEqual([a.id]);

    const declined = (await get('/v1/matches?stage=declined&limit=200', focalHT)).json().items as { id: string; stage: string }[];
    expect(declined.map((m) => m.id)).toContain(b.id);
    expect(declined.every((m) => m.stage === 'declined')).toBe(true);

    const byStage = (await get('/v1/matches?stage=interested,declined&country=HT&limit=200', staff)).json().items as { id: string }[];
    expect(byStage.map((m) => m.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect((await get('/v1/matches?country=AR', staff)).json().items).toEqual([]);

    const thirdCountry = (await get('/v1/matches?limit=200', officerAR)).json().items;
    expect(thirdCountry).toEqual([]);

    const first = (await get('/v1/matches?limit=1', staff)).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await get(`/v1/matches?limit=1&cursor=${first.nextCursor}`, staff)).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);

    const bad = await get('/v1/matches?stage=maybe', staff);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toMatch(/^stage/);
  });

  it("gives each match's reasons in the reader's language, and filters by the sector of either listing", async () => {
    const offer = await publishedListing('offer', 'BR');
    const demand = await publishedListing('demand', 'HT');
    await replaceMatches(
      api.db,
      { id: offer.id, kind: 'offer', version: offer.version },
      [{ counterpartId: demand.id, counterpartVersion: demand.version, score: 0.8, reasons: [{ kind: 'sector', codes: ['health'] }] }],
      { announceAt: 0.6, now: api.clock.now() },
    );
    const inFrench = (await get(`/v1/matches?listingId=${offer.id}&lang=fr`, focalHT)).json().items;
    expect(inFrench).toHaveLength(1);
    expect(inFrench[0].reasons).toEqual([{ kind: 'sector', text: expect.stringMatching(/santé/i) }]);
    const one = (await get(`/v1/matches/${inFrench[0].id}?lang=es`, focalHT)).json();
    expect(one.reasons[0].text).toMatch(/salud/i);

    const health = (await get(`/v1/matches?sector=health&listingId=${offer.id}`, staff)).json().items;
    expect(health).toHaveLength(1);
    expect((await get(`/v1/matches?sector=education&listingId=${offer.id}`, staff)).json().items).toEqual([]);
    const bad = await get('/v1/matches?sector=nonsense', staff);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('sector');
  });

  it('the board gives every stage in order with its count and its latest, for the caller only', async () => {
    const a = await matchAt('interested');
    const b = await matchAt('interested');
    const board = (await get(`/v1/matches/board?perStage=1&country=HT`, focalBR)).json();
    expect(board.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'suggested',
      'interested',
      'mutual',
      'agreed',
      'in_progress',
      'completed',
      'declined',
      'dismissed',
    ]);
    const interested = board.stages[1];
    const all = (await get('/v1/matches?stage=interested&country=HT&limit=200', focalBR)).json().items as { id: string }[];
    expect(interested.count).toBe(all.length);
    expect(interested.count).toBeGreaterThanOrEqual(2);
    // The latest moved first, in the list's order.
    expect(interested.items.map((m: { id: string }) => m.id)).toEqual([all[0]!.id]);
    expect(all.map((m) => m.id)).toEqual(expect.arrayContaining([a.id, b.id]));

    const ofListing = (await get(`/v1/matches/board?listingId=${a.offer.id}`, staff)).json();
    expect(ofListing.stages.reduce((n: number, s: { count: number }) => n + s.count, 0)).toBe(1);
    const thirdCountry = (await get('/v1/matches/board', officerAR)).json();
    expect(thirdCountry.stages.every((s: { count: number }) => s.count === 0)).toBe(true);
    expect((await get('/v1/matches/board?perStage=0', staff)).json().errors[0].field).toBe('perStage');
  });

  it('every follow-up route is in the OpenAPI document, under matches', async () => {
    const doc = (await get('/openapi.json')).json();
    for (const path of [
      '/v1/matches',
      '/v1/matches/{id}',
      '/v1/matches/{id}/interest',
      '/v1/matches/{id}/decline',
      '/v1/matches/{id}/dismiss',
      '/v1/matches/{id}/agree',
      '/v1/matches/{id}/start',
      '/v1/matches/{id}/complete',
    ]) {
      const ops = Object.values(doc.paths[path] ?? {}) as { tags: string[] }[];
      expect(ops.length, path).toBeGreaterThan(0);
      for (const op of ops) expect(op.tags).toEqual(['matches']);
    }
  });
});

describe('suggestions of a listing', () => {
  it('anonymous callers and a third country see the suggestion without its match id or stage', async () => {
    const { id, offer, demand } = await matchAt('interested');
    for (const as of [null, officerAR, focalAR]) {
      for (const listing of [offer, demand]) {
        const suggestion = (await suggestionsOf(listing.id, as)).find((s) => s.listing.id === (listing === offer ? demand.id : offer.id));
        expect(suggestion, as?.email ?? 'anonymous').toBeDefined();
        expect(suggestion).not.toHaveProperty('id');
        expect(suggestion).not.toHaveProperty('stage');
      }
    }
    expect((await get(`/v1/listings/${offer.id}/matches`)).body).not.toContain(id);
  });

  it("staff and the people of both countries see each match's id and stage", async () => {
    const { id, offer, demand } = await matchAt('interested');
    for (const as of [staff, officerBR, focalBR, officerHT, focalHT]) {
      expect(
        (await suggestionsOf(offer.id, as)).find((s) => s.listing.id === demand.id),
        as.email,
      ).toMatchObject({ id, stage: 'interested' });
      expect(
        (await suggestionsOf(demand.id, as)).find((s) => s.listing.id === offer.id),
        as.email,
      ).toMatchObject({ id, stage: 'interested' });
    }
  });
});

describe('a stored pair against today', () => {
  it('leaves both sides once the offer is restricted to other countries, and comes back when it opens to the demand', async () => {
    const { offer, demand } = await suggestedMatch();
    const shown = async () => [
      (await suggestionsOf(offer.id)).some((s) => s.listing.id === demand.id),
      (await suggestionsOf(demand.id)).some((s) => s.listing.id === offer.id),
    ];
    const restrict = (countries: string[] | null) => api.db.update(listings).set({ targetCountries: countries }).where(eq(listings.id, offer.id));
    expect(await shown()).toEqual([true, true]);
    await restrict(['AR']);
    expect(await shown()).toEqual([false, false]);
    await restrict(['AR', 'HT']);
    expect(await shown()).toEqual([true, true]);
    await restrict([]);
    expect(await shown()).toEqual([true, true]);
    await restrict(null);
    expect(await shown()).toEqual([true, true]);
  });

  it('leaves both sides once the other listing has expired', async () => {
    const { offer, demand } = await suggestedMatch();
    await api.db.update(listings).set({ validUntil: '2020-12-31' }).where(eq(listings.id, demand.id));
    expect((await suggestionsOf(offer.id)).some((s) => s.listing.id === demand.id)).toBe(false);
  });
});
