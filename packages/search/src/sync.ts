import { type SearchHandle, deleteDocuments, upsertDocuments } from './client.js';
import type { ListingDocument } from './document.js';

/** What the index should now say about some listings: documents to write, ids to remove. */
export interface IndexChange<D> {
  readonly upsert: readonly D[];
  readonly remove: readonly string[];
}

/**
 * Writes and removes listing documents. The caller reads them from PostgreSQL as they are
 * now, so a retried or duplicated job writes the same documents again.
 */
export async function syncListings(search: SearchHandle, change: IndexChange<ListingDocument>): Promise<{ upserted: number; deleted: number }> {
  await upsertDocuments(search, [...change.upsert]);
  await deleteDocuments(search, [...change.remove]);
  return { upserted: change.upsert.length, deleted: change.remove.length };
}
