/*
 * The web interface's speed next to the API calls its pages make, in the same run, and
 * what a first visit downloads:
 *   - with autocannon, 20 connections for a bounded time each (BENCH_WEB_SECONDS, 10 by
 *     default): the catalogue page (Spanish, no query; French, with a query the API also
 *     looks for through its Spanish translation) and a listing page, each followed by the
 *     very API calls that page makes, asked alone (the baseline): p50/p95/p99 latency of
 *     whole responses, requests/s, and page p95 / API p95; then, as a focal point signed
 *     in, the matches page and a match's page next to the calls they make;
 *   - page weight on first load: the HTML, its stylesheet and its script as the browser
 *     receives them (Accept-Encoding: br, gzip), for the home, catalogue and listing
 *     pages. Target: the catalogue under 60 KB.
 *
 * As deployed, the web runs in a process of its own (node, services/web/src/main.ts
 * through tsx), in front of the API over loopback HTTP; the API and its workers run in
 * this process, on a fresh database and index with a few hundred generated listings
 * imported through the API, indexed and matched. The load generator runs in a worker
 * thread, so that it does not share an event loop with the API it measures.
 */
import { request } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { type TestApi, startTestApi } from '@enlace/api/testing';
import { STATE_DIR, ensureApertium, ensureMeilisearch, ensurePostgres, ensureRedis } from '@enlace/devstack';
import { TEST_MEILI_KEY, TEST_MEILI_URL, TEST_REDIS_URL } from '@enlace/devstack/testing';
import { TEST_DATABASE_SERVER } from '@enlace/db/testing';
import { QUEUES } from '@enlace/queue';
import { startWorkers } from '@enlace/worker';
import Fastify from 'fastify';
import { pino } from 'pino';
import { generateListings, toNdjson } from './import.bench.js';
import { ALONE, CONNECTIONS, type Load, load, round, SECONDS, sleep, startWeb } from './http-load.js';
import type { BenchResult, Log } from './run.js';

const LISTINGS = Number(process.env.BENCH_WEB_LISTINGS ?? 400);
/** How long matching may take before the listing pages are measured without all their matches. */
const MATCH_WAIT_SECONDS = Number(process.env.BENCH_WEB_MATCH_WAIT ?? 300);
const CATALOGUE_BUDGET_KB = 60;
/** The catalogue's page size (services/web/src/pages/catalogue.tsx). */
const PER_PAGE = 20;
const BROWSER = { 'accept-encoding': 'br, gzip' };

/** One response as it travels: its status, its compressed body's bytes, where it redirects. */
function wire(url: string): Promise<{ status: number; bytes: number; encoding: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: BROWSER }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          bytes,
          encoding: String(res.headers['content-encoding'] ?? 'identity'),
          ...(res.headers.location ? { location: res.headers.location } : {}),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

interface Weight {
  readonly html: { readonly bytes: number; readonly encoding: string };
  readonly css: readonly { readonly url: string; readonly bytes: number; readonly encoding: string }[];
  readonly js: readonly { readonly url: string; readonly bytes: number; readonly encoding: string }[];
  readonly totalBytes: number;
  readonly totalKB: number;
}

/** A first visit: the page's HTML, then every stylesheet and script it links, compressed as a browser asks. */
async function pageWeight(base: string, path: string): Promise<Weight> {
  const html = await wire(`${base}${path}`);
  if (html.status !== 200) throw new Error(`${path} answered ${html.status}`);
  const plain = await (await fetch(`${base}${path}`)).text();
  const linked = (re: RegExp) => [...new Set([...plain.matchAll(re)].map((m) => m[1]!.replaceAll('&amp;', '&')))];
  const weigh = (urls: string[]) =>
    Promise.all(
      urls.map(async (url) => {
        const w = await wire(new URL(url, `${base}${path}`).href);
        if (w.status !== 200) throw new Error(`${url}, linked from ${path}, answered ${w.status}`);
        return { url, bytes: w.bytes, encoding: w.encoding };
      }),
    );
  const css = await weigh(linked(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g));
  const js = await weigh(linked(/<script[^>]*src="([^"]+)"/g));
  const totalBytes = html.bytes + [...css, ...js].reduce((n, a) => n + a.bytes, 0);
  return { html: { bytes: html.bytes, encoding: html.encoding }, css, js, totalBytes, totalKB: round(totalBytes / 1024) };
}

