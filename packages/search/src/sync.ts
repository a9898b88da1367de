import type { DbOrTx } from '@enlace/db';
import { listingsForIndex } from '@enlace/registry';
import { type SearchHandle, deleteDocuments, upsertDocuments } from './client.js';
import { toListingDocument } from './document.js';

/**
 * Makes the index say what PostgreSQL says about these listings now. Idempotent: a
 * retried or duplicated job reads the current rows again and writes the same documents.
 */
export async function syncListings(db: DbOrTx, search: SearchHandle, ids: readonly string[]): Promise<{ upserted: number; deleted: number }> {
  const unique = [...new Set(ids)];
  const { found, missing } = await listingsForIndex(db, unique);
  await upsertDocuments(
    search,
    found.map((s) => toListingDocument(s.listing, s.pivot)),
  );
  await deleteDocuments(search, missing);
  return { upserted: found.length, deleted: missing.length };
}
