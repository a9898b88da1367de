import { type TestApi, type TestUser, startTestApi } from '@enlace/api/testing';
import { QUEUES } from '@enlace/queue';
import { startWorkers } from '@enlace/worker';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Imports in CSV, with the columns the CSV export writes: each record is the listing a
 * JSON line would be, validated and processed the same way; lines are numbered as a
 * spreadsheet numbers its rows (the header is line 1) and errors name the column.
 */

let api: TestApi;
let workers: Awaited<ReturnType<typeof startWorkers>>;
let staff: TestUser;
let officerBR: TestUser;

async function startStack(label: string) {
  const a = await startTestApi({ label });
  const w = await startWorkers({ env: a.env, db: a.db, search: a.search, clock: a.clock, log: pino({ level: 'silent' }) });
  // These tests are about the registry; matching would only slow them.
  for (const q of [QUEUES.match, QUEUES.matchBulk]) await a.producer.queue(q).pause();
  return { a, w };
}

beforeAll(async () => {
  ({ a: api, w: workers } = await startStack('csv_import'));
  staff = await api.user('staff');
  officerBR = await api.user('agency_officer', { country: 'BR' });
});
afterAll(async () => {
  await workers?.close();
  await api?.close();
});

const COLUMNS = [
  'externalId',
  'kind',
  'status',
  'title',
  'description',
  'language',
  'country',
  'institutionName',
  'institutionAcronym',
  'institutionType',
  'sectors',
  'sdgGoals',
  'sdgTargets',
  'modalities',
  'cooperationTypes',
  'deliveryFormats',
  'workingLanguages',
  'targetCountries',
  'validFrom',
  'validUntil',
  'keywords',
  'contactName',
  'contactEmail',
];

/** A row as a person would fill it in a spreadsheet; override any column. */
const row = (externalId: string, extra: Record<string, string> = {}): Record<string, string> => ({
  externalId,
  kind: 'offer',
  status: '',
  title: `Formación en gestión del riesgo de desastres ${externalId}`,
  description: 'Cursos y pasantías sobre sistemas de alerta temprana y gestión comunitaria del riesgo.',
  language: 'es',
  country: 'CL',
  institutionName: 'Servicio Nacional de Prevención y Respuesta ante Desastres',
  institutionAcronym: 'SENAPRED',
  institutionType: 'government',
  sectors: 'disaster_management',
  sdgGoals: '13',
  sdgTargets: '11.5;13.1',
  modalities: 'training;internship',
  cooperationTypes: '',
  deliveryFormats: '',
  workingLanguages: 'es',
  targetCountries: '',
  validFrom: '',
  validUntil: '2028-12-31',
  keywords: '',
  contactName: 'Unidad de cooperación',
  contactEmail: 'cooperacion@senapred.example.org',
  ...extra,
});

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csv = (rows: Record<string, string>[], columns = COLUMNS) =>
  [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? '')).join(','))].join('\r\n') + '\r\n';

async function upload(server: TestApi, user: TestUser, body: string, type = 'text/csv') {
  return server.app.inject({ method: 'POST', url: '/v1/imports', headers: { ...user.headers, 'content-type': type }, payload: body });
}

