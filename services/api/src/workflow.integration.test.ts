import { apiTokens, auditLog, listingStatusHistory, outbox } from '@enlace/db';
import { fixedClock } from '@enlace/domain';
import { expireListings } from '@enlace/registry/internal';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { type TestApi, type TestUser, offerBody, startTestApi } from './testing.js';

let api: TestApi;
let officer: TestUser;
let focal: TestUser;

beforeAll(async () => {
  api = await startTestApi({ label: 'workflow' });
  officer = await api.user('agency_officer', { country: 'BR' });
  focal = await api.user('focal_point', { country: 'BR' });
});
afterAll(() => api.close());

const post = (url: string, user: TestUser, payload?: object) => api.app.inject({ method: 'POST', url, headers: user.headers, ...(payload ? { payload } : {}) });

describe('review workflow', () => {
  it("an officer's listing waits for its focal point, who publishes it", async () => {
    const created = await post('/v1/listings', officer, offerBody('BR'));
    expect(created.statusCode).toBe(201);
    const { id, status } = created.json();
    expect(status).toBe('draft');
    expect((await api.app.inject({ url: `/v1/listings/${id}` })).statusCode).toBe(404); // not public yet

    expect((await post(`/v1/listings/${id}/submit`, officer)).json().status).toBe('pending_review');
    const published = await post(`/v1/listings/${id}/publish`, focal);
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect((await api.app.inject({ url: `/v1/listings/${id}` })).statusCode).toBe(200);

    const history = (await api.app.inject({ url: `/v1/listings/${id}/history`, headers: officer.headers })).json().items;
    expect(history.map((h: { to: string }) => h.to)).toEqual(['draft', 'pending_review', 'published']);
    expect(history[2].actorUserId).toBe(focal.id);
  });

  it('a focal point sends a listing back with a reason the officer can read', async () => {
    const { id } = (await post('/v1/listings', officer, offerBody('BR'))).json();
    await post(`/v1/listings/${id}/submit`, officer);
    const missing = await post(`/v1/listings/${id}/send-back`, focal, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('reason');

    const back = await post(`/v1/listings/${id}/send-back`, focal, { reason: 'Indique la duración de las pasantías.' });
    expect(back.json()).toMatchObject({ status: 'draft', reviewNote: 'Indique la duración de las pasantías.' });
    const seenByOfficer = (await api.app.inject({ url: `/v1/listings/${id}`, headers: officer.headers })).json();
    expect(seenByOfficer.reviewNote).toBe('Indique la duración de las pasantías.');
  });

  it('a transition from the wrong status is a conflict', async () => {
    const { id } = (await post('/v1/listings', officer, offerBody('BR'))).json();
    const res = await post(`/v1/listings/${id}/send-back`, focal, { reason: 'not submitted yet' });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('a listing whose validUntil has passed cannot be published', async () => {
    const { id } = (await post('/v1/listings', focal, offerBody('BR', { validUntil: '2026-01-31' }))).json();
    const res = await post(`/v1/listings/${id}/publish`, focal);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/validUntil/);
  });

  it('an externalId is unique per kind', async () => {
    await post('/v1/listings', officer, offerBody('BR', { externalId: 'BR-UNIQ-1' }));
    const again = await post('/v1/listings', officer, offerBody('BR', { externalId: 'BR-UNIQ-1' }));
    expect(again.statusCode).toBe(409);
    const demand = await post('/v1/listings', officer, offerBody('BR', { externalId: 'BR-UNIQ-1', kind: 'demand' }));
    expect(demand.statusCode).toBe(201);
  });

  it('every change writes its outbox event and audit record in the same transaction', async () => {
    const { id } = (await post('/v1/listings', officer, offerBody('BR'))).json();
    await post(`/v1/listings/${id}/submit`, officer);
    await api.app.inject({ method: 'PATCH', url: `/v1/listings/${id}`, headers: officer.headers, payload: { title: 'Bancos de leite humano (revisto)' } });
    const events = await api.db.select().from(outbox).where(eq(outbox.aggregateId, id));
    expect(events.map((e) => [e.topic, e.payload.change, e.payload.version])).toEqual([
      ['listing.changed', 'created', 1],
      ['listing.changed', 'status', 2],
      ['listing.changed', 'updated', 3],
    ]);
    const audits = await api.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(['listing.created', 'listing.submitted', 'listing.updated']);
  });

  it('a PATCH may clear an optional field with null, and kind and country cannot change', async () => {
    const { id } = (await post('/v1/listings', officer, offerBody('BR', { keywords: ['leite humano'] }))).json();
    const cleared = await api.app.inject({ method: 'PATCH', url: `/v1/listings/${id}`, headers: officer.headers, payload: { keywords: null } });
    expect(cleared.json().keywords).toBeUndefined();
    const moved = await api.app.inject({ method: 'PATCH', url: `/v1/listings/${id}`, headers: officer.headers, payload: { country: 'AR' } });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors[0]).toMatchObject({ field: 'country', reason: 'unknown field' });
  });
});

describe('expiry', () => {
  it('published listings past validUntil expire, with history and an outbox event', async () => {
    const { id } = (await post('/v1/listings', focal, offerBody('BR', { validUntil: '2026-12-31' }))).json();
    await post(`/v1/listings/${id}/publish`, focal);
    expect(await expireListings({ db: api.db, clock: fixedClock('2026-12-31') })).toBe(0);
    expect(await expireListings({ db: api.db, clock: fixedClock('2027-01-01') })).toBeGreaterThanOrEqual(1);
    const row = (await api.app.inject({ url: `/v1/listings/${id}`, headers: focal.headers })).json();
    expect(row.status).toBe('expired');
    const history = await api.db.select().from(listingStatusHistory).where(eq(listingStatusHistory.listingId, id));
    expect(history.at(-1)).toMatchObject({ fromStatus: 'published', toStatus: 'expired' });
    const events = await api.db.select().from(outbox).where(eq(outbox.aggregateId, id));
    expect(events.at(-1)!.payload).toMatchObject({ status: 'expired', change: 'status' });
  });
});

describe('sign-in and tokens', () => {
  it('a person signs in with a password and gets a session token; a wrong password is refused', async () => {
    await runCli(['users', 'create', '--email', 'ana@aicd.example.org', '--name', 'Ana Pérez', '--role', 'staff', '--password', 'correct horse battery'], {
      db: api.db,
      clock: api.clock,
      databaseUrl: api.databaseUrl,
    });
    const wrong = await api.app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email: 'ana@aicd.example.org', password: 'nope nope nope' } });
    expect(wrong.statusCode).toBe(401);
    const ok = await api.app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email: 'ANA@aicd.example.org', password: 'correct horse battery' } });
    expect(ok.statusCode).toBe(200);
    const { token } = ok.json();
    const me = await api.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ email: 'ana@aicd.example.org', role: 'staff' });
    await api.app.inject({ method: 'POST', url: '/v1/auth/sign-out', headers: { authorization: `Bearer ${token}` } });
    expect((await api.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
  });

  it('a personal token is shown once, stored only as a hash, and stops working when revoked', async () => {
    const created = await post('/v1/me/tokens', officer, { name: 'catalogue sync' });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json();
    const [stored] = await api.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(stored!.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);
    const listed = (await api.app.inject({ url: '/v1/me/tokens', headers: officer.headers })).json().items;
    expect(JSON.stringify(listed)).not.toContain(token);

    const headers = { authorization: `Bearer ${token}` };
    expect((await api.app.inject({ url: '/v1/me', headers })).statusCode).toBe(200);
    expect((await api.app.inject({ method: 'DELETE', url: `/v1/me/tokens/${id}`, headers: officer.headers })).statusCode).toBe(204);
    expect((await api.app.inject({ url: '/v1/me', headers })).statusCode).toBe(401);
  });

  it('the CLI creates the first admin and prints a token that works', async () => {
    const out = await runCli(['users', 'create', '--email', 'root@aicd.example.org', '--name', 'Root', '--role', 'admin', '--print-token'], {
      db: api.db,
      clock: api.clock,
      databaseUrl: api.databaseUrl,
    });
    const token = /token: (\S+)/.exec(out)![1]!;
    const me = await api.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json().role).toBe('admin');
  });
});

