import { serveMetrics } from '@enlace/metrics';
import { QUEUES } from '@enlace/queue';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, startTestApi, type TestApi } from './testing.js';

/*
 * The metrics the people running Enlace scrape: request latency per route pattern, the
 * queues, the outbox and the deliveries, served on a port of their own behind a token.
 */
let api: TestApi;
let server: Awaited<ReturnType<typeof serveMetrics>>;
const TOKEN = 'metrics-token-for-tests-0123456789';

beforeAll(async () => {
  api = await startTestApi({ label: 'metrics' });
  server = await serveMetrics(api.app.metrics, { host: '127.0.0.1', port: 0, token: TOKEN });
});
afterAll(async () => {
  await server?.close();
  await api?.close();
});

const scrape = async () => {
  const res = await fetch(server.url, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
  return res.text();
};
const value = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('metrics', () => {
  it('are refused without the token, and not found anywhere but /metrics', async () => {
    expect((await fetch(server.url)).status).toBe(401);
    expect((await fetch(server.url, { headers: { authorization: 'Bearer not-the-token' } })).status).toBe(401);
    expect((await fetch(server.url.replace('/metrics', '/'), { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    // The public API does not serve them.
    expect((await api.app.inject({ url: '/metrics' })).statusCode).toBe(404);
  });

  it('count requests by route pattern and status class, never by raw address', async () => {
    const staff = await api.user('staff');
    const created = await api.app.inject({ method: 'POST', url: '/v1/listings', headers: staff.headers, payload: offerBody('BR') });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    for (let i = 0; i < 3; i++) await api.app.inject({ url: `/v1/listings/${id}`, headers: staff.headers });
    await api.app.inject({ url: '/v1/listings/00000000-0000-4000-8000-000000000000' });
    const text = await scrape();
    expect(value(text, 'enlace_http_request_duration_seconds_count{method="GET",route="/v1/listings/:id",status="2xx"}')).toBe(3);
    expect(value(text, 'enlace_http_request_duration_seconds_count{method="GET",route="/v1/listings/:id",status="4xx"}')).toBe(1);
    expect(value(text, 'enlace_http_request_duration_seconds_count{method="POST",route="/v1/listings",status="2xx"}')).toBe(1);
    expect(text).not.toContain(id);
  });

  it('read the outbox, the queues and the deliveries when scraped', async () => {
    const { rows } = await api.db.execute<{ n: number }>(sql`select count(*)::int as n from outbox where dispatched_at is null`);
    expect(rows[0]!.n).toBeGreaterThan(0); // the listing created above, not relayed: no worker runs here
    const text = await scrape();
    expect(value(text, 'enlace_outbox_events{state="undispatched"}')).toBe(rows[0]!.n);
    expect(value(text, 'enlace_outbox_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(text, 'enlace_queue_jobs{queue="match",state="waiting"}')).toBe(0);
    expect(value(text, 'enlace_queue_oldest_waiting_seconds{queue="deliveries"}')).toBe(0);
    expect(text).toContain('# TYPE enlace_deliveries gauge');
    expect(text).toContain('enlace_api_process_cpu_seconds_total');
  });
});

describe('the queue board', () => {
  it('shows admins every queue, and no one else', async () => {
    const admin = await api.user('admin');
    const staff = await api.user('staff');
    expect((await api.app.inject({ url: '/admin/queues' })).statusCode).toBe(401);
    const refused = await api.app.inject({ url: '/admin/queues', headers: staff.headers });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');

    const page = await api.app.inject({ url: '/admin/queues', headers: admin.headers });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Enlace queues');
    const queues = await api.app.inject({ url: '/admin/queues/api/queues', headers: admin.headers });
    expect(queues.statusCode, queues.body).toBe(200);
    expect(
      queues
        .json()
        .queues.map((q: { name: string }) => q.name)
        .sort(),
    ).toEqual(Object.values(QUEUES).sort());
  });

  it('is not part of the API contract', async () => {
    const doc = (await api.app.inject({ url: '/openapi.json' })).json();
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/admin'))).toEqual([]);
  });
});
