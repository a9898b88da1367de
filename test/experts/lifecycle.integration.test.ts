import { type TestUser, expertBody } from '@enlace/api/testing';
import { auditLog, notifications } from '@enlace/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type Stack, startStack } from '../support.js';
import { expertChangesSettled } from './settled.js';

/*
 * A roster people can manage, with the real worker and Meilisearch: the expert's
 * country pauses, resumes, corrects, deactivates and, on request, erases an expert, and
 * the public roster, the search index and every demand's suggestions follow.
 */

let stack: Stack;
let staff: TestUser;
let focalBR: TestUser;
let focalCO: TestUser;
let officerBR: TestUser;
let demandId: string;

const inject = (opts: { method?: 'GET' | 'POST' | 'PATCH'; url: string; user?: TestUser; payload?: object }) =>
  stack.api.app.inject({ method: opts.method ?? 'GET', url: opts.url, headers: { ...opts.user?.headers }, ...(opts.payload ? { payload: opts.payload } : {}) });

const settled = () => expertChangesSettled(stack);

const suggested = async () =>
  ((await inject({ url: `/v1/listings/${demandId}/experts` })).json() as { items: { expert: { id: string } }[] }).items.map((c) => c.expert.id);
const searchable = async (q: string) =>
  ((await inject({ url: `/v1/experts?q=${encodeURIComponent(q)}` })).json() as { items: { id: string }[] }).items.map((h) => h.id);

