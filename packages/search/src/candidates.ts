import type { Settings } from 'meilisearch';
import type { ListingDocument } from './document.js';
import { COMMON_TEXT_SETTINGS } from './settings.js';

/**
 * A listing as the matcher's candidate search sees it: its text in the pivot language
 * (Spanish), its tags, and what decides eligibility. Nothing a person reads is here.
 */
export interface CandidateDocument {
  id: string;
  kind: string;
  status: string;
  country: string;
  targetCountries: string[];
  openToAll: boolean;
  validFrom: number;
  validUntil: number;
  sectors: string[];
  sdgGoals: number[];
  sdgTargets: string[];
  publishedAt: number | null;
  /** The listing's version, as in the listings index: what reconciliation compares. */
  updatedAt: number;
  title: string;
  description: string;
  keywords: string[];
}

/**
 * A separate index for candidates because the listings index carries the glossary's
 * synonyms for people's searches: Meilisearch expands every word of a query with them,
 * and a ten-word candidate query then took about 80 ms of Meilisearch's time on a
 * 20,000-listing catalogue, against under 5 ms on an index without them. The matcher's query
 * words are already pivot words, so it needs no synonyms; nor prefixes, nor proximity
 * across attributes.
 */
export const CANDIDATE_INDEX_SETTINGS = {
  searchableAttributes: ['title', 'keywords', 'description'],
  filterableAttributes: ['kind', 'status', 'country', 'targetCountries', 'openToAll', 'validFrom', 'validUntil', 'sectors', 'sdgGoals', 'sdgTargets'],
  sortableAttributes: ['publishedAt'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['spa'] }],
  proximityPrecision: 'byAttribute',
  prefixSearch: 'disabled',
  facetSearch: false,
  synonyms: {},
  typoTolerance: COMMON_TEXT_SETTINGS.typoTolerance,
  pagination: { maxTotalHits: 1000 },
} satisfies Settings;

/** The candidate view of a listing document: the pivot text where there is one, else the listing's own. */
export function toCandidateDocument(doc: ListingDocument): CandidateDocument {
  return {
    id: doc.id,
    kind: doc.kind,
    status: doc.status,
    country: doc.country,
    targetCountries: doc.targetCountries,
    openToAll: doc.openToAll,
    validFrom: doc.validFrom,
    validUntil: doc.validUntil,
    sectors: doc.sectors,
    sdgGoals: doc.sdgGoals,
    sdgTargets: doc.sdgTargets,
    publishedAt: doc.publishedAt,
    updatedAt: doc.updatedAt,
    title: doc.pivotTitle ?? doc.title,
    description: doc.pivotDescription ?? doc.description,
    keywords: doc.keywords,
  };
}
