import { GLOSSARY } from './glossary-data.js';

/**
 * Every expression of a glossary concept is a synonym of the others, across the four
 * languages: "cantines scolaires" finds "alimentação escolar" and "school feeding".
 * The search indexes are given these at start-up (`applyIndexSettings`).
 */
export function glossarySynonyms(): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {};
  for (const concept of GLOSSARY) {
    const all = [
      ...new Set(
        Object.values(concept.terms)
          .flat()
          .map((t) => t.toLowerCase()),
      ),
    ];
    for (const term of all) {
      const set = (synonyms[term] ??= new Set());
      for (const other of all) if (other !== term) set.add(other);
    }
  }
  return Object.fromEntries(Object.entries(synonyms).map(([k, v]) => [k, [...v].sort()]));
}
