import { notifications, outbox, storyApprovals } from '@enlace/db';
import { settableClock } from '@enlace/domain';
import { fanOut } from '@enlace/registry/internal';
import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, startTestApi, type TestApi, type TestUser } from './testing.js';

/*
 * Success stories through the API: Haiti's officer tells the cooperation Brazil and
 * Haiti completed; it stays private until both focal points consent to the version they
 * read; an edit asks again; the public list and page then show it, filtered and in the
 * reader's language; a focal point may withdraw it.
 */
let api: TestApi;
let staff: TestUser;
let officerHT: TestUser;
const focal: Record<string, TestUser> = {};
const clock = settableClock('2026-06-01T09:00:00Z');
let matchId: string;
let storyId: string;

type Response = Awaited<ReturnType<TestApi['app']['inject']>>;
const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: TestUser, payload?: object): Promise<Response> =>
  api.app.inject({ method, url, ...(who ? { headers: who.headers } : {}), ...(payload ? { payload } : {}) });

async function publish(country: string, kind: 'offer' | 'demand', extra: Record<string, unknown>) {
  const created = await call('POST', '/v1/listings', staff, offerBody(country, { kind, ...extra }));
  expect(created.statusCode, created.body).toBe(201);
  expect((await call('POST', `/v1/listings/${created.json().id}/publish`, staff)).statusCode).toBe(200);
  return created.json().id as string;
}

const story = {
  language: 'fr',
  title: 'Des banques de lait <humain> à Port-au-Prince',
  summary: 'La Fiocruz a formé les équipes du ministère haïtien à ouvrir et gérer deux banques de lait humain.',
  results: 'Deux banques ouvertes; 1 200 nouveau-nés nourris la première année.',
  lessons: 'Former les équipes avant l’arrivée du matériel.',
  testimonial: 'Nos infirmières forment maintenant leurs collègues.',
  testimonialBy: 'Direction de la santé familiale, MSPP',
};

/** Runs the notification fan-out over the story events written since `after`; returns who was told what. */
async function tellStoryEvents(after: number): Promise<{ kind: string; userId: string }[]> {
  const events = await api.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.topic, 'story.changed'), gt(outbox.id, after)))
    .orderBy(asc(outbox.id));
  const told: { kind: string; userId: string }[] = [];
  for (const e of events) {
    await fanOut(api.db, e.id, clock, { webUrl: 'https://enlace.test' });
    const rows = await api.db
      .select({ kind: notifications.kind, userId: notifications.recipientUserId })
      .from(notifications)
      .where(eq(notifications.eventKey, `outbox:${e.id}`));
    told.push(...rows);
  }
  return told;
}
const lastOutboxId = async () => (await api.db.select({ id: outbox.id }).from(outbox).orderBy(asc(outbox.id))).at(-1)?.id ?? 0;

beforeAll(async () => {
  api = await startTestApi({ label: 'stories', clock });
  staff = await api.user('staff');
  officerHT = await api.user('agency_officer', { country: 'HT' });
  for (const c of ['BR', 'HT', 'AR']) focal[c] = await api.user('focal_point', { country: c });
  const offer = await publish('BR', 'offer', { title: 'Bancos de leite humano', sectors: ['health'], sdgTargets: ['3.2'] });
  const demand = await publish('HT', 'demand', { title: 'Banques de lait humain', sectors: ['health'], sdgTargets: ['3.2'] });
  const proposed = await call('POST', '/v1/matches', staff, { offerId: offer, demandId: demand });
  expect(proposed.statusCode, proposed.body).toBe(201);
  matchId = proposed.json().id;
  for (const who of [focal.HT!, focal.BR!])
    expect((await call('POST', `/v1/matches/${matchId}/interest`, who, { message: 'Avec plaisir.' })).statusCode).toBe(200);
  const agreed = await call('POST', `/v1/matches/${matchId}/agree`, staff, {
    modality: 'training',
    startDate: '2026-07-01',
    responsibilities: 'Fiocruz trains; MSPP hosts.',
  });
  expect(agreed.statusCode, agreed.body).toBe(200);
});
afterAll(async () => api?.close());

