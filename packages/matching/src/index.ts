/*
 * @enlace/matching: ranking offers for a demand across es/en/pt/fr, with reasons.
 *
 *   translator ── toPivot ──► analyze (term profiles) ──► scoreMatch(demand, offer, stats)
 *                                                      └─► candidateQuery(profile, stats)
 */
export {
  createTranslator,
  APERTIUM_INSTALL_HINT,
  APERTIUM_MODES,
  PIVOT_LANGUAGE,
  TranslationError,
  type PivotItem,
  type TranslationCache,
  type Translator,
  type TranslatorOptions,
} from './translate.js';
export {
  analyzeListingText,
  contentTokens,
  glossItem,
  glossWords,
  parseGloss,
  pivotItems,
  pivotStem,
  stem,
  BIGRAM_WEIGHT,
  CONCEPT_PREFIX,
  FIELD_WEIGHTS,
  PIVOT_STEM_LENGTH,
  type AnalyzeOptions,
  type ListingText,
  type PivotFields,
  type TermProfile,
  type TextField,
  type Token,
  type WordGloss,
} from './analyze.js';
export { GLOSSARY, type GlossaryConcept } from './glossary-data.js';
export { findConcepts } from './glossary.js';
export { glossarySynonyms } from './synonyms.js';
export { isStopword, stopwords } from './stopwords.js';
export { buildCorpusStats, idf, MutableCorpusStats, type CorpusStats } from './stats.js';
export {
  logit,
  matchFeatures,
  matchScore,
  scoreMatch,
  textSimilarity,
  TEXT_FLOOR,
  WEIGHTS,
  type Features,
  type MatchProfile,
  type MatchReason,
  type MatchResult,
  type TermMatch,
  type Weights,
} from './score.js';
export { isMatchReason, renderReason, renderReasons } from './reasons.js';
export { candidateQuery, candidateQueryWords, MAX_QUERY_WORDS } from './query.js';
export { isEligible, whyClosed, whyIneligible, type EligibilityFields, type IneligibilityReason } from './eligibility.js';
export {
  analyzeListings,
  profileListings,
  profileExperts,
  expertListingText,
  buildMatchProfiles,
  toMatchProfile,
  type ExpertText,
  type MatchableListing,
} from './profile.js';
export { hitsAt, ndcgAt, parseQrels, scoreRankings, type Qrels, type RankingScores } from './eval.js';
export {
  formatExpertScores,
  parseExpertLines,
  scoreExpertRankings,
  type ExpertEvalLine,
  type ExpertEvalSubjects,
  type ExpertRankingScores,
} from './eval-experts.js';
export {
  EXPERT_MIN_SCORE,
  EXPERT_WEIGHTS,
  isExpertEligible,
  rankExperts,
  scoreExpert,
  TEXT_SATURATION,
  type ExpertProfile,
  type ExpertWeights,
  type RankedExpert,
} from './experts.js';
