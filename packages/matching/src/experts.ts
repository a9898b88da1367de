/*
 * Candidate experts for a demand: a 0–1 score and the reasons for it, in the same
 * reason vocabulary as offer–demand matches (score.ts), so that they render in the
 * reader's language with renderReason.
 *
 * An expert's profile is a few sentences in one of four languages, and it is scored at
 * request time, without machine translation. So the ranking leans on what does not
 * depend on language:
 *
 *   target   shared SDG targets (Ochiai: shared / √(|D|·|E|))            weight 0.35
 *   sector   shared sectors (Ochiai)                                       weight 0.25
 *   goal     shared effective SDG goals (Ochiai)                           weight 0.15
 *   text     the stronger of two text signals                              weight 0.25
 *              - shared concepts of the cross-lingual glossary between the demand
 *                (title, keywords, description) and the profile (Ochiai), which joins
 *                "cantines scolaires" and "alimentação escolar";
 *              - the relevance Meilisearch gives the profile for the demand's title
 *                words (its ranking score, 0..1; the index carries the glossary as
 *                synonyms), or 0 when that query did not find the expert.
 *   language the expert can work in one of the demand's working languages (or the
 *            language it is written in): a factor, not a term. An expert nobody can
 *            talk to without an interpreter is still shown, at 60 % of the score.
 *
 * Why these weights: a shared target is the most specific statement that two people
 * work on the same thing (169 targets), a shared sector says the expert's trade fits
 * (30 sectors), a goal is broad (17) and is implied by any shared target, so it only
 * tips ties. Text gets a quarter: without translation it is either exact (a glossary
 * concept) or same-language words, reliable when present and silent across languages
 * otherwise, so it must not be what separates a French demand from a Portuguese expert.
 * The weights sum to 1, so an expert sharing every tag and the subject scores 1, and
 * the score reads as "share of the evidence present", not as a probability: there is no
 * labelled set of expert matches to fit a logistic model on, as score.ts does for offers.
 */
import type { Language } from '@enlace/domain';
import { contentTokens, type Token } from './analyze.js';
import { findConcepts } from './glossary.js';
import type { MatchReason, MatchResult, TermMatch } from './score.js';

export interface ExpertDemandSide {
  language: Language;
  country: string;
  title: string;
  description: string;
  keywords?: readonly string[] | undefined;
  sectors: readonly string[];
  /** Effective goals: declared plus implied by targets. */
  sdgGoals: readonly number[];
  sdgTargets: readonly string[];
  workingLanguages: readonly Language[];
}

export interface ExpertSide {
  language: Language;
  country: string;
  status: string;
  profile: string;
  sectors: readonly string[];
  sdgGoals: readonly number[];
  sdgTargets: readonly string[];
  workingLanguages: readonly Language[];
}

export interface ExpertWeights {
  target: number;
  sector: number;
  goal: number;
  text: number;
  /** Multiplies the score when the expert shares no working language with the demand. */
  noCommonLanguage: number;
}

export const EXPERT_WEIGHTS: Readonly<ExpertWeights> = { target: 0.35, sector: 0.25, goal: 0.15, text: 0.25, noCommonLanguage: 0.6 };

/** Below this, a candidate says too little to be worth showing. */
export const EXPERT_MIN_SCORE = 0.1;

const MAX_REASON_TERMS = 5;

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

const demandText = (d: ExpertDemandSide) => [d.title, ...(d.keywords ?? []), d.description].join('.\n');

/** Glossary concepts both texts name, each as its own side wrote it. */
function sharedConcepts(demand: ExpertDemandSide, expert: ExpertSide): { value: number; terms: TermMatch[] } {
  const d = findConcepts(contentTokens(demandText(demand), demand.language), demand.language);
  const e = findConcepts(contentTokens(expert.profile, expert.language), expert.language);
  const { value, shared } = ochiai([...d.keys()], [...e.keys()]);
  return { value, terms: shared.map((id) => ({ demand: d.get(id)!.surface, offer: e.get(id)!.surface, type: 'concept' as const })) };
}

