import type { Settings } from 'meilisearch';

const LANGS = ['es', 'en', 'pt', 'fr'] as const;

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
    'kind', 'status', 'language', 'country', 'countryGroups', 'institutionId', 'sectors', 'sdgGoals', 'sdgTargets',
    'modalities', 'cooperationTypes', 'deliveryFormats', 'workingLanguages', 'targetCountries', 'openToAll',
    'validFrom', 'validUntil', 'externalId',
  ],
  sortableAttributes: ['publishedAt', 'updatedAt', 'validUntil'],
  localizedAttributes: [
    { attributePatterns: ['*_es', 'pivot*'], locales: ['spa'] },
    { attributePatterns: ['*_en'], locales: ['eng'] },
    { attributePatterns: ['*_pt'], locales: ['por'] },
    { attributePatterns: ['*_fr'], locales: ['fra'] },
  ],
  faceting: { maxValuesPerFacet: 300 },
  pagination: { maxTotalHits: 5000 },
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
} satisfies Settings;
