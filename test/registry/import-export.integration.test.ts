import { type TestApi, type TestUser, startTestApi } from '@enlace/api/testing';
import { QUEUES } from '@enlace/queue';
import { startWorkers } from '@enlace/worker';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let api: TestApi;
let workers: Awaited<ReturnType<typeof startWorkers>>;
let staff: TestUser;
let officerBR: TestUser;

beforeAll(async () => {
  api = await startTestApi({ label: 'imports' });
  workers = await startWorkers({ env: api.env, db: api.db, search: api.search, clock: api.clock, log: pino({ level: 'silent' }) });
  // These tests are about the registry; matching thousands of listings would only slow them.
  for (const q of [QUEUES.match, QUEUES.matchBulk]) await api.producer.queue(q).pause();
  staff = await api.user('staff');
  officerBR = await api.user('agency_officer', { country: 'BR' });
});
afterAll(async () => {
  await workers.close();
  await api.close();
});

const line = (externalId: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    externalId,
    kind: 'offer',
    title: `Formación en gestión del riesgo de desastres ${externalId}`,
    description: 'Cursos y pasantías sobre sistemas de alerta temprana y gestión comunitaria del riesgo.',
    language: 'es',
    country: 'CL',
    institution: { name: 'Servicio Nacional de Prevención y Respuesta ante Desastres', acronym: 'SENAPRED', type: 'government' },
    sectors: ['disaster_management'],
    sdgTargets: ['11.5', '13.1'],
    modalities: ['training', 'internship'],
    validUntil: '2028-12-31',
    contact: { name: 'Unidad de cooperación', email: 'cooperacion@senapred.example.org' },
    ...extra,
  });