/** What a browser also asks for on a first visit when the page names no icon: /favicon.ico, redirects followed. */
async function faviconProbe(base: string): Promise<{ chain: string[]; bytes: number }> {
  const chain: string[] = [];
  let bytes = 0;
  let url = `${base}/favicon.ico`;
  for (let i = 0; i < 5; i++) {
    const w = await wire(url);
    chain.push(`${new URL(url).pathname} ${w.status}`);
    bytes += w.bytes;
    if (!w.location) break;
    url = new URL(w.location, url).href;
  }
  return { chain, bytes };
}

async function waitForIndex(api: TestApi, expected: number, log: Log) {
  for (let last = Date.now(); ;) {
    const stats = await api.search.listings.getStats();
    if (stats.numberOfDocuments >= expected && !stats.isIndexing) return;
    if (Date.now() - last > 10_000) {
      last = Date.now();
      log(`  … ${stats.numberOfDocuments}/${expected} documents indexed`);
    }
    await sleep(500);
  }
}

/** Lets the matcher work through the published listings (bounded), then pauses it for the measurements. */
async function waitForMatching(api: TestApi, log: Log): Promise<{ seconds: number; finished: boolean }> {
  const queue = api.producer.queue(QUEUES.matchBulk);
  const started = Date.now();
  let idle = 0;
  for (let last = started; ;) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed');
    const pending = (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0);
    idle = pending === 0 ? idle + 1 : 0;
    const seconds = round((Date.now() - started) / 1000);
    if (idle >= 4) return { seconds, finished: true };
    if (seconds > MATCH_WAIT_SECONDS) {
      log(`  matching not finished after ${MATCH_WAIT_SECONDS} s (${pending} jobs left): measuring with the matches computed so far`);
      return { seconds, finished: false };
    }
    if (Date.now() - last > 15_000) {
      last = Date.now();
      log(`  … matching: ${counts.completed ?? 0} jobs done, ${pending} to go`);
    }
    await sleep(500);
  }
}

interface SearchAnswer {
  readonly totalHits: number;
  readonly hits: readonly { readonly id: string; readonly language: string }[];
}