describe('success stories', () => {
  it('tell a completed cooperation only, in the words of one of its two countries', async () => {
    const early = await call('POST', `/v1/matches/${matchId}/story`, officerHT, story);
    expect(early.statusCode, early.body).toBe(409);
    expect((await call('POST', `/v1/matches/${matchId}/start`, staff)).statusCode).toBe(200);
    const done = await call('POST', `/v1/matches/${matchId}/complete`, focal.HT, {
      summary: 'Deux banques de lait ouvertes.',
      lessonsLearned: 'Former avant le matériel.',
    });
    expect(done.statusCode, done.body).toBe(200);
    // A third country does not see the match; staff may correct a story but not speak for a country.
    expect((await call('POST', `/v1/matches/${matchId}/story`, focal.AR, story)).statusCode).toBe(404);
    expect((await call('POST', `/v1/matches/${matchId}/story`, staff, story)).statusCode).toBe(403);
    const bad = await call('POST', `/v1/matches/${matchId}/story`, officerHT, { ...story, title: 'x', testimonial: undefined });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['title', 'testimonial']));

    const drafted = await call('POST', `/v1/matches/${matchId}/story`, officerHT, story);
    expect(drafted.statusCode, drafted.body).toBe(201);
    storyId = drafted.json().id;
    expect(drafted.json()).toMatchObject({
      status: 'draft',
      version: 1,
      authorCountry: 'HT',
      provider: 'BR',
      recipient: 'HT',
      sectors: ['health'],
      actions: ['edit', 'submit'],
    });
    const twice = await call('POST', `/v1/matches/${matchId}/story`, focal.BR, story);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0]).toMatchObject({ field: 'matchId', code: 'story_exists', reason: storyId });
  });

  it('stays private while it waits, and is published only when both focal points have consented', async () => {
    expect((await call('GET', `/v1/stories/${storyId}`)).statusCode).toBe(404);
    expect((await call('GET', `/v1/stories/${storyId}`, focal.AR)).statusCode).toBe(404);
    expect((await call('GET', `/v1/matches/${matchId}/story`, focal.BR)).json().id).toBe(storyId);
    // Nobody approves a draft.
    expect((await call('POST', `/v1/stories/${storyId}/approve`, focal.BR, {})).statusCode).toBe(409);

    const before = await lastOutboxId();
    const submitted = await call('POST', `/v1/stories/${storyId}/submit`, officerHT);
    expect(submitted.json()).toMatchObject({
      status: 'awaiting_approval',
      approvals: [
        { country: 'BR', approvedAt: null },
        { country: 'HT', approvedAt: null },
      ],
    });
    const asked = await tellStoryEvents(before);
    expect(asked).toEqual(
      expect.arrayContaining([
        { kind: 'story_approval', userId: focal.BR!.id },
        { kind: 'story_approval', userId: focal.HT!.id },
      ]),
    );
    expect(asked.map((t) => t.userId)).not.toContain(focal.AR!.id);

    // An officer, staff and a third country's focal point cannot consent for a country.
    expect((await call('POST', `/v1/stories/${storyId}/approve`, officerHT, {})).statusCode).toBe(403);
    expect((await call('POST', `/v1/stories/${storyId}/approve`, staff, {})).statusCode).toBe(403);
    expect((await call('POST', `/v1/stories/${storyId}/approve`, focal.AR, {})).statusCode).toBe(404);

    clock.set('2026-06-02T10:00:00Z');
    const br = await call('POST', `/v1/stories/${storyId}/approve`, focal.BR, { note: 'Aprovado pela ABC.' });
    expect(br.statusCode, br.body).toBe(200);
    expect(br.json()).toMatchObject({
      status: 'awaiting_approval',
      approvals: [
        { country: 'BR', approvedAt: '2026-06-02T10:00:00.000Z', note: 'Aprovado pela ABC.' },
        { country: 'HT', approvedAt: null },
      ],
    });
    expect((await call('POST', `/v1/stories/${storyId}/approve`, focal.BR, {})).statusCode).toBe(409);
    expect((await call('GET', `/v1/stories/${storyId}`)).statusCode).toBe(404);

    // Haiti's officer rewrites a sentence: Brazil consented to the earlier text, so it is asked again.
    const beforeEdit = await lastOutboxId();
    const edited = await call('PUT', `/v1/stories/${storyId}`, officerHT, {
      ...story,
      results: 'Deux banques ouvertes; 1 350 nouveau-nés nourris la première année.',
    });
    expect(edited.json()).toMatchObject({
      status: 'awaiting_approval',
      version: 2,
      approvals: [
        { country: 'BR', approvedAt: null },
        { country: 'HT', approvedAt: null },
      ],
    });
    expect(await tellStoryEvents(beforeEdit)).toEqual(expect.arrayContaining([{ kind: 'story_approval', userId: focal.BR!.id }]));

    expect((await call('POST', `/v1/stories/${storyId}/approve`, focal.HT, {})).json().status).toBe('awaiting_approval');
    clock.set('2026-06-03T10:00:00Z');
    const beforePublish = await lastOutboxId();
    const published = await call('POST', `/v1/stories/${storyId}/approve`, focal.BR, {});
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: '2026-06-03T10:00:00.000Z', version: 2 });
    const told = await tellStoryEvents(beforePublish);
    // The author and Haiti's focal point hear; Brazil's focal point, who published it by consenting, does not need to.
    expect(told).toEqual(
      expect.arrayContaining([
        { kind: 'story_published', userId: officerHT.id },
        { kind: 'story_published', userId: focal.HT!.id },
      ]),
    );
    expect(told.map((t) => t.userId)).not.toContain(focal.BR!.id);

    // The consent is recorded: who, for which country, to which version.
    const consent = await api.db.select().from(storyApprovals).where(eq(storyApprovals.storyId, storyId)).orderBy(asc(storyApprovals.id));
    expect(consent.map((a) => [a.country, a.storyVersion, a.userId])).toEqual([
      ['BR', 1, focal.BR!.id],
      ['HT', 2, focal.HT!.id],
      ['BR', 2, focal.BR!.id],
    ]);
  });

  it('is public once published: listed with filters, its text as written', async () => {
    const page = await call('GET', `/v1/stories/${storyId}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ title: story.title, testimonialBy: story.testimonialBy, actions: [], translation: null });
    // A Spanish reader gets Apertium's translation, marked, kept for the next reader; the original stays the reference.
    const es = (await call('GET', `/v1/stories/${storyId}?lang=es`)).json();
    expect(es.translation).toMatchObject({ language: 'es', machineTranslated: true });
    expect(es.translation.summary).toMatch(/leche/i);
    expect(es.title).toBe(story.title);
    expect((await call('GET', '/v1/stories?lang=es')).json().items[0].translation.summary).toBe(es.translation.summary);
    const list = async (q: string) => (await call('GET', `/v1/stories${q}`)).json();
    expect((await list('')).items.map((s: { id: string }) => s.id)).toEqual([storyId]);
    expect((await list('?country=HT')).total).toBe(1);
    expect((await list('?country=AR')).total).toBe(0);
    expect((await list('?sector=health&sdgGoal=3')).total).toBe(1);
    expect((await list('?sector=education')).total).toBe(0);
    expect((await list('?sdgGoal=9')).total).toBe(0);
    // Stories waiting for consent are their countries' business.
    expect((await call('GET', '/v1/stories?status=awaiting_approval')).json().total).toBe(0);
    expect((await call('GET', '/v1/stories?cursor=bm90LWEtY3Vyc29y')).json().errors[0]).toMatchObject({ field: 'cursor', code: 'invalid_cursor' });
    const bad = await call('GET', '/v1/stories?sdgGoal=18');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('sdgGoal');
  });

  it('is withdrawn by a focal point, saying why, and leaves the public list; third countries still see nothing', async () => {
    expect((await call('POST', `/v1/stories/${storyId}/withdraw`, officerHT, { reason: 'Une erreur de chiffres.' })).statusCode).toBe(403);
    const withdrawn = await call('POST', `/v1/stories/${storyId}/withdraw`, focal.HT, { reason: 'Une erreur de chiffres.' });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Une erreur de chiffres.' });
    expect((await call('GET', '/v1/stories')).json().total).toBe(0);
    expect((await call('GET', `/v1/stories/${storyId}`)).statusCode).toBe(404);
    expect((await call('GET', '/v1/stories?status=withdrawn', focal.BR)).json().total).toBe(1);
    expect((await call('GET', '/v1/stories?status=withdrawn', focal.AR)).json().total).toBe(0);
    expect((await call('GET', '/v1/stories?status=withdrawn', staff)).json().total).toBe(1);
    // Corrected, it is a draft again, to be submitted and approved anew.
    const again = await call('PUT', `/v1/stories/${storyId}`, officerHT, story);
    expect(again.json()).toMatchObject({ status: 'draft', version: 3, withdrawnReason: null });
  });
});
