import type { DbOrTx } from '@enlace/db';
import { expertsForIndex } from '@enlace/registry/internal';
import { type SearchHandle, syncExperts, toExpertDocument } from '@enlace/search';

/**
 * Makes the experts index say what PostgreSQL says about these experts now: validated
 * ones are written, the rest (pending, rejected, gone) removed. Idempotent: a retried
 * or duplicated job reads the rows again and writes the same documents.
 */
export async function indexExperts(db: DbOrTx, search: SearchHandle, ids: readonly string[]): Promise<{ upserted: number; deleted: number }> {
  const { found, remove } = await expertsForIndex(db, [...new Set(ids)]);
  return syncExperts(search, { upsert: found.map(toExpertDocument), remove });
}
