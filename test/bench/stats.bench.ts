/*
 * The statistics at catalogue scale: 100,000 listings (BENCH_STATS_LISTINGS) and 20,000
 * matches (BENCH_STATS_MATCHES) written straight into PostgreSQL (generate_series; the
 * import's speed is the import bench's business), then, with 20 connections for a
 * bounded time each:
 *   - each statistics route through HTTP (autocannon in a worker thread), computed at
 *     every request (STATS_CACHE_SECONDS=0) and as deployed (answers shared for 30 s),
 *     next to the same aggregate as raw SQL on a pool of 20 connections in the same run
 *     (the floor: no HTTP, no validation, no JSON);
 *   - the dashboard page (/es/stats, the web in a process of its own) in front of each
 *     API, next to the slowest of the API calls it makes at once.
 */
import os from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@enlace/api';
import { startTestApi } from '@enlace/api/testing';
import { STATE_DIR, ensureMeilisearch, ensurePostgres, ensureRedis } from '@enlace/devstack';
import { TEST_MEILI_KEY, TEST_MEILI_URL, TEST_REDIS_URL } from '@enlace/devstack/testing';
import { TEST_DATABASE_SERVER } from '@enlace/db/testing';
import { countriesIn, SECTOR_CODES } from '@enlace/domain';
import pg from 'pg';
import { CONNECTIONS, type Load, load, percentile, round, SECONDS, startWeb } from './http-load.js';
import type { BenchResult, Log } from './run.js';

const LISTINGS = Number(process.env.BENCH_STATS_LISTINGS ?? 100_000);
const MATCHES = Number(process.env.BENCH_STATS_MATCHES ?? 20_000);

/** The same query on `CONNECTIONS` pooled connections, back to back, for `SECONDS`: latencies of each. */
async function sqlLoad(pool: pg.Pool, text: string): Promise<{ p50: number; p95: number; perSecond: number }> {
  const times: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        await pool.query(text);
        times.push(performance.now() - t0);
      }
    }),
  );
  const sorted = times.sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), perSecond: Math.round(times.length / SECONDS) };
}

async function seed(pool: pg.Pool, log: Log) {
  const members = [...countriesIn('oas')!];
  log(`writing ${LISTINGS} listings of ${members.length} member states and ${MATCHES} matches with their history`);
  await pool.query(`insert into institutions (country, name) select c, 'Agencia ' || c from unnest($1::text[]) as c`, [members]);
  await pool.query(
    `insert into listings (kind, external_id, status, title, description, language, country, institution_id, sectors, sdg_goals_effective, sdg_targets, modalities, content_hash, published_at, created_at)
     select k.kind::listing_kind, 'SB-' || i, (case when i % 10 = 0 then 'draft' else 'published' end)::listing_status,
       'Listing ' || i, 'Generated for the statistics bench', (array['es','en','pt','fr'])[1 + i % 4], k.country, inst.id,
       array[($2::text[])[1 + i % cardinality($2::text[])], ($2::text[])[1 + (i % cardinality($2::text[]) + 1 + i % (cardinality($2::text[]) - 1)) % cardinality($2::text[])]],
       array[1 + i % 17, 1 + (i * 5) % 17], array[(1 + i % 17) || '.1'], array['training'], md5(i::text),
       case when i % 10 = 0 then null else now() - ((i % 730) || ' days')::interval end, now() - ((i % 730) || ' days')::interval
     from generate_series(1, $1::int) as i
     cross join lateral (select (case when i % 2 = 0 then 'offer' else 'demand' end) as kind, ($3::text[])[1 + (i * 13) % cardinality($3::text[])] as country) k
     join institutions inst on inst.country = k.country`,
    [LISTINGS, [...SECTOR_CODES], members],
  );
  // Pairs of a published offer and a published demand of two countries, at stages spread like a real funnel.
  await pool.query(
    `with o as (select array_agg(id order by seq) as ids, array_agg(country order by seq) as cs from listings where kind = 'offer' and status = 'published'),
          d as (select array_agg(id order by seq) as ids, array_agg(country order by seq) as cs from listings where kind = 'demand' and status = 'published'),
          pairs as (
            select o.ids[n] as offer_id, d.ids[1 + (n * 7) % cardinality(d.ids)] as demand_id, n
            from o, d, generate_series(1, least($1::int * 2, cardinality(o.ids))) as n
            where o.cs[n] <> d.cs[1 + (n * 7) % cardinality(d.ids)]
            limit $1)
     insert into matches (offer_id, demand_id, score, reasons, offer_version, demand_version, computed_at, stage, stage_changed_at)
     select offer_id, demand_id, 0.6 + (n % 40) / 100.0, '[]'::jsonb, 1, 1, now() - ((n % 400) || ' days')::interval,
       (array['suggested','suggested','suggested','interested','interested','mutual','agreed','in_progress','completed','declined'])[1 + n % 10]::match_stage,
       now() - ((n % 400) || ' days')::interval + interval '20 days'
     from pairs`,
    [MATCHES],
  );
  await pool.query(
    `insert into match_events (match_id, action, from_stage, to_stage, at)
     select m.id, 'interest', null, s.stage::match_stage, m.computed_at + (s.k * 5 || ' days')::interval
     from matches m cross join lateral unnest(array['interested','mutual','agreed','in_progress','completed']) with ordinality as s(stage, k)
     where s.k <= array_position(array['suggested','interested','mutual','agreed','in_progress','completed']::text[], m.stage::text) - 1`,
  );
  await pool.query('analyze');
}

