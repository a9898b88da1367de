import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, startTestApi, type TestApi, type TestUser } from './testing.js';

let api: TestApi;
let officer: TestUser;
let focal: TestUser;
beforeAll(async () => {
  api = await startTestApi({ label: 'translation' });
  officer = await api.user('agency_officer', { country: 'BR' });
  focal = await api.user('focal_point', { country: 'BR' });
});
afterAll(async () => api?.close());

async function draft(): Promise<string> {
  const res = await api.app.inject({ method: 'POST', url: '/v1/listings', headers: officer.headers, payload: offerBody('BR') });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function published(): Promise<string> {
  const id = await draft();
  for (const action of ['submit', 'publish'])
    expect(
      (await api.app.inject({ method: 'POST', url: `/v1/listings/${id}/${action}`, headers: action === 'submit' ? officer.headers : focal.headers }))
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

  it('refuses to translate a listing into its own language, naming the field', async () => {
    const id = await published();
    const res = await api.app.inject({ url: `/v1/listings/${id}/translation?lang=pt` });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'lang', code: 'same_language' })]);
  });
});
