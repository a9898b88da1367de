/*
 * `npm run bench -- load`: 200 concurrent clients on loopback for BENCH_LOAD_SECONDS
 * (300 by default), mixing reads of the API and the web pages with writes, while an
 * import of IMPORTED listings runs underneath. Targets (issue 14): zero 5xx and zero lost
 * writes (every acknowledged create, update, publication and interest is found
 * afterwards); p50/p95/p99 per route are written to the results.
 *
 * Each group of clients is one autocannon instance in a worker thread (its own event
 * loop, so the API in this thread answers as to another machine). A write group runs a
 * sequence per connection (create → update → submit → publish), each step timed from
 * the moment autocannon builds its request to the moment its answer is read.
 */
import os from 'node:os';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { listings, matches } from '@enlace/db';
import { createTranslator } from '@enlace/matching';
import { CorpusStatsCache, matchListings } from '@enlace/matchmaking';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { percentile, round, sleep, startWeb } from './http-load.js';
import { generateListings, toNdjson } from './import.bench.js';
import { startBenchStack } from './stack.js';
import type { BenchResult, Log } from './run.js';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 300);
const CATALOGUE = Number(process.env.BENCH_LOAD_LISTINGS ?? 3000);
const IMPORTED = 5000;
const MATCHED = 60;

