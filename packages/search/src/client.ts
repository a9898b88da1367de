import { type Index, Meilisearch } from 'meilisearch';
import type { ListingDocument } from './document.js';
import { LISTING_INDEX_SETTINGS } from './settings.js';
import { settled } from './tasks.js';

export interface SearchHandle {
  readonly client: Meilisearch;
  readonly listings: Index<ListingDocument>;
  readonly listingsUid: string;
}

/** The search client and the listings index; `indexPrefix` lets tests and evals have their own. */
export function connectSearch(url: string, apiKey: string, indexPrefix = 'enlace'): SearchHandle {
  const client = new Meilisearch({ host: url, apiKey, timeout: 10_000 });
  const listingsUid = `${indexPrefix}_listings`;
  return { client, listings: client.index<ListingDocument>(listingsUid), listingsUid };
}

/** Creates the index if needed and applies the settings in code; safe to run at every start. */
export async function applyIndexSettings(search: SearchHandle): Promise<void> {
  try {
    await search.client.getIndex(search.listingsUid);
  } catch {
    await settled(search.client.createIndex(search.listingsUid, { primaryKey: 'id' }));
  }
  await settled(search.listings.updateSettings(LISTING_INDEX_SETTINGS));
}

export async function upsertDocuments(search: SearchHandle, docs: ListingDocument[]): Promise<void> {
  if (docs.length === 0) return;
  await settled(search.listings.addDocuments(docs, { primaryKey: 'id' }));
}

export async function deleteDocuments(search: SearchHandle, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await settled(search.listings.deleteDocuments(ids));
}

export async function dropIndex(search: SearchHandle): Promise<void> {
  await settled(search.client.deleteIndex(search.listingsUid)).catch(() => {});
}
