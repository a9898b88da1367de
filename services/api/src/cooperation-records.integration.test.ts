import { settableClock } from '@enlace/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, startTestApi, type TestApi, type TestUser } from './testing.js';

/*
 * SIDICSS-compatible cooperation records: captured with Enlace's defaults when Brazil
 * and Haiti agree, corrected into a triangular cooperation with Mexico, completed with
 * what each country spent, and exported for the period as JSON and CSV, each figure
 * checked against what the test itself sent.
 */
let api: TestApi;
let staff: TestUser;
const focal: Record<string, TestUser> = {};
const clock = settableClock('2026-06-01T09:00:00Z');
let matchId: string;

type Response = Awaited<ReturnType<TestApi['app']['inject']>>;
const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: TestUser, payload?: object): Promise<Response> =>
  api.app.inject({ method, url, ...(who ? { headers: who.headers } : {}), ...(payload ? { payload } : {}) });

async function publish(country: string, kind: 'offer' | 'demand', institution: string) {
  const created = await call(
    'POST',
    '/v1/listings',
    staff,
    offerBody(country, { kind, institution: { name: institution, type: 'government' }, title: `${kind} of ${country}` }),
  );
  expect(created.statusCode, created.body).toBe(201);
  expect((await call('POST', `/v1/listings/${created.json().id}/publish`, staff)).statusCode).toBe(200);
  return created.json().id as string;
}

beforeAll(async () => {
  api = await startTestApi({ label: 'cooperation', clock });
  staff = await api.user('staff');
  for (const c of ['BR', 'HT', 'AR']) focal[c] = await api.user('focal_point', { country: c });
  const offer = await publish('BR', 'offer', 'Fundação Oswaldo Cruz');
  const demand = await publish('HT', 'demand', 'Ministère de la Santé Publique et de la Population');
  const proposed = await call('POST', '/v1/matches', staff, { offerId: offer, demandId: demand });
  expect(proposed.statusCode, proposed.body).toBe(201);
  matchId = proposed.json().id;
  expect((await call('POST', `/v1/matches/${matchId}/interest`, focal.HT, { message: 'Nous sommes intéressés.' })).statusCode).toBe(200);
  expect((await call('POST', `/v1/matches/${matchId}/interest`, focal.BR, { message: 'Com prazer.' })).statusCode).toBe(200);
});
afterAll(async () => api?.close());

const triangular = {
  instrument: 'project',
  cooperationType: 'triangular',
  approvedOn: '2026-06-02',
  startsOn: '2026-07-01',
  endsOn: '2026-07-30',
  participants: [
    { country: 'BR', role: 'first_provider', executingInstitution: 'Fundação Oswaldo Cruz', budgetedCost: '45000.00', currency: 'USD' },
    { country: 'MX', role: 'second_provider', executingInstitution: '=HYPERLINK("http://evil.example")', budgetedCost: '12000', currency: 'MXN' },
    { country: 'HT', role: 'recipient', executingInstitution: 'Ministère de la Santé Publique et de la Population', budgetedCost: '5000', currency: 'USD' },
  ],
};

