/*
 * The web interface's speed, next to the API calls its pages make, in the same run:
 *   - p50/p95 time to first byte of the catalogue page (Spanish, no query; French, with
 *     a query the API also looks for through its Spanish translation) and of a listing
 *     page, under 20 concurrent clients for a bounded time each, over loopback;
 *   - the same for the API calls each page makes (its baseline), and for a bare fastify
 *     route (the machine's floor);
 *   - page weight on first load: HTML, stylesheet and script as the browser receives them
 *     (compressed), for the home, catalogue and listing pages. Target: catalogue < 60 KB.
 *
 * Time to first byte is what a person on a slow line waits before anything appears; a
 * load tool measuring whole responses (autocannon) does not report it, so the clients
 * here time `fetch` up to the response's headers and then read the body.
 */
import os from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { type TestApi, startTestApi } from '@enlace/api/testing';
import { STATE_DIR, ensureApertium, ensureMeilisearch, ensurePostgres, ensureRedis } from '@enlace/devstack';
import { TEST_MEILI_KEY, TEST_MEILI_URL, TEST_REDIS_URL } from '@enlace/devstack/testing';
import { TEST_DATABASE_SERVER } from '@enlace/db/testing';
import { buildWebApp, loadWebEnv } from '@enlace/web';
import { startWorkers } from '@enlace/worker';
import Fastify from 'fastify';
import { pino } from 'pino';
import { QUEUES } from '@enlace/queue';
import { generateListings, toNdjson } from './import.bench.js';
import type { BenchResult, Log } from './run.js';

const LISTINGS = 2_000;
const CLIENTS = 20;
const SECONDS = Number(process.env.BENCH_WEB_SECONDS ?? 8);
const CATALOGUE_BUDGET_KB = 60;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
const round = (n: number) => Math.round(n * 10) / 10;

interface Load {
  readonly requests: number;
  readonly perSecond: number;
  readonly ttfbMs: { p50: number; p95: number; p99: number };
}

