/*
 * How well an offer meets a demand: a 0–1 score and the reasons for it.
 *
 * Six signals, each in 0..1:
 *   text      cosine of the TF-IDF vectors of the two term profiles (analyze.ts);
 *   target    shared SDG targets (Ochiai: shared / √(|D|·|O|));
 *   goal      shared effective SDG goals (Ochiai);
 *   sector    shared sectors (Ochiai);
 *   modality  share of the demand's requested modalities the offer provides;
 *   language  the offer can work in a language the demand works in.
 * They are combined by a logistic function, score = σ(bias + Σ wᵢ·fᵢ), so that the score
 * reads as a probability of being a match (see WEIGHTS for where the numbers come from).
 */
import type { Language } from '@enlace/domain';
import { CONCEPT_PREFIX, type TermProfile } from './analyze.js';
import type { CorpusStats } from './stats.js';
import { cosine } from './vectors.js';

export interface MatchProfile {
  /** The listing's id, if the caller wants it back; not used to score. */
  id?: string;
  language: Language;
  country: string;
  sectors: readonly string[];
  /** Effective goals: declared plus implied by targets. */
  sdgGoals: readonly number[];
  sdgTargets: readonly string[];
  modalities: readonly string[];
  workingLanguages: readonly Language[];
  terms: TermProfile;
}

export interface TermMatch {
  /** The matched term as the demand wrote it, in the demand's language. */
  demand: string;
  /** The same term as the offer wrote it, in the offer's language. */
  offer: string;
  /** `word`, `phrase` (two words) or `concept` (a glossary expression). */
  type: 'word' | 'phrase' | 'concept';
}

interface ReasonBase {
  /** What this reason added to the logit of the score. */
  weight: number;
}

export type MatchReason =
  | (ReasonBase & { kind: 'sdg_target'; codes: string[] })
  | (ReasonBase & { kind: 'sdg_goal'; goals: number[] })
  | (ReasonBase & { kind: 'sector'; codes: string[] })
  | (ReasonBase & { kind: 'modality'; codes: string[] })
  | (ReasonBase & { kind: 'working_language'; languages: Language[] })
  | (ReasonBase & { kind: 'text'; similarity: number; terms: TermMatch[] });

export interface MatchResult {
  score: number;
  reasons: MatchReason[];
}

/** A weight for each signal (see Features), and the bias. */
export type Weights = Features & { bias: number };

/**
 * Logistic-regression weights (see README.md, "How the weights were set"). The text
 * signal enters as ln(cosine + TEXT_FLOOR): the odds of a match grow as a power of the
 * cosine (cosine^3.5), and the floor keeps pairs with no shared term finite.
 */
export const WEIGHTS: Readonly<Weights> = {
  bias: 4.9,
  text: 3.5,
  target: 0.6,
  goal: 1.5,
  sector: 1.6,
  modality: 0.6,
  language: 0,
};

/** Cosines below about this are noise from shared common words. */
export const TEXT_FLOOR = 0.01;

/** Terms shown in a text reason. */
const MAX_REASON_TERMS = 5;

/**
 * Ochiai over the distinct elements of two short lists (tags: a handful, at most a few
 * dozen): its value, and the shared elements pushed onto `shared` when given. Written
 * with loops rather than Sets: it runs three times for every candidate of every listing
 * matched.
 */
function ochiai<T>(a: readonly T[], b: readonly T[], shared?: T[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let common = 0;
  let distinctA = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.indexOf(a[i]!) !== i) continue;
    distinctA += 1;
    if (b.includes(a[i]!)) {
      common += 1;
      shared?.push(a[i]!);
    }
  }
  let distinctB = 0;
  for (let i = 0; i < b.length; i++) if (b.indexOf(b[i]!) === i) distinctB += 1;
  return common / Math.sqrt(distinctA * distinctB);
}

export interface TextSimilarity {
  cosine: number;
  /** Terms both sides share, by contribution to the cosine, highest first. */
  contributions: { term: string; share: number }[];
}

