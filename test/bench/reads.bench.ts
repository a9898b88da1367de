/*
 * The main read routes under load, each next to a bare fastify route doing the same work
 * in the same run: the very SQL statements the API sent for that request (recorded from
 * the pg driver, replayed on a pool of the same size) or the very Meilisearch queries
 * (recorded from the search client's requests, replayed through the same transport). With 20 connections for a bounded time each:
 *   GET /v1/listings?limit=20, GET /v1/listings/{id}, GET /v1/listings/{id}/matches,
 *   GET /v1/search?q=…
 * Targets (issue 14): each route at least half the throughput of its bare twin, and a
 * listing's matches at 1,000 requests a second, measured as deployed (anonymous readers
 * share an answer for a few seconds) next to the API computing each answer.
 */
import http from 'node:http';
import os from 'node:os';
import { buildApp } from '@enlace/api';
import type { TestApi } from '@enlace/api/testing';
import { TEST_MEILI_URL } from '@enlace/devstack/testing';
import { listings, matches, outbox } from '@enlace/db';
import { createTranslator } from '@enlace/matching';
import { CorpusStatsCache, matchListings } from '@enlace/matchmaking';
import { QUEUES } from '@enlace/queue';
import { keepAliveHttpClient } from '@enlace/search';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import Fastify from 'fastify';
import pg from 'pg';
import { CONNECTIONS, type Load, load, round, SECONDS, sleep } from './http-load.js';
import { generateListings, toNdjson } from './import.bench.js';
import { startBenchStack } from './stack.js';
import type { BenchResult, Log } from './run.js';

const TOTAL = Number(process.env.BENCH_READS_LISTINGS ?? 10_000);
const MATCHED = 100;
const TARGET = 0.5;
/** Issue 14: a listing's matches, the page a focal point opens most, at 1,000 requests a second. */
const MATCHES_TARGET = 1000;
/** As deployed: anonymous readers of a listing's matches share an answer for this long. */
const MATCHES_SHARED_SECONDS = 10;

/** What one API request sent to PostgreSQL and to Meilisearch, recorded as it was sent. */
interface Recorded {
  sql: { text: string; values?: unknown[]; rowMode?: string }[];
  meili: { url: string; init: RequestInit }[];
}
let recording: Recorded | null = null;

