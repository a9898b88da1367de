/*
 * Matching the cross-lingual glossary (glossary-data.ts) in a run of tokens.
 * Each phrase is compiled to the stems of its content words in its own language, so
 * "cantines scolaires" also matches "cantine scolaire" and "de la" in between does not
 * matter (stopwords are gone from both sides).
 */
import type { Language } from '@enlace/domain';
import { GLOSSARY } from './glossary-data.js';
import { contentTokens, spanText, type Token } from './analyze.js';

export interface ConceptHit {
  count: number;
  /** The first phrase of the text that matched, as written. */
  surface: string;
}

interface Pattern {
  id: string;
  stems: string[];
}

let compiled: Map<Language, Map<string, Pattern[]>> | undefined;

function compile(): Map<Language, Map<string, Pattern[]>> {
  const byLang = new Map<Language, Map<string, Pattern[]>>();
  for (const concept of GLOSSARY) {
    for (const [lang, phrases] of Object.entries(concept.terms) as [Language, readonly string[]][]) {
      const index = byLang.get(lang) ?? new Map<string, Pattern[]>();
      byLang.set(lang, index);
      for (const phrase of phrases) {
        const stems = contentTokens(phrase, lang)
          .flat()
          .map((t) => t.stem);
        if (stems.length === 0) continue;
        const first = stems[0]!;
        index.set(first, [...(index.get(first) ?? []), { id: concept.id, stems }]);
      }
    }
  }
  // Longest phrase first, so that the most specific reading wins at a position.
  for (const index of byLang.values()) for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return byLang;
}

/** Glossary concepts found in segments of tokens (stems in `lang`), with counts. */
export function findConcepts(segments: readonly (readonly Token[])[], lang: Language): Map<string, ConceptHit> {
  compiled ??= compile();
  const index = compiled.get(lang);
  const hits = new Map<string, ConceptHit>();
  if (!index) return hits;
  for (const seg of segments) {
    for (let i = 0; i < seg.length; i++) {
      const candidates = index.get(seg[i]!.stem);
      if (!candidates) continue;
      for (const p of candidates) {
        if (i + p.stems.length > seg.length) continue;
        if (!p.stems.every((s, k) => seg[i + k]!.stem === s)) continue;
        const surface = spanText(seg, i, i + p.stems.length - 1);
        const prev = hits.get(p.id);
        hits.set(p.id, { count: (prev?.count ?? 0) + 1, surface: prev?.surface ?? surface });
        i += p.stems.length - 1; // matches do not overlap
        break;
      }
    }
  }
  return hits;
}