export function textSimilarity(demand: TermProfile, offer: TermProfile, stats: CorpusStats): TextSimilarity {
  const contributions: { term: string; share: number }[] = [];
  const similarity = cosine(demand, offer, stats, (term, share) => contributions.push({ term, share }));
  // Equal shares (a word and its concept, counted alike) in the order of their terms, not of the process's numbering.
  contributions.sort((a, b) => b.share - a.share || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return { cosine: similarity, contributions };
}

export interface Features {
  text: number;
  target: number;
  goal: number;
  sector: number;
  modality: number;
  language: number;
}

function offerLanguages(offer: MatchProfile): readonly Language[] {
  return offer.workingLanguages.length > 0 ? offer.workingLanguages : [offer.language];
}

function demandLanguages(demand: MatchProfile): readonly Language[] {
  return demand.workingLanguages.length > 0 ? demand.workingLanguages : [demand.language];
}

/** The six signals with what each shares, before weighting. */
export function matchFeatures(demand: MatchProfile, offer: MatchProfile, stats: CorpusStats) {
  const text = textSimilarity(demand.terms, offer.terms, stats);
  const [targets, goals, sectors]: [string[], number[], string[]] = [[], [], []];
  const modalities = demand.modalities.filter((m) => offer.modalities.includes(m));
  const ol = offerLanguages(offer);
  const languages = demandLanguages(demand).filter((l) => ol.includes(l));
  const features: Features = {
    text: text.cosine,
    target: ochiai(demand.sdgTargets, offer.sdgTargets, targets),
    goal: ochiai(demand.sdgGoals, offer.sdgGoals, goals),
    sector: ochiai(demand.sectors, offer.sectors, sectors),
    modality: demand.modalities.length > 0 ? modalities.length / demand.modalities.length : 0,
    language: languages.length > 0 ? 1 : 0,
  };
  return { features, text, targets, goals, sectors, modalities, languages };
}

/**
 * matchFeatures' signals alone, with nothing gathered: what ranking many candidates, of
 * which only the best are kept, needs of each.
 */
function signals(demand: MatchProfile, offer: MatchProfile, stats: CorpusStats): Features {
  let provided = 0;
  for (const m of demand.modalities) if (offer.modalities.includes(m)) provided += 1;
  const ol = offerLanguages(offer);
  return {
    text: cosine(demand.terms, offer.terms, stats),
    target: ochiai(demand.sdgTargets, offer.sdgTargets),
    goal: ochiai(demand.sdgGoals, offer.sdgGoals),
    sector: ochiai(demand.sectors, offer.sectors),
    modality: demand.modalities.length > 0 ? provided / demand.modalities.length : 0,
    language: demandLanguages(demand).some((l) => ol.includes(l)) ? 1 : 0,
  };
}

export function logit(f: Features, w: Readonly<Weights> = WEIGHTS): number {
  return (
    w.bias +
    w.text * Math.log(f.text + TEXT_FLOOR) +
    w.target * f.target +
    w.goal * f.goal +
    w.sector * f.sector +
    w.modality * f.modality +
    w.language * f.language
  );
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function termType(term: string): TermMatch['type'] {
  if (term.startsWith(CONCEPT_PREFIX)) return 'concept';
  return term.includes(' ') ? 'phrase' : 'word';
}

/**
 * Matched terms worth showing, strongest first: a term is left out when the words it
 * would quote on either side are already all quoted (a word inside a phrase shown, the
 * same phrase reached through a concept).
 */
export function reasonTerms(demand: TermProfile, offer: TermProfile, text: TextSimilarity): TermMatch[] {
  const out: TermMatch[] = [];
  const shownD = new Set<string>();
  const shownO = new Set<string>();
  const words = (s: string) => s.toLowerCase().split(' ');
  for (const { term } of text.contributions) {
    if (out.length >= MAX_REASON_TERMS) break;
    const d = demand.surface[term] ?? term;
    const o = offer.surface[term] ?? term;
    const dw = words(d);
    const ow = words(o);
    if (dw.every((w) => shownD.has(w)) || ow.every((w) => shownO.has(w))) continue;
    dw.forEach((w) => shownD.add(w));
    ow.forEach((w) => shownO.add(w));
    out.push({ demand: d, offer: o, type: termType(term) });
  }
  return out;
}

/**
 * scoreMatch's score without its reasons, for ranking many candidates of which only the
 * best are kept: gathering, sorting and quoting the shared terms is work only the kept
 * pairs need.
 */
export function matchScore(demand: MatchProfile, offer: MatchProfile, stats: CorpusStats, weights: Readonly<Weights> = WEIGHTS): number {
  return sigmoid(logit(signals(demand, offer, stats), weights));
}

export function scoreMatch(demand: MatchProfile, offer: MatchProfile, stats: CorpusStats, weights: Readonly<Weights> = WEIGHTS): MatchResult {
  const m = matchFeatures(demand, offer, stats);
  const f = m.features;
  const score = sigmoid(logit(f, weights));
  const reasons: MatchReason[] = [];
  if (f.text > 0 && m.text.contributions.length > 0) {
    reasons.push({
      kind: 'text',
      weight: weights.text * (Math.log(f.text + TEXT_FLOOR) - Math.log(TEXT_FLOOR)),
      similarity: f.text,
      terms: reasonTerms(demand.terms, offer.terms, m.text),
    });
  }
  if (m.targets.length > 0) reasons.push({ kind: 'sdg_target', weight: weights.target * f.target, codes: m.targets });
  // Goals already told by a shared target are not repeated.
  const targetGoals = new Set(m.targets.map((t) => Number(t.split('.')[0])));
  const goals = m.goals.filter((g) => !targetGoals.has(g));
  if (goals.length > 0) reasons.push({ kind: 'sdg_goal', weight: weights.goal * f.goal, goals });
  if (m.sectors.length > 0) reasons.push({ kind: 'sector', weight: weights.sector * f.sector, codes: m.sectors });
  if (m.modalities.length > 0) reasons.push({ kind: 'modality', weight: weights.modality * f.modality, codes: m.modalities });
  if (m.languages.length > 0) reasons.push({ kind: 'working_language', weight: weights.language, languages: m.languages });
  reasons.sort((a, b) => b.weight - a.weight);
  return { score, reasons };
}