async function register(name: string, profile: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await inject({
    method: 'POST',
    url: '/v1/experts',
    payload: expertBody(name, `${name.split(' ')[0]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}@example.org`, { profile, ...extra }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const FLOODS = 'Coordenou o sistema de alerta precoce de cheias com estações hidrométricas automáticas e avisos por SMS às comunidades ribeirinhas.';

beforeAll(async () => {
  stack = await startStack('expert-lifecycle');
  staff = await stack.api.user('staff');
  focalBR = await stack.api.user('focal_point', { country: 'BR' });
  focalCO = await stack.api.user('focal_point', { country: 'CO' });
  officerBR = await stack.api.user('agency_officer', { country: 'BR' });
  const created = await inject({
    method: 'POST',
    url: '/v1/listings',
    user: staff,
    payload: {
      kind: 'demand',
      title: 'Sistema de alerta temprana de inundaciones',
      description:
        'Queremos instalar un sistema de alerta temprana de inundaciones con estaciones hidrométricas automáticas y avisos por SMS a las comunidades ribereñas.',
      language: 'es',
      country: 'PE',
      institution: { name: 'Autoridad Nacional del Agua' },
      sectors: ['disaster_management'],
      workingLanguages: ['es'],
    },
  });
  demandId = created.json().id;
  expect((await inject({ method: 'POST', url: `/v1/listings/${demandId}/publish`, user: staff })).statusCode).toBe(200);
}, 60_000);
afterAll(() => stack.close());

describe("an expert's availability", () => {
  it('a paused expert leaves the public roster and the suggestions, and comes back on resuming', async () => {
    const id = await register('Paulo Nunes', FLOODS);
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, user: focalBR })).statusCode).toBe(200);
    await settled();
    await eventually(async () => (await suggested()).includes(id), 20_000, 'suggested');
    expect(await searchable('cheias')).toContain(id);

    const paused = await inject({ method: 'POST', url: `/v1/experts/${id}/pause`, user: focalBR, payload: { reason: 'Em missão até março' } });
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json().status).toBe('paused');
    await settled();
    expect(await suggested()).not.toContain(id);
    expect(await searchable('cheias')).not.toContain(id);
    expect((await inject({ url: `/v1/experts/${id}` })).statusCode).toBe(404);
    // Their country still sees them, paused.
    expect((await inject({ url: `/v1/experts/${id}`, user: officerBR })).json().status).toBe('paused');

    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/resume`, user: staff })).json().status).toBe('validated');
    await settled();
    await eventually(async () => (await suggested()).includes(id), 20_000, 'suggested again');
    expect(await searchable('cheias')).toContain(id);
  });

  it('only a focal point of the country or staff acts, from the right state, and deactivating says why', async () => {
    const id = await register('Rita Lopes', FLOODS);
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/pause`, user: focalBR })).statusCode).toBe(409);
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, user: focalBR })).statusCode).toBe(200);
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/pause`, user: focalCO })).statusCode).toBe(403);
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/pause`, user: officerBR })).statusCode).toBe(403);
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/pause` })).statusCode).toBe(401);

    const bare = await inject({ method: 'POST', url: `/v1/experts/${id}/deactivate`, user: focalBR, payload: {} });
    expect(bare.statusCode).toBe(400);
    expect(bare.headers['content-type']).toContain('application/problem+json');
    expect(bare.json().errors.map((e: { field: string }) => e.field)).toContain('reason');
    const done = await inject({ method: 'POST', url: `/v1/experts/${id}/deactivate`, user: focalBR, payload: { reason: 'Deixou a instituição' } });
    expect(done.json()).toMatchObject({ status: 'deactivated', reviewNote: 'Deixou a instituição' });
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/resume`, user: focalBR })).statusCode).toBe(409);
    expect((await inject({ method: 'PATCH', url: `/v1/experts/${id}`, user: focalBR, payload: { availability: 'Sempre' } })).statusCode).toBe(409);
    await settled();
    expect(await suggested()).not.toContain(id);
  });

  it('a withdrawn registration never reaches the roster', async () => {
    const id = await register('Ana Prado', FLOODS);
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/withdraw`, user: focalBR })).json().status).toBe('withdrawn');
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, user: focalBR })).statusCode).toBe(409);
  });
});

describe("correcting an expert's registration", () => {
  it('a rejected expert is corrected and resubmitted, then validated', async () => {
    const id = await register('Marcos Dias', 'Trabalho com tudo um pouco em projetos diversos.');
    await inject({ method: 'POST', url: `/v1/experts/${id}/reject`, user: focalBR, payload: { reason: 'O perfil não diz o que faz' } });
    const edited = await inject({ method: 'PATCH', url: `/v1/experts/${id}`, user: focalBR, payload: { profile: FLOODS, sdgTargets: ['13.1'] } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'rejected', profile: FLOODS, sdgTargets: ['13.1'], sdgGoals: [13] });
    const again = await inject({ method: 'POST', url: `/v1/experts/${id}/resubmit`, user: focalBR });
    expect(again.json()).toMatchObject({ status: 'pending' });
    expect(again.json().reviewNote).toBeUndefined();
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, user: focalBR })).statusCode).toBe(200);
    await settled();
    await eventually(async () => (await suggested()).includes(id), 20_000, 'suggested once corrected');
  });

  it("a validated expert's new text moves their suggestions; the country stays theirs", async () => {
    const id = await register('Júlia Reis', FLOODS);
    await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, user: staff });
    await settled();
    await eventually(async () => (await suggested()).includes(id), 20_000, 'suggested');
    const edit = await inject({
      method: 'PATCH',
      url: `/v1/experts/${id}`,
      user: focalBR,
      payload: { profile: 'Restauradora de pintura colonial e gestora de museus regionais.', sectors: ['culture'] },
    });
    expect(edit.json()).toMatchObject({ status: 'validated', sectors: ['culture'] });
    await settled();
    await eventually(async () => !(await suggested()).includes(id), 20_000, 'no longer suggested for floods');
    expect((await inject({ method: 'PATCH', url: `/v1/experts/${id}`, user: focalBR, payload: { country: 'CO' } })).statusCode).toBe(400);
    expect((await inject({ method: 'PATCH', url: `/v1/experts/${id}`, user: focalBR, payload: {} })).statusCode).toBe(400);
  });
});

describe('erasure on request', () => {
  it("removes the expert's personal data everywhere and leaves an audit record without it", async () => {
    const name = 'Beatriz Aparecida Fonseca';
    const id = await register(name, FLOODS);
    // The focal point was told of the registration, by name.
    await eventually(
      async () =>
        (await stack.api.db.select().from(notifications).where(eq(notifications.recipientUserId, focalBR.id))).some((n) =>
          JSON.stringify(n.payload).includes(name),
        ),
      20_000,
      'review request written',
    );
    await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, user: focalBR });
    await inject({ method: 'POST', url: `/v1/experts/${id}/pause`, user: focalBR, payload: { reason: `${name} pediu uma pausa` } });
    await inject({ method: 'POST', url: `/v1/experts/${id}/resume`, user: focalBR });
    await settled();
    await eventually(async () => (await suggested()).includes(id), 20_000, 'suggested');

    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/erase`, user: focalCO })).statusCode).toBe(403);
    const erased = await inject({ method: 'POST', url: `/v1/experts/${id}/erase`, user: focalBR });
    expect(erased.statusCode, erased.body).toBe(204);
    await settled();

    expect((await inject({ url: `/v1/experts/${id}`, user: staff })).statusCode).toBe(404);
    expect(await suggested()).not.toContain(id);
    expect(await searchable('cheias')).not.toContain(id);
    await expect(stack.api.search.experts.getDocument(id)).rejects.toThrow();
    const mentions = async (table: string) =>
      Number(
        (await stack.api.db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)} t where t::text like ${`%${name}%`}`)).rows[0]!
          .n,
      );
    for (const table of ['experts', 'expert_profiles', 'expert_suggestions', 'notifications', 'audit_log', 'outbox'])
      expect(await mentions(table), table).toBe(0);
    const trail = await stack.api.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(trail.map((a) => a.action)).toContain('expert.erased');
    expect(trail.find((a) => a.action === 'expert.erased')!.detail).toEqual({ country: 'BR' });
  });
});