const RAW = {
  listingsByCountry: `select country, count(*) filter (where kind = 'offer') as offers, count(*) filter (where kind = 'demand') as demands, count(*) from listings where status = 'published' group by country`,
  listingsBySector: `select k.v, count(*) filter (where kind = 'offer'), count(*) filter (where kind = 'demand') from listings l cross join lateral unnest(l.sectors) as k(v) where status = 'published' group by k.v`,
  funnel: `select m.stage, count(*), min(e.at) from matches m join listings o on o.id = m.offer_id join listings d on d.id = m.demand_id left join match_events e on e.match_id = m.id group by m.id, m.stage`,
  flows: `select o.country, d.country, count(*) from matches m join listings o on o.id = m.offer_id join listings d on d.id = m.demand_id where m.stage in ('agreed','in_progress','completed') group by 1, 2`,
  coverage: `select country, count(*) filter (where kind = 'offer'), count(*) filter (where kind = 'demand') from listings where status = 'published' group by country`,
};

export async function run(log: Log): Promise<BenchResult> {
  await ensurePostgres(`${TEST_DATABASE_SERVER}/postgres`);
  await ensureRedis(TEST_REDIS_URL);
  await ensureMeilisearch(TEST_MEILI_URL, TEST_MEILI_KEY, join(STATE_DIR, 'meili-test'));
  // One API computes every statistic at each request; the other, on the same database,
  // shares answers as deployed.
  const api = await startTestApi({ label: 'statsbench', env: { LOG_LEVEL: 'warn', TRUST_PROXY: 'loopback', STATS_CACHE_SECONDS: '0' } });
  const apiUrl = await api.app.listen({ host: '127.0.0.1', port: 0 });
  const sharing = await buildApp({ ...api.app.deps, env: { ...api.app.deps.env, STATS_CACHE_SECONDS: 30 } });
  const sharingUrl = await sharing.listen({ host: '127.0.0.1', port: 0 });
  const pool = new pg.Pool({ connectionString: api.env.DATABASE_URL, max: CONNECTIONS });
  let web: Awaited<ReturnType<typeof startWeb>> | undefined;
  let sharingWeb: Awaited<ReturnType<typeof startWeb>> | undefined;
  try {
    const t0 = performance.now();
    await seed(pool, log);
    const seeded = round((performance.now() - t0) / 1000);
    const counts = (await pool.query<{ l: string; m: string }>('select (select count(*) from listings) as l, (select count(*) from matches) as m')).rows[0]!;
    log(`seeded in ${seeded} s: ${counts.l} listings, ${counts.m} matches`);
    web = await startWeb(apiUrl, log);
    sharingWeb = await startWeb(sharingUrl, log);
    const headers = { 'accept-language': 'es', 'x-forwarded-for': '127.0.0.1' };
    const routes = {
      listingsByCountry: '/v1/stats/listings?by=country',
      listingsBySector: '/v1/stats/listings?by=sector',
      funnel: '/v1/stats/funnel',
      flows: '/v1/stats/flows',
      coverage: '/v1/stats/coverage',
    } as const;
    for (const [a, w] of [
      [apiUrl, web.url],
      [sharingUrl, sharingWeb.url],
    ])
      for (const path of [...Object.values(routes), '/es/stats']) await fetch(`${path.startsWith('/v1') ? a : w}${path}`);
    const loadAverage = { start: os.loadavg().map(round), end: [] as number[] };
    const rows: { label: string; api: Load; shared: Load; raw: { p50: number; p95: number; perSecond: number } }[] = [];
    for (const [key, path] of Object.entries(routes) as [keyof typeof routes, string][]) {
      const viaApi = await load(`${apiUrl}${path}`, headers);
      const shared = await load(`${sharingUrl}${path}`, headers);
      const raw = await sqlLoad(pool, RAW[key]);
      log(
        `  ${path}: computed p95 ${viaApi.latencyMs.p95} ms (${viaApi.perSecond} req/s); shared p95 ${shared.latencyMs.p95} ms (${shared.perSecond} req/s); raw SQL p95 ${raw.p95} ms (${raw.perSecond}/s)`,
      );
      rows.push({ label: path, api: viaApi, shared, raw });
    }
    const pageLoad = (url: string) => load(`${url}/es/stats`, { 'accept-encoding': 'br, gzip', 'accept-language': 'es' });
    const page = await pageLoad(web.url);
    const sharedPage = await pageLoad(sharingWeb.url);
    log(
      `  /es/stats: computed p95 ${page.latencyMs.p95} ms (${page.perSecond} req/s); shared p95 ${sharedPage.latencyMs.p95} ms (${sharedPage.perSecond} req/s)`,
    );
    loadAverage.end = os.loadavg().map(round);
    // The page asks for seven statistics at once: its floor is the slowest of them.
    const slowest = Math.max(...rows.map((r) => r.api.latencyMs.p95));
    const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.1)) * 100) / 100;
    const figures = {
      listings: Number(counts.l),
      matches: Number(counts.m),
      seededSeconds: seeded,
      connections: CONNECTIONS,
      secondsEach: SECONDS,
      routes: Object.fromEntries(
        rows.map((r) => [
          r.label,
          {
            api: r.api,
            shared: r.shared,
            rawSql: r.raw,
            apiP95OverRawP95: ratio(r.api.latencyMs.p95, r.raw.p95),
            sharedP95OverRawP95: ratio(r.shared.latencyMs.p95, r.raw.p95),
          },
        ]),
      ),
      dashboard: { page, sharedPage, slowestApiCallP95Ms: slowest, pageP95OverSlowestCall: ratio(page.latencyMs.p95, slowest) },
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage },
      date: new Date().toISOString(),
    };
    return {
      name: 'stats',
      title: `Statistics at catalogue scale (${counts.l} listings, ${counts.m} matches, ${CONNECTIONS} connections)`,
      figures,
      table: {
        columns: [
          'measure',
          'computed p50 ms',
          'computed p95 ms',
          'computed req/s',
          'shared p95 ms',
          'shared req/s',
          'raw SQL p95 ms',
          'raw SQL /s',
          'computed / SQL p95',
          'shared / SQL p95',
        ],
        rows: [
          ...rows.map((r) => [
            `GET ${r.label}`,
            String(r.api.latencyMs.p50),
            String(r.api.latencyMs.p95),
            String(r.api.perSecond),
            String(r.shared.latencyMs.p95),
            String(r.shared.perSecond),
            String(r.raw.p95),
            String(r.raw.perSecond),
            String(ratio(r.api.latencyMs.p95, r.raw.p95)),
            String(ratio(r.shared.latencyMs.p95, r.raw.p95)),
          ]),
          [
            'dashboard page /es/stats (7 calls at once)',
            String(page.latencyMs.p50),
            String(page.latencyMs.p95),
            String(page.perSecond),
            String(sharedPage.latencyMs.p95),
            String(sharedPage.perSecond),
            '',
            '',
            `${ratio(page.latencyMs.p95, slowest)} of its slowest call`,
            '',
          ],
        ],
      },
      verdict: `With ${counts.l} listings and ${counts.m} matches, computed at every request: ${rows.map((r) => `${r.label} p95 **${r.api.latencyMs.p95} ms** (${ratio(r.api.latencyMs.p95, r.raw.p95)} × raw SQL)`).join('; ')}; the dashboard page p95 **${page.latencyMs.p95} ms**. As deployed (answers shared for 30 s): the slowest route p95 **${Math.max(...rows.map((r) => r.shared.latencyMs.p95))} ms**, the dashboard page p95 **${sharedPage.latencyMs.p95} ms**.`,
      notes: [
        `Data written with generate_series into a fresh database (${seeded} s): listings of the ${countriesIn('oas')!.length} OAS member states, offers and demands alternately, 10 % drafts, two sectors and two SDG goals each, published over two years; matches between published offers and demands of two countries, spread over the stages (3/10 suggested, 2/10 interested, then one tenth each), each with the history of the stages it passed.`,
        `Each row: ${CONNECTIONS} connections for ${SECONDS} s through HTTP (autocannon in a worker thread), then the same aggregate as raw SQL on a pool of ${CONNECTIONS} connections for ${SECONDS} s (no HTTP, no validation, no serialisation). The funnel's raw SQL is the query only; the API also folds each match's history in JavaScript.`,
        `"Shared": the API as deployed, where callers asking the same question within 30 s (STATS_CACHE_SECONDS) share one computation; the first computation of each row happened in the warm-up, so these rows measure answers already computed. "Computed": the same API with STATS_CACHE_SECONDS=0, which computes every request.`,
        `The dashboard page runs in the web's own process (tsx, NODE_ENV=production) and asks the API for seven statistics at once, then draws five charts and a map; its floor is the slowest of those calls.`,
        `Machine: ${figures.machine.cpus} × ${figures.machine.cpuModel}, Node ${figures.machine.node}; 1-minute load average ${loadAverage.start[0]} before, ${loadAverage.end[0]} after; ${figures.date}.`,
      ],
    };
  } finally {
    await web?.stop();
    await sharingWeb?.stop();
    await sharing.close();
    await pool.end();
    await api.close();
  }
}
