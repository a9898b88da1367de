/*
 * The measurement behind `npm run eval` (run.ts starts what it needs, then calls this).
 *
 * Measures the ranking the way a user meets it: an empty database and index, the
 * corpus imported through the HTTP API as staff, the worker left to index and match,
 * then each demand's top 10 asked of the HTTP API. With DIR/qrels.tsv it also scores
 * the run, next to a plain keyword search of each demand's title over the same index.
 * With an experts folder, measure-experts.ts then does the same for expert suggestions.
 *
 * Imported only once TEST_MEILI_URL names the Meilisearch to use: @enlace/devstack/testing
 * reads it when it is first imported.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type InterchangeListing, fixedClock, parseInterchangeLine, splitLines } from '@enlace/domain';
import { type RankingScores, parseQrels, scoreRankings } from '@enlace/matching';
import { startTestApi } from '@enlace/api/testing';
import { eligibilityFilter } from '@enlace/search';
import { startWorkers } from '@enlace/worker';
import { pino } from 'pino';
import { measureExperts } from './measure-experts.js';
import { waitUntilSettled } from './settle.js';

export async function measure(opts: { corpus: string; out: string; today: string; experts?: string | undefined }): Promise<void> {
  const corpus = resolve(opts.corpus);
  const { today } = opts;
  const log = (msg: string, extra: Record<string, unknown> = {}) => console.error(JSON.stringify({ time: new Date().toISOString(), msg, ...extra }));

  const body = readFileSync(join(corpus, 'listings.jsonl'), 'utf8');
  const listings: InterchangeListing[] = [];
  for (const line of splitLines(body)) {
    const parsed = parseInterchangeLine(line);
    if (parsed.ok) listings.push(parsed.listing);
  }
  const demands = listings.filter((l) => l.kind === 'demand');

  // A world of its own: database, queues, index; the clock says what `today` is.
  const clock = fixedClock(today);
  const stack = await startTestApi({ label: 'eval', clock, env: { LOG_LEVEL: 'warn' } });
  const base = await stack.app.listen({ host: '127.0.0.1', port: 0 });
  const workers = await startWorkers({ env: stack.env, db: stack.db, search: stack.search, clock, log: pino({ level: 'warn' }) });
  const { db, producer, search } = stack;

  try {
    const auth = (await stack.user('staff')).headers;
    const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
      const res = await fetch(`${base}${path}`, { ...init, headers: { ...auth, ...(init.headers ?? {}) } });
      if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };

    const started = Date.now();
    const { id: importId } = await api<{ id: string }>('/v1/imports', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
    let report: { status: string; linesWithErrors: number; created: number };
    do {
      await new Promise((r) => setTimeout(r, 200));
      report = await api<typeof report>(`/v1/imports/${importId}`);
    } while (report.status === 'queued' || report.status === 'running');
    log('imported', { status: report.status, created: report.created, linesWithErrors: report.linesWithErrors });
    await waitUntilSettled(db, producer, { onWait: (state) => log('waiting for indexing and matching', state) });
    log('indexed and matched', { seconds: (Date.now() - started) / 1000 });

    const ranked = new Map<string, string[]>();
    const keyword = new Map<string, string[]>();
    const demandIds = new Map<string, string>();
    const lines: string[] = [];
    for (const demand of demands) {
      const {
        items: [found],
      } = await api<{ items: { id: string }[] }>(`/v1/listings?kind=demand&externalId=${encodeURIComponent(demand.externalId)}`);
      if (!found) throw new Error(`demand ${demand.externalId} was not imported`);
      demandIds.set(demand.externalId, found.id);
      const { items } = await api<{ items: { listing: { externalId: string }; score: number }[] }>(`/v1/listings/${found.id}/matches?limit=10`);
      ranked.set(
        demand.externalId,
        items.map((m) => m.listing.externalId),
      );
      items.forEach((m, i) => lines.push([demand.externalId, i + 1, m.listing.externalId, m.score.toFixed(4)].join('\t')));

      // The baseline: the demand's title as a keyword query, same index, same eligibility.
      const res = await search.listings.search(demand.title, {
        filter: eligibilityFilter({ kind: 'demand', country: demand.country }, today),
        limit: 10,
        attributesToRetrieve: ['externalId'],
      });
      keyword.set(
        demand.externalId,
        res.hits.map((h) => h.externalId),
      );
    }
    writeFileSync(opts.out, `${lines.join('\n')}\n`);
    log('rankings written', { file: opts.out, demands: demands.length, lines: lines.length });

    const qrelsFile = join(corpus, 'qrels.tsv');
    if (existsSync(qrelsFile)) {
      const qrels = parseQrels(readFileSync(qrelsFile, 'utf8'));
      const show = (name: string, f: RankingScores) =>
        `${name.padEnd(34)} nDCG@10 ${f.ndcg10.toFixed(3)}  recall@10 ${f.recall10.toFixed(3)}  cross-lingual recall@10 ${f.crossLingualRecall10.toFixed(3)}  ineligible ${f.ineligibleReturned}  (${f.demands} demands)`;
      console.log(show('Enlace matches (HTTP API)', scoreRankings(ranked, qrels, listings, today)));
      console.log(show('keyword search of the title', scoreRankings(keyword, qrels, listings, today)));
    }
    if (opts.experts) {
      const out = opts.out.replace(/(\.tsv)?$/, '-experts.tsv');
      await measureExperts({ api, db, producer, search, dir: resolve(opts.experts), demands: demandIds, out, log });
    }
  } finally {
    await workers.close();
    await stack.close();
  }
}
