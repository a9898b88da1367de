import { offerBody, type TestUser } from '@enlace/api/testing';
import { auditLog } from '@enlace/db';
import { QUEUES } from '@enlace/queue';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type Stack, startStack } from '../support.js';

/*
 * An institution's name, acronym and type show on every listing and expert that names
 * it, in the registry and in search. Writing a listing or registering an expert never
 * changes an existing institution; an explicit edit by the secretariat or the
 * institution's own country does, is audited, and reaches the search index.
 */

let stack: Stack;
let staff: TestUser;
let officerCL: TestUser;
let focalCL: TestUser;
let officerAR: TestUser;

beforeAll(async () => {
  stack = await startStack('institutions');
  // These tests are about institutions and the index; matching would only slow them.
  for (const q of [QUEUES.match, QUEUES.matchBulk]) await stack.api.producer.queue(q).pause();
  staff = await stack.api.user('staff');
  officerCL = await stack.api.user('agency_officer', { country: 'CL' });
  focalCL = await stack.api.user('focal_point', { country: 'CL' });
  officerAR = await stack.api.user('agency_officer', { country: 'AR' });
});
afterAll(() => stack.close());

type Institution = { id: string; country: string; name: string; acronym: string | null; type: string | null };

const inject = (opts: {
  method?: 'GET' | 'POST' | 'PATCH';
  url: string;
  user?: TestUser | undefined;
  headers?: Record<string, string>;
  payload?: object | string;
}) =>
  stack.api.app.inject({
    method: opts.method ?? 'GET',
    url: opts.url,
    headers: { ...opts.headers, ...opts.user?.headers },
    ...(opts.payload !== undefined ? { payload: opts.payload } : {}),
  });

let serial = 0;
/** A published Chilean offer of `institution`, created by staff; returns the listing. */
async function publishedOffer(institution: { name: string; acronym?: string; type?: string }, extra: Record<string, unknown> = {}) {
  serial += 1;
  const created = await inject({
    method: 'POST',
    url: '/v1/listings',
    user: staff,
    payload: offerBody('CL', { language: 'es', title: `Gestión del riesgo de desastres ${serial}`, institution, ...extra }),
  });
  expect(created.statusCode, created.body).toBe(201);
  const published = await inject({ method: 'POST', url: `/v1/listings/${created.json().id}/publish`, user: staff });
  expect(published.statusCode, published.body).toBe(200);
  return published.json() as { id: string; institution: Institution };
}

/** An anonymous registration naming `institution`; validated by staff unless told otherwise. */
async function expert(country: string, institution: Record<string, unknown>, validate = true): Promise<string> {
  const res = await inject({
    method: 'POST',
    url: '/v1/experts',
    payload: {
      name: `Experta ${(serial += 1)}`,
      country,
      institution,
      sectors: ['disaster_management'],
      workingLanguages: ['es'],
      profile: 'Especialista en sistemas de alerta temprana y simulacros comunitarios.',
      language: 'es',
      contact: { name: 'Contacto', email: 'contacto@example.org' },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const { id } = res.json();
  if (validate) expect((await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, user: staff })).statusCode).toBe(200);
  return id;
}

const listingOf = async (id: string) => (await inject({ url: `/v1/listings/${id}`, user: staff })).json() as { institution: Institution };
const institutions = async (query: string, user?: TestUser) => {
  const res = await inject({ url: `/v1/institutions?${query}`, user });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: Institution[] }).items;
};
const patch = (id: string, user: TestUser | undefined, payload: object) => inject({ method: 'PATCH', url: `/v1/institutions/${id}`, user, payload });

async function runImport(user: TestUser, body: string) {
  const res = await inject({ method: 'POST', url: '/v1/imports', user, headers: { 'content-type': 'application/x-ndjson' }, payload: body });
  expect(res.statusCode, res.body).toBe(202);
  return eventually(
    async () => {
      const report = (await inject({ url: `/v1/imports/${res.json().id}`, user })).json();
      return report.status === 'completed' || report.status === 'failed' ? report : undefined;
    },
    30_000,
    'import finished',
  );
}

