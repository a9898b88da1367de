// The stemmer and stopword packages ship no types; the reference makes ours visible to every importer.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./vendor.d.ts" />
/*
 * From a listing's text to a term profile: what the ranking compares.
 *
 * Every text is read in the pivot language (Spanish, see translate.ts), so that a
 * Portuguese demand and an English offer meet on the same words. Terms are:
 *   - unigrams: Spanish Snowball stems without accents, cut to six letters
 *     ("alimentación" → "alimen", see PIVOT_STEM_LENGTH);
 *   - bigrams: two content stems next to each other ("regist civil"), which tell
 *     "seguridad ciudadana" from "seguridad alimentaria";
 *   - concepts: "~id" for a phrase of the glossary (glossary.ts) found in the original
 *     text or in its translation, for the domain's fixed expressions that machine
 *     translation renders word by word.
 * Each occurrence counts with the weight of its field (FIELD_WEIGHTS).
 * The surface map keeps, for each term, the words of the ORIGINAL text it comes from,
 * so that reasons can quote each side in its own language.
 */
import snowball from 'snowball-stemmers';
import type { Language } from '@enlace/domain';
import { findConcepts, type ConceptHit } from './glossary.js';
import { isStopword } from './stopwords.js';
import { PIVOT_LANGUAGE, type PivotItem } from './translate.js';

export type TextField = 'title' | 'keywords' | 'description';

/**
 * How much an occurrence counts in each field. The title names the subject; keywords
 * are chosen tags; the description also tells context (who, where, history).
 */
export const FIELD_WEIGHTS: Readonly<Record<TextField, number>> = { title: 3, keywords: 2, description: 1 };

/** A bigram counts this share of its words' weight: evidence of the same phrase, not a new topic. */
export const BIGRAM_WEIGHT = 0.5;

export const CONCEPT_PREFIX = '~';

export interface Token {
  /** The word as written, lower case. */
  word: string;
  /** Its stem in the text's language, without accents. */
  stem: string;
  /** Stopwords dropped between the previous token and this one, as written. */
  lead?: string;
}

export interface ListingText {
  language: Language;
  title: string;
  description: string;
  keywords?: readonly string[] | undefined;
}

/** The listing's fields in the pivot language. */
export interface PivotFields {
  title: string;
  description: string;
  keywords: string;
}

/** Original word (lower case) → its translation alone, to quote original words in reasons. */
export type WordGloss = ReadonlyMap<string, string>;

export interface TermProfile {
  /** Term → field-weighted frequency. */
  readonly terms: Readonly<Record<string, number>>;
  /** Term → the original-language word(s) it was read from. */
  readonly surface: Readonly<Record<string, string>>;
  /** Unigram stem → the pivot-language word it was read from most often (for search queries). */
  readonly pivotWords: Readonly<Record<string, string>>;
}

const stemmers = new Map<Language, { stem(w: string): string }>();
const STEMMER_NAMES: Readonly<Record<Language, string>> = { es: 'spanish', en: 'english', pt: 'portuguese', fr: 'french' };

export function stripAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** Snowball stem of a lower-case word in `lang`, accents removed. */
export function stem(word: string, lang: Language): string {
  let s = stemmers.get(lang);
  if (!s) {
    s = snowball.newStemmer(STEMMER_NAMES[lang]);
    stemmers.set(lang, s);
  }
  return stripAccents(s.stem(word));
}

/**
 * Pivot terms are Spanish stems cut to this many letters. Snowball removes inflection
 * only; the cut also joins derivations ("catastro"/"catastral", "escolar"/"escolares",
 * "regularización"/"regularizar") and near-cognates Apertium left untranslated
 * ("epidemiologia", "regularização"). Six letters is the usual length for truncation in
 * Romance-language retrieval: shorter starts to merge unrelated words.
 */
export const PIVOT_STEM_LENGTH = 6;

/** A pivot-language term: stem, no accents, truncated. */
export function pivotStem(word: string): string {
  return stem(word, PIVOT_LANGUAGE).slice(0, PIVOT_STEM_LENGTH);
}

