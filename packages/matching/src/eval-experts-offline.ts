/*
 * Offline evaluation of expert suggestions on a labelled set, for tuning the ranking
 * without the service (`npm run eval` measures it through the API):
 *
 *   npx tsx packages/matching/src/eval-experts-offline.ts <listings dir> <experts dir> [--verbose] [--no-cache]
 *
 * Profiles are computed as the worker computes them, and IDF comes from the listings, as
 * the service's corpus statistics do.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { effectiveSdgGoals } from '@enlace/domain';
import { fileTranslationCache, parseListings, parseQrels } from './eval.js';
import { formatExpertScores, parseExpertLines, scoreExpertRankings } from './eval-experts.js';
import { EXPERT_WEIGHTS, rankExperts, type ExpertProfile, type ExpertWeights } from './experts.js';
import { analyzeListings, profileExperts, toMatchProfile } from './profile.js';
import { buildCorpusStats } from './stats.js';
import { createTranslator } from './translate.js';

const print = (s = '') => process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  const [listingsDir, expertsDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!listingsDir || !expertsDir) {
    process.stderr.write('usage: eval-experts-offline.ts <listings dir> <experts dir> [--verbose] [--no-cache]\n');
    process.exit(2);
  }
  const verbose = process.argv.includes('--verbose');
  const listings = parseListings(readFileSync(join(listingsDir, 'listings.jsonl'), 'utf8'));
  const experts = parseExpertLines(readFileSync(join(expertsDir, 'experts.jsonl'), 'utf8'));
  const qrels = parseQrels(readFileSync(join(expertsDir, 'qrels.tsv'), 'utf8'));

  const cache = process.argv.includes('--no-cache') ? undefined : fileTranslationCache(join(tmpdir(), 'enlace-matching-translations.json'));
  const translator = createTranslator(cache ? { cache } : {});
  const listingTerms = await analyzeListings(listings, translator);
  const expertTerms = await profileExperts(experts, translator);
  await translator.close();
  cache?.save();

  const stats = buildCorpusStats(listingTerms);
  const profiles: (ExpertProfile & { ref: string })[] = experts.map((e, i) => ({
    ref: e.ref,
    language: e.language,
    country: e.country,
    status: 'validated',
    sectors: e.sectors,
    sdgGoals: effectiveSdgGoals(e.sdgGoals, e.sdgTargets),
    sdgTargets: e.sdgTargets ?? [],
    workingLanguages: e.workingLanguages,
    terms: expertTerms[i]!.terms,
  }));
  const demands = listings.map((l, i) => ({ l, p: toMatchProfile(l, listingTerms[i]!) })).filter(({ l }) => l.kind === 'demand');
  const subjects = {
    demands: new Map(demands.map(({ l }) => [l.externalId, { language: l.language, country: l.country }])),
    experts: new Map(experts.map((e) => [e.ref, { language: e.language, country: e.country }])),
  };

  const run = (name: string, weights: ExpertWeights) => {
    const rankings = new Map<string, string[]>();
    const shown = new Map<string, string>();
    for (const { l, p } of demands) {
      const ranked = rankExperts(p, profiles, stats, 20, weights);
      rankings.set(
        l.externalId,
        ranked.map((r) => r.expert.ref),
      );
      const rel = qrels.get(l.externalId) ?? new Map<string, number>();
      shown.set(
        l.externalId,
        ranked
          .slice(0, 6)
          .map((r) => `${r.expert.ref}${rel.has(r.expert.ref) ? `[${rel.get(r.expert.ref)}]` : ''}=${r.score.toFixed(2)}`)
          .join(' '),
      );
    }
    const scores = scoreExpertRankings(rankings, qrels, subjects);
    print(formatExpertScores(name, scores));
    if (verbose)
      for (const d of scores.perDemand.sort((a, b) => a.ndcg5 - b.ndcg5).filter((d) => d.ndcg5 < 0.95)) {
        const rel = qrels.get(d.id)!;
        const missing = [...rel.keys()].filter((r) => !rankings.get(d.id)!.slice(0, 5).includes(r));
        print(
          `  ${d.id} (${subjects.demands.get(d.id)!.language}) ${d.ndcg5.toFixed(2)}: ${shown.get(d.id)}${missing.length ? `  missing ${missing.map((m) => `${m}[${rel.get(m)}]`).join(' ')}` : ''}`,
        );
      }
  };
  run('text + tags', EXPERT_WEIGHTS);
  run('text only', { ...EXPERT_WEIGHTS, target: 0, sector: 0, goal: 0 });
  run('tags only', { ...EXPERT_WEIGHTS, text: 0 });
  const alt = process.env.EXPERT_WEIGHTS;
  if (alt) run(`custom ${alt}`, { ...EXPERT_WEIGHTS, ...(JSON.parse(alt) as Partial<ExpertWeights>) });
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