function startRecorder(meiliUrl: string) {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args;
    if (recording) {
      if (typeof config === 'string') recording.sql.push({ text: config, ...(Array.isArray(values) ? { values } : {}) });
      else if (config && typeof config === 'object' && 'text' in config) {
        const c = config as { text: string; values?: unknown[]; rowMode?: string };
        const params = c.values ?? (Array.isArray(values) ? values : undefined);
        recording.sql.push({ text: c.text, ...(params ? { values: params } : {}), ...(c.rowMode ? { rowMode: c.rowMode } : {}) });
      }
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  // The search client sends through node:http (@enlace/search's keepAliveHttpClient):
  // each request to Meilisearch is recorded with the body it ends with.
  const request0 = http.request;
  http.request = ((...args: Parameters<typeof http.request>) => {
    const req = (request0 as (...a: unknown[]) => http.ClientRequest)(...args);
    const [target, options] = args as [string | URL, http.RequestOptions | undefined];
    const url = String(target);
    if (recording && url.startsWith(meiliUrl)) {
      const calls = recording.meili;
      const end = req.end.bind(req) as (body?: unknown) => http.ClientRequest;
      req.end = ((body?: unknown) => {
        calls.push({
          url,
          init: { method: options?.method ?? 'GET', headers: (options?.headers ?? {}) as Record<string, string>, body: typeof body === 'string' ? body : null },
        });
        return end(body);
      }) as typeof req.end;
    }
    return req;
  }) as typeof http.request;
  return () => {
    pg.Client.prototype.query = query as typeof pg.Client.prototype.query;
    http.request = request0;
  };
}

async function recordOnce(api: TestApi, url: string): Promise<Recorded> {
  recording = { sql: [], meili: [] };
  try {
    const res = await api.app.inject({ url });
    if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
    return recording;
  } finally {
    recording = null;
  }
}

/**
 * What one request sends. The workers share this process and its pg driver, so a
 * statement of theirs sent meanwhile would be recorded too: the request is recorded until
 * two recordings in a row agree.
 */
async function record(api: TestApi, url: string): Promise<Recorded> {
  const shape = (r: Recorded) => JSON.stringify([r.sql.map((s) => s.text), r.meili.map((m) => m.url)]);
  let last = await recordOnce(api, url);
  for (let attempt = 0; attempt < 10; attempt++) {
    const next = await recordOnce(api, url);
    if (shape(next) === shape(last)) return next;
    last = next;
  }
  throw new Error(`${url}: no two recordings in a row sent the same statements`);
}

async function waitForIndex(api: TestApi, expected: number, log: Log) {
  for (let last = 0; ;) {
    const stats = await api.search.listings.getStats();
    const bulk = await api.producer.queue(QUEUES.indexBulk).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    const pending = Object.values(bulk).reduce((a, b) => a + b, 0);
    if (stats.numberOfDocuments >= expected && !stats.isIndexing && pending === 0) return;
    if (Date.now() - last > 10_000) {
      last = Date.now();
      log(`  … ${stats.numberOfDocuments}/${expected} documents indexed`);
    }
    await sleep(500);
  }
}

/**
 * Until the workers are idle: the sample's new matches are relayed and fanned out in this
 * process, and a load measured meanwhile would share the cores with them.
 */
async function waitForQuiet(api: TestApi, log: Log) {
  const lanes = [QUEUES.index, QUEUES.indexBulk, QUEUES.notify, QUEUES.notifyBulk, QUEUES.deliveries, QUEUES.indexExperts];
  for (let since = Date.now(); ; await sleep(250)) {
    const [pending] = await api.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(isNull(outbox.dispatchedAt));
    let jobs = 0;
    for (const lane of lanes)
      jobs += Object.values(await api.producer.queue(lane).getJobCounts('waiting', 'active', 'delayed', 'prioritized')).reduce((a, b) => a + b, 0);
    if (pending!.n === 0 && jobs === 0) return log(`  workers idle after ${round((Date.now() - since) / 1000)} s`);
  }
}

export async function run(log: Log): Promise<BenchResult> {
  const { api, workers } = await startBenchStack('readsbench', log);
  // Matching every listing is the matching bench's business; a sample is matched below.
  for (const q of [QUEUES.match, QUEUES.matchBulk]) await api.producer.queue(q).pause();
  const apiUrl = await api.app.listen({ host: '127.0.0.1', port: 0 });
  // The bench stack computes every answer (MATCHES_CACHE_SECONDS=0, as tests run); this
  // API, on the same database, shares the public's answers as deployed.
  const sharing = await buildApp({ ...api.app.deps, env: { ...api.app.deps.env, MATCHES_CACHE_SECONDS: MATCHES_SHARED_SECONDS } });
  const sharingUrl = await sharing.listen({ host: '127.0.0.1', port: 0 });
  const pool = new pg.Pool({ connectionString: api.env.DATABASE_URL, max: CONNECTIONS });
  const bare = Fastify();
  // The bare twin sends its Meilisearch queries as the API does.
  const meili = keepAliveHttpClient();
  const translator = createTranslator();
  const stopRecorder = startRecorder(TEST_MEILI_URL);
  try {
    const staff = await api.user('staff');
    log(`importing and indexing ${TOTAL} listings`);
    const imported = await api.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...staff.headers, 'content-type': 'application/x-ndjson' },
      payload: toNdjson(generateListings(TOTAL, 4242, 'READS')),
    });
    if (imported.statusCode !== 202) throw new Error(`import refused: ${imported.body.slice(0, 300)}`);
    for (;;) {
      const s = (await api.app.inject({ url: `/v1/imports/${imported.json().id}`, headers: staff.headers })).json<{ status: string }>();
      if (s.status === 'completed') break;
      if (s.status === 'failed') throw new Error('import failed');
      await sleep(250);
    }
    await waitForIndex(api, TOTAL, log);
    const sample = await api.db
      .select({ id: listings.id })
      .from(listings)
      .where(and(eq(listings.status, 'published'), eq(listings.kind, 'demand')))
      .orderBy(sql`md5(${listings.id}::text)`)
      .limit(MATCHED);
    await matchListings(
      { db: api.db, search: api.search, translator, clock: api.clock, stats: new CorpusStatsCache(api.db) },
      sample.map((s) => s.id),
    );
    await waitForQuiet(api, log);
    // The demand with the most matches: the page a focal point opens most, at its fullest.
    const [busiest] = await api.db
      .select({ id: matches.demandId, n: sql<number>`count(*)::int` })
      .from(matches)
      .groupBy(matches.demandId)
      .orderBy(desc(sql`count(*)`))
      .limit(1);
    if (!busiest) throw new Error('no matches were found in the sample');
    const [title] = await api.db.select({ title: listings.title }).from(listings).where(eq(listings.id, busiest.id));
    const q = title!.title
      .split(/\s+/)
      .filter((w) => w.length > 3)
      .slice(0, 2)
      .join(' ');
    log(`  demand ${busiest.id} has ${busiest.n} matches; search for "${q}"`);

    const routes = {
      list: '/v1/listings?limit=20',
      listing: `/v1/listings/${busiest.id}`,
      matches: `/v1/listings/${busiest.id}/matches`,
      search: `/v1/search?q=${encodeURIComponent(q)}`,
    } as const;
    const recorded: Record<string, Recorded> = {};
    for (const [name, url] of Object.entries(routes)) {
      await api.app.inject({ url }); // warm caches (taxonomies, prepared plans) before recording
      recorded[name] = await record(api, url);
      bare.get(`/bare/${name}`, async () => {
        const out: unknown[] = [];
        for (const s of recorded[name]!.sql)
          out.push((await pool.query({ text: s.text, values: s.values, ...(s.rowMode === 'array' ? { rowMode: 'array' as const } : {}) })).rows);
        for (const m of recorded[name]!.meili) out.push(await meili(m.url, m.init));
        return out;
      });
    }
    stopRecorder();
    const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
    for (const name of Object.keys(routes)) {
      const res = await fetch(`${bareUrl}/bare/${name}`);
      if (!res.ok)
        throw new Error(`bare ${name} answered ${res.status}: ${(await res.text()).slice(0, 300)}; it replays ${JSON.stringify(recorded[name]).slice(0, 600)}`);
    }

    const rows: { name: string; url: string; statements: number; meiliQueries: number; api: Load; bare: Load }[] = [];
    for (const [name, url] of Object.entries(routes)) {
      const viaApi = await load(`${apiUrl}${url}`);
      const viaBare = await load(`${bareUrl}/bare/${name}`);
      const r = recorded[name]!;
      log(
        `  ${url}: API ${viaApi.perSecond} req/s (p95 ${viaApi.latencyMs.p95} ms); bare ${viaBare.perSecond} req/s (p95 ${viaBare.latencyMs.p95} ms); ${r.sql.length} SQL, ${r.meili.length} Meilisearch`,
      );
      rows.push({ name, url, statements: r.sql.length, meiliQueries: r.meili.length, api: viaApi, bare: viaBare });
    }
    // The same matches as the public reads them from the API as deployed, next to its twin again.
    const sharedMatches = { ...rows.find((r) => r.name === 'matches')!, name: 'matches, shared' };
    sharedMatches.api = await load(`${sharingUrl}${routes.matches}`);
    sharedMatches.bare = await load(`${bareUrl}/bare/matches`);
    log(
      `  ${routes.matches} as deployed: API ${sharedMatches.api.perSecond} req/s (p95 ${sharedMatches.api.latencyMs.p95} ms); bare ${sharedMatches.bare.perSecond} req/s`,
    );
    rows.push(sharedMatches);
    const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 1)) * 100) / 100;
    const met = rows.every((r) => ratio(r.api.perSecond, r.bare.perSecond) >= TARGET);
    const matchesMet = sharedMatches.api.perSecond >= MATCHES_TARGET;
    const figures = {
      listings: TOTAL,
      busiestDemandMatches: busiest.n,
      connections: CONNECTIONS,
      secondsEach: SECONDS,
      target: TARGET,
      routes: Object.fromEntries(rows.map((r) => [r.url, { ...r, apiOverBare: ratio(r.api.perSecond, r.bare.perSecond) }])),
      meetsTarget: met,
      matchesAsDeployed: { perSecond: sharedMatches.api.perSecond, target: MATCHES_TARGET, sharedSeconds: MATCHES_SHARED_SECONDS, meetsTarget: matchesMet },
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage: os.loadavg().map(round) },
      date: new Date().toISOString(),
    };
    return {
      name: 'reads',
      title: `Read routes under load, next to a bare fastify route doing the same work (${TOTAL} listings, ${CONNECTIONS} connections)`,
      figures,
      table: {
        columns: ['route', 'SQL', 'Meili', 'API req/s', 'API p95 ms', 'bare req/s', 'bare p95 ms', 'API / bare'],
        rows: rows.map((r) => [
          `GET ${r.url.replace(busiest.id, '{id}')}${r.name === 'matches, shared' ? `, shared with the public for ${MATCHES_SHARED_SECONDS} s (as deployed)` : ''}`,
          String(r.statements),
          String(r.meiliQueries),
          String(r.api.perSecond),
          String(r.api.latencyMs.p95),
          String(r.bare.perSecond),
          String(r.bare.latencyMs.p95),
          String(ratio(r.api.perSecond, r.bare.perSecond)),
        ]),
      },
      verdict:
        `${rows.map((r) => `${r.name} **${ratio(r.api.perSecond, r.bare.perSecond)}** of its bare twin`).join(', ')} (target ≥ ${TARGET}: ${met ? 'met' : 'NOT met'}); ` +
        `a listing's matches as the public reads them **${sharedMatches.api.perSecond} req/s** (target ≥ ${MATCHES_TARGET}: ${matchesMet ? 'met' : 'NOT met'}), computed for each request ${rows.find((r) => r.name === 'matches')!.api.perSecond} req/s.`,
      notes: [
        `${TOTAL} generated listings imported through the API and indexed; ${MATCHED} published demands matched by the worker's code; the routes read the demand with the most matches (${busiest.n}), anonymously.`,
        `Bare twin: a fastify route with no plugin that sends the very statements the API sent for one request of that route (recorded from the pg driver, with their parameters and row mode) on a pool of ${CONNECTIONS} connections, and the very Meilisearch requests (recorded from the search client, replayed through its own transport, node:http with kept-alive connections), one after another as the API did, and answers their raw results as JSON.`,
        `Each row: ${CONNECTIONS} connections for ${SECONDS} s (autocannon in a worker thread), API first, then its twin. The API computes every answer (MATCHES_CACHE_SECONDS=0), except in the last row: an API on the same database as deployed, where anonymous readers asking for the same listing's matches within ${MATCHES_SHARED_SECONDS} s share one answer (people signed in always get theirs computed); its twin is measured again right after it.`,
        `Machine: ${figures.machine.cpus} × ${figures.machine.cpuModel}, Node ${figures.machine.node}; load average ${figures.machine.loadAverage.join(', ')}; ${figures.date}. Other work was running on the machine: compare ratios, not absolute figures.`,
      ],
    };
  } finally {
    stopRecorder();
    await sharing.close();
    await bare.close();
    await translator.close();
    await workers.close();
    await pool.end();
    await api.close();
  }
}
