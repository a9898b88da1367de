import { campaigns, outbox } from '@enlace/db';
import { countValidatedExperts } from '@enlace/registry/internal';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, type TestUser, startTestApi } from './testing.js';

/*
 * The expert roster through the HTTP API: registration (anonymous allowed), review by
 * the expert's country or the secretariat, and a contact that never leaves the
 * expert's country and the secretariat.
 */

let api: TestApi;
let officerBR: TestUser;
let focalBR: TestUser;
let focalAR: TestUser;
let officerAR: TestUser;
let staff: TestUser;

beforeAll(async () => {
  api = await startTestApi({ label: 'experts' });
  officerBR = await api.user('agency_officer', { country: 'BR' });
  focalBR = await api.user('focal_point', { country: 'BR' });
  focalAR = await api.user('focal_point', { country: 'AR' });
  officerAR = await api.user('agency_officer', { country: 'AR' });
  staff = await api.user('staff');
});
afterAll(() => api?.close());

function expertBody(extra: Record<string, unknown> = {}) {
  return {
    name: 'Ana Souza',
    country: 'BR',
    institution: { name: 'Fundação Oswaldo Cruz', acronym: 'Fiocruz', type: 'government' },
    sectors: ['health'],
    sdgTargets: ['3.2'],
    workingLanguages: ['pt', 'es'],
    availability: 'Duas semanas por trimestre a partir de março de 2027',
    profile: 'Pediatra com vinte anos de experiência na implantação de bancos de leite humano.',
    language: 'pt',
    contact: { name: 'Ana Souza', email: 'ana.souza@example.org' },
    ...extra,
  };
}

const register = (payload: object, user?: TestUser) =>
  api.app.inject({ method: 'POST', url: '/v1/experts', payload, ...(user ? { headers: user.headers } : {}) });
const post = (url: string, user?: TestUser, payload?: object) =>
  api.app.inject({ method: 'POST', url, ...(user ? { headers: user.headers } : {}), ...(payload ? { payload } : {}) });
const get = (url: string, user?: TestUser) => api.app.inject({ url, ...(user ? { headers: user.headers } : {}) });

