import type { DbOrTx } from '@enlace/db';
import { expertsForIndex } from '@enlace/registry';
import { settled } from '../tasks.js';
import type { SearchHandle } from '../client.js';
import { toExpertDocument } from './document.js';

/**
 * Makes the experts index say what PostgreSQL says about these experts now: validated
 * ones are written, the rest (pending, rejected, gone) removed. Idempotent: a retried
 * or duplicated job reads the rows again and writes the same documents.
 */
export async function syncExperts(db: DbOrTx, search: SearchHandle, ids: readonly string[]): Promise<{ upserted: number; deleted: number }> {
  const { found, remove } = await expertsForIndex(db, [...new Set(ids)]);
  if (found.length > 0) await settled(search.experts.addDocuments(found.map(toExpertDocument), { primaryKey: 'id' }));
  if (remove.length > 0) await settled(search.experts.deleteDocuments(remove));
  return { upserted: found.length, deleted: remove.length };
}
