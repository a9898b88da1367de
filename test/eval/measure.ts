/*
 * The measurement behind `npm run eval` (run.ts starts what it needs, then calls this).
 *
 * Measures the ranking the way a user meets it: an empty database and index, the
 * corpus imported through the HTTP API as staff, the worker left to index and match,
 * then each demand's top 10 asked of the HTTP API. With DIR/qrels.tsv it also scores
 * the run, next to a plain keyword search of each demand's title over the same index.
 * With an experts folder, measure-experts.ts then does the same for expert suggestions.
 *
 * With `among` (issue 14, quality at scale), that many generated listings (the benchmarks'
 * seeded generator, test/bench/generate.ts) are imported first, so the corpus is ranked
 * among a catalogue of realistic size. Only the corpus is judged, so each demand's ranking
 * is read deeper (SCALE.depth), the generated listings are taken out of it, and its first
 * ten corpus offers are scored exactly as the small corpus is: a generated listing that
 * pushes a true match down, or out of the served depth, costs the score.
 *
 * Imported only once TEST_MEILI_URL names the Meilisearch to use: @enlace/devstack/testing
 * reads it when it is first imported.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type InterchangeListing, fixedClock, parseInterchangeLine, splitLines } from '@enlace/domain';
import { type RankingScores, isEligible, parseQrels, scoreRankings } from '@enlace/matching';
import { startTestApi } from '@enlace/api/testing';
import { eligibilityFilter } from '@enlace/search';
import { startWorkers } from '@enlace/worker';
import { pino } from 'pino';
import { generateListings, toNdjson } from '../bench/generate.js';
import { measureExperts } from './measure-experts.js';
import { waitUntilSettled } from './settle.js';

/**
 * The catalogue `among` adds. A fixed seed, so that every run ranks the corpus among the
 * same listings; an external id prefix no corpus line has (checked), so that a generated
 * listing is told from a judged one by its id. `depth` is how far each ranking is read:
 * the most `/v1/listings/{id}/matches` serves (its `limit` allows 50, and a listing keeps
 * its best 50), the same for the keyword baseline.
 */
export const SCALE = { seed: 14, prefix: 'SCALE', depth: 50 } as const;

/** JSON Lines cut into bodies the import accepts: at most `maxLines` lines and `maxBytes` bytes each. */
function importChunks(lines: readonly string[], maxLines: number, maxBytes: number): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    if (current.length > 0 && (current.length >= maxLines || bytes + size > maxBytes)) {
      chunks.push(`${current.join('\n')}\n`);
      current = [];
      bytes = 0;
    }
    current.push(line);
    bytes += size;
  }
  if (current.length > 0) chunks.push(`${current.join('\n')}\n`);
  return chunks;
}

