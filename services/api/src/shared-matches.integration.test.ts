import { matches } from '@enlace/db';
import { replaceMatches } from '@enlace/registry/internal';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, type TestUser, offerBody, startTestApi } from './testing.js';

/*
 * A listing's matches as deployed: anonymous readers asking the same question within
 * MATCHES_CACHE_SECONDS share one answer; people signed in read the current one.
 */

let api: TestApi;
let staff: TestUser;
let focalHT: TestUser;

beforeAll(async () => {
  api = await startTestApi({ label: 'shared_matches', env: { MATCHES_CACHE_SECONDS: '30' } });
  staff = await api.user('staff');
  focalHT = await api.user('focal_point', { country: 'HT' });
});
afterAll(() => api?.close());

async function published(kind: 'offer' | 'demand', country: string) {
  const created = await api.app.inject({
    method: 'POST',
    url: '/v1/listings',
    headers: staff.headers,
    payload: offerBody(country, { kind, title: `Bancos de leite humano: ${kind}` }),
  });
  expect(created.statusCode, created.body).toBe(201);
  const done = await api.app.inject({ method: 'POST', url: `/v1/listings/${created.json().id}/publish`, headers: staff.headers });
  expect(done.statusCode, done.body).toBe(200);
  return done.json<{ id: string; version: number }>();
}

const matchesOf = async (id: string, query = '', user?: TestUser) => {
  const res = await api.app.inject({ url: `/v1/listings/${id}/matches${query}`, ...(user ? { headers: user.headers } : {}) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ language: string; items: { listing: { id: string } }[] }>();
};

describe("a listing's matches, shared with the public for a few seconds", () => {
  it('anonymous readers share the answer computed first; people signed in, other languages and other page sizes read the current one', async () => {
    const offer = await published('offer', 'BR');
    const demand = await published('demand', 'HT');
    await replaceMatches(
      api.db,
      { id: offer.id, kind: 'offer', version: offer.version },
      [{ counterpartId: demand.id, counterpartVersion: demand.version, score: 0.7, reasons: [] }],
      { announceAt: 0.6, now: api.clock.now() },
    );
    expect((await matchesOf(demand.id, '?lang=es')).items.map((m) => m.listing.id)).toEqual([offer.id]);

    const [pair] = await api.db
      .select({ id: matches.id })
      .from(matches)
      .where(and(eq(matches.offerId, offer.id), eq(matches.demandId, demand.id)));
    const dismissed = await api.app.inject({
      method: 'POST',
      url: `/v1/matches/${pair!.id}/dismiss`,
      headers: focalHT.headers,
      payload: { reason: 'Not what the ministry asked for.' },
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);

    // The same anonymous question within the lifetime: the answer already computed.
    expect((await matchesOf(demand.id, '?lang=es')).items).toHaveLength(1);
    // Anything else is computed now, and the dismissed pair has left it.
    expect((await matchesOf(demand.id, '?lang=es', focalHT)).items).toHaveLength(0);
    expect((await matchesOf(demand.id, '?lang=es', staff)).items).toHaveLength(0);
    expect((await matchesOf(demand.id, '?lang=fr')).items).toHaveLength(0);
    expect((await matchesOf(demand.id, '?lang=es&limit=5')).items).toHaveLength(0);
  });

  it('does not keep a refusal: a draft hidden from the public shows once it is published', async () => {
    const created = await api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: staff.headers,
      payload: offerBody('BR', { title: 'Bancos de leite: rascunho' }),
    });
    const { id } = created.json<{ id: string }>();
    expect((await api.app.inject({ url: `/v1/listings/${id}/matches` })).statusCode).toBe(404);
    const done = await api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: staff.headers });
    expect(done.statusCode, done.body).toBe(200);
    expect((await api.app.inject({ url: `/v1/listings/${id}/matches` })).statusCode).toBe(200);
  });
});