describe('cooperation records', () => {
  it('are captured with what Enlace knows when the match is agreed', async () => {
    expect((await call('GET', `/v1/matches/${matchId}/cooperation-record`, staff)).statusCode).toBe(404);
    clock.set('2026-06-02T10:00:00Z');
    const agreed = await call('POST', `/v1/matches/${matchId}/agree`, staff, {
      modality: 'training',
      startDate: '2026-07-01',
      endDate: '2026-12-15',
      responsibilities: 'Fiocruz trains; MSPP hosts.',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    const record = await call('GET', `/v1/matches/${matchId}/cooperation-record`, focal.HT);
    expect(record.statusCode, record.body).toBe(200);
    expect(record.json()).toMatchObject({
      instrument: 'action',
      cooperationType: 'bilateral',
      approvedOn: '2026-06-02',
      startsOn: '2026-07-01',
      endsOn: '2026-12-15',
      participants: [
        { country: 'BR', role: 'provider', executingInstitution: 'Fundação Oswaldo Cruz' },
        { country: 'HT', role: 'recipient', executingInstitution: 'Ministère de la Santé Publique et de la Population' },
      ],
    });
    // Another country neither reads nor corrects it.
    expect((await call('GET', `/v1/matches/${matchId}/cooperation-record`, focal.AR)).statusCode).toBe(404);
    expect((await call('PUT', `/v1/matches/${matchId}/cooperation-record`, focal.AR, triangular)).statusCode).toBe(404);
  });

  it('refuses a record that does not hold together, naming the field', async () => {
    const bad = async (body: object, field: string) => {
      const res = await call('PUT', `/v1/matches/${matchId}/cooperation-record`, focal.BR, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    };
    await bad({ ...triangular, participants: triangular.participants.filter((p) => p.role !== 'second_provider') }, 'participants');
    await bad({ ...triangular, endsOn: '2026-06-30' }, 'endsOn');
    await bad(
      { ...triangular, participants: [{ ...triangular.participants[0], currency: undefined }, ...triangular.participants.slice(1)] },
      'participants.0.currency',
    );
    await bad(
      { ...triangular, participants: [{ ...triangular.participants[0], budgetedCost: '-5' }, ...triangular.participants.slice(1)] },
      'participants.0.budgetedCost',
    );
    // Both countries of the match take part.
    await bad({ ...triangular, participants: triangular.participants.map((p) => (p.country === 'HT' ? { ...p, country: 'JM' } : p)) }, 'participants');
  });

  it('are corrected by a focal point of either side, then completed with what each spent', async () => {
    const put = await call('PUT', `/v1/matches/${matchId}/cooperation-record`, focal.BR, triangular);
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ cooperationType: 'triangular', instrument: 'project' });
    expect((await call('POST', `/v1/matches/${matchId}/start`, staff)).statusCode).toBe(200);
    clock.set('2026-08-01T10:00:00Z');
    const executed = { ...triangular, participants: triangular.participants.map((p, i) => ({ ...p, executedCost: ['43210.55', '11000', '4800'][i] })) };
    const done = await call('POST', `/v1/matches/${matchId}/complete`, focal.HT, {
      summary: 'Deux banques de lait humain ouvertes à Port-au-Prince.',
      lessonsLearned: 'Former les équipes avant l’arrivée du matériel.',
      cooperationRecord: { ...executed, endsOn: undefined },
    });
    expect(done.statusCode, done.body).toBe(200);
    const record = (await call('GET', `/v1/matches/${matchId}/cooperation-record`, staff)).json();
    // Sent without an end date at completion: the day it was completed.
    expect(record.endsOn).toBe('2026-08-01');
    expect(record.participants.map((p: { executedCost: string }) => p.executedCost)).toEqual(['43210.55', '11000', '4800']);
  });

  it('are exported for a period, as JSON and as CSV, to staff and to the countries that take part', async () => {
    expect((await call('GET', '/v1/cooperation-records')).statusCode).toBe(401);
    const json = await call('GET', '/v1/cooperation-records?from=2026-06-01&to=2026-06-30', staff);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json().items).toEqual([
      expect.objectContaining({
        matchId,
        instrument: 'project',
        cooperationType: 'triangular',
        approvedOn: '2026-06-02',
        stage: 'completed',
        completedAt: '2026-08-01T10:00:00.000Z',
        modality: 'training',
        sectors: ['health'],
        sdgTargets: ['3.2'],
        sdgGoals: [3],
      }),
    ]);
    expect((await call('GET', '/v1/cooperation-records?from=2026-07-01', staff)).json().items).toEqual([]);
    expect((await call('GET', '/v1/cooperation-records?country=MX', staff)).json().items).toHaveLength(1);
    expect((await call('GET', '/v1/cooperation-records', focal.HT)).json().items).toHaveLength(1);
    expect((await call('GET', '/v1/cooperation-records', focal.AR)).json().items).toEqual([]);
    expect((await call('GET', '/v1/cooperation-records?to=2026-01-01&from=2026-02-01', staff)).json().errors[0].field).toBe('to');

    const csv = await call('GET', '/v1/cooperation-records.csv', staff);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe(
      'matchId,instrument,cooperationType,approvedOn,startsOn,endsOn,stage,completedAt,modality,sectors,sdgGoals,sdgTargets,title,country,role,executingInstitution,budgetedCost,executedCost,currency',
    );
    // One row per participant; a cell a spreadsheet would run is written as text.
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"")",12000,11000,MXN`);
    expect(lines[1]).toMatch(/,BR,first_provider,Fundação Oswaldo Cruz,45000\.00,43210\.55,USD$/);
  });
});
