import type { DbOrTx } from '@enlace/db';
import { listingsForIndex } from '@enlace/registry/internal';
import { type SearchHandle, syncListings, toListingDocument } from '@enlace/search';

/**
 * Makes the index say what PostgreSQL says about these listings now. Idempotent: a
 * retried or duplicated job reads the current rows again and writes the same documents.
 */
export async function indexListings(db: DbOrTx, search: SearchHandle, ids: readonly string[]): Promise<{ upserted: number; deleted: number }> {
  const { found, missing } = await listingsForIndex(db, [...new Set(ids)]);
  return syncListings(search, { upsert: found.map((s) => toListingDocument(s.listing, s.pivot)), remove: missing });
}