describe('taxonomies', () => {
  it('serves the 17 goals in the requested language and all 169 targets', async () => {
    const goals = (await api.app.inject({ url: '/v1/taxonomies/sdg-goals?lang=pt' })).json().items;
    expect(goals).toHaveLength(17);
    expect(goals[0].name).toBe('Erradicação da pobreza');
    const targets = (await api.app.inject({ url: '/v1/taxonomies/sdg-targets?lang=es' })).json().items;
    expect(targets).toHaveLength(169);
    expect(targets.find((t: { code: string }) => t.code === '6.b').text).toMatch(/comunidades locales/);
  });

  it('serves sectors and modalities with labels, and countries by grouping', async () => {
    const sectors = (await api.app.inject({ url: '/v1/taxonomies/sectors?lang=fr' })).json().items;
    expect(sectors).toHaveLength(30);
    const caricom = (await api.app.inject({ url: '/v1/taxonomies/countries?lang=es&group=caricom' })).json().items;
    expect(caricom.map((c: { code: string }) => c.code)).toContain('HT');
    const haiti = caricom.find((c: { code: string }) => c.code === 'HT');
    expect(haiti).toMatchObject({ name: 'Haití', subregion: 'caribbean', ldc: true, sids: true });
    const bad = await api.app.inject({ url: '/v1/taxonomies/countries?group=atlantis' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('group');
  });
});

describe('API documentation', () => {
  it('publishes an OpenAPI 3.1 document with every route', async () => {
    const doc = (await api.app.inject({ url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/v1/listings',
      '/v1/listings/{id}/publish',
      '/v1/listings/{id}/confirm',
      '/v1/imports',
      '/v1/exports/listings',
      '/v1/taxonomies/sdg-targets',
      '/v1/me/subscription',
      '/v1/inbox',
      '/v1/deliveries/dead',
      '/v1/unsubscribe/{token}',
      '/v1/campaigns',
      '/v1/campaigns/{id}/progress',
      '/v1/campaigns/{id}/progress.csv',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect((await api.app.inject({ url: '/docs/' })).statusCode).toBe(200);
  });
});
