import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY } from './plugins/openapi.js';
import { offerBody, startTestApi, type TestApi, type TestUser } from './testing.js';

type Operation = {
  operationId?: string;
  security?: unknown;
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

let api: TestApi;
let doc: Document;
let officer: TestUser;
let body: string;

beforeAll(async () => {
  api = await startTestApi({ label: 'openapi' });
  const res = await api.app.inject({ url: '/openapi.json' });
  body = res.body;
  doc = res.json();
  officer = await api.user('agency_officer');
});
afterAll(async () => api?.close());

function operations() {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })));
}

/** A concrete URL for a documented path: any well-formed id will do. */
function urlOf(path: string) {
  return path.replace('{id}', '00000000-0000-4000-8000-000000000000').replace('{token}', 'x'.repeat(40)).replace('{country}', 'BR');
}

describe('the OpenAPI document', () => {
  it('gives every operation a unique verbNoun operationId', () => {
    const ids = operations().map(({ method, path, op }) => {
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z]+[A-Z][A-Za-z]*$/);
      return op.operationId;
    });
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it('names the main schemas once, as components, and refers to them', () => {
    for (const name of [
      'Listing',
      'Match',
      'MatchSummary',
      'Expert',
      'Campaign',
      'Notification',
      'Subscription',
      'ImportReport',
      'Problem',
      'FieldIssue',
      'User',
    ]) {
      expect(doc.components.schemas, name).toHaveProperty(name);
    }
    const listing = doc.paths['/v1/listings/{id}']!.get!.responses['200']!.content!['application/json'];
    expect(listing).toEqual({ schema: { $ref: '#/components/schemas/Listing' } });
    // Inline, the same views made the document 350 KB, over 4 KB an operation; referenced, about 2 KB each.
    expect(body.length / operations().length).toBeLessThan(2_300);
  });

  it('documents every error answer as application/problem+json', () => {
    for (const { method, path, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual(['application/problem+json']);
        expect(response.content!['application/problem+json']).toEqual({ schema: { $ref: '#/components/schemas/Problem' } });
      }
    }
  });

  it('states the security of every operation as one of the documented requirements', () => {
    const allowed = Object.values(SECURITY).map((s) => JSON.stringify(s));
    for (const { method, path, op } of operations()) expect(allowed, `${method} ${path}`).toContain(JSON.stringify(op.security));
  });

  it('says a credential is required (a bearer token, an expert link or either) exactly where a request without one is refused with 401', async () => {
    const required = [SECURITY.bearer, SECURITY.bearerOrExpertLink, SECURITY.expertLink].map((s) => JSON.stringify(s));
    for (const { method, path, op } of operations()) {
      const res = await api.app.inject({ method: method as 'GET', url: urlOf(path) });
      if (required.includes(JSON.stringify(op.security))) expect(res.statusCode, `${method} ${path}`).toBe(401);
      else expect(res.statusCode, `${method} ${path}`).not.toBe(401);
    }
  });
});

describe('field errors', () => {
  it('carry a stable code beside the English reason', async () => {
    const { title: _title, ...withoutTitle } = offerBody('BR');
    const res = await api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: officer.headers,
      payload: { ...withoutTitle, description: 'too short', colour: 'blue' },
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { field: string; code: string; reason: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', code: 'required' }),
        expect.objectContaining({ field: 'description', code: 'too_small' }),
        expect.objectContaining({ field: 'colour', code: 'unrecognized_keys', reason: 'unknown field' }),
      ]),
    );
    for (const e of errors) expect(e.reason).not.toBe('');
  });

  it('raised by a route carry a code of their own', async () => {
    const res = await api.app.inject({ url: '/v1/taxonomies/countries?group=atlantis' });
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'group', code: 'unknown_group' })]);
  });
});

describe('conventions every route follows', () => {
  type Parameter = { name: string; in: string };
  const paramsOf = (op: Operation) => ((op as { parameters?: Parameter[] }).parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);

  it('lists page one way: `cursor` in, `{ items, nextCursor }` out', () => {
    for (const { method, path, op } of operations()) {
      const query = paramsOf(op);
      expect(query, `${method} ${path}`).not.toContain('offset');
      expect(query, `${method} ${path}`).not.toContain('before');
      if (!query.includes('cursor')) continue;
      const page = op.responses['200']!.content!['application/json'] as { schema: { properties: Record<string, unknown> } };
      expect(Object.keys(page.schema.properties), `${method} ${path}`).toEqual(expect.arrayContaining(['items', 'nextCursor']));
    }
  });

  it("writes text in `lang`, else the signed-in person's language, else Accept-Language, else English", async () => {
    const health = async (headers: Record<string, string> = {}, query = '') => {
      const res = await api.app.inject({ url: `/v1/taxonomies/sectors${query}`, headers });
      return (res.json().items as { code: string; name: string }[]).find((s) => s.code === 'health')!.name;
    };
    expect(await health()).toBe('Health');
    expect(await health({ 'accept-language': 'pt-BR,pt;q=0.9,en;q=0.5' })).toBe('Saúde');
    // The officer's account is in Spanish (the default), which outranks the browser's header.
    expect(await health({ ...officer.headers, 'accept-language': 'pt-BR' })).toBe('Salud');
    expect(await health({ ...officer.headers, 'accept-language': 'pt-BR' }, '?lang=fr')).toBe('Santé');
  });
});