/** CLIENTS loops asking `urls` in turn (a page's API calls are asked one after another, as the page does) for SECONDS. */
async function load(urls: readonly string[], headers: Record<string, string> = {}): Promise<Load> {
  const ttfb: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      for (const url of urls) {
        const res = await fetch(url, { headers });
        if (!res.ok) throw new Error(`${url} answered ${res.status}`);
        // A page's first byte comes after all its API calls: time to the last call's headers.
        if (url === urls.at(-1)) ttfb.push(performance.now() - t0);
        await res.arrayBuffer();
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const elapsed = (performance.now() - t0) / 1000;
  return {
    requests: ttfb.length,
    perSecond: Math.round(ttfb.length / elapsed),
    ttfbMs: { p50: round(percentile(ttfb, 50)), p95: round(percentile(ttfb, 95)), p99: round(percentile(ttfb, 99)) },
  };
}

/** Bytes on the wire of one response, asking for brotli or gzip as a browser does. */
function wireBytes(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ bytes: raw.length, encoding: String(res.headers['content-encoding'] ?? 'identity') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

interface Weight {
  readonly htmlKB: number;
  readonly cssKB: number;
  readonly jsKB: number;
  readonly totalKB: number;
}

/** A page's first load: its HTML, then each stylesheet and script it links, compressed. */
async function pageWeight(base: string, path: string): Promise<Weight> {
  const html = await wireBytes(`${base}${path}`);
  const plain = await (await fetch(`${base}${path}`)).text();
  const css = [...plain.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const js = [...plain.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const sum = async (urls: string[]) => (await Promise.all(urls.map((u) => wireBytes(`${base}${u}`)))).reduce((a, r) => a + r.bytes, 0);
  const [cssBytes, jsBytes] = await Promise.all([sum(css), sum(js)]);
  const kb = (b: number) => round(b / 1024);
  return { htmlKB: kb(html.bytes), cssKB: kb(cssBytes), jsKB: kb(jsBytes), totalKB: kb(html.bytes + cssBytes + jsBytes) };
}

async function waitForIndex(api: TestApi, expected: number, log: Log) {
  for (let last = 0; ;) {
    const stats = await api.search.listings.getStats();
    if (stats.numberOfDocuments >= expected && !stats.isIndexing) return;
    if (Date.now() - last > 10_000) {
      last = Date.now();
      log(`  … ${stats.numberOfDocuments}/${expected} documents indexed`);
    }
    await sleep(500);
  }
}

export async function run(log: Log): Promise<BenchResult> {
  await ensurePostgres(`${TEST_DATABASE_SERVER}/postgres`);
  await ensureRedis(TEST_REDIS_URL);
  await ensureMeilisearch(TEST_MEILI_URL, TEST_MEILI_KEY, join(STATE_DIR, 'meili-test'));
  ensureApertium(log);

  const api = await startTestApi({ label: 'webbench', env: { LOG_LEVEL: 'warn', TRUST_PROXY: 'loopback' } });
  const workers = await startWorkers({ env: api.env, db: api.db, search: api.search, clock: api.clock, log: pino({ level: 'warn' }) });
  // Matching 2,000 listings takes minutes of translation and would load the machine while it is measured.
  await api.producer.queue(QUEUES.match).pause();
  const apiBase = await api.app.listen({ host: '127.0.0.1', port: 0 });
  const web = await buildWebApp(loadWebEnv({ API_URL: apiBase, LOG_LEVEL: 'warn', WEB_PORT: '0' }), { forceCloseConnections: true });
  const webBase = await web.listen({ host: '127.0.0.1', port: 0 });
  const bare = Fastify();
  bare.get('/', async () => ({ hello: 'world' }));
  const bareBase = await bare.listen({ host: '127.0.0.1', port: 0 });
  try {
    const staff = await api.user('staff');
    log(`importing and indexing ${LISTINGS} listings`);
    const imported = await api.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...staff.headers, 'content-type': 'application/x-ndjson' },
      payload: toNdjson(generateListings(LISTINGS, 7, 'WB')),
    });
    if (imported.statusCode !== 202) throw new Error(`import refused: ${imported.body.slice(0, 300)}`);
    await waitForIndex(api, LISTINGS, log);
    const search = (await (await fetch(`${apiBase}/v1/search?status=published&hitsPerPage=1`)).json()) as { hits: { id: string }[] };
    const id = search.hits[0]!.id;
    const frQuery = encodeURIComponent('formation des enseignants');

    // Warm caches the pages rely on (taxonomies, the query's translation), as a running service has.
    for (const path of ['/es/catalogue', `/fr/catalogue?q=${frQuery}`, `/fr/listings/${id}`]) await fetch(`${webBase}${path}`);

    log(`loading each page and its API calls with ${CLIENTS} clients for ${SECONDS} s`);
    const figures = {
      listings: LISTINGS,
      clients: CLIENTS,
      secondsEach: SECONDS,
      bareFastify: await load([`${bareBase}/`]),
      catalogue: {
        page: await load([`${webBase}/es/catalogue`]),
        api: await load([`${apiBase}/v1/search?page=1&hitsPerPage=20`], { 'accept-language': 'es' }),
      },
      catalogueFrenchQuery: {
        page: await load([`${webBase}/fr/catalogue?q=${frQuery}`]),
        api: await load([`${apiBase}/v1/search?q=${frQuery}&qLanguage=fr&page=1&hitsPerPage=20`]),
        // The same words searched once, without their translation: what the second (pivot) query costs.
        apiWordsOnly: await load([`${apiBase}/v1/search?q=${frQuery}&qLanguage=es&page=1&hitsPerPage=20`]),
      },
      listing: {
        page: await load([`${webBase}/fr/listings/${id}`]),
        api: await load([`${apiBase}/v1/listings/${id}`, `${apiBase}/v1/listings/${id}/matches?lang=fr&limit=10`]),
      },
      weightKB: {
        home: await pageWeight(webBase, '/es/'),
        catalogue: await pageWeight(webBase, '/es/catalogue'),
        listing: await pageWeight(webBase, `/fr/listings/${id}`),
      },
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version },
      date: new Date().toISOString(),
    };
    const ratio = (page: Load, base: Load) => round(page.ttfbMs.p95 / Math.max(base.ttfbMs.p95, 0.1));
    const ratios = {
      catalogue: ratio(figures.catalogue.page, figures.catalogue.api),
      catalogueFrenchQuery: ratio(figures.catalogueFrenchQuery.page, figures.catalogueFrenchQuery.api),
      listing: ratio(figures.listing.page, figures.listing.api),
    };
    const row = (label: string, l: Load, r?: number) => [
      label,
      String(l.ttfbMs.p50),
      String(l.ttfbMs.p95),
      String(l.ttfbMs.p99),
      String(l.perSecond),
      r === undefined ? '' : String(r),
    ];
    const meets = figures.weightKB.catalogue.totalKB < CATALOGUE_BUDGET_KB;
    return {
      name: 'web',
      title: `Web interface speed (${LISTINGS} listings, ${CLIENTS} clients)`,
      figures: { ...figures, p95OverApiP95: ratios },
      table: {
        columns: ['measure', 'TTFB p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'page p95 / API p95'],
        rows: [
          row('bare fastify route (floor)', figures.bareFastify),
          row('catalogue page /es/catalogue', figures.catalogue.page, ratios.catalogue),
          row('  its API call: GET /v1/search', figures.catalogue.api),
          row('catalogue page, French query', figures.catalogueFrenchQuery.page, ratios.catalogueFrenchQuery),
          row('  its API call: GET /v1/search?q=…&qLanguage=fr', figures.catalogueFrenchQuery.api),
          row('  the same words without their translation (one query)', figures.catalogueFrenchQuery.apiWordsOnly),
          row('listing page /fr/listings/{id}', figures.listing.page, ratios.listing),
          row('  its API calls: the listing, then its matches', figures.listing.api),
          ...(['home', 'catalogue', 'listing'] as const).map((p) => {
            const w = figures.weightKB[p];
            return [`first load, ${p}: HTML + CSS + JS (KB, compressed)`, `${w.htmlKB} + ${w.cssKB} + ${w.jsKB}`, String(w.totalKB), '', '', ''];
          }),
        ],
      },
      verdict: `catalogue first load ${figures.weightKB.catalogue.totalKB} KB compressed (target < ${CATALOGUE_BUDGET_KB} KB): ${meets ? 'met' : 'NOT met'}; page p95 / its API calls' p95: catalogue ${ratios.catalogue}, French query ${ratios.catalogueFrenchQuery}, listing ${ratios.listing}.`,
      notes: [
        `${LISTINGS} generated listings imported through the API and indexed; the web interface in front of the API over loopback HTTP, exactly as deployed.`,
        `Each row: ${CLIENTS} concurrent clients for ${SECONDS} s, one after another (the page, then its API calls alone, as the baseline). Time to first byte: from sending the request to its response's headers; for the API baseline of a page that makes several calls, to the last call's headers.`,
        'The pages ask the API for taxonomies too; the web keeps them in memory per language, so the baseline omits them. The match queue is paused (matching 2,000 listings would load the machine for minutes while it is measured), so the listing page shows no matches and its matches call answers an empty ranking.',
        'Page weight: the HTML as served with `Accept-Encoding: br, gzip`, plus every stylesheet and script it links (htmx, the stylesheet), each compressed, as a first visit downloads them; later visits take both from the cache (a year, content-hashed).',
        `Machine: ${figures.machine.cpus} × ${figures.machine.cpuModel}, Node ${figures.machine.node}; ${figures.date}.`,
      ],
    };
  } finally {
    await bare.close();
    await web.close();
    await workers.close();
    await api.close();
  }
}
