import { type TestApi, type TestUser, startTestApi } from '@enlace/api/testing';
import type { Database } from '@enlace/db';
import type { Producer } from '@enlace/queue';
import { QUEUES } from '@enlace/queue';
import { onImportFailedForGood, requeueImports, startWorkers } from '@enlace/worker';
import type { Job } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let api: TestApi;
let workers: Awaited<ReturnType<typeof startWorkers>>;
let staff: TestUser;

beforeAll(async () => {
  api = await startTestApi({ label: 'importlimits' });
  workers = await startWorkers({ env: api.env, db: api.db, search: api.search, clock: api.clock, log: pino({ level: 'silent' }) });
  // These tests are about import errors; indexing and matching would only slow them.
  for (const q of [QUEUES.match, QUEUES.matchBulk, QUEUES.indexBulk, QUEUES.index]) await api.producer.queue(q).pause();
  staff = await api.user('staff');
});
afterAll(async () => {
  await workers?.close();
  await api?.close();
});

type Report = {
  id: string;
  status: string;
  linesWithErrors: number;
  errors: { line: number; field: string; code: string; reason: string }[];
  moreErrorsAfterLine?: number;
  errorsNotStored: number;
};

/** A valid listing line carrying `unknown` fields the format does not have. */
const line = (n: number, unknown: number) =>
  JSON.stringify({
    externalId: `LIMITS-${n}`,
    kind: 'offer',
    status: 'draft',
    title: `Formación en gestión del riesgo de desastres ${n}`,
    description: 'Cursos y pasantías sobre sistemas de alerta temprana y gestión comunitaria del riesgo.',
    language: 'es',
    country: 'CL',
    institution: { name: 'Servicio Nacional de Prevención y Respuesta ante Desastres' },
    sectors: ['disaster_management'],
    ...Object.fromEntries(Array.from({ length: unknown }, (_, i) => [`extra${i}`, i])),
  });

const post = (user: TestUser, body: string) =>
  api.app.inject({ method: 'POST', url: '/v1/imports', headers: { ...user.headers, 'content-type': 'application/x-ndjson' }, payload: body });