async function runImport(user: TestUser, body: string) {
  const res = await api.app.inject({
    method: 'POST',
    url: '/v1/imports',
    headers: { ...user.headers, 'content-type': 'application/x-ndjson' },
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(202);
  const { id } = res.json();
  for (let i = 0; i < 300; i++) {
    const report = (await api.app.inject({ url: `/v1/imports/${id}`, headers: user.headers })).json();
    if (report.status === 'completed' || report.status === 'failed') return report;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

async function findOffer(externalId: string, user: TestUser = staff) {
  const res = await api.app.inject({ url: `/v1/listings?kind=offer&externalId=${externalId}`, headers: user.headers });
  return res.json().items as Record<string, unknown>[];
}

describe('bulk import', () => {
  it('commits the good lines and reports each bad line with its number, field, a stable code and the reason', async () => {
    const body = [
      line('MIX-1'),
      '{"externalId": "MIX-2", "kind": ',
      line('MIX-3', { country: 'XX' }),
      '',
      line('MIX-4', { sdgTargets: ['13.9'] }),
      line('MIX-5', { nickname: 'extra' }),
      line('MIX-6'),
      line('MIX-1', { title: 'The same externalId again in one file' }),
    ].join('\n');
    const report = await runImport(staff, body);
    expect(report).toMatchObject({ status: 'completed', totalLines: 8, linesDone: 8, created: 2, linesWithErrors: 5 });
    expect(report.errors).toEqual([
      { line: 2, field: '(line)', code: 'invalid_json', reason: expect.stringMatching(/^malformed JSON/) },
      { line: 3, field: 'country', code: 'custom', reason: expect.stringMatching(/ISO 3166-1/) },
      { line: 5, field: 'sdgTargets.0', code: expect.any(String), reason: expect.stringMatching(/SDG target/) },
      { line: 6, field: 'nickname', code: 'unrecognized_keys', reason: 'unknown field' },
      { line: 8, field: 'externalId', code: 'duplicate', reason: expect.stringMatching(/already appears on line 1/) },
    ]);
    expect(await findOffer('MIX-1')).toHaveLength(1);
    expect(await findOffer('MIX-6')).toHaveLength(1);
    expect(await findOffer('MIX-3')).toHaveLength(0);
  });

  it('re-importing the same lines updates instead of duplicating, and unchanged lines write nothing', async () => {
    const first = await runImport(staff, [line('IDEM-1'), line('IDEM-2')].join('\n'));
    expect(first).toMatchObject({ created: 2, updated: 0 });
    const before = (await findOffer('IDEM-2'))[0]!;

    const again = await runImport(staff, [line('IDEM-1'), line('IDEM-2', { title: 'Alerta temprana comunitaria (actualizado)' })].join('\n'));
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1, linesWithErrors: 0 });

    const [one] = await findOffer('IDEM-1');
    const [two] = await findOffer('IDEM-2');
    expect(one!.version).toBe(1);
    expect(two!.id).toBe(before.id);
    expect(two!.title).toBe('Alerta temprana comunitaria (actualizado)');
    expect(two!.version).toBe(2);
  });

  it("staff imports publish directly; an officer's published lines wait for review", async () => {
    await runImport(staff, line('PUB-STAFF'));
    expect((await findOffer('PUB-STAFF'))[0]!.status).toBe('published');

    const report = await runImport(officerBR, line('PUB-OFFICER', { country: 'BR' }));
    expect(report).toMatchObject({ created: 1, linesWithErrors: 0 });
    expect((await findOffer('PUB-OFFICER', officerBR))[0]!.status).toBe('pending_review');
  });

  it("an officer imports only its own country's listings and cannot overwrite another country's", async () => {
    await runImport(staff, line('OTHER-CL'));
    const report = await runImport(
      officerBR,
      [line('OWN-BR', { country: 'BR' }), line('FOREIGN-AR', { country: 'AR' }), line('OTHER-CL', { country: 'BR' })].join('\n'),
    );
    // Each country's catalogue has its own ids: BR's OTHER-CL is a new BR listing, and
    // nothing in the report tells the officer that CL has a listing with that id.
    expect(report).toMatchObject({ created: 2, linesWithErrors: 1 });
    expect(report.errors).toEqual([{ line: 2, field: 'country', code: 'wrong_country', reason: 'you may only import listings of BR' }]);
    expect(JSON.stringify(report)).not.toContain('CL');
    const cl = (await findOffer('OTHER-CL')).filter((l) => l.country === 'CL');
    expect(cl).toHaveLength(1);
    expect(cl[0]!.version).toBe(1);
  });

  it("the same externalId in two countries names two listings, and an import line addresses only its own country's", async () => {
    await runImport(staff, [line('SHARED-ID', { country: 'CL' }), line('SHARED-ID', { country: 'PE', title: 'Peruvian offer' })].join('\n'));
    const both = await findOffer('SHARED-ID');
    expect(both.map((l) => l.country).sort()).toEqual(['CL', 'PE']);
    const again = await runImport(staff, line('SHARED-ID', { country: 'PE', title: 'Peruvian offer, updated' }));
    expect(again).toMatchObject({ created: 0, updated: 1 });
    const after = await findOffer('SHARED-ID');
    expect(after.find((l) => l.country === 'CL')!.version).toBe(1);
    expect(after.find((l) => l.country === 'PE')!.title).toBe('Peruvian offer, updated');
  });

  it('a line already past its validUntil is stored as expired, not published', async () => {
    await runImport(staff, line('OLD-1', { validUntil: '2026-11-20' }));
    expect((await findOffer('OLD-1'))[0]!.status).toBe('expired');
  });

  it('reports progress in lines done of total', async () => {
    const body = Array.from({ length: 2500 }, (_, i) => line(`BULK-${i}`)).join('\n');
    const report = await runImport(staff, body);
    expect(report).toMatchObject({ status: 'completed', totalLines: 2500, linesDone: 2500, created: 2500 });
  });
});

describe('export', () => {
  it('export then import into an empty registry gives back the same listings', async () => {
    const exported = await api.app.inject({ url: '/v1/exports/listings?format=jsonl', headers: staff.headers });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/application\/x-ndjson/);
    const lines = exported.body.trim().split('\n');
    expect(lines.length).toBeGreaterThan(2500);

    const other = await startTestApi({ label: 'roundtrip' });
    const otherWorkers = await startWorkers({ env: other.env, db: other.db, search: other.search, clock: other.clock, log: pino({ level: 'silent' }) });
    for (const q of [QUEUES.match, QUEUES.matchBulk]) await other.producer.queue(q).pause();
    try {
      const otherStaff = await other.user('staff');
      const res = await other.app.inject({
        method: 'POST',
        url: '/v1/imports',
        headers: { ...otherStaff.headers, 'content-type': 'application/x-ndjson' },
        payload: exported.body,
      });
      const { id } = res.json();
      let report: Record<string, unknown> = {};
      for (let i = 0; i < 300 && report.status !== 'completed'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        report = (await other.app.inject({ url: `/v1/imports/${id}`, headers: otherStaff.headers })).json();
      }
      expect(report).toMatchObject({ status: 'completed', created: lines.length, linesWithErrors: 0 });
      const again = await other.app.inject({ url: '/v1/exports/listings?format=jsonl', headers: otherStaff.headers });
      const sortById = (body: string) =>
        body
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l))
          .sort((a, b) => `${a.kind}${a.externalId}`.localeCompare(`${b.kind}${b.externalId}`));
      expect(sortById(again.body)).toEqual(sortById(exported.body));
    } finally {
      await otherWorkers.close();
      await other.close();
    }
  });

  it('the public export has no contacts and only published listings', async () => {
    const res = await api.app.inject({ url: '/v1/exports/listings?format=jsonl' });
    const rows = res.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'published' && r.contact === undefined)).toBe(true);
    expect(rows.some((r) => r.externalId === 'OLD-1')).toBe(false); // expired: no longer public
    expect(rows.some((r) => r.externalId === 'PUB-OFFICER')).toBe(false);
  });

  it('CSV export has a header and one row per listing, filters applied', async () => {
    const res = await api.app.inject({ url: '/v1/exports/listings?format=csv&country=CL&externalId=IDEM-2', headers: staff.headers });
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const rows = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(rows[0]).toMatch(/^externalId,kind,status,title/);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('IDEM-2,offer,published,Alerta temprana comunitaria (actualizado)');
    expect(rows[1]).toContain('cooperacion@senapred.example.org');
  });
});
