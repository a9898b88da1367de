import { type DbOrTx, experts } from '@enlace/db';
import type { Actor, ExpertView } from '@enlace/domain';
import { asc, gt, inArray } from 'drizzle-orm';
import { joinedExperts, selectExperts } from './load.js';
import { toExpertView } from './view.js';

// The index answers anonymous searches: it is fed the public view (no contact).
const INDEXER: Actor = { kind: 'anonymous' };

/**
 * What the search index should say about these experts now: validated ones are
 * `found` (public view), and everything else (pending, rejected, gone) is to `remove`.
 */
export async function expertsForIndex(db: DbOrTx, ids: readonly string[]): Promise<{ found: ExpertView[]; remove: string[] }> {
  if (ids.length === 0) return { found: [], remove: [] };
  const rows = joinedExperts(await selectExperts(db).where(inArray(experts.id, [...ids])));
  const found = rows.filter((r) => r.status === 'validated').map((r) => toExpertView(r, INDEXER));
  const keep = new Set(found.map((e) => e.id));
  return { found, remove: ids.filter((id) => !keep.has(id)) };
}

/** Every expert's id, status and last change, in pages: what reconciliation compares the index with. */
export async function expertIndexState(db: DbOrTx, after: string | undefined, limit: number) {
  return db
    .select({ id: experts.id, status: experts.status, updatedAt: experts.updatedAt })
    .from(experts)
    .where(after ? gt(experts.id, after) : undefined)
    .orderBy(asc(experts.id))
    .limit(limit);
}
