/*
 * Offline evaluation of the ranking on a labelled corpus directory (listings.jsonl, qrels.tsv).
 *
 *   npx tsx packages/matching/src/eval-offline.ts /work/shared/eval/dev [options]
 *
 * Options:
 *   --today YYYY-MM-DD   reference date (default 2026-11-21, the corpus's)
 *   --no-cache           translate again instead of reading the cache in the temp directory
 *   --no-glossary        leave the cross-lingual glossary out (to measure what it adds)
 *   --robustness         also evaluate with tags stripped from half the listings, on random
 *                        halves of the demands, and with the text or the tags alone
 *   --verbose            per-demand nDCG and top 10
 *   --among FILE         unjudged listings (interchange lines) mixed into the catalogue; each
 *                        ranking is read --depth deep (default 50, what /matches serves), the
 *                        unjudged taken out and the rest scored, as `npm run eval -- --among`
 *   --depth N            how deep a ranking is read with --among
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import type { InterchangeListing } from '@enlace/domain';
import {
  evaluate,
  fileTranslationCache,
  parseListings,
  parseQrels,
  tagsOnlyScorer,
  textAndTagsScorer,
  type EvalListing,
  type EvalReport,
  type PairScorer,
  type Qrels,
} from './eval.js';
import { analyzeListings, toMatchProfile } from './profile.js';
import { WEIGHTS, type MatchProfile } from './score.js';
import { buildCorpusStats, type CorpusStats } from './stats.js';
import { createTranslator } from './translate.js';

const print = (s = '') => process.stdout.write(`${s}\n`);

const USAGE = 'usage: eval-offline.ts <corpus dir> [--today YYYY-MM-DD] [--no-cache] [--no-glossary] [--robustness] [--verbose] [--among FILE [--depth N]]\n';

function usage(problem: string): never {
  process.stderr.write(`${problem}\n${USAGE}`);
  process.exit(2);
}

function readArgs(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        today: { type: 'string', default: '2026-11-21' },
        'no-cache': { type: 'boolean', default: false },
        'no-glossary': { type: 'boolean', default: false },
        robustness: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        among: { type: 'string' },
        depth: { type: 'string' },
      },
    });
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const [dir] = positionals;
  if (!dir || positionals.length > 1) usage('one corpus directory, please');
  if (values.depth !== undefined && values.among === undefined) usage('--depth says how deep rankings are read among unjudged listings: give --among FILE too');
  const depth = values.depth === undefined ? 50 : Number(values.depth);
  if (!Number.isInteger(depth) || depth < 1) usage(`--depth ${values.depth}: a whole number of listings, 1 or more`);
  return {
    dir,
    today: values.today,
    cache: !values['no-cache'],
    robustness: values.robustness,
    glossary: !values['no-glossary'],
    verbose: values.verbose,
    among: values.among,
    depth,
  };
}

const pct = (x: number) => x.toFixed(3);

function line(name: string, r: EvalReport): string {
  return `${name.padEnd(34)} nDCG@10 ${pct(r.ndcg10)}  R@10 ${pct(r.recall10)} (macro ${pct(r.macroRecall10)})  xR@10 ${pct(r.crossLingualRecall10)} (macro ${pct(r.macroCrossLingualRecall10)})  ineligible ${r.ineligibleReturned}  demands ${r.demands}`;
}

/** Deterministic pseudo-random numbers (mulberry32), so robustness runs can be repeated. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The evaluation every report of a run makes: same corpus, same date, same unjudged listings. */
interface EvalRun {
  readonly stats: CorpusStats;
  readonly qrels: Qrels;
  readonly today: string;
  /** With --among: the unjudged listings, and how deep each ranking is read. */
  readonly among?: { unjudged: Set<string>; depth: number };
}

function run(on: EvalRun, listings: EvalListing[], scorer: PairScorer, opts: { stats?: CorpusStats; demandIds?: Set<string> } = {}) {
  return evaluate(listings, opts.stats ?? on.stats, on.qrels, {
    today: on.today,
    scorer,
    ...(opts.demandIds ? { demandIds: opts.demandIds } : {}),
    ...(on.among ?? {}),
  });
}