describe('writing a listing or registering an expert', () => {
  it("an anonymous expert registration cannot change an existing institution's acronym or type", async () => {
    const offer = await publishedOffer({ name: 'Servicio Nacional de Prevención y Respuesta ante Desastres', acronym: 'SENAPRED', type: 'government' });
    await expert('CL', { name: 'Servicio Nacional de Prevención y Respuesta ante Desastres', acronym: 'HACKED', type: 'private' }, false);

    expect((await listingOf(offer.id)).institution).toMatchObject({ acronym: 'SENAPRED', type: 'government' });
    expect(await institutions('country=CL&q=Prevención')).toEqual([expect.objectContaining({ acronym: 'SENAPRED', type: 'government' })]);
  });

  it('an import line or another listing naming the institution cannot change it either', async () => {
    const offer = await publishedOffer({ name: 'Oficina Nacional de Emergencia', acronym: 'ONEMI', type: 'government' });
    const line = JSON.stringify({
      ...offerBody('CL', {
        language: 'es',
        title: 'Simulacros de evacuación por tsunami',
        institution: { name: 'Oficina Nacional de Emergencia', acronym: 'HACKED', type: 'private' },
      }),
      externalId: 'INST-1',
    });
    expect(await runImport(officerCL, line)).toMatchObject({ status: 'completed', created: 1 });
    const other = await inject({
      method: 'POST',
      url: '/v1/listings',
      user: officerCL,
      payload: offerBody('CL', { institution: { name: 'Oficina Nacional de Emergencia', acronym: 'X', type: 'academia' } }),
    });
    expect(other.statusCode, other.body).toBe(201);

    expect((await listingOf(offer.id)).institution).toMatchObject({ acronym: 'ONEMI', type: 'government' });
    expect(other.json().institution).toMatchObject({ id: offer.institution.id, acronym: 'ONEMI', type: 'government' });
  });

  it('a new institution is created with the acronym and type given', async () => {
    const offer = await publishedOffer({ name: 'Centro Sismológico Nacional', acronym: 'CSN', type: 'academia' });
    expect(offer.institution).toMatchObject({ name: 'Centro Sismológico Nacional', acronym: 'CSN', type: 'academia' });
  });
});

