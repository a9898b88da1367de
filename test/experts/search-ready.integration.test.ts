import { type TestApi, expertBody, startTestApi } from '@enlace/api/testing';
import { QUEUES } from '@enlace/queue';
import { startWorkers } from '@enlace/worker';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';

/*
 * On a fresh start the worker applies the search indexes' settings in the background;
 * jobs that query the index wait for them instead of failing on an index that cannot
 * filter yet (and being logged as errors until a retry).
 */
let api: TestApi;
let workers: Awaited<ReturnType<typeof startWorkers>>;
let release: () => void;

beforeAll(async () => {
  api = await startTestApi({ label: 'search-ready' });
  const searchReady = new Promise<void>((resolve) => (release = resolve));
  workers = await startWorkers({ env: api.env, db: api.db, search: api.search, clock: api.clock, log: pino({ level: 'silent' }), searchReady });
});
afterAll(async () => {
  release?.();
  await workers?.close();
  await api?.close();
});

describe('jobs that query the search index', () => {
  it('wait until the index settings are applied, then run', async () => {
    const staff = await api.user('staff');
    const created = await api.app.inject({ method: 'POST', url: '/v1/experts', payload: expertBody('Marina Duarte', 'marina@example.org') });
    const { id } = created.json() as { id: string };
    expect((await api.app.inject({ method: 'POST', url: `/v1/experts/${id}/validate`, headers: staff.headers })).statusCode).toBe(200);
    const queue = api.producer.queue(QUEUES.indexExperts);
    await eventually(async () => ((await queue.getJobCounts('active')).active ?? 0) > 0, 20_000, 'the expert job started');
    await new Promise((r) => setTimeout(r, 500));
    // The registration's and the validation's jobs: both wait, neither fails.
    const waiting = await queue.getJobCounts('active', 'completed', 'failed');
    expect(waiting.active).toBeGreaterThan(0);
    expect([waiting.completed, waiting.failed]).toEqual([0, 0]);

    release();
    await eventually(async () => ((await queue.getJobCounts('completed')).completed ?? 0) > 0, 20_000, 'the expert job completed');
    expect((await queue.getJobCounts('failed')).failed).toBe(0);
    const hits = (await api.app.inject({ url: '/v1/experts?q=Marina' })).json() as { items: { id: string }[] };
    expect(hits.items.map((h) => h.id)).toContain(id);
  });
});