function stripTags(p: MatchProfile): MatchProfile {
  return { ...p, sdgGoals: [], sdgTargets: [], modalities: [], sectors: p.sectors.slice(0, 1) };
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const judged: InterchangeListing[] = parseListings(readFileSync(join(args.dir, 'listings.jsonl'), 'utf8'));
  const among: InterchangeListing[] = args.among ? parseListings(readFileSync(args.among, 'utf8')) : [];
  const listings = [...judged, ...among];
  const unjudged = args.among ? new Set(among.map((l) => l.externalId)) : undefined;
  const qrels = parseQrels(readFileSync(join(args.dir, 'qrels.tsv'), 'utf8'));

  const cachePath = join(tmpdir(), 'enlace-matching-translations.json');
  const cache = args.cache ? fileTranslationCache(cachePath) : undefined;
  const translator = createTranslator(cache ? { cache } : {});
  const t0 = performance.now();
  const terms = await analyzeListings(listings, translator, { glossary: args.glossary });
  const elapsed = performance.now() - t0;
  await translator.close();
  cache?.save();

  const evalListings: EvalListing[] = listings.map((l, i) => ({ listing: l, profile: toMatchProfile(l, terms[i]!) }));
  const stats = buildCorpusStats(terms);
  const on: EvalRun = { stats, qrels, today: args.today, ...(unjudged ? { among: { unjudged, depth: args.depth } } : {}) };
  print(`corpus ${args.dir}: ${judged.length} listings, today ${args.today}${args.glossary ? '' : ', no glossary'}`);
  if (unjudged) print(`among ${among.length} unjudged listings from ${args.among}, rankings read ${args.depth} deep`);
  print(`translate + analyze: ${elapsed.toFixed(0)} ms${args.cache ? ' (translation cache in the temp directory; --no-cache to measure Apertium)' : ''}`);
  print();
  const main = run(on, evalListings, textAndTagsScorer());
  print(line('text + tags (scoreMatch)', main));
  print(line('tags only (baseline)', run(on, evalListings, tagsOnlyScorer)));
  const langOf = new Map(listings.map((l) => [l.externalId, l.language]));
  const byLang = new Map<string, number[]>();
  for (const d of main.perDemand) byLang.set(langOf.get(d.id) ?? '?', [...(byLang.get(langOf.get(d.id) ?? '?') ?? []), d.ndcg10]);
  print(
    `nDCG@10 by demand language: ${[...byLang]
      .sort()
      .map(([l, xs]) => `${l} ${pct(xs.reduce((a, b) => a + b, 0) / xs.length)} (${xs.length})`)
      .join(', ')}`,
  );

  if (args.verbose) {
    print();
    for (const d of main.perDemand.sort((a, b) => a.ndcg10 - b.ndcg10)) {
      const rel = qrels.get(d.id) ?? new Map<string, number>();
      print(`${d.id} nDCG ${pct(d.ndcg10)}: ${d.top.map((r) => `${r.id}${rel.has(r.id) ? `[${rel.get(r.id)}]` : ''}=${r.score.toFixed(2)}`).join(' ')}`);
      const missing = [...rel.keys()].filter((id) => !d.top.some((r) => r.id === id));
      if (missing.length > 0) print(`   missing: ${missing.join(' ')}`);
    }
  }

  if (args.robustness) {
    print();
    print('robustness');
    print(line('text only', run(on, evalListings, textAndTagsScorer({ ...WEIGHTS, target: 0, goal: 0, sector: 0, modality: 0, language: 0 }))));
    for (const seed of [1, 2, 3]) {
      const r = rng(seed);
      const stripped = evalListings.map((l) => (r() < 0.5 ? { ...l, profile: stripTags(l.profile) } : l));
      print(line(`tags stripped from half, seed ${seed}`, run(on, stripped, textAndTagsScorer())));
    }
    const demandIds = listings.filter((l) => l.kind === 'demand').map((l) => l.externalId);
    const halves: number[] = [];
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const r = rng(seed);
      const half = new Set(demandIds.filter(() => r() < 0.5));
      const rep = run(on, evalListings, textAndTagsScorer(), { demandIds: half });
      halves.push(rep.ndcg10);
      print(line(`random half of demands, seed ${seed}`, rep));
    }
    const mean = halves.reduce((a, b) => a + b, 0) / halves.length;
    const sd = Math.sqrt(halves.reduce((a, b) => a + (b - mean) ** 2, 0) / halves.length);
    print(`random halves: nDCG@10 mean ${pct(mean)}, sd ${pct(sd)}, min ${pct(Math.min(...halves))}`);
    // IDF from the offers only (what a service indexing offers would have).
    const offerStats = buildCorpusStats(evalListings.filter((l) => l.listing.kind === 'offer').map((l) => l.profile.terms));
    print(line('IDF from offers only', run(on, evalListings, textAndTagsScorer(), { stats: offerStats })));
    const fingerprint = createHash('sha256').update(JSON.stringify(WEIGHTS)).digest('hex').slice(0, 8);
    print(`weights ${JSON.stringify(WEIGHTS)} (${fingerprint})`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
