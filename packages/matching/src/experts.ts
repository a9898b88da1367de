/*
 * Candidate experts for a demand: a 0–1 score and the reasons for it, in the same
 * reason vocabulary as offer–demand matches (score.ts), so that they render in the
 * reader's language with renderReason.
 *
 * An expert's profile is read like a listing's description: translated to the pivot
 * language, stemmed, with the cross-lingual glossary's concepts (profile.ts), so that a
 * French demand about "cantines scolaires" meets a profile about "alimentação escolar".
 * The profile is what says what a person has done, so the text is the main signal:
 *
 *   text     TF-IDF cosine of the two term profiles, as for listings, saturating at
 *            TEXT_SATURATION (a profile is a few sentences, a demand a page: their
 *            cosine rarely exceeds 0.4 even for the right person)          weight 0.62
 *   target   shared SDG targets (Ochiai: shared / √(|D|·|E|))              weight 0.18
 *   sector   shared sectors (Ochiai)                                         weight 0.12
 *   goal     shared effective SDG goals (Ochiai)                             weight 0.08
 *   language the expert can work in one of the demand's working languages: a factor.
 *            An expert nobody can talk to without an interpreter is still shown, at
 *            NO_COMMON_LANGUAGE of the score.
 *
 * Why tags only support: people tag loosely (a quarter of a roster gives no SDG target,
 * generalists tag twenty), and a tag says the field, not the specialty: forensic
 * ballistics and community policing share a sector and targets. Ochiai divides by the
 * square root of each side's count, so tagging everything earns little.
 */
import type { Language } from '@enlace/domain';
import type { TermProfile } from './analyze.js';
import { type MatchProfile, type MatchReason, type MatchResult, reasonTerms, textSimilarity } from './score.js';
import type { CorpusStats } from './stats.js';

/** What of an expert the ranking reads. */
export interface ExpertProfile {
  language: Language;
  country: string;
  status: string;
  sectors: readonly string[];
  /** Effective goals: declared plus implied by targets. */
  sdgGoals: readonly number[];
  sdgTargets: readonly string[];
  workingLanguages: readonly Language[];
  terms: TermProfile;
}

export interface ExpertWeights {
  text: number;
  target: number;
  sector: number;
  goal: number;
  /** Multiplies the score when the expert shares no working language with the demand. */
  noCommonLanguage: number;
}

export const EXPERT_WEIGHTS: Readonly<ExpertWeights> = { text: 0.72, target: 0.13, sector: 0.09, goal: 0.06, noCommonLanguage: 0.6 };

/** The cosine from which the text signal counts in full. */
export const TEXT_SATURATION = 0.3;

/** Below this, a candidate says too little to be worth showing. */
export const EXPERT_MIN_SCORE = 0.12;

/** Only validated experts of another country are ever candidates: a filter, never a score. */
export function isExpertEligible(demand: { country: string }, expert: { country: string; status: string }): boolean {
  return expert.status === 'validated' && expert.country !== demand.country;
}

function ochiai<T>(a: readonly T[], b: readonly T[]): { value: number; shared: T[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return { value: 0, shared: [] };
  const shared = [...sa].filter((x) => sb.has(x));
  return { value: shared.length / Math.sqrt(sa.size * sb.size), shared };
}

function languagesOf(side: { language: Language; workingLanguages: readonly Language[] }): readonly Language[] {
  return side.workingLanguages.length > 0 ? side.workingLanguages : [side.language];
}

/** How well an expert fits a demand, with the reasons, strongest first. */
export function scoreExpert(demand: MatchProfile, expert: ExpertProfile, stats: CorpusStats, weights: Readonly<ExpertWeights> = EXPERT_WEIGHTS): MatchResult {
  const text = textSimilarity(demand.terms, expert.terms, stats);
  const textValue = Math.min(1, text.cosine / TEXT_SATURATION);
  const targets = ochiai(demand.sdgTargets, expert.sdgTargets);
  const goals = ochiai(demand.sdgGoals, expert.sdgGoals);
  const sectors = ochiai(demand.sectors, expert.sectors);
  const spoken = new Set(languagesOf(expert));
  const languages = languagesOf(demand).filter((l) => spoken.has(l));

  const sum = weights.text * textValue + weights.target * targets.value + weights.sector * sectors.value + weights.goal * goals.value;
  const score = Math.min(1, sum * (languages.length > 0 ? 1 : weights.noCommonLanguage));

  const reasons: MatchReason[] = [];
  if (textValue > 0 && text.contributions.length > 0) {
    reasons.push({ kind: 'text', weight: weights.text * textValue, similarity: text.cosine, terms: reasonTerms(demand.terms, expert.terms, text) });
  }
  if (targets.shared.length > 0) reasons.push({ kind: 'sdg_target', weight: weights.target * targets.value, codes: targets.shared });
  // Goals already told by a shared target are not repeated.
  const targetGoals = new Set(targets.shared.map((t) => Number(t.split('.')[0])));
  const otherGoals = goals.shared.filter((g) => !targetGoals.has(g));
  if (otherGoals.length > 0) reasons.push({ kind: 'sdg_goal', weight: weights.goal * goals.value, goals: otherGoals });
  if (sectors.shared.length > 0) reasons.push({ kind: 'sector', weight: weights.sector * sectors.value, codes: sectors.shared });
  if (languages.length > 0) reasons.push({ kind: 'working_language', weight: 0, languages: [...languages] });
  reasons.sort((a, b) => b.weight - a.weight);
  return { score, reasons };
}

export interface RankedExpert<E> {
  expert: E;
  score: number;
  reasons: MatchReason[];
}

/**
 * The best candidates, best first: eligible ones (validated, another country) scoring at
 * least EXPERT_MIN_SCORE with something besides a common language, at most `limit`.
 */
export function rankExperts<E extends ExpertProfile>(
  demand: MatchProfile,
  experts: readonly E[],
  stats: CorpusStats,
  limit = 5,
  weights: Readonly<ExpertWeights> = EXPERT_WEIGHTS,
): RankedExpert<E>[] {
  return experts
    .filter((expert) => isExpertEligible(demand, expert))
    .map((expert) => ({ expert, ...scoreExpert(demand, expert, stats, weights) }))
    .filter((c) => c.score >= EXPERT_MIN_SCORE && c.reasons.some((r) => r.kind !== 'working_language'))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
