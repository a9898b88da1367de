/*
 * Offline evaluation of the ranking on a labelled corpus (shared/eval/README.md):
 * nDCG@10, recall@10, cross-lingual recall@10, ineligible offers returned.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseInterchangeLine, splitLines, type InterchangeListing, type Language } from '@enlace/domain';
import { isEligible } from './eligibility.js';
import { matchFeatures, scoreMatch, type MatchProfile, type Weights } from './score.js';
import type { CorpusStats } from './stats.js';
import type { TranslationCache } from './translate.js';

/** demand id → offer id → grade (1 partly, 2 directly). */
export type Qrels = Map<string, Map<string, number>>;

export function parseQrels(text: string): Qrels {
  const qrels: Qrels = new Map();
  for (const line of splitLines(text)) {
    if (line.trim() === '') continue;
    const [demand, offer, grade] = line.split('\t');
    if (!demand || !offer || grade === undefined) throw new Error(`bad qrels line: ${line}`);
    const m = qrels.get(demand) ?? new Map<string, number>();
    m.set(offer, Number(grade));
    qrels.set(demand, m);
  }
  return qrels;
}

export function parseListings(text: string): InterchangeListing[] {
  return splitLines(text).flatMap((line, i) => {
    if (line.trim() === '') return [];
    const parsed = parseInterchangeLine(line);
    if (!parsed.ok) throw new Error(`line ${i + 1}: ${parsed.issues.map((x) => `${x.field}: ${x.reason}`).join('; ')}`);
    return [parsed.listing];
  });
}

/** nDCG@k with gain 2^grade − 1 and discount log2(rank + 1), ideal from the labels. */
export function ndcgAt(ranked: readonly string[], relevant: ReadonlyMap<string, number>, k = 10): number {
  const gain = (g: number) => 2 ** g - 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    dcg += gain(relevant.get(id) ?? 0) / Math.log2(i + 2);
  });
  const ideal = [...relevant.values()]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Relevant items (grade ≥ 1) in the top k, and how many there are. */
export function hitsAt(ranked: readonly string[], relevant: Iterable<string>, k = 10): { hits: number; total: number } {
  const top = new Set(ranked.slice(0, k));
  let hits = 0;
  let total = 0;
  for (const id of relevant) {
    total += 1;
    if (top.has(id)) hits += 1;
  }
  return { hits, total };
}

export interface EvalListing {
  listing: InterchangeListing;
  profile: MatchProfile;
}

export type PairScorer = (demand: MatchProfile, offer: MatchProfile, stats: CorpusStats) => number;

export const textAndTagsScorer =
  (weights?: Readonly<Weights>): PairScorer =>
  (d, o, s) =>
    scoreMatch(d, o, s, weights).score;

/** The baseline: shared tags only (targets, goals, sectors, modalities), no text. */
export const tagsOnlyScorer: PairScorer = (d, o, s) => {
  const f = matchFeatures(d, o, s).features;
  return 1.5 * f.target + f.goal + f.sector + 0.3 * f.modality;
};

export interface RankedOffer {
  id: string;
  score: number;
}