async function finished(user: TestUser, id: string): Promise<Report> {
  for (let i = 0; i < 600; i++) {
    const report = (await api.app.inject({ url: `/v1/imports/${id}`, headers: user.headers })).json<Report>();
    if (report.status === 'completed' || report.status === 'failed') return report;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

async function runImport(user: TestUser, body: string): Promise<Report> {
  const res = await post(user, body);
  expect(res.statusCode, res.body).toBe(202);
  return finished(user, res.json<{ id: string }>().id);
}

/** Every stored error, a page at a time, and the pages' sizes. */
async function allErrors(user: TestUser, id: string) {
  const errors: Report['errors'] = [];
  const pages: Report[] = [];
  let after = 0;
  for (;;) {
    const page = (await api.app.inject({ url: `/v1/imports/${id}?errorsAfterLine=${after}`, headers: user.headers })).json<Report>();
    pages.push(page);
    errors.push(...page.errors);
    if (page.moreErrorsAfterLine === undefined) return { errors, pages };
    after = page.moreErrorsAfterLine;
  }
}

const perLine = (errors: Report['errors']) => {
  const counts = new Map<number, number>();
  for (const e of errors) counts.set(e.line, (counts.get(e.line) ?? 0) + 1);
  return counts;
};

describe('import errors are capped, and every stored one can be read', () => {
  it('a line with 3,000 unknown fields keeps 20 errors and one saying how many more', async () => {
    const report = await runImport(staff, line(1, 3000));
    expect(report).toMatchObject({ status: 'completed', linesWithErrors: 1, errorsNotStored: 2980 });
    expect(report.errors).toHaveLength(21);
    expect(report.errors.slice(0, 20).every((e) => e.reason === 'unknown field')).toBe(true);
    expect(report.errors[20]).toEqual({ line: 1, field: '(line)', code: 'more_errors', reason: 'and 2980 more errors on this line' });
  });

  it('pages of errors end on whole lines, so that paging reaches every stored error', async () => {
    const body = Array.from({ length: 60 }, (_, i) => line(i + 1, 30)).join('\n');
    const report = await runImport(staff, body);
    expect(report).toMatchObject({ status: 'completed', linesWithErrors: 60, errorsNotStored: 60 * 10 });
    const { errors, pages } = await allErrors(staff, report.id);
    expect(pages.length).toBeGreaterThan(1);
    const counts = perLine(errors);
    expect(counts.size).toBe(60);
    expect([...counts.values()].every((n) => n === 21)).toBe(true);
    // No line is split between two pages.
    for (const page of pages.slice(0, -1)) expect(page.errors.at(-1)!.line).toBe(page.moreErrorsAfterLine);
  });

  it('an import keeps at most 10,000 errors and counts the ones it did not keep', async () => {
    const body = Array.from({ length: 500 }, (_, i) => line(i + 1, 30)).join('\n');
    const report = await runImport(staff, body);
    expect(report.linesWithErrors).toBe(500);
    const { errors } = await allErrors(staff, report.id);
    expect(errors.length).toBeLessThanOrEqual(10_000);
    expect(errors.length).toBeGreaterThan(9_900);
    // Every error found is either stored or counted: 500 lines × 30 unknown fields.
    const stored = errors.filter((e) => e.field !== '(line)').length;
    expect(stored + report.errorsNotStored).toBe(500 * 30);
    // Lines are kept whole: the first ones, each with its 21 errors.
    const counts = perLine(errors);
    expect([...counts.values()].every((n) => n === 21)).toBe(true);
    expect([...counts.keys()]).toEqual(Array.from({ length: counts.size }, (_, i) => i + 1));
  });
});

describe('one import per person at a time', () => {
  it('a second upload while the first waits is refused with 409 naming it; once it is done the next is accepted', async () => {
    const officer = await api.user('agency_officer', { country: 'CL' });
    const imports = api.producer.queue(QUEUES.imports);
    await imports.pause();
    const first = await post(officer, line(1001, 0));
    expect(first.statusCode, first.body).toBe(202);
    const { id } = first.json<{ id: string }>();

    const second = await post(officer, line(1002, 0));
    expect(second.statusCode).toBe(409);
    expect(second.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(second.json().detail).toContain(id);
    // Others are not held up by this person's import.
    const other = await post(staff, line(1003, 0));
    expect(other.statusCode, other.body).toBe(202);

    await imports.resume();
    expect((await finished(officer, id)).status).toBe('completed');
    expect((await finished(staff, other.json<{ id: string }>().id)).status).toBe('completed');
    expect((await runImport(officer, line(1002, 0))).status).toBe('completed');
  });

  it('an import whose job BullMQ gave up on is marked failed, which frees its person', async () => {
    const officer = await api.user('agency_officer', { country: 'CL' });
    const imports = api.producer.queue(QUEUES.imports);
    await imports.pause();
    const { id } = (await post(officer, line(2001, 0))).json<{ id: string }>();
    // A job that stalled too often fails with attempts to spare.
    const stalled = { data: { importId: id }, attemptsMade: 1, opts: { attempts: 5 }, getState: async () => 'failed' } as unknown as Job<{ importId: string }>;
    await onImportFailedForGood(api.db, stalled, new Error('job stalled more than allowable limit'));
    await imports.resume();

    const report = (await api.app.inject({ url: `/v1/imports/${id}`, headers: officer.headers })).json<Report & { failure?: string }>();
    expect(report).toMatchObject({ status: 'failed', failure: 'job stalled more than allowable limit' });
    expect((await post(officer, line(2002, 0))).statusCode).toBe(202);
  });

  it('the sweep marks failed an import whose failed job it finds, rather than leave it running', async () => {
    const officer = await api.user('agency_officer', { country: 'CL' });
    const imports = api.producer.queue(QUEUES.imports);
    await imports.pause();
    const { id } = (await post(officer, line(3001, 0))).json<{ id: string }>();
    // The failure handler could not reach PostgreSQL when BullMQ gave up on the job.
    const failedJob = { getState: async () => 'failed', failedReason: 'the worker lost PostgreSQL' };
    const producer = {
      queue: () => ({ getJob: async (jobId: string) => (jobId === `import-${id}` ? failedJob : undefined) }),
      add: async () => 'x',
    } as unknown as Producer;
    await requeueImports({ db: api.db as Database, producer });
    await imports.resume();

    const report = (await api.app.inject({ url: `/v1/imports/${id}`, headers: officer.headers })).json<Report & { failure?: string }>();
    expect(report).toMatchObject({ status: 'failed', failure: 'the worker lost PostgreSQL' });
  });
});
