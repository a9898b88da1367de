import { type Index, Meilisearch } from 'meilisearch';
import { CANDIDATE_INDEX_SETTINGS, type CandidateDocument, toCandidateDocument } from './candidates.js';
import type { ListingDocument } from './document.js';
import type { ExpertDocument } from './experts/document.js';
import { EXPERT_INDEX_SETTINGS } from './experts/settings.js';
import { keepAliveHttpClient } from './http.js';
import { type IndexVocabulary, LISTING_INDEX_SETTINGS } from './settings.js';
import { settled } from './tasks.js';

export interface SearchHandle {
  readonly client: Meilisearch;
  readonly listings: Index<ListingDocument>;
  readonly listingsUid: string;
  /** The expert roster: validated experts only, never their contact. */
  readonly experts: Index<ExpertDocument>;
  readonly expertsUid: string;
  /** The listings as the matcher searches them for candidates, written with the listings index. */
  readonly candidates: Index<CandidateDocument>;
  readonly candidatesUid: string;
}

/** The search client and the listings index; `indexPrefix` lets tests and evals have their own. */
export function connectSearch(url: string, apiKey: string, indexPrefix = 'enlace'): SearchHandle {
  const client = new Meilisearch({ host: url, apiKey, timeout: 10_000, httpClient: keepAliveHttpClient() });
  const listingsUid = `${indexPrefix}_listings`;
  const expertsUid = `${indexPrefix}_experts`;
  const candidatesUid = `${indexPrefix}_candidates`;
  return {
    client,
    listings: client.index<ListingDocument>(listingsUid),
    listingsUid,
    experts: client.index<ExpertDocument>(expertsUid),
    expertsUid,
    candidates: client.index<CandidateDocument>(candidatesUid),
    candidatesUid,
  };
}

/** Creates the indexes if needed and applies the settings in code; safe to run at every start. */
export async function applyIndexSettings(search: SearchHandle, { synonyms }: IndexVocabulary): Promise<void> {
  for (const uid of [search.listingsUid, search.expertsUid, search.candidatesUid]) {
    try {
      await search.client.getIndex(uid);
    } catch {
      await settled(search.client.createIndex(uid, { primaryKey: 'id' }));
    }
  }
  await settled(search.listings.updateSettings({ ...LISTING_INDEX_SETTINGS, synonyms }));
  await settled(search.experts.updateSettings({ ...EXPERT_INDEX_SETTINGS, synonyms }));
  await settled(search.candidates.updateSettings(CANDIDATE_INDEX_SETTINGS));
}

export async function upsertDocuments(search: SearchHandle, docs: ListingDocument[]): Promise<void> {
  if (docs.length === 0) return;
  await Promise.all([
    settled(search.listings.addDocuments(docs, { primaryKey: 'id' })),
    settled(search.candidates.addDocuments(docs.map(toCandidateDocument), { primaryKey: 'id' })),
  ]);
}

export async function deleteDocuments(search: SearchHandle, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await Promise.all([settled(search.listings.deleteDocuments(ids)), settled(search.candidates.deleteDocuments(ids))]);
}

export async function dropIndex(search: SearchHandle): Promise<void> {
  await settled(search.client.deleteIndex(search.listingsUid)).catch(() => {});
  await settled(search.client.deleteIndex(search.expertsUid)).catch(() => {});
  await settled(search.client.deleteIndex(search.candidatesUid)).catch(() => {});
}
