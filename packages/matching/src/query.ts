/*
 * A short search query, in the pivot language, to fetch candidate offers for a demand
 * from a full-text index before scoring them (Meilisearch reads the first ten words of
 * a query). The query holds the demand's most discriminative words: high TF-IDF, from
 * the title and keywords first (FIELD_WEIGHTS), and shared with at least one other
 * listing when the statistics can tell (a word only this listing uses finds nothing).
 */
import type { TermProfile } from './analyze.js';
import { idf, type CorpusStats } from './stats.js';

export const MAX_QUERY_WORDS = 10;

/**
 * The query words, best first. A word only the listing itself has (df ≤ 1 once the
 * statistics count it) is kept only when nothing better remains.
 */
export function candidateQueryWords(profile: TermProfile | { terms: TermProfile }, stats: CorpusStats, max = MAX_QUERY_WORDS): string[] {
  const p = 'pivotWords' in profile ? profile : profile.terms;
  const ranked = Object.entries(p.terms)
    .filter(([term]) => p.pivotWords[term] !== undefined)
    .map(([term, tf]) => {
      const weight = Math.log1p(tf) * idf(stats, term);
      const rare = stats.documents > 1 && stats.df(term) <= 1;
      return { term, weight, rare };
    })
    .sort((a, b) => Number(a.rare) - Number(b.rare) || b.weight - a.weight || a.term.localeCompare(b.term));
  const words: string[] = [];
  const seen = new Set<string>();
  for (const { term } of ranked) {
    const word = p.pivotWords[term]!;
    if (seen.has(word)) continue;
    seen.add(word);
    words.push(word);
    if (words.length >= max) break;
  }
  return words;
}

/** At most ten words, space-separated, for a search index. */
export function candidateQuery(profile: TermProfile | { terms: TermProfile }, stats: CorpusStats): string {
  return candidateQueryWords(profile, stats).join(' ');
}
