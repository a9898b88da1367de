import type { SearchHandle } from '../client.js';
import type { IndexChange } from '../sync.js';
import { settled } from '../tasks.js';
import type { ExpertDocument } from './document.js';

/**
 * Writes and removes expert documents: the caller passes validated experts to write and
 * every other id (pending, rejected, gone) to remove, read from PostgreSQL as they are now.
 */
export async function syncExperts(search: SearchHandle, change: IndexChange<ExpertDocument>): Promise<{ upserted: number; deleted: number }> {
  if (change.upsert.length > 0) await settled(search.experts.addDocuments([...change.upsert], { primaryKey: 'id' }));
  if (change.remove.length > 0) await settled(search.experts.deleteDocuments([...change.remove]));
  return { upserted: change.upsert.length, deleted: change.remove.length };
}