export async function measure(opts: { corpus: string; out: string; today: string; experts?: string | undefined; among?: number | undefined }): Promise<void> {
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
  const among = opts.among ?? 0;
  const corpusOffers = new Set(listings.filter((l) => l.kind === 'offer').map((l) => l.externalId));
  const clash = listings.find((l) => l.externalId.startsWith(`${SCALE.prefix}-`));
  if (among > 0 && clash) throw new Error(`corpus line ${clash.externalId} has the generated listings' prefix ${SCALE.prefix}-`);

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

    type ImportReport = { status: string; linesWithErrors: number; created: number; failure?: string };
    const importBody = async (ndjson: string): Promise<ImportReport> => {
      const { id: importId } = await api<{ id: string }>('/v1/imports', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: ndjson });
      let report: ImportReport;
      do {
        await new Promise((r) => setTimeout(r, 200));
        report = await api<ImportReport>(`/v1/imports/${importId}`);
      } while (report.status === 'queued' || report.status === 'running');
      return report;
    };

    const started = Date.now();
    if (among > 0) {
      // Before the corpus, as a registry that already holds a catalogue receives new
      // listings; one import at a time, as the API allows one per person.
      const generated = toNdjson(generateListings(among, SCALE.seed, SCALE.prefix))
        .trimEnd()
        .split('\n');
      const chunks = importChunks(generated, stack.env.IMPORT_MAX_LINES, stack.env.IMPORT_MAX_BYTES);
      for (const [i, chunk] of chunks.entries()) {
        const t0 = Date.now();
        const report = await importBody(chunk);
        log('imported generated listings', {
          chunk: i + 1,
          of: chunks.length,
          status: report.status,
          created: report.created,
          seconds: (Date.now() - t0) / 1000,
        });
        if (report.status !== 'completed' || report.linesWithErrors > 0) {
          throw new Error(`generated listings: import ${report.status} (${report.failure ?? `${report.linesWithErrors} lines with errors`})`);
        }
      }
    }
    const report = await importBody(body);
    log('imported', { status: report.status, created: report.created, linesWithErrors: report.linesWithErrors });
    if (among > 0) {
      // Matching a catalogue takes minutes: fewer reports, each with what the bulk lanes
      // have left and, once indexing is done, the matching rate and the time to go.
      let from: { at: number; left: number } | undefined;
      await waitUntilSettled(db, producer, {
        timeoutMs: 15 * 60_000 + among * 150,
        reportEveryMs: 30_000,
        countListings: true,
        onWait: (state) => {
          const left = state.listingsToMatch ?? 0;
          const progress: Record<string, number> = { ...state, minutes: Math.round((Date.now() - started) / 6000) / 10 };
          if (state.outbox === 0 && state.listingsToIndex === 0) {
            from ??= { at: Date.now(), left };
            const perSecond = (from.left - left) / ((Date.now() - from.at) / 1000);
            if (perSecond > 0)
              Object.assign(progress, { matchedPerSecond: Math.round(perSecond * 10) / 10, minutesToGo: Math.round(left / perSecond / 6) / 10 });
          }
          log('waiting for indexing and matching', progress);
        },
      });
    } else {
      await waitUntilSettled(db, producer, { onWait: (state) => log('waiting for indexing and matching', state) });
    }
    log('indexed and matched', { seconds: (Date.now() - started) / 1000 });

    const ranked = new Map<string, string[]>();
    const keyword = new Map<string, string[]>();
    const demandIds = new Map<string, string>();
    const lines: string[] = [];
    // With `among`: the first ten corpus offers of the deeper ranking; the served top 10
    // without filtering counts how often generated listings took a place in it.
    const depth = among > 0 ? SCALE.depth : 10;
    const judgedTop10 = (served: readonly string[]) => (among > 0 ? served.filter((id) => corpusOffers.has(id)).slice(0, 10) : [...served]);
    const scale = { enlaceShort: 0, keywordShort: 0, corpusShort: 0, enlaceGenerated: 0, keywordGenerated: 0, places: 0 };
    for (const demand of demands) {
      const {
        items: [found],
      } = await api<{ items: { id: string }[] }>(`/v1/listings?kind=demand&externalId=${encodeURIComponent(demand.externalId)}`);
      if (!found) throw new Error(`demand ${demand.externalId} was not imported`);
      demandIds.set(demand.externalId, found.id);
      const { items } = await api<{ items: { listing: { externalId: string }; score: number }[] }>(`/v1/listings/${found.id}/matches?limit=${depth}`);
      const served = items.map((m) => m.listing.externalId);
      ranked.set(demand.externalId, judgedTop10(served));
      items.forEach((m, i) => lines.push([demand.externalId, i + 1, m.listing.externalId, m.score.toFixed(4)].join('\t')));

      // The baseline: the demand's title as a keyword query, same index, same eligibility.
      const res = await search.listings.search(demand.title, {
        filter: eligibilityFilter({ kind: 'demand', country: demand.country }, today),
        limit: depth,
        attributesToRetrieve: ['externalId'],
      });
      const hits = res.hits.map((h) => h.externalId);
      keyword.set(demand.externalId, judgedTop10(hits));

      if (among > 0) {
        const eligible = listings.filter((o) => o.kind === 'offer' && isEligible(demand, o, today)).length;
        if (ranked.get(demand.externalId)!.length < 10) scale.enlaceShort += 1;
        if (keyword.get(demand.externalId)!.length < 10) scale.keywordShort += 1;
        if (eligible < 10) scale.corpusShort += 1;
        scale.enlaceGenerated += served.slice(0, 10).filter((id) => !corpusOffers.has(id)).length;
        scale.keywordGenerated += hits.slice(0, 10).filter((id) => !corpusOffers.has(id)).length;
        scale.places += 10;
      }
    }
    writeFileSync(opts.out, `${lines.join('\n')}\n`);
    log('rankings written', { file: opts.out, demands: demands.length, lines: lines.length });

    const qrelsFile = join(corpus, 'qrels.tsv');
    if (existsSync(qrelsFile)) {
      const qrels = parseQrels(readFileSync(qrelsFile, 'utf8'));
      const names =
        among > 0
          ? [`Enlace matches among ${among} generated`, `keyword search among ${among} generated`]
          : ['Enlace matches (HTTP API)', 'keyword search of the title'];
      const width = Math.max(34, ...names.map((n) => n.length + 1));
      const show = (name: string, f: RankingScores) =>
        `${name.padEnd(width)} nDCG@10 ${f.ndcg10.toFixed(3)}  recall@10 ${f.recall10.toFixed(3)}  cross-lingual recall@10 ${f.crossLingualRecall10.toFixed(3)}  ineligible ${f.ineligibleReturned}  (${f.demands} demands)`;
      console.log(show(names[0]!, scoreRankings(ranked, qrels, listings, today)));
      console.log(show(names[1]!, scoreRankings(keyword, qrels, listings, today)));
      if (among > 0) {
        console.log(
          `  fewer than 10 corpus offers left in the top ${depth}: Enlace ${scale.enlaceShort}, keyword ${scale.keywordShort} of ${demands.length} demands` +
            ` (the corpus has fewer than 10 eligible offers for ${scale.corpusShort})`,
        );
        console.log(`  generated listings in the served top 10: Enlace ${scale.enlaceGenerated}, keyword ${scale.keywordGenerated} of ${scale.places} places`);
      }
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
