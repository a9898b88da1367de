import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, type TestUser, offerBody, startTestApi } from './testing.js';

let api: TestApi;
let officer: TestUser;

beforeAll(async () => {
  api = await startTestApi({ label: 'validation', env: { IMPORT_MAX_BYTES: String(64 * 1024) } });
  officer = await api.user('agency_officer', { country: 'BR' });
});
afterAll(() => api.close());

async function create(body: unknown) {
  return api.app.inject({ method: 'POST', url: '/v1/listings', headers: officer.headers, payload: body as object });
}

function problemOf(res: { headers: Record<string, unknown>; json(): unknown }) {
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  return res.json() as { status: number; detail: string; errors?: { field: string; reason: string }[] };
}

describe('a listing that breaks a rule is refused with the field and the reason', () => {
  it.each([
    ['an unknown field', { colour: 'blue' }, 'colour', /unknown field/],
    ['a country code that does not exist', { country: 'XX' }, 'country', /ISO 3166-1/],
    ['an SDG target that does not exist', { sdgTargets: ['3.8', '3.99'] }, 'sdgTargets.1', /SDG target/],
    ['a title over 200 characters', { title: 'a'.repeat(201) }, 'title', /200/],
    ['validUntil before validFrom', { validFrom: '2027-01-01', validUntil: '2026-12-31' }, 'validUntil', /before validFrom/],
    ['more than five sectors', { sectors: ['health', 'education', 'energy', 'trade', 'tourism', 'gender'] }, 'sectors', /5/],
    ['a sector that is not in the list', { sectors: ['space'] }, 'sectors.0', /expected one of/],
    ['a date that is not YYYY-MM-DD', { validUntil: '31/12/2027' }, 'validUntil', /YYYY-MM-DD/],
    ['a contact email that is not one', { contact: { name: 'Ana', email: 'ana-at-example' } }, 'contact.email', /email/i],
  ])('%s', async (_what, change, field, reason) => {
    const res = await create({ ...offerBody('BR'), ...change });
    expect(res.statusCode).toBe(400);
    const problem = problemOf(res);
    expect(problem.status).toBe(400);
    const issue = problem.errors?.find((e) => e.field === field);
    expect(issue, JSON.stringify(problem.errors)).toBeDefined();
    expect(issue!.reason).toMatch(reason);
  });

  it('leaves nothing behind when refused', async () => {
    await create({ ...offerBody('BR'), externalId: 'NEVER-WRITTEN', colour: 'blue' });
    const res = await api.app.inject({ url: '/v1/listings?externalId=NEVER-WRITTEN&kind=offer', headers: officer.headers });
    expect(res.json().items).toEqual([]);
  });

  it('an edit that would break a rule is refused and the listing stays as it was', async () => {
    const created = (await create(offerBody('BR'))).json();
    const res = await api.app.inject({
      method: 'PATCH',
      url: `/v1/listings/${created.id}`,
      headers: officer.headers,
      payload: { validFrom: '2030-01-01', validUntil: '2029-01-01' },
    });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).errors?.[0]?.field).toBe('validUntil');
    const after = await api.app.inject({ url: `/v1/listings/${created.id}`, headers: officer.headers });
    expect(after.json().validFrom).toBeUndefined();
    expect(after.json().version).toBe(1);
  });
});

describe('requests the API does not speak are refused', () => {
  it('a listing sent as text/plain gets 415', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: { ...officer.headers, 'content-type': 'text/plain' },
      payload: JSON.stringify(offerBody('BR')),
    });
    expect(res.statusCode).toBe(415);
    expect(problemOf(res).errors?.[0]?.field).toBe('content-type');
  });

  it('an import sent as application/json gets 415', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/v1/imports', headers: officer.headers, payload: offerBody('BR') });
    expect(res.statusCode).toBe(415);
    expect(problemOf(res).errors?.[0]?.reason).toMatch(/application\/x-ndjson/);
  });

  it('an import body over the size limit gets 413', async () => {
    const line = JSON.stringify({ externalId: 'X', ...offerBody('BR') });
    const body = `${line}\n`.repeat(Math.ceil((64 * 1024) / line.length) + 1);
    const res = await api.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...officer.headers, 'content-type': 'application/x-ndjson' },
      payload: body,
    });
    expect(res.statusCode).toBe(413);
    expect(problemOf(res).status).toBe(413);
  });

  it('a JSON body over the size limit gets 413', async () => {
    const res = await create({ ...offerBody('BR'), description: 'x'.repeat(300 * 1024) });
    expect(res.statusCode).toBe(413);
  });

  it('malformed JSON gets 400 and says so', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: { ...officer.headers, 'content-type': 'application/json' },
      payload: '{"kind":"offer",',
    });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).errors?.[0]?.field).toBe('(body)');
  });

  it('a bad query parameter names the parameter', async () => {
    const res = await api.app.inject({ url: '/v1/listings?sdgGoal=18' });
    expect(res.statusCode).toBe(400);
    const problem = problemOf(res);
    expect(problem.errors?.[0]).toMatchObject({ field: 'sdgGoal', in: 'querystring' });
  });

  it('an unknown route answers a problem, not HTML', async () => {
    const res = await api.app.inject({ url: '/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    problemOf(res);
  });

  it('a token that is not valid is refused, not treated as anonymous', async () => {
    const res = await api.app.inject({ url: '/v1/listings', headers: { authorization: 'Bearer enl_nope' } });
    expect(res.statusCode).toBe(401);
    problemOf(res);
  });
});
