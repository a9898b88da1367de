import type { Settings } from 'meilisearch';

const LANGS = ['es', 'en', 'pt', 'fr'] as const;

/**
 * What every text index shares: facets, paging, typo tolerance. The cross-lingual synonyms
 * come from the ranking's glossary, which search does not read: the caller passes them
 * to `applyIndexSettings`.
 */
export const COMMON_TEXT_SETTINGS = {
  faceting: { maxValuesPerFacet: 300 },
  pagination: { maxTotalHits: 5000 },
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
} satisfies Settings;

/** What the indexes should treat as the same words (each term with its equivalents). */
export interface IndexVocabulary {
  readonly synonyms: Record<string, string[]>;
}

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