const WORD_RE = /[\p{L}\p{N}]+/gu;
const BREAK_RE = /[.,;:!?()[\]{}"«»“”\n/|]+|\s[-–—]\s/;

/**
 * Runs of words between punctuation, lower case, NFC. A prefix of one or two letters
 * stays joined to its word ("e-government" → "egovernment"), other hyphens split.
 */
export function segments(text: string): string[][] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/(?<![\p{L}\p{N}])(\p{L}{1,2})-(?=\p{L})/gu, '$1')
    .split(BREAK_RE)
    .map((seg) => seg.match(WORD_RE) ?? [])
    .filter((ws) => ws.length > 0);
}

function isContentWord(w: string, langs: readonly Language[]): boolean {
  if (w.length < 3 || /^\p{N}+$/u.test(w)) return false;
  return !langs.some((l) => isStopword(w, l));
}

/**
 * Content tokens of a text: stopwords and numbers dropped, a segment break where
 * punctuation was. Each token keeps the words dropped just before it (`lead`), so a
 * phrase can be quoted as written.
 */
export function contentTokens(text: string, lang: Language, stopLangs: readonly Language[] = [lang]): Token[][] {
  const toStem = lang === PIVOT_LANGUAGE ? pivotStem : (w: string) => stem(w, lang);
  const out: Token[][] = [];
  for (const ws of segments(text)) {
    const seg: Token[] = [];
    let lead: string[] = [];
    for (const w of ws) {
      if (!isContentWord(w, stopLangs)) {
        lead.push(w);
        continue;
      }
      seg.push(lead.length > 0 && seg.length > 0 ? { word: w, stem: toStem(w), lead: lead.join(' ') } : { word: w, stem: toStem(w) });
      lead = [];
    }
    if (seg.length > 0) out.push(seg);
  }
  return out;
}

/** Tokens i..j (inclusive) as written, with the small words between them. */
export function spanText(seg: readonly Token[], i: number, j: number): string {
  const parts: string[] = [seg[i]!.word];
  for (let k = i + 1; k <= j; k++) {
    const t = seg[k]!;
    if (t.lead) parts.push(t.lead);
    parts.push(t.word);
  }
  return parts.join(' ');
}

/** The texts a listing needs in the pivot language, in the order analyzeListingText expects them. */
export function pivotItems(text: ListingText): PivotItem[] {
  const lang = text.language;
  return [
    { text: text.title, language: lang },
    { text: text.description, language: lang },
    { text: (text.keywords ?? []).join('. '), language: lang },
  ];
}

/** Unique content words of the original text, each to be translated alone for the surface map. */
export function glossWords(text: ListingText): string[] {
  if (text.language === PIVOT_LANGUAGE) return [];
  const all = [text.title, text.description, ...(text.keywords ?? [])].join('\n');
  const words = new Set<string>();
  for (const seg of segments(all)) for (const w of seg) if (isContentWord(w, [text.language])) words.add(w);
  return [...words].sort();
}

/** Translations of one word per line (see glossWords) back to a map. */
export function parseGloss(words: readonly string[], translatedLines: string): WordGloss {
  const lines = translatedLines.split('\n');
  const map = new Map<string, string>();
  if (lines.length !== words.length) return map;
  words.forEach((w, i) => map.set(w, lines[i]!.replace(/[.\s]+$/, '').trim()));
  return map;
}

/** One text to translate that carries all the gloss words, one per line. */
export function glossItem(text: ListingText): PivotItem | undefined {
  const words = glossWords(text);
  if (words.length === 0) return undefined;
  return { text: words.map((w) => `${w}.`).join('\n'), language: text.language };
}

function add(map: Record<string, number>, term: string, w: number): void {
  map[term] = (map[term] ?? 0) + w;
}

export interface AnalyzeOptions {
  /** Read glossary concepts (default true); off only to measure what they add. */
  glossary?: boolean;
}

/** Most frequent word per stem, first seen on ties. */
function countWord(counts: Map<string, Map<string, number>>, stemKey: string, word: string): void {
  const m = counts.get(stemKey) ?? new Map<string, number>();
  counts.set(stemKey, m);
  m.set(word, (m.get(word) ?? 0) + 1);
}

function mostFrequent(counts: Map<string, Map<string, number>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, m] of counts) {
    let best = '';
    let n = -1;
    for (const [w, c] of m) if (c > n) [best, n] = [w, c];
    out.set(k, best);
  }
  return out;
}

/**
 * The term profile of a listing from its original text, its pivot fields and,
 * optionally, a word gloss (for quoting original words when the listing is not Spanish).
 */
