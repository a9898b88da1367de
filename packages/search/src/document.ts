import { countryGroupsOf, type ListingView, subregionOf } from '@enlace/domain';

/** Days since 1970-01-01 for a YYYY-MM-DD date, so validity can be filtered numerically. */
export function epochDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** Sentinels for open-ended validity, so one range filter covers every listing. */
export const OPEN_START = 0;
export const OPEN_END = 10_000_000;

export interface PivotText {
  /** Title and description in the pivot language (Spanish), for cross-lingual retrieval. */
  readonly title: string;
  readonly description: string;
}

/**
 * What the search index holds for a listing. Never the contact: the index answers
 * anonymous searches. Title and description sit in a field named after their language,
 * so that Meilisearch tokenizes each with its own rules.
 */
export interface ListingDocument {
  id: string;
  kind: string;
  externalId: string;
  status: string;
  language: string;
  country: string;
  /** The country's groupings and its subregion: filters such as "CARICOM" or "caribbean". */
  countryGroups: string[];
  institutionId: string;
  institutionName: string;
  institutionAcronym: string | null;
  sectors: string[];
  sdgGoals: number[];
  sdgTargets: string[];
  modalities: string[];
  cooperationTypes: string[];
  deliveryFormats: string[];
  workingLanguages: string[];
  /** Offer: the only countries it is open to; empty means open to all (see openToAll). */
  targetCountries: string[];
  openToAll: boolean;
  validFrom: number;
  validUntil: number;
  keywords: string[];
  title: string;
  description: string;
  title_es?: string;
  title_en?: string;
  title_pt?: string;
  title_fr?: string;
  description_es?: string;
  description_en?: string;
  description_pt?: string;
  description_fr?: string;
  pivotTitle?: string;
  pivotDescription?: string;
  publishedAt: number | null;
  updatedAt: number;
}

export function toListingDocument(listing: ListingView, pivot?: PivotText): ListingDocument {
  const lang = listing.language;
  return {
    id: listing.id,
    kind: listing.kind,
    externalId: listing.externalId,
    status: listing.status,
    language: lang,
    country: listing.country,
    countryGroups: [...countryGroupsOf(listing.country), ...(subregionOf(listing.country) ? [subregionOf(listing.country)!] : [])],
    institutionId: listing.institution.id,
    institutionName: listing.institution.name,
    institutionAcronym: listing.institution.acronym ?? null,
    sectors: listing.sectors,
    sdgGoals: listing.sdgGoalsEffective,
    sdgTargets: listing.sdgTargets ?? [],
    modalities: listing.modalities ?? [],
    cooperationTypes: listing.cooperationTypes ?? [],
    deliveryFormats: listing.deliveryFormats ?? [],
    workingLanguages: listing.workingLanguages ?? [],
    targetCountries: listing.targetCountries ?? [],
    openToAll: !listing.targetCountries || listing.targetCountries.length === 0,
    validFrom: listing.validFrom ? epochDay(listing.validFrom) : OPEN_START,
    validUntil: listing.validUntil ? epochDay(listing.validUntil) : OPEN_END,
    keywords: listing.keywords ?? [],
    title: listing.title,
    description: listing.description,
    [`title_${lang}`]: listing.title,
    [`description_${lang}`]: listing.description,
    ...(pivot && lang !== 'es' ? { pivotTitle: pivot.title, pivotDescription: pivot.description } : {}),
    publishedAt: listing.publishedAt ? Date.parse(listing.publishedAt) : null,
    updatedAt: Date.parse(listing.updatedAt),
  };
}
