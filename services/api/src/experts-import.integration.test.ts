import { auditLog, experts, outbox } from '@enlace/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, type TestUser, startTestApi } from './testing.js';

/*
 * Bulk import of experts by the secretariat: a recruitment campaign's spreadsheet, in
 * JSON Lines or CSV, with per-line errors, and re-import by external id.
 */

let api: TestApi;
let staff: TestUser;
let focalBR: TestUser;

beforeAll(async () => {
  api = await startTestApi({ label: 'experts-import' });
  staff = await api.user('staff');
  focalBR = await api.user('focal_point', { country: 'BR' });
});
afterAll(() => api?.close());

const line = (externalId: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    externalId,
    name: `Especialista ${externalId}`,
    country: 'BR',
    institution: { name: 'Embrapa' },
    sectors: ['agriculture_livestock'],
    sdgTargets: ['2.4'],
    workingLanguages: ['pt', 'es'],
    profile: 'Pesquisadora em manejo de solos e agricultura de conservação no Cerrado.',
    language: 'pt',
    contact: { name: `Especialista ${externalId}`, email: `${externalId.toLowerCase()}@example.org` },
    ...extra,
  });

const upload = (body: string, type: string, user: TestUser | null = staff) =>
  api.app.inject({ method: 'POST', url: '/v1/experts/imports', headers: { 'content-type': type, ...user?.headers }, payload: body });

describe('importing experts', () => {
  it('writes the good lines as validated experts, reports the bad ones, and updates on re-import', async () => {
    const body = [line('CAMP-1'), line('CAMP-2', { country: 'XX', contact: { name: 'X' } }), '{not json', line('CAMP-3'), line('CAMP-1')].join('\n');
    const res = await upload(body, 'application/x-ndjson');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ lines: 5, created: 2, updated: 0 });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 2, field: 'country' }),
        expect.objectContaining({ line: 2, field: 'contact.email', code: 'required' }),
        expect.objectContaining({ line: 3, field: '(line)', code: 'invalid_json' }),
        expect.objectContaining({ line: 5, field: 'externalId', code: 'duplicate' }),
      ]),
    );
    const rows = await api.db
      .select()
      .from(experts)
      .where(inArray(experts.externalId, ['CAMP-1', 'CAMP-2', 'CAMP-3']));
    expect(rows.map((r) => [r.externalId, r.status]).sort()).toEqual([
      ['CAMP-1', 'validated'],
      ['CAMP-3', 'validated'],
    ]);
    const events = await api.db
      .select()
      .from(outbox)
      .where(
        inArray(
          outbox.aggregateId,
          rows.map((r) => r.id),
        ),
      );
    expect(events.filter((e) => e.topic === 'expert.changed')).toHaveLength(2);

    const again = await upload(
      line('CAMP-1', { availability: 'A partir de março de 2027', profile: 'Pesquisadora em manejo de solos tropicais e plantio direto.' }),
      'application/x-ndjson',
    );
    expect(again.json()).toMatchObject({ lines: 1, created: 0, updated: 1, errors: [] });
    const [updated] = await api.db.select().from(experts).where(eq(experts.externalId, 'CAMP-1'));
    expect(updated).toMatchObject({ availability: 'A partir de março de 2027', status: 'validated', id: rows.find((r) => r.externalId === 'CAMP-1')!.id });
    const trail = await api.db.select().from(auditLog).where(eq(auditLog.entityId, updated!.id));
    expect(trail.map((a) => a.action).sort()).toEqual(['expert.edited', 'expert.imported']);
  });

  it('reads a CSV with its columns and names errors by column', async () => {
    const csv = [
      'externalId,name,country,institutionName,sectors,sdgTargets,workingLanguages,profile,language,contactName,contactEmail',
      'CSV-1,Rosa Quispe,PE,Autoridad Nacional del Agua,disaster_management;water_sanitation,13.1;6.5,es;en,Diseñó el sistema de alerta temprana de inundaciones del Rímac.,es,Rosa Quispe,rosa@example.org',
      "CSV-2,'=Tomás,PE,,health,,es,Médico salubrista con experiencia en vigilancia epidemiológica.,es,Tomás,not-an-email",
      '',
      'CSV-3,only,three',
    ].join('\r\n');
    const res = await upload(csv, 'text/csv; charset=utf-8');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ lines: 3, created: 1, updated: 0 });
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, field: 'institutionName' }),
        expect.objectContaining({ line: 3, field: 'contactEmail' }),
        expect.objectContaining({ line: 5, field: '(line)', code: 'column_count' }),
      ]),
    );
    const [rosa] = await api.db.select().from(experts).where(eq(experts.externalId, 'CSV-1'));
    expect(rosa).toMatchObject({
      sectors: ['disaster_management', 'water_sanitation'],
      sdgTargets: ['13.1', '6.5'],
      sdgGoals: [6, 13],
      workingLanguages: ['es', 'en'],
    });

    const header = await upload('externalId,nombre\nX,Y', 'text/csv');
    expect(header.statusCode).toBe(400);
    expect(header.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['nombre', 'name', 'profile']));
  });

  it('is for the secretariat only', async () => {
    expect((await upload(line('NOPE-1'), 'application/x-ndjson', focalBR)).statusCode).toBe(403);
    expect((await upload(line('NOPE-1'), 'application/x-ndjson', null)).statusCode).toBe(401);
    expect((await upload('', 'application/x-ndjson')).statusCode).toBe(400);
  });
});
