import { processImport } from '@enlace/registry/internal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, type TestUser, offerBody, startTestApi } from './testing.js';

let api: TestApi;
let officer: TestUser;
let staff: TestUser;
let importId: string;

beforeAll(async () => {
  api = await startTestApi({ label: 'badnumbers' });
  officer = await api.user('agency_officer', { country: 'BR' });
  staff = await api.user('staff');
  const line = JSON.stringify({ ...offerBody('BR'), externalId: 'BAD-NUMBERS-1', status: 'draft' });
  const res = await api.app.inject({
    method: 'POST',
    url: '/v1/imports',
    headers: { ...officer.headers, 'content-type': 'application/x-ndjson' },
    payload: `${line}\n`,
  });
  expect(res.statusCode, res.body).toBe(202);
  importId = res.json().id;
  await processImport({ db: api.db, clock: api.clock }, importId);
});
afterAll(() => api?.close());

type Res = { statusCode: number; body: string; headers: Record<string, unknown>; json(): unknown };

/** A 400 problem whose errors name `field`. */
function expectRefused(res: Res, field: string) {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = res.json() as { status: number; errors?: { field: string; reason: string }[] };
  expect(problem.status).toBe(400);
  expect(
    problem.errors?.map((e) => e.field),
    res.body,
  ).toContain(field);
}

const get = (url: string, user?: TestUser) => api.app.inject({ url, ...(user ? { headers: user.headers } : {}) });
const base64url = (s: string) => Buffer.from(s).toString('base64url');

describe('a number that no column can hold is a 400 naming the parameter, not a 500', () => {
  it('a listing cursor beyond bigint', async () => {
    expectRefused(await get('/v1/listings?cursor=9223372036854775807'), 'cursor');
  });

  it('a listing cursor beyond what a page ever hands out', async () => {
    expectRefused(await get('/v1/listings?cursor=99999999999999999999'), 'cursor');
  });

  it("an import's errorsAfterLine beyond integer", async () => {
    expectRefused(await get(`/v1/imports/${importId}?errorsAfterLine=2147483648`, officer), 'errorsAfterLine');
  });

  it('a dead-letter page before a delivery id beyond bigint', async () => {
    expectRefused(await get('/v1/deliveries/dead?cursor=9223372036854775808', staff), 'cursor');
  });

  it('a replay of a delivery id beyond bigint', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/v1/deliveries/9223372036854775808/replay', headers: staff.headers });
    expectRefused(res, 'id');
  });

  it('an inbox cursor whose time PostgreSQL cannot hold', async () => {
    const cursor = base64url('-271821-04-20T00:00:00.000Z|00000000-0000-4000-8000-000000000000');
    expectRefused(await get(`/v1/inbox?cursor=${cursor}`, officer), 'cursor');
  });
});

describe('text PostgreSQL cannot store is a 400 naming the field, not a 500', () => {
  it('a listing title with a NUL character', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: officer.headers,
      payload: offerBody('BR', { title: 'abc\u0000def ghi' }),
    });
    expectRefused(res, 'title');
  });

  it('a listing description with an unpaired surrogate', async () => {
    const description = 'Apoio técnico para implantar bancos de leite humano \ud800 com formação.';
    const res = await api.app.inject({ method: 'POST', url: '/v1/listings', headers: officer.headers, payload: offerBody('BR', { description }) });
    expectRefused(res, 'description');
  });

  it("an expert registration with a NUL in the expert's name", async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/v1/experts',
      payload: {
        name: 'Ana\u0000Souza',
        country: 'BR',
        institution: { name: 'Fundação Oswaldo Cruz' },
        sectors: ['health'],
        workingLanguages: ['pt'],
        profile: 'Pediatra com vinte anos de experiência na implantação de bancos de leite humano.',
        language: 'pt',
        contact: { name: 'Ana Souza', email: 'ana.souza@example.org' },
      },
    });
    expectRefused(res, 'name');
  });

  it('an institution search with a NUL in q', async () => {
    expectRefused(await get('/v1/institutions?q=ab%00cd'), 'q');
  });

  it('an import line with a NUL in its title becomes an error of that line, and the others are imported', async () => {
    const good = JSON.stringify({ ...offerBody('BR'), externalId: 'NUL-GOOD', status: 'draft' });
    const bad = JSON.stringify({ ...offerBody('BR'), externalId: 'NUL-BAD', status: 'draft', title: 'abc\u0000def ghi' });
    const res = await api.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...staff.headers, 'content-type': 'application/x-ndjson' },
      payload: `${good}\n${bad}\n`,
    });
    expect(res.statusCode, res.body).toBe(202);
    const { id } = res.json() as { id: string };
    await processImport({ db: api.db, clock: api.clock }, id);
    const report = (await get(`/v1/imports/${id}`, staff)).json() as { status: string; created: number; errors: { line: number; field: string }[] };
    expect(report.status).toBe('completed');
    expect(report.created).toBe(1);
    expect(report.errors).toEqual([{ line: 2, field: 'title', code: 'unstorable_text', reason: expect.stringMatching(/NUL/) }]);
  });

  it('an import line whose unknown field name holds a NUL is reported, and the import completes', async () => {
    const line = JSON.stringify({ ...offerBody('BR'), externalId: 'NUL-KEY', 'col\u0000our': 'blue' });
    const res = await api.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...staff.headers, 'content-type': 'application/x-ndjson' },
      payload: `${line}\n`,
    });
    const { id } = res.json() as { id: string };
    await processImport({ db: api.db, clock: api.clock }, id);
    const report = (await get(`/v1/imports/${id}`, staff)).json() as { status: string; errors: { line: number; field: string; reason: string }[] };
    expect(report.status).toBe('completed');
    expect(report.errors).toEqual([{ line: 1, field: 'col\ufffdour', code: 'unrecognized_keys', reason: 'unknown field' }]);
  });
});