export async function run(log: Log): Promise<BenchResult> {
  await ensurePostgres(`${TEST_DATABASE_SERVER}/postgres`);
  await ensureRedis(TEST_REDIS_URL);
  await ensureMeilisearch(TEST_MEILI_URL, TEST_MEILI_KEY, join(STATE_DIR, 'meili-test'));
  ensureApertium(log);

  // The web sends each browser's address; the API believes it from loopback, as compose has it believe the web.
  const api = await startTestApi({ label: 'webbench', env: { LOG_LEVEL: 'warn', TRUST_PROXY: 'loopback' } });
  const workers = await startWorkers({ env: api.env, db: api.db, search: api.search, clock: api.clock, log: pino({ level: 'warn' }) });
  const apiUrl = await api.app.listen({ host: '127.0.0.1', port: 0 });
  const bare = Fastify();
  bare.get('/', async () => ({ hello: 'world' }));
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
  let web: Awaited<ReturnType<typeof startWeb>> | undefined;
  try {
    const staff = await api.user('staff');
    log(`importing, indexing and matching ${LISTINGS} generated listings`);
    const imported = await api.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...staff.headers, 'content-type': 'application/x-ndjson' },
      payload: toNdjson(generateListings(LISTINGS, 11, 'WB')),
    });
    if (imported.statusCode !== 202) throw new Error(`import refused: ${imported.body.slice(0, 300)}`);
    await waitForIndex(api, LISTINGS, log);
    const matching = await waitForMatching(api, log);
    for (const q of [QUEUES.match, QUEUES.matchBulk]) await api.producer.queue(q).pause();
    log(`matching: ${matching.finished ? 'done' : 'stopped'} after ${matching.seconds} s`);

    const published = (await (await fetch(`${apiUrl}/v1/search?hitsPerPage=1`)).json()) as SearchAnswer;
    // The listing page: a Spanish listing with matches, read in French (as a visitor from another country would).
    const candidates = (await (await fetch(`${apiUrl}/v1/search?language=es&hitsPerPage=50`)).json()) as SearchAnswer;
    let id = candidates.hits[0]!.id;
    let matchCount = 0;
    for (const hit of candidates.hits) {
      const m = (await (await fetch(`${apiUrl}/v1/listings/${hit.id}/matches?lang=fr&limit=10`)).json()) as { items?: unknown[] };
      if ((m.items?.length ?? 0) > matchCount) [id, matchCount] = [hit.id, m.items!.length];
      if (matchCount >= 10) break;
    }
    const frQuery = encodeURIComponent('formation des enseignants');

    // The follow-up pages, as the focal point of that listing's country reads them (in French):
    // its matches, and the match page of its best match.
    const subject = (await (await fetch(`${apiUrl}/v1/listings/${id}`)).json()) as { country: string };
    const focal = await api.user('focal_point', { country: subject.country, language: 'fr' });
    const session = focal.headers.authorization.replace(/^Bearer /, '');
    const followUps = (await (await fetch(`${apiUrl}/v1/matches?listingId=${id}&limit=1`, { headers: focal.headers })).json()) as {
      items: { id: string; offer: { id: string }; demand: { id: string } }[];
    };
    const followed = followUps.items[0];
    if (!followed) throw new Error(`listing ${id} has no match to follow up`);
    const counterpart = followed.offer.id === id ? followed.demand.id : followed.offer.id;

    web = await startWeb(apiUrl, log);
    const pages = { catalogue: '/es/catalogue', catalogueFrenchQuery: `/fr/catalogue?q=${frQuery}`, listing: `/fr/listings/${id}` };
    const followUpPages = { matches: '/fr/matches', match: `/fr/matches/${followed.id}` };
    const signedIn = { cookie: `enlace_session=${session}` };
    // Warm what a running service has warm: taxonomies per language, the query's translation, the listings' translations, JIT.
    for (let i = 0; i < 20; i++) {
      for (const path of Object.values(pages)) await (await fetch(`${web.url}${path}`)).arrayBuffer();
      for (const path of Object.values(followUpPages)) await (await fetch(`${web.url}${path}`, { headers: signedIn })).arrayBuffer();
    }

    const loadAverage = { start: os.loadavg().map(round), end: [] as number[] };
    log(`measuring: ${CONNECTIONS} connections, ${SECONDS} s each`);
    // What the web's client sends the API: the language and the browser's address.
    const asWeb = (lang: string) => ({ 'accept-language': lang, 'x-forwarded-for': '127.0.0.1' });
    const measure = async (label: string, url: string, headers: Record<string, string> = {}) => {
      const result = await load(url, headers);
      log(
        `  ${label}: p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms, ${result.perSecond} req/s; alone p50 ${result.aloneP50Ms} ms`,
      );
      return result;
    };
    const bareFastify = await measure('bare fastify', `${bareUrl}/`);
    const catalogue = {
      page: await measure('catalogue page', `${web.url}${pages.catalogue}`, { ...BROWSER, 'accept-language': 'es' }),
      search: await measure('its search', `${apiUrl}/v1/search?page=1&hitsPerPage=${PER_PAGE}`, asWeb('es')),
    };
    const catalogueFrenchQuery = {
      page: await measure('catalogue page, French query', `${web.url}${pages.catalogueFrenchQuery}`, { ...BROWSER, 'accept-language': 'fr' }),
      search: await measure('its search', `${apiUrl}/v1/search?q=${frQuery}&qLanguage=fr&page=1&hitsPerPage=${PER_PAGE}`, asWeb('fr')),
    };
    const listing = {
      page: await measure('listing page', `${web.url}${pages.listing}`, { ...BROWSER, 'accept-language': 'fr' }),
      listing: await measure('its listing', `${apiUrl}/v1/listings/${id}`, asWeb('fr')),
      matches: await measure('its matches', `${apiUrl}/v1/listings/${id}/matches?lang=fr&limit=10`, asWeb('fr')),
    };
    // Signed-in pages first ask who is signed in and how many notifications are unread (together).
    const asFocal = { ...asWeb('fr'), authorization: focal.headers.authorization };
    const focalBrowser = { ...BROWSER, 'accept-language': 'fr', ...signedIn };
    const whoAmI = await measure('  who is signed in: GET /v1/me', `${apiUrl}/v1/me`, asFocal);
    const matchesPage = {
      page: await measure('matches page', `${web.url}${followUpPages.matches}`, focalBrowser),
      // Then, together: the country's listings (for the filter) and the board (each stage's count and five latest).
      board: await measure('its board', `${apiUrl}/v1/matches/board?lang=fr&perStage=5`, asFocal),
      own: await measure('its own listings', `${apiUrl}/v1/listings?country=${subject.country}&status=published&limit=200`, asFocal),
    };
    const matchPage = {
      page: await measure('match page', `${web.url}${followUpPages.match}`, focalBrowser),
      // Then the match, then both listings and their stored translations, all four at once.
      match: await measure('its match', `${apiUrl}/v1/matches/${followed.id}?lang=fr`, asFocal),
      listing: await measure('its listing', `${apiUrl}/v1/listings/${counterpart}`, asFocal),
      translation: await measure('its translation', `${apiUrl}/v1/listings/${counterpart}/translation?lang=fr`, asFocal),
    };
    const taxonomies = await measure('taxonomies', `${apiUrl}/v1/taxonomies`, asWeb('es'));
    loadAverage.end = os.loadavg().map(round);

    const weight = {
      home: await pageWeight(web.url, '/es/'),
      catalogue: await pageWeight(web.url, pages.catalogue),
      listing: await pageWeight(web.url, pages.listing),
    };
    const favicon = await faviconProbe(web.url);

    const ratio = (page: Load, apiP95: number) => Math.round((page.latencyMs.p95 / Math.max(apiP95, 0.1)) * 100) / 100;
    // The listing page asks for the listing, then (with the taxonomies, from memory) its matches: one after the other.
    const listingApiP95 = round(listing.listing.latencyMs.p95 + listing.matches.latencyMs.p95);
    // The follow-up pages' calls, on their critical path: who is signed in, then the slowest of what is asked together after it.
    const matchesApiP95 = round(whoAmI.latencyMs.p95 + Math.max(matchesPage.board.latencyMs.p95, matchesPage.own.latencyMs.p95));
    const matchApiP95 = round(
      whoAmI.latencyMs.p95 + matchPage.match.latencyMs.p95 + Math.max(matchPage.listing.latencyMs.p95, matchPage.translation.latencyMs.p95),
    );
    const ratios = {
      matches: ratio(matchesPage.page, matchesApiP95),
      match: ratio(matchPage.page, matchApiP95),
      catalogue: ratio(catalogue.page, catalogue.search.latencyMs.p95),
      catalogueFrenchQuery: ratio(catalogueFrenchQuery.page, catalogueFrenchQuery.search.latencyMs.p95),
      listing: ratio(listing.page, listingApiP95),
    };
    // The web's own time per page, without load: the page alone minus its API calls alone.
    const webOwnAloneMs = {
      catalogue: round(catalogue.page.aloneP50Ms - catalogue.search.aloneP50Ms),
      catalogueFrenchQuery: round(catalogueFrenchQuery.page.aloneP50Ms - catalogueFrenchQuery.search.aloneP50Ms),
      listing: round(listing.page.aloneP50Ms - listing.listing.aloneP50Ms - listing.matches.aloneP50Ms),
    };
    const meets = weight.catalogue.totalBytes < CATALOGUE_BUDGET_KB * 1024;
    const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage };
    const figures = {
      listings: { generated: LISTINGS, published: published.totalHits, matching },
      listingPage: { id, language: 'es', readIn: 'fr', matches: matchCount },
      connections: CONNECTIONS,
      secondsEach: SECONDS,
      bareFastify,
      catalogue,
      catalogueFrenchQuery,
      listing: { ...listing, apiCriticalPathP95Ms: listingApiP95 },
      followUp: {
        readBy: `focal point of ${subject.country}`,
        whoAmI,
        matchesPage: { ...matchesPage, apiCriticalPathP95Ms: matchesApiP95 },
        matchPage: { ...matchPage, apiCriticalPathP95Ms: matchApiP95 },
      },
      taxonomies,
      pageP95OverApiP95: ratios,
      webOwnAloneMs,
      weight,
      catalogueBudgetKB: CATALOGUE_BUDGET_KB,
      catalogueWithinBudget: meets,
      faviconProbe: favicon,
      machine,
      date: new Date().toISOString(),
    };

    const row = (label: string, l: Load, r?: number) => [
      label,
      String(l.latencyMs.p50),
      String(l.latencyMs.p95),
      String(l.latencyMs.p99),
      String(l.perSecond),
      r === undefined ? '' : String(r),
      String(l.aloneP50Ms),
    ];
    const kb = (bytes: number) => String(round(bytes / 1024));
    const weightRow = (name: string, w: Weight) => [
      `first load, ${name}: HTML + CSS + JS, KB compressed`,
      `${kb(w.html.bytes)} + ${kb(w.css.reduce((n, a) => n + a.bytes, 0))} + ${kb(w.js.reduce((n, a) => n + a.bytes, 0))}`,
      String(w.totalKB),
      '',
      '',
      '',
      '',
    ];
    return {
      name: 'web',
      title: `Web interface: pages next to their API calls (${published.totalHits} published listings, ${CONNECTIONS} connections)`,
      figures,
      table: {
        columns: ['measure', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'page p95 / API p95', 'alone p50 ms'],
        rows: [
          row('bare fastify route (the floor)', bareFastify),
          row('catalogue page /es/catalogue', catalogue.page, ratios.catalogue),
          row('  its API call: GET /v1/search', catalogue.search),
          row('catalogue page, French query', catalogueFrenchQuery.page, ratios.catalogueFrenchQuery),
          row('  its API call: GET /v1/search?q=…&qLanguage=fr', catalogueFrenchQuery.search),
          row('listing page /fr/listings/{id}', listing.page, ratios.listing),
          row('  its API call: GET /v1/listings/{id}', listing.listing),
          row('  then: GET /v1/listings/{id}/matches', listing.matches),
          row('matches page /fr/matches (signed in)', matchesPage.page, ratios.matches),
          row('  first: GET /v1/me (with the unread count)', whoAmI),
          row('  then: GET /v1/matches/board?perStage=5', matchesPage.board),
          row('  with: GET /v1/listings?country=…&status=published', matchesPage.own),
          row('match page /fr/matches/{id} (signed in)', matchPage.page, ratios.match),
          row('  after /v1/me: GET /v1/matches/{id}', matchPage.match),
          row('  then, with 3 others: GET /v1/listings/{id}', matchPage.listing),
          row('  and: GET /v1/listings/{id}/translation', matchPage.translation),
          row('GET /v1/taxonomies (pages keep the lists in memory)', taxonomies),
          weightRow('home /es/', weight.home),
          weightRow('catalogue', weight.catalogue),
          weightRow('listing', weight.listing),
        ],
      },
      verdict: `catalogue first load **${weight.catalogue.totalKB} KB** compressed (target < ${CATALOGUE_BUDGET_KB} KB: ${meets ? 'met' : 'NOT met'}); page p95 / its API calls' p95: catalogue **${ratios.catalogue}**, French query **${ratios.catalogueFrenchQuery}**, listing **${ratios.listing}**, matches **${ratios.matches}** (p95 ${matchesPage.page.latencyMs.p95} ms), match **${ratios.match}** (p95 ${matchPage.page.latencyMs.p95} ms); the web's own time per page without load (alone, page minus its calls): catalogue ${webOwnAloneMs.catalogue} ms, French query ${webOwnAloneMs.catalogueFrenchQuery} ms, listing ${webOwnAloneMs.listing} ms.`,
      notes: [
        `${LISTINGS} generated listings (offers and demands in es/en/pt/fr, ${published.totalHits} of them published) imported through the API as staff, indexed and matched (${matching.finished ? 'all matches computed' : 'matching stopped early'}, ${matching.seconds} s), then the match queue paused. The listing page shows a Spanish listing with ${matchCount} matches, in French.`,
        `The API and its workers run in the bench's process; the web in a node process of its own (tsx, NODE_ENV=production), calling the API over loopback HTTP; autocannon in a worker thread. Each row: ${CONNECTIONS} connections for ${SECONDS} s, one row after another; latency is from the request written to the whole response read; only 2xx answers are counted, and any other answer fails the run. "Alone": after each row, the same address asked ${ALONE} times one request at a time (median), what it costs without queueing.`,
        "Pages are asked with `Accept-Encoding: br, gzip` (so the web compresses, as for a browser); the API calls with the headers the web sends them (language, forwarded address). The API p95 for the listing page is the sum of its two calls' p95 (the page waits for the listing before asking for its matches); the catalogue makes one call. Taxonomies are fetched once per language and kept ten minutes by the web, so in steady state they are off every page's path; GET /v1/taxonomies is shown for scale.",
        `The follow-up pages are read by a focal point of ${subject.country} signed in (a session cookie), in French. Their API p95 is the sum along their critical path: GET /v1/me (asked with the unread count), then for the matches page the slowest of its two calls made together (the board, and the country's listings for the filter), for the match page the match, then the slowest of four calls made together (both listings and their stored translations).`,
        `Page weight: the HTML with \`Accept-Encoding: br, gzip\`, plus every stylesheet and script it links (each its compressed body), as a first visit downloads them; later visits take the stylesheet and htmx from the cache (a year, content-hashed addresses). A browser also asks for /favicon.ico, which the pages do not name: ${favicon.chain.join(' → ')}, ${round(favicon.bytes / 1024)} KB more.`,
        `Machine: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, shared: 1-minute load average ${loadAverage.start[0]} before the measurements, ${loadAverage.end[0]} after; ${figures.date}.`,
      ],
    };
  } finally {
    await web?.stop();
    await bare.close();
    await workers.close();
    await api.close();
  }
}