export function analyzeListingText(text: ListingText, pivot: PivotFields, gloss?: WordGloss, opts: AnalyzeOptions = {}): TermProfile {
  const lang = text.language;
  const terms: Record<string, number> = {};
  const surface: Record<string, string> = {};
  // Pivot stopwords plus the source language's, for words Apertium left untranslated.
  const stopLangs: Language[] = lang === PIVOT_LANGUAGE ? [PIVOT_LANGUAGE] : [PIVOT_LANGUAGE, lang];
  const original: Record<TextField, string> = {
    title: text.title,
    description: text.description,
    keywords: (text.keywords ?? []).join('. '),
  };
  const fields = ['title', 'keywords', 'description'] as const;
  const originalSegs = Object.fromEntries(fields.map((f) => [f, contentTokens(original[f], lang)])) as Record<TextField, Token[][]>;
  const pivotSegs = Object.fromEntries(fields.map((f) => [f, contentTokens(pivot[f], PIVOT_LANGUAGE, stopLangs)])) as Record<TextField, Token[][]>;

  // The original word each pivot stem comes from: the word itself for Spanish, else the
  // original word whose translation alone gives that stem (most frequent such word).
  const originalCounts = new Map<string, Map<string, number>>();
  const originalFreq = new Map<string, number>();
  for (const f of fields) for (const seg of originalSegs[f]) for (const t of seg) originalFreq.set(t.word, (originalFreq.get(t.word) ?? 0) + 1);
  if (lang === PIVOT_LANGUAGE) {
    for (const f of fields) for (const seg of originalSegs[f]) for (const t of seg) countWord(originalCounts, t.stem, t.word);
  } else if (gloss) {
    for (const [word, translation] of gloss) {
      for (const seg of contentTokens(translation, PIVOT_LANGUAGE, stopLangs))
        for (const t of seg) for (let i = 0; i < (originalFreq.get(word) ?? 1); i++) countWord(originalCounts, t.stem, word);
    }
  }
  const stemToOriginal = mostFrequent(originalCounts);
  // Adjacent original words, to quote a two-word term as written, in its original order.
  const originalPairs = new Map<string, string>();
  for (const f of fields)
    for (const seg of originalSegs[f])
      seg.forEach((t, i) => {
        const next = seg[i + 1];
        if (next && !originalPairs.has(`${t.word} ${next.word}`)) originalPairs.set(`${t.word} ${next.word}`, spanText(seg, i, i + 1));
      });
  const orig = (t: Token) => stemToOriginal.get(t.stem) ?? t.word;
  const phrase = (a: Token, b: Token) => {
    const [x, y] = [orig(a), orig(b)];
    return originalPairs.get(`${x} ${y}`) ?? originalPairs.get(`${y} ${x}`) ?? `${x} ${y}`;
  };

  const pivotCounts = new Map<string, Map<string, number>>();
  for (const field of fields) {
    const fw = FIELD_WEIGHTS[field];
    const segs = pivotSegs[field];
    for (const seg of segs) {
      seg.forEach((t, i) => {
        add(terms, t.stem, fw);
        countWord(pivotCounts, t.stem, t.word);
        surface[t.stem] ??= orig(t);
        const next = seg[i + 1];
        if (next && next.stem !== t.stem) {
          const bigram = `${t.stem} ${next.stem}`;
          add(terms, bigram, fw * BIGRAM_WEIGHT);
          surface[bigram] ??= phrase(t, next);
        }
      });
    }
    if (opts.glossary === false) continue;
    // Glossary concepts, in the original text and in the translation; a concept found in
    // both counts the occurrences of the reading that found more.
    const fromOriginal = findConcepts(originalSegs[field], lang);
    const fromPivot = lang === PIVOT_LANGUAGE ? new Map<string, ConceptHit>() : findConcepts(segs, PIVOT_LANGUAGE);
    for (const id of new Set([...fromOriginal.keys(), ...fromPivot.keys()])) {
      const o = fromOriginal.get(id);
      const p = fromPivot.get(id);
      const term = CONCEPT_PREFIX + id;
      add(terms, term, fw * Math.max(o?.count ?? 0, p?.count ?? 0));
      surface[term] ??= o?.surface ?? p?.surface ?? id;
    }
  }
  return { terms, surface, pivotWords: Object.fromEntries(mostFrequent(pivotCounts)) };
}
