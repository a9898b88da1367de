import { listingTranslations } from '@enlace/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, startTestApi, type TestApi, type TestUser } from './testing.js';

let api: TestApi;
let officer: TestUser;
beforeAll(async () => {
  api = await startTestApi({ label: 'translation' });
  officer = await api.user('agency_officer', { country: 'BR' });
});
afterAll(async () => api?.close());

async function draft(): Promise<string> {
  const res = await api.app.inject({ method: 'POST', url: '/v1/listings', headers: officer.headers, payload: offerBody('BR') });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function published(on: TestApi = api): Promise<string> {
  const author = await on.user('agency_officer', { country: 'BR' });
  const publisher = await on.user('focal_point', { country: 'BR' });
  const res = await on.app.inject({ method: 'POST', url: '/v1/listings', headers: author.headers, payload: offerBody('BR') });
  expect(res.statusCode, res.body).toBe(201);
  const id: string = res.json().id;
  for (const action of ['submit', 'publish'])
    expect(
      (await on.app.inject({ method: 'POST', url: `/v1/listings/${id}/${action}`, headers: action === 'submit' ? author.headers : publisher.headers }))
        .statusCode,
    ).toBe(200);
  return id;
}

describe("a listing's machine translation", () => {
  it('gives a visitor a published Portuguese offer in French, through Spanish, marked as machine translated', async () => {
    const id = await published();
    const res = await api.app.inject({ url: `/v1/listings/${id}/translation?lang=fr` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: 'pt', to: 'fr', machineTranslated: true });
    expect(body.title.toLowerCase()).toContain('lait');
    expect(body.description).not.toBe(offerBody().description);
    // The second reading is the same translation (kept per listing version and language).
    expect((await api.app.inject({ url: `/v1/listings/${id}/translation?lang=fr` })).json()).toEqual(body);
  }, 60_000);

  it('keeps a translation in PostgreSQL and reads it back while the text it was made from is unchanged', async () => {
    const id = await published();
    const first = (await api.app.inject({ url: `/v1/listings/${id}/translation?lang=en` })).json();
    const [row] = await api.db.select().from(listingTranslations).where(eq(listingTranslations.listingId, id));
    expect(row).toMatchObject({ language: 'en', title: first.title });
    // A kept translation is served as it is: Apertium is not asked again.
    await api.db.update(listingTranslations).set({ title: 'Kept translation' }).where(eq(listingTranslations.listingId, id));
    expect((await api.app.inject({ url: `/v1/listings/${id}/translation?lang=en` })).json().title).toBe('Kept translation');
    // One made from another text (the listing was edited since) is made again.
    await api.db.update(listingTranslations).set({ contentHash: 'an older text' }).where(eq(listingTranslations.listingId, id));
    expect((await api.app.inject({ url: `/v1/listings/${id}/translation?lang=en` })).json().title).toBe(first.title);
  }, 60_000);

  it('translates into English and Spanish too', async () => {
    const id = await published();
    const en = (await api.app.inject({ url: `/v1/listings/${id}/translation?lang=en` })).json();
    const es = (await api.app.inject({ url: `/v1/listings/${id}/translation?lang=es` })).json();
    expect(en.title.toLowerCase()).toContain('milk');
    expect(es.title.toLowerCase()).toContain('leche');
  }, 60_000);

  it('is not there for a visitor when the listing is not (a draft)', async () => {
    const id = await draft();
    expect((await api.app.inject({ url: `/v1/listings/${id}/translation?lang=fr` })).statusCode).toBe(404);
    expect((await api.app.inject({ url: `/v1/listings/${id}/translation?lang=fr`, headers: officer.headers })).statusCode).toBe(200);
  }, 60_000);

  it('answers 409 for a listing already written in the language asked, naming the field', async () => {
    const id = await published();
    const res = await api.app.inject({ url: `/v1/listings/${id}/translation?lang=pt` });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'lang', code: 'same_language' })]);
  });
});

describe('a translator that does not answer in time', () => {
  let slow: TestApi;
  beforeAll(async () => {
    // 1 ms (plus 50 ms per 1,000 characters) is far less than Apertium needs to start.
    slow = await startTestApi({ label: 'translation-timeout', env: { TRANSLATE_TIMEOUT_MS: '1' } });
  });
  afterAll(async () => slow?.close());

  it('gives the reader a 503 with Retry-After instead of keeping them waiting, and keeps nothing', async () => {
    const id = await published(slow);
    const res = await slow.app.inject({ url: `/v1/listings/${id}/translation?lang=fr` });
    expect(res.statusCode, res.body).toBe(503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(await slow.db.select().from(listingTranslations).where(eq(listingTranslations.listingId, id))).toEqual([]);
  }, 60_000);
});