async function finished(server: TestApi, user: TestUser, id: string) {
  for (let i = 0; i < 300; i++) {
    const report = (await server.app.inject({ url: `/v1/imports/${id}`, headers: user.headers })).json();
    if (report.status === 'completed' || report.status === 'failed') return report;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

async function runCsvImport(user: TestUser, body: string, server: TestApi = api) {
  const res = await upload(server, user, body);
  expect(res.statusCode, res.body).toBe(202);
  return finished(server, user, res.json().id);
}

async function findOffer(externalId: string, user: TestUser = staff) {
  const res = await api.app.inject({ url: `/v1/listings?kind=offer&externalId=${externalId}`, headers: user.headers });
  return res.json().items as Record<string, unknown>[];
}

describe('CSV import', () => {
  it('creates each row as the listing its JSON line would be, and counts the header as line 1', async () => {
    const res = await upload(
      api,
      staff,
      csv([row('CSV-GOOD-1'), row('CSV-GOOD-2', { keywords: 'alerta temprana;resiliencia', cooperationTypes: 'triangular' })]),
    );
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ totalLines: 3, status: 'queued' });
    const report = await finished(api, staff, res.json().id);
    expect(report).toMatchObject({ status: 'completed', totalLines: 3, linesDone: 3, created: 2, linesWithErrors: 0, errors: [] });
    const [listing] = await findOffer('CSV-GOOD-2');
    expect(listing).toMatchObject({
      status: 'published',
      country: 'CL',
      institution: { name: 'Servicio Nacional de Prevención y Respuesta ante Desastres', acronym: 'SENAPRED', type: 'government' },
      sdgGoals: [13],
      sdgTargets: ['11.5', '13.1'],
      modalities: ['training', 'internship'],
      cooperationTypes: ['triangular'],
      keywords: ['alerta temprana', 'resiliencia'],
      contact: { name: 'Unidad de cooperación', email: 'cooperacion@senapred.example.org' },
    });
    expect(listing).not.toHaveProperty('targetCountries');
  });

  it('reports a bad row with its spreadsheet line number, its column and a stable code, and keeps the good rows', async () => {
    const report = await runCsvImport(
      staff,
      csv([
        row('CSV-MIX-1'),
        row('CSV-MIX-2', { sdgTargets: '11.5;13.9', institutionName: '' }),
        row('CSV-MIX-3', { description: 'Una descripción que ocupa\ndos líneas del archivo y sigue siendo una sola fila.' }),
        row('CSV-MIX-4', { kind: '' }),
        row('CSV-MIX-1'),
      ]),
    );
    expect(report).toMatchObject({ status: 'completed', totalLines: 6, linesDone: 6, created: 2, linesWithErrors: 3 });
    expect(report.errors).toEqual([
      { line: 3, field: 'institutionName', code: 'required', reason: expect.any(String) },
      { line: 3, field: 'sdgTargets', code: expect.any(String), reason: expect.stringMatching(/^item 2: .*SDG target/) },
      { line: 5, field: 'kind', code: 'invalid_value', reason: expect.any(String) },
      { line: 6, field: 'externalId', code: 'duplicate', reason: expect.stringMatching(/already appears on line 2/) },
    ]);
    expect(await findOffer('CSV-MIX-1')).toHaveLength(1);
    expect(await findOffer('CSV-MIX-3')).toHaveLength(1);
    expect(await findOffer('CSV-MIX-2')).toHaveLength(0);
  });

  it('reports a row with more cells than the header on its line', async () => {
    const body = `${csv([row('CSV-CELLS-1')])}CSV-CELLS-2,offer,one too many${',x'.repeat(COLUMNS.length - 2)}\r\n`;
    const report = await runCsvImport(staff, body);
    expect(report).toMatchObject({ created: 1, linesWithErrors: 1 });
    expect(report.errors).toEqual([
      { line: 3, field: '(line)', code: 'column_count', reason: `${COLUMNS.length + 1} cells, but the header has ${COLUMNS.length} columns` },
    ]);
  });

  it('refuses a header that is not the export’s columns with a 400 naming the column', async () => {
    const unknown = await upload(api, staff, csv([row('CSV-H-1', { nickname: 'x' })], [...COLUMNS, 'nickname']));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ field: 'nickname', code: 'unknown_column', reason: 'nickname is not a column of the CSV export' }]);

    const missing = await upload(
      api,
      staff,
      csv(
        [row('CSV-H-2')],
        COLUMNS.filter((c) => c !== 'contactEmail'),
      ),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ field: 'contactEmail', code: 'missing_column', reason: 'the column contactEmail is missing' }]);

    const open = await upload(api, staff, `${COLUMNS.join(',')}\n"CSV-H-3,offer\n`);
    expect(open.statusCode).toBe(400);
    expect(open.json().errors).toEqual([{ field: '(body)', code: 'invalid_csv', reason: expect.stringMatching(/quote/i) }]);
    expect(await findOffer('CSV-H-1')).toHaveLength(0);
  });

  it('refuses a CSV in another charset than UTF-8', async () => {
    const res = await upload(api, staff, csv([row('CSV-LATIN')]), 'text/csv; charset=windows-1252');
    expect(res.statusCode).toBe(415);
    const utf8 = await upload(api, staff, csv([row('CSV-UTF8')]), 'text/csv; charset=utf-8');
    expect(utf8.statusCode).toBe(202);
    expect(await finished(api, staff, utf8.json().id)).toMatchObject({ created: 1 });
  });

  it("an officer imports only their own country's rows", async () => {
    const report = await runCsvImport(officerBR, csv([row('CSV-BR-1', { country: 'BR' }), row('CSV-AR-1', { country: 'AR' })]));
    expect(report).toMatchObject({ created: 1, linesWithErrors: 1 });
    expect(report.errors).toEqual([{ line: 3, field: 'country', code: 'wrong_country', reason: 'you may only import listings of BR' }]);
  });

  it('an export in CSV, imported again, gives back the same listings: in the same registry nothing changes, in an empty one the export is the same', async () => {
    // Text a spreadsheet would run as a formula, text that starts with a quote already,
    // commas, quotes and line breaks; written through JSON Lines, which keeps any text.
    const tricky = [
      {
        externalId: 'CSV-RT-1',
        kind: 'offer',
        status: 'draft',
        title: '=HYPERLINK("http://evil.example","Ver")',
        description: '+cmd|\' /C calc\'!A0, con "comillas", comas\ny saltos de línea en la descripción.',
        language: 'es',
        country: 'CL',
        institution: { name: '@Instituto de pruebas' },
        sectors: ['health', 'education'],
        targetCountries: ['AR', 'PE'],
        deliveryFormats: ['virtual', 'hybrid'],
        validFrom: '2026-01-01',
        validUntil: '2029-06-30',
        keywords: ['-menos', "'=citado", 'normal'],
        contact: { name: "'+ya citado", email: 'x@example.org' },
      },
      {
        externalId: 'CSV-RT-2',
        kind: 'demand',
        title: 'Demanda sin datos opcionales',
        description: 'Una demanda con solo lo obligatorio, nada más que eso.',
        language: 'es',
        country: 'CL',
        institution: { name: 'Ministerio' },
        sectors: ['health'],
      },
    ];
    const res = await upload(api, staff, tricky.map((l) => JSON.stringify(l)).join('\n'), 'application/x-ndjson');
    expect(await finished(api, staff, res.json().id)).toMatchObject({ created: 2, linesWithErrors: 0 });

    const exported = await api.app.inject({ url: '/v1/exports/listings?format=csv&country=CL', headers: staff.headers });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain(`'=HYPERLINK`);
    expect(exported.body).toContain("''+ya citado");

    const same = await runCsvImport(staff, exported.body);
    expect(same).toMatchObject({ status: 'completed', created: 0, updated: 0, linesWithErrors: 0 });
    expect(same.unchanged).toBe(same.totalLines - 1);
    expect(same.unchanged).toBeGreaterThan(5);

    const { a: other, w: otherWorkers } = await startStack('csv_roundtrip');
    try {
      const otherStaff = await other.user('staff');
      const report = await runCsvImport(otherStaff, exported.body, other);
      expect(report).toMatchObject({ status: 'completed', created: same.unchanged, linesWithErrors: 0 });
      const sorted = async (server: TestApi, user: TestUser) =>
        (await server.app.inject({ url: '/v1/exports/listings?format=jsonl&country=CL', headers: user.headers })).body
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { kind: string; externalId: string })
          .sort((a, b) => `${a.kind}${a.externalId}`.localeCompare(`${b.kind}${b.externalId}`));
      const mine = await sorted(api, staff);
      expect(mine.find((l) => l.externalId === 'CSV-RT-1')).toEqual(tricky[0]);
      expect(await sorted(other, otherStaff)).toEqual(mine);
      const again = await other.app.inject({ url: '/v1/exports/listings?format=csv&country=CL', headers: otherStaff.headers });
      const rowsOf = (body: string) => body.split(/\r?\n/).slice(1).sort();
      expect(rowsOf(again.body)).toEqual(rowsOf(exported.body));
    } finally {
      await otherWorkers.close();
      await other.close();
    }
  });

  it('is documented in the OpenAPI document beside JSON Lines', async () => {
    const doc = (await api.app.inject({ url: '/openapi.json' })).json();
    const body = doc.paths['/v1/imports'].post.requestBody;
    expect(Object.keys(body.content).sort()).toEqual(['application/x-ndjson', 'text/csv']);
    expect(doc.paths['/v1/imports'].post.description).toMatch(/text\/csv/);
  });
});