/** All eligible offers for a demand, best first (ties by id, for reproducible runs). */
export function rankEligibleOffers(demand: EvalListing, offers: readonly EvalListing[], stats: CorpusStats, scorer: PairScorer, today: string): RankedOffer[] {
  return offers
    .filter((o) => isEligible(demand.listing, o.listing, today))
    .map((o) => ({ id: o.listing.externalId, score: scorer(demand.profile, o.profile, stats) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

export interface EvalReport {
  /** Demands with at least one relevant offer, over which the means are taken. */
  demands: number;
  ndcg10: number;
  /** Pooled over all relevant pairs. */
  recall10: number;
  crossLingualRecall10: number;
  /** Mean over demands of each demand's recall (demands with cross-lingual relevant offers for the second). */
  macroRecall10: number;
  macroCrossLingualRecall10: number;
  /** Ineligible offers found in any top 10 (must be 0). */
  ineligibleReturned: number;
  perDemand: { id: string; ndcg10: number; top: RankedOffer[] }[];
}

export interface EvaluateOptions {
  today: string;
  scorer: PairScorer;
  /** Only these demands (for subsampling); default all. */
  demandIds?: ReadonlySet<string>;
  k?: number;
  /**
   * Unjudged listings mixed into the catalogue (`--among`): each ranking is read `depth`
   * deep (as `/matches` serves it), these are taken out, and the rest is scored.
   */
  unjudged?: ReadonlySet<string>;
  depth?: number;
}

/** The figures of shared/eval/README.md. */
export type RankingScores = Omit<EvalReport, 'perDemand'> & { perDemand: { id: string; ndcg10: number }[] };

/**
 * Scores given rankings (demand id → offer ids, best first) against the labels: mean
 * nDCG@k over demands with a relevant offer, recall@k and its cross-lingual part both
 * pooled and per demand, and every returned offer the eligibility rules exclude.
 * Shared by the offline evaluation and `npm run eval`, which ranks through the API.
 */
export function scoreRankings(
  rankings: ReadonlyMap<string, readonly string[]>,
  qrels: Qrels,
  listings: readonly InterchangeListing[],
  today: string,
  k = 10,
): RankingScores {
  const byId = new Map(listings.map((l) => [`${l.kind}:${l.externalId}`, l]));
  let ndcgSum = 0;
  let n = 0;
  let hits = 0;
  let total = 0;
  let xHits = 0;
  let xTotal = 0;
  let ineligible = 0;
  let macro = 0;
  let xMacro = 0;
  let xDemands = 0;
  const perDemand: RankingScores['perDemand'] = [];
  for (const [demandId, ranked] of rankings) {
    const demand = byId.get(`demand:${demandId}`);
    if (!demand) continue;
    const ids = ranked.slice(0, k);
    for (const id of ids) {
      const o = byId.get(`offer:${id}`);
      if (!o || !isEligible(demand, o, today)) ineligible += 1;
    }
    const rel = qrels.get(demandId);
    if (!rel || ![...rel.values()].some((g) => g >= 1)) continue;
    const nd = ndcgAt(ids, rel, k);
    ndcgSum += nd;
    n += 1;
    perDemand.push({ id: demandId, ndcg10: nd });
    const relevant = [...rel].filter(([, g]) => g >= 1).map(([id]) => id);
    const all = hitsAt(ids, relevant, k);
    hits += all.hits;
    total += all.total;
    macro += all.total === 0 ? 0 : all.hits / all.total;
    const lang: Language = demand.language;
    const cross = relevant.filter((id) => {
      const o = byId.get(`offer:${id}`);
      return o !== undefined && o.language !== lang;
    });
    const x = hitsAt(ids, cross, k);
    xHits += x.hits;
    xTotal += x.total;
    if (x.total > 0) {
      xMacro += x.hits / x.total;
      xDemands += 1;
    }
  }
  return {
    demands: n,
    ndcg10: n === 0 ? 0 : ndcgSum / n,
    recall10: total === 0 ? 0 : hits / total,
    crossLingualRecall10: xTotal === 0 ? 0 : xHits / xTotal,
    macroRecall10: n === 0 ? 0 : macro / n,
    macroCrossLingualRecall10: xDemands === 0 ? 0 : xMacro / xDemands,
    ineligibleReturned: ineligible,
    perDemand,
  };
}

export function evaluate(listings: readonly EvalListing[], stats: CorpusStats, qrels: Qrels, opts: EvaluateOptions): EvalReport {
  const k = opts.k ?? 10;
  const offers = listings.filter((l) => l.listing.kind === 'offer');
  const wanted = (id: string) => (!opts.demandIds || opts.demandIds.has(id)) && !opts.unjudged?.has(id);
  const demands = listings.filter((l) => l.listing.kind === 'demand' && wanted(l.listing.externalId));
  const tops = new Map<string, RankedOffer[]>();
  const unjudged = opts.unjudged;
  for (const d of demands) {
    const ranked = rankEligibleOffers(d, offers, stats, opts.scorer, opts.today);
    const judged = unjudged ? ranked.slice(0, opts.depth ?? ranked.length).filter((r) => !unjudged.has(r.id)) : ranked;
    tops.set(d.listing.externalId, judged.slice(0, k));
  }
  const rankings = new Map([...tops].map(([id, top]) => [id, top.map((r) => r.id)]));
  const scores = scoreRankings(
    rankings,
    qrels,
    listings.map((l) => l.listing),
    opts.today,
    k,
  );
  return { ...scores, perDemand: scores.perDemand.map((p) => ({ ...p, top: tops.get(p.id) ?? [] })) };
}

/** A translation cache kept in a JSON file (for iterating on a corpus; not for the service). */
export function fileTranslationCache(path: string): TranslationCache & { save(): void } {
  const data: Record<string, string> = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
  let dirty = false;
  return {
    get: (lang, text) => data[`${lang}\u0000${text}`],
    set: (lang, text, translation) => {
      data[`${lang}\u0000${text}`] = translation;
      dirty = true;
    },
    save: () => {
      if (dirty) writeFileSync(path, JSON.stringify(data));
      dirty = false;
    },
  };
}
