import { type Actor, type Visibility, listingVisibility } from '@enlace/domain';
import type { FacetDistribution, FederatedMultiSearchParams, Hit } from 'meilisearch';
import type { SearchHandle } from './client.js';
import { epochDay, type ListingDocument } from './document.js';
import { HIGHLIGHT_TAGS } from './highlight.js';

export interface ListingSearch {
  q?: string | undefined;
  kind?: 'offer' | 'demand' | undefined;
  country?: string[] | undefined;
  /** A grouping (oas, caricom, sids…) or a subregion (caribbean…). */
  group?: string | undefined;
  sector?: string[] | undefined;
  sdgGoal?: number | undefined;
  sdgTarget?: string | undefined;
  modality?: string[] | undefined;
  workingLanguage?: string[] | undefined;
  language?: string | undefined;
  status?: string[] | undefined;
  page: number;
  hitsPerPage: number;
}

export const FACETS = [
  'kind',
  'status',
  'country',
  'countryGroups',
  'sectors',
  'sdgGoals',
  'sdgTargets',
  'modalities',
  'workingLanguages',
  'language',
] as const;

const quote = (v: string | number) => (typeof v === 'number' ? String(v) : JSON.stringify(v));
const anyOf = (field: string, values: readonly (string | number)[]) => `${field} IN [${values.map(quote).join(', ')}]`;

/**
 * A visibility rule of the policy as a Meilisearch filter on the documents' `status` and
 * `country`; undefined when the rule lets one see everything.
 */
export function visibilityToFilter<S extends string>(rule: Visibility<S>): string | undefined {
  if (rule.all) return undefined;
  const clauses = [
    ...(rule.statuses.length > 0 ? [rule.statuses.length === 1 ? `status = ${quote(rule.statuses[0]!)}` : anyOf('status', rule.statuses)] : []),
    ...(rule.country !== null ? [`country = ${quote(rule.country)}`] : []),
  ];
  if (clauses.length === 0) return 'status NOT EXISTS'; // sees nothing: no document lacks a status
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`;
}

/** What of the listings index the actor may see, as the policy's `listingVisibility` says. */
export function visibilityFilter(actor: Actor): string | undefined {
  return visibilityToFilter(listingVisibility(actor));
}

export function searchFilter(actor: Actor, s: Omit<ListingSearch, 'page' | 'hitsPerPage' | 'q'>): string[] {
  const clauses = [visibilityFilter(actor)];
  if (s.kind) clauses.push(`kind = ${quote(s.kind)}`);
  if (s.country?.length) clauses.push(anyOf('country', s.country));
  if (s.group) clauses.push(`countryGroups = ${quote(s.group)}`);
  if (s.sector?.length) clauses.push(anyOf('sectors', s.sector));
  if (s.sdgGoal) clauses.push(`sdgGoals = ${s.sdgGoal}`);
  if (s.sdgTarget) clauses.push(`sdgTargets = ${quote(s.sdgTarget)}`);
  if (s.modality?.length) clauses.push(anyOf('modalities', s.modality));
  if (s.workingLanguage?.length) clauses.push(anyOf('workingLanguages', s.workingLanguage));
  if (s.language) clauses.push(`language = ${quote(s.language)}`);
  if (s.status?.length) clauses.push(anyOf('status', s.status));
  return clauses.filter((c): c is string => Boolean(c));
}

/**
 * What a listing of `kind` from `country` may be matched with: the other kind, another
 * country, published and valid on `today`, and (for offers) open to the country.
 */
export function eligibilityFilter(subject: { kind: 'offer' | 'demand'; country: string }, today: string): string[] {
  const day = epochDay(today);
  const other = subject.kind === 'offer' ? 'demand' : 'offer';
  return [
    `kind = ${quote(other)}`,
    `country != ${quote(subject.country)}`,
    'status = "published"',
    `validFrom <= ${day}`,
    `validUntil >= ${day}`,
    // An offer restricted to some countries only matches demands from them.
    subject.kind === 'demand' ? `(openToAll = true OR targetCountries = ${quote(subject.country)})` : undefined,
  ].filter((c): c is string => Boolean(c));
}

/** The Meilisearch query /v1/search sends (the speed benchmark sends it raw, as its baseline). */
export function listingSearchParams(actor: Actor, s: ListingSearch) {
  return {
    q: s.q ?? '',
    filter: searchFilter(actor, s),
    facets: [...FACETS],
    page: s.page,
    hitsPerPage: s.hitsPerPage,
    attributesToHighlight: ['title', 'description'],
    attributesToCrop: ['description'],
    cropLength: 40,
    // Markers, not tags: toSearchHit escapes the text, then turns them into <mark>.
    ...HIGHLIGHT_TAGS,
    ...(s.q ? {} : { sort: ['publishedAt:desc'] }),
  };
}

/** A page of search results, the same whether one query or two (words and their pivot) were run. */
export interface ListingSearchResult {
  readonly hits: Hit<ListingDocument>[];
  readonly facetDistribution: FacetDistribution;
  readonly page: number;
  readonly hitsPerPage: number;
  readonly totalHits: number;
  readonly totalPages: number;
  readonly processingTimeMs: number;
}

const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Listings matching `s.q`, filtered and faceted. With `pivotQ` (the words translated into
 * Spanish, in which every listing's text is also indexed) both queries run as one
 * federated search: a French reader's "lait maternel" finds a Portuguese "leite humano"
 * through the pivot, and words the translator cannot handle (names, acronyms, words in
 * another language than the page's) still find their listings as typed. Facets count
 * the union, each listing once.
 */
export async function searchListings(search: SearchHandle, actor: Actor, s: ListingSearch, pivotQ?: string): Promise<ListingSearchResult> {
  const { q, page, hitsPerPage, ...params } = listingSearchParams(actor, s);
  if (!pivotQ || !q || folded(pivotQ) === folded(q)) {
    const r = await search.listings.search(q, { ...params, page, hitsPerPage });
    return {
      hits: r.hits,
      facetDistribution: r.facetDistribution ?? {},
      page: r.page,
      hitsPerPage: r.hitsPerPage,
      totalHits: r.totalHits,
      totalPages: r.totalPages,
      processingTimeMs: r.processingTimeMs,
    };
  }
  const { facets, ...each } = params;
  const federated: FederatedMultiSearchParams = {
    federation: { limit: hitsPerPage, offset: (page - 1) * hitsPerPage, facetsByIndex: { [search.listingsUid]: facets }, mergeFacets: {} },
    queries: [q, pivotQ].map((text) => ({ indexUid: search.listingsUid, q: text, ...each })),
  };
  const r = await search.client.multiSearch<FederatedMultiSearchParams, ListingDocument>(federated);
  const total = r.estimatedTotalHits ?? r.hits.length;
  return {
    hits: r.hits,
    facetDistribution: r.facetDistribution ?? {},
    page,
    hitsPerPage,
    totalHits: total,
    totalPages: Math.ceil(total / hitsPerPage),
    processingTimeMs: r.processingTimeMs,
  };
}
