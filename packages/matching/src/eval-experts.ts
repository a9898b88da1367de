/*
 * Scoring of expert suggestions on a labelled set (shared/eval/dev-experts/NOTES.md):
 * nDCG@5, recall@5, precision@1, cross-lingual recall@5 (mean over demands and pooled
 * over pairs) and ineligible experts returned.
 */
import type { Language } from '@enlace/domain';
import { hitsAt, ndcgAt, type Qrels } from './eval.js';

/** One line of a labelled expert set: a registration plus the `ref` its judgements use. */
export interface ExpertEvalLine {
  ref: string;
  country: string;
  language: Language;
  profile: string;
  sectors: string[];
  sdgGoals?: number[];
  sdgTargets?: string[];
  workingLanguages: Language[];
}

/** The lines of an `experts.jsonl`. */
export function parseExpertLines(text: string): (ExpertEvalLine & Record<string, unknown>)[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ExpertEvalLine & Record<string, unknown>);
}

export interface ExpertRankingScores {
  demands: number;
  ndcg5: number;
  recall5: number;
  precision1: number;
  /** Mean over the demands that have a relevant expert writing in another language. */
  crossLingualRecall5: number;
  crossLingualDemands: number;
  /** Share of all cross-lingual relevant pairs found in their demand's top 5. */
  crossLingualPooled5: number;
  crossLingualPairs: number;
  /** Suggestions, anywhere in what was returned, of an expert of the demand's own country. */
  ineligibleReturned: number;
  perDemand: { id: string; ndcg5: number }[];
}

export interface ExpertEvalSubjects {
  /** Demand external id → its language and country. */
  demands: ReadonlyMap<string, { language: Language; country: string }>;
  /** Expert ref → its profile language and country. */
  experts: ReadonlyMap<string, { language: Language; country: string }>;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Scores rankings (demand id → expert refs, best first, everything the service returned).
 * Experts the labels do not know are dropped before the top 5 is taken.
 */
export function scoreExpertRankings(rankings: ReadonlyMap<string, readonly string[]>, qrels: Qrels, subjects: ExpertEvalSubjects, k = 5): ExpertRankingScores {
  const ndcg: number[] = [];
  const recall: number[] = [];
  const p1: number[] = [];
  const xRecall: number[] = [];
  const perDemand: { id: string; ndcg5: number }[] = [];
  let xHits = 0;
  let xTotal = 0;
  let ineligible = 0;
  for (const [demandId, relevant] of qrels) {
    const demand = subjects.demands.get(demandId);
    if (!demand || relevant.size === 0) continue;
    const returned = rankings.get(demandId) ?? [];
    ineligible += returned.filter((ref) => subjects.experts.get(ref)?.country === demand.country).length;
    const ranked = returned.filter((ref) => subjects.experts.has(ref));
    const relevantIds = [...relevant].filter(([, g]) => g >= 1).map(([id]) => id);
    const n = ndcgAt(ranked, relevant, k);
    ndcg.push(n);
    perDemand.push({ id: demandId, ndcg5: n });
    const r = hitsAt(ranked, relevantIds, k);
    recall.push(r.total === 0 ? 0 : r.hits / r.total);
    p1.push((relevant.get(ranked[0] ?? '') ?? 0) >= 1 ? 1 : 0);
    const across = relevantIds.filter((id) => subjects.experts.get(id)?.language !== demand.language);
    if (across.length > 0) {
      const x = hitsAt(ranked, across, k);
      xRecall.push(x.hits / x.total);
      xHits += x.hits;
      xTotal += x.total;
    }
  }
  return {
    demands: ndcg.length,
    ndcg5: mean(ndcg),
    recall5: mean(recall),
    precision1: mean(p1),
    crossLingualRecall5: mean(xRecall),
    crossLingualDemands: xRecall.length,
    crossLingualPooled5: xTotal === 0 ? 0 : xHits / xTotal,
    crossLingualPairs: xTotal,
    ineligibleReturned: ineligible,
    perDemand,
  };
}

export function formatExpertScores(name: string, s: ExpertRankingScores): string {
  const f = (x: number) => x.toFixed(3);
  return `${name.padEnd(30)} nDCG@5 ${f(s.ndcg5)}  R@5 ${f(s.recall5)}  P@1 ${f(s.precision1)}  xR@5 ${f(s.crossLingualRecall5)} (${s.crossLingualDemands} demands; pooled ${f(s.crossLingualPooled5)} of ${s.crossLingualPairs})  ineligible ${s.ineligibleReturned}  demands ${s.demands}`;
}