describe('an explicit institution edit', () => {
  it('by staff changes what listings show, is audited, and reaches the listing and expert search documents', async () => {
    const offer = await publishedOffer({ name: 'Dirección Meteorológica de Chile', acronym: 'DMC', type: 'government' });
    const expertId = await expert('CL', { name: 'Dirección Meteorológica de Chile' });
    const institutionId = offer.institution.id;
    await eventually(
      async () => (await stack.api.search.experts.getDocument(expertId).catch(() => undefined))?.institutionAcronym === 'DMC',
      20_000,
      'expert indexed',
    );

    const res = await patch(institutionId, staff, { acronym: 'METEOCHILE', type: 'international' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: institutionId, country: 'CL', name: 'Dirección Meteorológica de Chile', acronym: 'METEOCHILE', type: 'international' });
    expect((await listingOf(offer.id)).institution).toMatchObject({ acronym: 'METEOCHILE', type: 'international' });

    const [entry] = await stack.api.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'institution'), eq(auditLog.entityId, institutionId)));
    expect(entry).toMatchObject({
      actorUserId: staff.id,
      action: 'institution.updated',
      detail: { fields: ['acronym', 'type'], before: { acronym: 'DMC', type: 'government' }, after: { acronym: 'METEOCHILE', type: 'international' } },
    });

    await eventually(
      async () => {
        const hits = (await inject({ url: '/v1/search?q=METEOCHILE' })).json().hits as { id: string; institution: { acronym: string } }[];
        return hits.some((h) => h.id === offer.id && h.institution.acronym === 'METEOCHILE');
      },
      20_000,
      'listing re-indexed',
    );
    await eventually(async () => (await stack.api.search.experts.getDocument(expertId)).institutionAcronym === 'METEOCHILE', 20_000, 'expert re-indexed');
  });

  it("by an officer or focal point of the institution's country works and is audited", async () => {
    const offer = await publishedOffer({ name: 'Corporación Nacional Forestal', acronym: 'CONAF' });
    const byOfficer = await patch(offer.institution.id, officerCL, { type: 'government' });
    expect(byOfficer.statusCode, byOfficer.body).toBe(200);
    const byFocal = await patch(offer.institution.id, focalCL, { acronym: null });
    expect(byFocal.statusCode, byFocal.body).toBe(200);
    expect(byFocal.json()).toMatchObject({ acronym: null, type: 'government' });
    const entries = await stack.api.db.select().from(auditLog).where(eq(auditLog.entityId, offer.institution.id));
    expect(entries.map((e) => e.actorUserId).sort()).toEqual([officerCL.id, focalCL.id].sort());
  });

  it("by another country's officer is forbidden, anonymously unauthorized, and of an unknown institution not found", async () => {
    const offer = await publishedOffer({ name: 'Instituto Antártico Chileno', acronym: 'INACH' });
    const forbidden = await patch(offer.institution.id, officerAR, { acronym: 'HACKED' });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await patch(offer.institution.id, undefined, { acronym: 'HACKED' })).statusCode).toBe(401);
    expect((await patch('00000000-0000-4000-8000-000000000000', staff, { acronym: 'X' })).statusCode).toBe(404);
    expect((await listingOf(offer.id)).institution.acronym).toBe('INACH');
  });

  it('refuses an empty change, an unknown type and a name another institution of the country has', async () => {
    const a = await publishedOffer({ name: 'Servicio Hidrográfico y Oceanográfico de la Armada', acronym: 'SHOA' });
    await publishedOffer({ name: 'Armada de Chile' });
    const empty = await patch(a.institution.id, staff, {});
    expect(empty.statusCode).toBe(400);
    const badType = await patch(a.institution.id, staff, { type: 'pirate' });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().errors[0].field).toBe('type');
    expect((await patch(a.institution.id, staff, { name: 'Armada de Chile' })).statusCode).toBe(409);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await inject({ url: '/openapi.json' })).json();
    expect(doc.paths['/v1/institutions/{id}'].patch.responses).toHaveProperty('403');
  });
});

describe('the institution list', () => {
  it('hides from anonymous callers and other countries the institutions known only through drafts or pending experts', async () => {
    const draft = await inject({
      method: 'POST',
      url: '/v1/listings',
      user: officerCL,
      payload: offerBody('CL', { institution: { name: 'Instituto de Borradores' } }),
    });
    expect(draft.statusCode, draft.body).toBe(201);
    await expert('CL', { name: 'Instituto de Pendientes' }, false);
    await publishedOffer({ name: 'Instituto Publicado' });
    await expert('CL', { name: 'Instituto de Expertos Validados' });

    const names = async (user?: TestUser) => (await institutions('country=CL&q=Instituto', user)).map((i) => i.name);
    const listed = ['Instituto de Expertos Validados', 'Instituto Publicado'];
    expect(await names()).toEqual(expect.arrayContaining(listed));
    for (const user of [undefined, officerAR]) {
      expect(await names(user)).not.toContain('Instituto de Borradores');
      expect(await names(user)).not.toContain('Instituto de Pendientes');
    }
    for (const user of [officerCL, focalCL, staff]) {
      expect(await names(user)).toEqual(expect.arrayContaining([...listed, 'Instituto de Borradores', 'Instituto de Pendientes']));
    }
  });

  it("does not let another country's officer edit, or even find, an unlisted institution", async () => {
    const draft = await inject({
      method: 'POST',
      url: '/v1/listings',
      user: officerCL,
      payload: offerBody('CL', { institution: { name: 'Instituto Sin Publicar' } }),
    });
    expect((await patch(draft.json().institution.id, officerAR, { acronym: 'X' })).statusCode).toBe(404);
  });
});
