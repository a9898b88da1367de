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

function parseArgs(argv: string[]) {
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: eval-offline.ts <corpus dir> [--today YYYY-MM-DD] [--no-cache] [--no-glossary] [--robustness] [--verbose]\n');
    process.exit(2);
  }
  const todayAt = argv.indexOf('--today');
  const amongAt = argv.indexOf('--among');
  const depthAt = argv.indexOf('--depth');
  return {
    dir,
    today: todayAt >= 0 ? argv[todayAt + 1]! : '2026-11-21',
    cache: !argv.includes('--no-cache'),
    robustness: argv.includes('--robustness'),
    glossary: !argv.includes('--no-glossary'),
    verbose: argv.includes('--verbose'),
    among: amongAt >= 0 ? argv[amongAt + 1] : undefined,
    depth: depthAt >= 0 ? Number(argv[depthAt + 1]) : 50,
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

let amongOpts: { unjudged?: Set<string>; depth?: number } = {};

function run(listings: EvalListing[], stats: CorpusStats, qrels: Qrels, scorer: PairScorer, today: string, demandIds?: Set<string>) {
  return evaluate(listings, stats, qrels, { today, scorer, ...(demandIds ? { demandIds } : {}), ...amongOpts });
}

function stripTags(p: MatchProfile): MatchProfile {
  return { ...p, sdgGoals: [], sdgTargets: [], modalities: [], sectors: p.sectors.slice(0, 1) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
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

  if (unjudged) amongOpts = { unjudged, depth: args.depth };
  const evalListings: EvalListing[] = listings.map((l, i) => ({ listing: l, profile: toMatchProfile(l, terms[i]!) }));
  const stats = buildCorpusStats(terms);
  print(`corpus ${args.dir}: ${judged.length} listings, today ${args.today}${args.glossary ? '' : ', no glossary'}`);
  if (unjudged) print(`among ${among.length} unjudged listings from ${args.among}, rankings read ${args.depth} deep`);
  print(`translate + analyze: ${elapsed.toFixed(0)} ms${args.cache ? ' (translation cache in the temp directory; --no-cache to measure Apertium)' : ''}`);
  print();
  const main = run(evalListings, stats, qrels, textAndTagsScorer(), args.today);
  print(line('text + tags (scoreMatch)', main));
  print(line('tags only (baseline)', run(evalListings, stats, qrels, tagsOnlyScorer, args.today)));
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
    print(
      line(
        'text only',
        run(evalListings, stats, qrels, textAndTagsScorer({ ...WEIGHTS, target: 0, goal: 0, sector: 0, modality: 0, language: 0 }), args.today),
      ),
    );
    for (const seed of [1, 2, 3]) {
      const r = rng(seed);
      const stripped = evalListings.map((l) => (r() < 0.5 ? { ...l, profile: stripTags(l.profile) } : l));
      print(line(`tags stripped from half, seed ${seed}`, run(stripped, stats, qrels, textAndTagsScorer(), args.today)));
    }
    const demandIds = listings.filter((l) => l.kind === 'demand').map((l) => l.externalId);
    const halves: number[] = [];
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const r = rng(seed);
      const half = new Set(demandIds.filter(() => r() < 0.5));
      const rep = run(evalListings, stats, qrels, textAndTagsScorer(), args.today, half);
      halves.push(rep.ndcg10);
      print(line(`random half of demands, seed ${seed}`, rep));
    }
    const mean = halves.reduce((a, b) => a + b, 0) / halves.length;
    const sd = Math.sqrt(halves.reduce((a, b) => a + (b - mean) ** 2, 0) / halves.length);
    print(`random halves: nDCG@10 mean ${pct(mean)}, sd ${pct(sd)}, min ${pct(Math.min(...halves))}`);
    // IDF from the offers only (what a service indexing offers would have).
    const offerStats = buildCorpusStats(evalListings.filter((l) => l.listing.kind === 'offer').map((l) => l.profile.terms));
    print(line('IDF from offers only', run(evalListings, offerStats, qrels, textAndTagsScorer(), args.today)));
    const fingerprint = createHash('sha256').update(JSON.stringify(WEIGHTS)).digest('hex').slice(0, 8);
    print(`weights ${JSON.stringify(WEIGHTS)} (${fingerprint})`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