/** The worker: one autocannon instance for one group, its sequence built from plain data (functions cannot cross threads). */
const LOADER = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.module);
const { scenario, ids, queries, headers, template } = workerData;
const times = {}; const statuses = {}; const acknowledged = { created: [], updated: [], published: [], interest: [] };
const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
const stamp = (step, fn) => (req, ctx) => { ctx.t0 = performance.now(); ctx.step = step; return fn(req, ctx); };
const timed = (fn) => (status, body, ctx) => {
  (times[ctx.step] ??= []).push(performance.now() - ctx.t0);
  const cls = status + '';
  statuses[cls] = (statuses[cls] ?? 0) + 1;
  if (fn) fn(status, body, ctx);
};
const get = (step, path) => ({ method: 'GET', setupRequest: stamp(step, (req) => ({ ...req, path: path() })), onResponse: timed() });
const json = { ...headers, 'content-type': 'application/json' };
let n = 0;
const sequences = {
  list: () => [get('GET /v1/listings?limit=20', () => '/v1/listings?limit=20')],
  listing: () => [get('GET /v1/listings/{id}', () => '/v1/listings/' + pick(ids))],
  matches: () => [get('GET /v1/listings/{id}/matches', () => '/v1/listings/' + pick(ids) + '/matches')],
  search: () => [get('GET /v1/search?q=…', () => '/v1/search?q=' + encodeURIComponent(pick(queries)))],
  taxonomies: () => [get('GET /v1/taxonomies/sectors', () => '/v1/taxonomies/sectors')],
  webCatalogue: () => [get('web /en/catalogue', () => '/en/catalogue')],
  webListing: () => [get('web /en/listings/{id}', () => '/en/listings/' + pick(ids))],
  write: () => [
    { method: 'POST', headers: json, setupRequest: stamp('POST /v1/listings', (req, ctx) => {
        ctx.id = undefined; ctx.title = 'Carga ' + workerData.group + ' ' + (++n) + ' ' + Math.random().toString(36).slice(2, 8);
        return { ...req, path: '/v1/listings', body: JSON.stringify({ ...template, title: ctx.title }) };
      }),
      onResponse: timed((status, body, ctx) => { if (status === 201) { ctx.id = JSON.parse(body).id; acknowledged.created.push([ctx.id, ctx.title]); } }) },
    { method: 'PATCH', headers: json, setupRequest: stamp('PATCH /v1/listings/{id}', (req, ctx) => {
        ctx.title = ctx.title + ' (rev.)';
        return { ...req, path: '/v1/listings/' + (ctx.id ?? '00000000-0000-4000-8000-000000000000'), body: JSON.stringify({ title: ctx.title }) };
      }),
      onResponse: timed((status, body, ctx) => { if (status === 200) acknowledged.updated.push([ctx.id, ctx.title]); }) },
    { method: 'POST', headers: json, setupRequest: stamp('POST /v1/listings/{id}/submit', (req, ctx) => ({ ...req, path: '/v1/listings/' + (ctx.id ?? '00000000-0000-4000-8000-000000000000') + '/submit', body: '{}' })), onResponse: timed() },
    { method: 'POST', headers: json, setupRequest: stamp('POST /v1/listings/{id}/publish', (req, ctx) => ({ ...req, path: '/v1/listings/' + (ctx.id ?? '00000000-0000-4000-8000-000000000000') + '/publish', body: '{}' })),
      onResponse: timed((status, body, ctx) => { if (status === 200) acknowledged.published.push(ctx.id); }) },
  ],
  interest: () => [
    { method: 'POST', headers: json, setupRequest: stamp('POST /v1/matches/{id}/interest', (req, ctx) => { ctx.match = pick(ids); return { ...req, path: '/v1/matches/' + ctx.match + '/interest', body: JSON.stringify({ message: 'Nos interesa conversar sobre esta cooperación.' }) }; }),
      onResponse: timed((status, body, ctx) => { if (status === 200) acknowledged.interest.push(ctx.match); }) },
  ],
};
const instance = autocannon({ url: workerData.url, connections: workerData.connections, duration: workerData.duration, headers, timeout: 30, requests: sequences[scenario]() }, (err, result) => {
  if (err) parentPort.postMessage({ error: String(err) });
  else parentPort.postMessage({ times, statuses, acknowledged, errors: result.errors, timeouts: result.timeouts, seconds: result.duration });
});
`;
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon');

type Scenario = 'list' | 'listing' | 'matches' | 'search' | 'taxonomies' | 'webCatalogue' | 'webListing' | 'write' | 'interest';
interface Group {
  scenario: Scenario;
  connections: number;
  url: string;
  headers?: Record<string, string>;
  ids?: readonly string[];
}
interface GroupResult {
  times: Record<string, number[]>;
  statuses: Record<string, number>;
  acknowledged: { created: [string, string][]; updated: [string, string][]; published: string[]; interest: string[] };
  errors: number;
  timeouts: number;
  seconds: number;
}

function runGroup(group: Group, extra: { queries: readonly string[]; template: object; index: number }): Promise<GroupResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOADER, {
      eval: true,
      workerData: {
        module: AUTOCANNON,
        url: group.url,
        connections: group.connections,
        duration: SECONDS,
        scenario: group.scenario,
        headers: group.headers ?? {},
        ids: group.ids ?? [],
        queries: extra.queries,
        template: extra.template,
        group: extra.index,
      },
    });
    worker.once('message', (m: GroupResult & { error?: string }) => (m.error ? reject(new Error(m.error)) : resolve(m)));
    worker.once('error', reject);
  });
}

export async function run(log: Log): Promise<BenchResult> {
  const { api, workers } = await startBenchStack('loadbench', log);
  const apiUrl = await api.app.listen({ host: '127.0.0.1', port: 0 });
  const web = await startWeb(apiUrl, log);
  const translator = createTranslator();
  try {
    const staff = await api.user('staff');
    log(`importing, indexing and matching a catalogue of ${CATALOGUE} listings`);
    const importOf = async (count: number, seed: number, prefix: string) => {
      const res = await api.app.inject({
        method: 'POST',
        url: '/v1/imports',
        headers: { ...staff.headers, 'content-type': 'application/x-ndjson' },
        payload: toNdjson(generateListings(count, seed, prefix)),
      });
      if (res.statusCode !== 202) throw new Error(`import refused: ${res.body.slice(0, 300)}`);
      return res.json<{ id: string }>().id;
    };
    const waitImport = async (id: string) => {
      for (;;) {
        const s = (await api.app.inject({ url: `/v1/imports/${id}`, headers: staff.headers })).json<{ status: string }>();
        if (s.status === 'completed') return;
        if (s.status === 'failed') throw new Error('import failed');
        await sleep(500);
      }
    };
    await waitImport(await importOf(CATALOGUE, 777, 'LOAD'));
    const demands = await api.db
      .select({ id: listings.id, country: listings.country })
      .from(listings)
      .where(and(eq(listings.status, 'published'), eq(listings.kind, 'demand')))
      .orderBy(sql`md5(${listings.id}::text)`)
      .limit(MATCHED);
    await matchListings(
      { db: api.db, search: api.search, translator, clock: api.clock, stats: new CorpusStatsCache(api.db) },
      demands.map((d) => d.id),
    );
    const published = (await api.db.select({ id: listings.id }).from(listings).where(eq(listings.status, 'published')).limit(500)).map((r) => r.id);
    // Interest comes from a focal point of the country with the most suggested matches.
    const [country] = await api.db
      .select({ country: listings.country, n: sql<number>`count(*)::int` })
      .from(matches)
      .innerJoin(listings, eq(listings.id, matches.demandId))
      .groupBy(listings.country)
      .orderBy(sql`count(*) desc`)
      .limit(1);
    if (!country) throw new Error('no match to express interest in');
    const focal = await api.user('focal_point', { country: country.country });
    const matchIds = (
      await api.db.select({ id: matches.id }).from(matches).innerJoin(listings, eq(listings.id, matches.demandId)).where(eq(listings.country, country.country))
    ).map((m) => m.id);
    const template = {
      kind: 'offer',
      description: 'Ofrecemos asistencia técnica y formación para fortalecer los sistemas de alerta temprana ante inundaciones en cuencas compartidas.',
      language: 'es',
      country: 'CO',
      institution: { name: 'Instituto de Hidrología, Meteorología y Estudios Ambientales', acronym: 'IDEAM' },
      sectors: ['disaster_management'],
      sdgTargets: ['13.1'],
      modalities: ['training'],
    };
    const queries = ['alerta temprana', 'school feeding', 'vigilância epidemiológica', 'cadastre', 'formation des enseignants', 'agua potable rural'];

    const groups: Group[] = [
      { scenario: 'list', connections: 35, url: apiUrl },
      { scenario: 'listing', connections: 25, url: apiUrl, ids: published },
      { scenario: 'matches', connections: 30, url: apiUrl, ids: demands.map((d) => d.id) },
      { scenario: 'search', connections: 25, url: apiUrl },
      { scenario: 'taxonomies', connections: 10, url: apiUrl },
      { scenario: 'webCatalogue', connections: 15, url: web.url },
      { scenario: 'webListing', connections: 15, url: web.url, ids: published },
      { scenario: 'write', connections: 35, url: apiUrl, headers: staff.headers },
      { scenario: 'interest', connections: 10, url: apiUrl, headers: focal.headers, ids: matchIds },
    ];
    const clients = groups.reduce((s, g) => s + g.connections, 0);
    log(`${clients} clients for ${SECONDS} s, an import of ${IMPORTED} listings underneath`);
    const underneath = importOf(IMPORTED, 4343, 'UNDER').then(waitImport);
    const started = Date.now();
    const results = await Promise.all(groups.map((g, index) => runGroup(g, { queries, template, index })));
    const seconds = (Date.now() - started) / 1000;
    await underneath;
    log(`load done in ${round(seconds)} s; checking acknowledged writes`);

    // Every acknowledged write is there: created listings with their last acknowledged title, publications, interest.
    const ack = results.flatMap((r) => [r.acknowledged]);
    const lastTitle = new Map<string, string>();
    for (const a of ack)
      for (const [id, title] of [...a.created, ...a.updated]) if (!lastTitle.has(id) || title.length > lastTitle.get(id)!.length) lastTitle.set(id, title);
    const created = ack.flatMap((a) => a.created.map(([id]) => id));
    const publishedByLoad = new Set(ack.flatMap((a) => a.published));
    const interested = new Set(ack.flatMap((a) => a.interest));
    let lost = 0;
    for (let i = 0; i < created.length; i += 1000) {
      const rows = await api.db
        .select({ id: listings.id, title: listings.title, status: listings.status })
        .from(listings)
        .where(inArray(listings.id, created.slice(i, i + 1000)));
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const id of created.slice(i, i + 1000)) {
        const row = byId.get(id);
        if (!row || row.title !== lastTitle.get(id) || (publishedByLoad.has(id) && row.status !== 'published')) lost += 1;
      }
    }
    const stages =
      interested.size === 0
        ? []
        : await api.db
            .select({ id: matches.id, stage: matches.stage })
            .from(matches)
            .where(inArray(matches.id, [...interested]));
    lost += [...interested].length - stages.filter((m) => m.stage !== 'suggested').length;

    const rows: string[][] = [];
    const figures: Record<string, object> = {};
    let fiveHundreds = 0;
    let failures = 0;
    for (const [i, r] of results.entries()) {
      failures += r.errors + r.timeouts;
      for (const [status, count] of Object.entries(r.statuses)) if (Number(status) >= 500) fiveHundreds += count;
      for (const [route, times] of Object.entries(r.times)) {
        const sorted = times.sort((a, b) => a - b);
        const f = {
          clients: groups[i]!.connections,
          requests: sorted.length,
          perSecond: round(sorted.length / seconds),
          p50: round(percentile(sorted, 50)),
          p95: round(percentile(sorted, 95)),
          p99: round(percentile(sorted, 99)),
        };
        figures[route] = { ...f, statuses: r.statuses };
        rows.push([route, String(f.clients), String(f.requests), String(f.perSecond), String(f.p50), String(f.p95), String(f.p99)]);
      }
    }
    const writes = {
      created: created.length,
      updated: ack.reduce((s, a) => s + a.updated.length, 0),
      published: publishedByLoad.size,
      interest: interested.size,
      lost,
    };
    const met = fiveHundreds === 0 && lost === 0 && failures === 0;
    return {
      name: 'load',
      title: `Load: ${clients} clients for ${SECONDS} s, reads, writes and an import underneath`,
      figures: { seconds: round(seconds), clients, fiveHundreds, failures, writes, routes: figures },
      table: { columns: ['route', 'clients', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms'], rows },
      verdict: `**${fiveHundreds}** answers 5xx, **${failures}** connection errors or timeouts, **${lost}** acknowledged writes lost of ${writes.created} listings created, ${writes.updated} updated, ${writes.published} published and ${writes.interest} interests (target: zero 5xx and zero lost: ${met ? 'met' : 'NOT met'}).`,
      notes: [
        `A catalogue of ${CATALOGUE} generated listings imported through the API and indexed first; ${MATCHED} of its demands matched by the worker's code; an import of ${IMPORTED} more listings started with the load and ran underneath it, with the worker indexing and matching.`,
        'Reads anonymous; writes as staff (create → update → submit → publish on each connection) and as a focal point (interest in matches of their country); web pages from the web interface started as production runs it.',
        'Each step timed from the moment autocannon builds its request to the moment its answer is read, every answer counted by status.',
        `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(', ')}; ${new Date().toISOString()}.`,
      ],
    };
  } finally {
    await translator.close();
    await web.stop();
    await workers.close();
    await api.close();
  }
}
