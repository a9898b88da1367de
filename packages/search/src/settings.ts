import { GLOSSARY } from '@enlace/matching';
import type { Settings } from 'meilisearch';

const LANGS = ['es', 'en', 'pt', 'fr'] as const;

/**
 * Every expression of a glossary concept is a synonym of the others, across the four
 * languages: "cantines scolaires" finds "alimentação escolar" and "school feeding".
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

/** What every text index shares: facets, paging, typo tolerance, the cross-lingual synonyms. */
export const COMMON_TEXT_SETTINGS = {
  faceting: { maxValuesPerFacet: 300 },
  pagination: { maxTotalHits: 5000 },
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: glossarySynonyms(),
} satisfies Settings;

/** Per-language fields are tokenized in their own language; `extraSpanish` adds fields in the pivot. */
export function localizedAttributes(extraSpanish: string[] = []): Settings['localizedAttributes'] {
  return [
    { attributePatterns: ['*_es', ...extraSpanish], locales: ['spa'] },
    { attributePatterns: ['*_en'], locales: ['eng'] },
    { attributePatterns: ['*_pt'], locales: ['por'] },
    { attributePatterns: ['*_fr'], locales: ['fra'] },
  ];
}

/**
 * The listings index, as code: applied idempotently at start-up (Meilisearch only
 * re-indexes when a setting actually changes).
 */
export const LISTING_INDEX_SETTINGS = {
  searchableAttributes: [
    ...LANGS.map((l) => `title_${l}`),
    'pivotTitle',
    'keywords',
    'institutionName',
    'institutionAcronym',
    ...LANGS.map((l) => `description_${l}`),
    'pivotDescription',
  ],
  displayedAttributes: ['*'],
  filterableAttributes: [
    'kind',
    'status',
    'language',
    'country',
    'countryGroups',
    'institutionId',
    'sectors',
    'sdgGoals',
    'sdgTargets',
    'modalities',
    'cooperationTypes',
    'deliveryFormats',
    'workingLanguages',
    'targetCountries',
    'openToAll',
    'validFrom',
    'validUntil',
    'externalId',
  ],
  sortableAttributes: ['publishedAt', 'updatedAt', 'validUntil'],
  localizedAttributes: localizedAttributes(['pivot*']),
  ...COMMON_TEXT_SETTINGS,
} satisfies Settings;
