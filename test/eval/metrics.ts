import type { InterchangeListing } from '@enlace/domain';
import { type Qrels, hitsAt, ndcgAt, whyIneligible } from '@enlace/matching';

export interface RankingFigures {
  ndcg10: number;
  recall10: number;
  crossLingualRecall10: number;
  ineligibleReturned: number;
  demandsScored: number;
}

/**
 * The scoring of ../../shared/eval/README.md: mean nDCG@10 over demands with at least
 * one relevant offer; recall@10 and its cross-lingual part pooled over relevant pairs;
 * every returned offer that the eligibility rules exclude counted as an error.
 */
export function scoreRankings(
  rankings: ReadonlyMap<string, readonly string[]>,
  qrels: Qrels,
  listings: ReadonlyMap<string, InterchangeListing>,
  today: string,
): RankingFigures {
  let ndcg = 0;
  let demands = 0;
  let hits = 0;
  let relevantPairs = 0;
  let xHits = 0;
  let xPairs = 0;
  let ineligible = 0;
  for (const [demandId, ranked] of rankings) {
    const demand = listings.get(demandId);
    if (!demand) continue;
    for (const offerId of ranked.slice(0, 10)) {
      const offer = listings.get(offerId);
      if (!offer || whyIneligible(demand, offer, today)) ineligible += 1;
    }
  }
  for (const [demandId, relevant] of qrels) {
    const positives = new Map([...relevant].filter(([, g]) => g > 0));
    if (positives.size === 0) continue;
    const ranked = rankings.get(demandId) ?? [];
    ndcg += ndcgAt(ranked, positives, 10);
    demands += 1;
    const got = hitsAt(ranked, positives.keys(), 10);
    hits += got.hits;
    relevantPairs += got.total;
    const demandLang = listings.get(demandId)?.language;
    const crossing = [...positives.keys()].filter((o) => listings.get(o)?.language !== demandLang);
    const x = hitsAt(ranked, crossing, 10);
    xHits += x.hits;
    xPairs += x.total;
  }
  return {
    ndcg10: demands ? ndcg / demands : 0,
    recall10: relevantPairs ? hits / relevantPairs : 0,
    crossLingualRecall10: xPairs ? xHits / xPairs : 0,
    ineligibleReturned: ineligible,
    demandsScored: demands,
  };
}