async function pendingExpert(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await register(expertBody(extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

describe('registering an expert', () => {
  it('names the offending field in a 400 problem+json', async () => {
    for (const [change, field] of [
      [{ sectors: [] }, 'sectors'],
      [{ workingLanguages: ['de'] }, 'workingLanguages.0'],
      [{ profile: 'short' }, 'profile'],
      [{ contact: { name: 'Ana' } }, 'contact.email'],
      [{ country: 'ZZ' }, 'country'],
      [{ sdgTargets: ['3.99'] }, 'sdgTargets.0'],
      [{ availability: 'x'.repeat(501) }, 'availability'],
    ] as const) {
      const res = await register(expertBody(change));
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('refuses a campaign that does not exist, naming campaignId', async () => {
    const res = await register(expertBody({ campaignId: '00000000-0000-4000-8000-000000000000' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'campaignId', code: 'unknown_campaign', reason: 'no such campaign' }]);
  });

  it('lands an anonymous registration pending, invisible to the public and to other countries', async () => {
    const res = await register(expertBody());
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.status).toBe('pending');
    expect(created.contact).toBeUndefined();
    expect(created.sdgGoals).toEqual([3]);

    expect((await get(`/v1/experts/${created.id}`)).statusCode).toBe(404);
    expect((await get(`/v1/experts/${created.id}`, focalAR)).statusCode).toBe(404);
    expect((await get(`/v1/experts?status=pending`)).json().items).toEqual([]);
    expect((await get(`/v1/experts?status=pending`, focalAR)).json().items.map((e: { id: string }) => e.id)).not.toContain(created.id);

    const forCountry = await get(`/v1/experts/${created.id}`, officerBR);
    expect(forCountry.statusCode).toBe(200);
    expect(forCountry.json().contact).toEqual({ name: 'Ana Souza', email: 'ana.souza@example.org' });
    const queue = (await get('/v1/experts?status=pending&sector=health', focalBR)).json();
    expect(queue.source).toBe('registry');
    expect(queue.items.map((e: { id: string }) => e.id)).toContain(created.id);
    expect(queue.facets.status.pending).toBeGreaterThanOrEqual(1);
  });

  it('writes, with the registration, an event for the index and one asking its country to validate it', async () => {
    const id = await pendingExpert();
    const rows = await api.db.select().from(outbox).where(eq(outbox.aggregateId, id)).orderBy(outbox.id);
    expect(rows.map((r) => [r.topic, r.payload])).toEqual([
      ['expert.changed', { expertId: id, country: 'BR', status: 'pending' }],
      ['expert.review_requested', { expertId: id, country: 'BR', actorUserId: expect.toBeOneOf([null, expect.any(String)]) }],
    ]);
  });

  it('records the campaign that recruited the expert, shown only to the country and staff', async () => {
    const [campaign] = await api.db
      .insert(campaigns)
      .values({
        name: 'Expertos 2027',
        kind: 'expert_recruitment',
        audience: {},
        goal: { count: 3 },
        messages: {},
        defaultLanguage: 'es',
        deadline: new Date('2027-03-01'),
        createdBy: staff.id,
      })
      .returning({ id: campaigns.id });
    const id = await pendingExpert({ campaignId: campaign!.id });
    expect((await get(`/v1/experts/${id}`, staff)).json().campaignId).toBe(campaign!.id);
    await post(`/v1/experts/${id}/validate`, staff);
    expect((await get(`/v1/experts/${id}`)).json().campaignId).toBeUndefined();
    expect(await countValidatedExperts(api.db, { campaignId: campaign!.id })).toEqual(new Map([['BR', 1]]));
  });
});

describe('reviewing an expert', () => {
  it('needs a signed-in caller', async () => {
    const id = await pendingExpert();
    expect((await post(`/v1/experts/${id}/validate`)).statusCode).toBe(401);
  });

  it('refuses a focal point of another country and an officer of the same country (403)', async () => {
    const id = await pendingExpert();
    const foreign = await post(`/v1/experts/${id}/validate`, focalAR);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
    expect((await post(`/v1/experts/${id}/validate`, officerBR)).statusCode).toBe(403);
    expect((await post(`/v1/experts/${id}/reject`, officerBR, { reason: 'not an expert' })).statusCode).toBe(403);
    // An officer of another country may not even see that the registration exists.
    expect((await post(`/v1/experts/${id}/validate`, officerAR)).statusCode).toBe(404);
    expect((await get(`/v1/experts/${id}`, officerBR)).json().status).toBe('pending');
  });

  it("lets a focal point of the expert's country validate, once (409 the second time)", async () => {
    const id = await pendingExpert();
    const res = await post(`/v1/experts/${id}/validate`, focalBR);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'validated', validatedAt: '2026-11-21T12:00:00.000Z' });
    const again = await post(`/v1/experts/${id}/validate`, focalBR);
    expect(again.statusCode).toBe(409);
    expect((await post(`/v1/experts/${id}/reject`, staff, { reason: 'changed our mind' })).statusCode).toBe(409);
  });

  it('lets staff validate an expert of any country', async () => {
    const id = await pendingExpert({ country: 'AR', contact: { name: 'Juan', email: 'juan@example.org' } });
    expect((await post(`/v1/experts/${id}/validate`, staff)).json().status).toBe('validated');
  });

  it("needs a reason to reject, and shows it to the expert's country", async () => {
    const id = await pendingExpert();
    const noBody = await post(`/v1/experts/${id}/reject`, focalBR);
    expect(noBody.statusCode).toBe(400);
    const noReason = await post(`/v1/experts/${id}/reject`, focalBR, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');
    const res = await post(`/v1/experts/${id}/reject`, focalBR, { reason: 'Perfil incompleto: falta a experiência' });
    expect(res.json()).toMatchObject({ status: 'rejected', reviewNote: 'Perfil incompleto: falta a experiência' });
    expect((await get(`/v1/experts/${id}`)).statusCode).toBe(404);
    expect((await get(`/v1/experts/${id}`, officerBR)).json().reviewNote).toBe('Perfil incompleto: falta a experiência');
  });

  it('answers 404 for an expert that does not exist', async () => {
    expect((await post('/v1/experts/00000000-0000-4000-8000-000000000001/validate', staff)).statusCode).toBe(404);
  });
});

describe("an expert's contact", () => {
  it('is never in public views nor shown to other countries, once validated too', async () => {
    const id = await pendingExpert({ contact: { name: 'Privada', email: 'private.contact@example.org' } });
    await post(`/v1/experts/${id}/validate`, focalBR);
    for (const who of [undefined, focalAR, officerAR]) {
      const res = await get(`/v1/experts/${id}`, who);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('private.contact@example.org');
      expect(res.json().contact).toBeUndefined();
    }
    const listed = await get('/v1/experts?status=validated,pending', focalAR);
    expect(listed.json().items.some((e: { id: string }) => e.id === id)).toBe(true);
    expect(listed.body).not.toContain('private.contact@example.org');
    expect((await get(`/v1/experts/${id}`, officerBR)).json().contact.email).toBe('private.contact@example.org');
    expect((await get(`/v1/experts/${id}`, staff)).json().contact.email).toBe('private.contact@example.org');
  });
});

describe('counting validated experts for campaign goals', () => {
  it('counts per country, by sector, goal and validation date', async () => {
    const before = await countValidatedExperts(api.db, { country: ['CL', 'UY'] });
    expect(before.size).toBe(0);
    for (const [country, sectors, targets] of [
      ['CL', ['education'], ['4.1']],
      ['CL', ['health'], ['3.8']],
      ['UY', ['education'], []],
    ] as const) {
      const id = await pendingExpert({ country, sectors, sdgTargets: targets, contact: { name: 'X', email: 'x@example.org' } });
      await post(`/v1/experts/${id}/validate`, staff);
    }
    await pendingExpert({ country: 'CL', sectors: ['education'] }); // pending: never counted
    expect(await countValidatedExperts(api.db, { country: ['CL', 'UY'] })).toEqual(
      new Map([
        ['CL', 2],
        ['UY', 1],
      ]),
    );
    expect(await countValidatedExperts(api.db, { country: ['CL', 'UY'], sectors: ['education'] })).toEqual(
      new Map([
        ['CL', 1],
        ['UY', 1],
      ]),
    );
    expect(await countValidatedExperts(api.db, { country: 'CL', sdgGoals: [3] })).toEqual(new Map([['CL', 1]]));
    expect((await countValidatedExperts(api.db, { country: 'CL', since: new Date('2026-11-22') })).size).toBe(0);
  });
});

describe('the roster in the API documentation', () => {
  it('documents every expert route under the experts tag', async () => {
    const doc = (await get('/openapi.json')).json();
    for (const path of ['/v1/experts', '/v1/experts/{id}', '/v1/experts/{id}/validate', '/v1/experts/{id}/reject']) {
      const ops = Object.values(doc.paths[path] ?? {}) as { tags: string[] }[];
      expect(ops.length, path).toBeGreaterThan(0);
      for (const op of ops) expect(op.tags).toEqual(['experts']);
    }
    expect(doc.paths['/v1/listings/{id}/matches'].get.responses['200'].content['application/json'].schema.properties.experts).toBeDefined();
  });
});