/** Words of the demand's title the profile also uses: same stem in the same language, or the same word. */
function sharedTitleWords(demand: ExpertDemandSide, expert: ExpertSide): TermMatch[] {
  const profile = contentTokens(expert.profile, expert.language).flat();
  const same = demand.language === expert.language;
  const byKey = new Map<string, Token>();
  for (const t of profile) if (!byKey.has(same ? t.stem : t.word)) byKey.set(same ? t.stem : t.word, t);
  const out: TermMatch[] = [];
  const seen = new Set<string>();
  for (const t of contentTokens(demand.title, demand.language).flat()) {
    const key = same ? t.stem : t.word;
    const hit = byKey.get(key);
    if (!hit || seen.has(key) || (!same && t.word.length < 4)) continue;
    seen.add(key);
    out.push({ demand: t.word, offer: hit.word, type: 'word' });
  }
  return out;
}

function languagesOf(side: { language: Language; workingLanguages: readonly Language[] }): readonly Language[] {
  return side.workingLanguages.length > 0 ? side.workingLanguages : [side.language];
}

/**
 * How well an expert fits a demand. `relevance` is the search engine's 0..1 relevance of
 * the expert's profile for the demand's title words (0 when it did not find the expert).
 */
export function scoreExpert(demand: ExpertDemandSide, expert: ExpertSide, relevance = 0, weights: Readonly<ExpertWeights> = EXPERT_WEIGHTS): MatchResult {
  const targets = ochiai(demand.sdgTargets, expert.sdgTargets);
  const goals = ochiai(demand.sdgGoals, expert.sdgGoals);
  const sectors = ochiai(demand.sectors, expert.sectors);
  const concepts = sharedConcepts(demand, expert);
  const text = Math.max(concepts.value, Math.min(1, Math.max(0, relevance)));
  const spoken = new Set(languagesOf(expert));
  const languages = languagesOf(demand).filter((l) => spoken.has(l));

  const sum = weights.target * targets.value + weights.sector * sectors.value + weights.goal * goals.value + weights.text * text;
  const score = Math.min(1, sum * (languages.length > 0 ? 1 : weights.noCommonLanguage));

  const reasons: MatchReason[] = [];
  if (text > 0) {
    const terms = [...concepts.terms, ...sharedTitleWords(demand, expert)].slice(0, MAX_REASON_TERMS);
    reasons.push({ kind: 'text', weight: weights.text * text, similarity: text, terms });
  }
  if (targets.shared.length > 0) reasons.push({ kind: 'sdg_target', weight: weights.target * targets.value, codes: targets.shared });
  // Goals already told by a shared target are not repeated.
  const targetGoals = new Set(targets.shared.map((t) => Number(t.split('.')[0])));
  const otherGoals = goals.shared.filter((g) => !targetGoals.has(g));
  if (otherGoals.length > 0) reasons.push({ kind: 'sdg_goal', weight: weights.goal * goals.value, goals: otherGoals });
  if (sectors.shared.length > 0) reasons.push({ kind: 'sector', weight: weights.sector * sectors.value, codes: sectors.shared });
  if (languages.length > 0) reasons.push({ kind: 'working_language', weight: 0, languages });
  reasons.sort((a, b) => b.weight - a.weight);
  return { score, reasons };
}

/**
 * The best candidates, best first: eligible ones (validated, another country) scoring at
 * least EXPERT_MIN_SCORE, at most `limit`.
 */
export function rankExperts<E extends ExpertSide>(
  demand: ExpertDemandSide,
  experts: readonly { expert: E; relevance?: number | undefined }[],
  limit = 5,
): { expert: E; score: number; reasons: MatchReason[] }[] {
  return experts
    .filter(({ expert }) => isExpertEligible(demand, expert))
    .map(({ expert, relevance }) => ({ expert, ...scoreExpert(demand, expert, relevance ?? 0) }))
    .filter((c) => c.score >= EXPERT_MIN_SCORE && c.reasons.some((r) => r.kind !== 'working_language'))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
