import { ROUTE_ACCESS } from '@enlace/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, type TestUser, startTestApi } from './testing.js';

/*
 * Every operation of the HTTP API has an entry in the policy's route table
 * (packages/domain/src/access/routes.ts), and the table describes the API as it is: a new
 * route without a rule, or a rule for a route that is gone, fails here.
 */

let api: TestApi;
let officer: TestUser;
let operations: string[];
let security: Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const SOME_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  api = await startTestApi({ label: 'route-rules' });
  officer = await api.user('agency_officer', { country: 'BR' });
  const doc = (await api.app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, Partial<Record<string, { security?: unknown }>>> };
  const entries = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((m) => (item[m] ? [[`${m.toUpperCase()} ${path}`, item[m].security] as const] : [])),
  );
  operations = entries.map(([op]) => op);
  security = Object.fromEntries(entries);
});
afterAll(() => api?.close());

/** A request to the operation with placeholders for its path parameters. */
function call(operation: string, headers: Record<string, string> = {}) {
  const [method, path] = operation.split(' ') as [string, string];
  const url = path.replace('{country}', 'BR').replace(/\{[^}]+\}/g, SOME_ID);
  return api.app.inject({ method: method as 'GET', url, headers, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
}

describe('the route table of the access policy', () => {
  it('has a rule for every operation of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.filter((op) => !(op in ROUTE_ACCESS))).toEqual([]);
  });

  it('has no rule for an operation the API does not have', () => {
    expect(Object.keys(ROUTE_ACCESS).filter((key) => !operations.includes(key))).toEqual([]);
  });

  it('names the policy rule behind every operation reserved to some roles', () => {
    for (const [key, rule] of Object.entries(ROUTE_ACCESS)) {
      if (rule.roles) expect(rule.rules.length, key).toBeGreaterThan(0);
    }
  });

  it('states in the document the security its rule says: a bearer token where a person is needed, an expert link where the expert may act', () => {
    const expected: Record<string, string> = {
      person: JSON.stringify([{ bearer: [] }]),
      expert: JSON.stringify([{ expertLink: [] }]),
      'person or expert': JSON.stringify([{ bearer: [] }, { expertLink: [] }]),
      anyone: JSON.stringify([{}, { bearer: [] }]),
    };
    const disagree = Object.entries(ROUTE_ACCESS)
      .filter(([op, rule]) => JSON.stringify(security[op]) !== expected[rule.who] && !(rule.who === 'anyone' && JSON.stringify(security[op]) === '[]'))
      .map(([op, rule]) => `${op}: rule ${rule.who}, document ${JSON.stringify(security[op])}`);
    expect(disagree).toEqual([]);
  });

  it('answers 401 to an anonymous caller on every operation that needs a person or an expert link', async () => {
    const refused: string[] = [];
    for (const [op, rule] of Object.entries(ROUTE_ACCESS)) {
      if (rule.who === 'anyone') continue;
      const res = await call(op);
      if (res.statusCode !== 401) refused.push(`${op} answered ${res.statusCode}`);
    }
    expect(refused).toEqual([]);
  });

  it('never answers 401 to an anonymous caller on an operation open to anyone', async () => {
    const refused: string[] = [];
    for (const [op, rule] of Object.entries(ROUTE_ACCESS)) {
      if (rule.who !== 'anyone') continue;
      const res = await call(op);
      if (res.statusCode === 401) refused.push(op);
    }
    expect(refused).toEqual([]);
  });

  it('refuses an agency officer every list reserved to the secretariat', async () => {
    const lists = Object.entries(ROUTE_ACCESS).filter(
      ([op, rule]) => op.startsWith('GET ') && !op.includes('{') && rule.roles !== undefined && !rule.roles.includes('agency_officer'),
    );
    expect(lists.map(([op]) => op)).toContain('GET /v1/users');
    for (const [op] of lists) expect((await call(op, officer.headers)).statusCode, op).toBe(403);
  });
});
