import type { Database } from '@enlace/db';
import { expertIndexState, expertsForIndex } from '@enlace/registry/internal';
import { type SearchHandle, indexedIds, indexedVersions, syncExperts } from '@enlace/search';
import { indexExperts } from './experts.js';

export interface ExpertReconcileReport {
  checked: number;
  repaired: number;
  removed: number;
}

/**
 * Compares the roster with the experts index and repairs drift: validated experts whose
 * document is missing or older are rewritten, documents of experts that are no longer
 * validated (or no longer exist) are removed.
 */
export async function reconcileExpertIndex(db: Database, search: SearchHandle, opts: { batchSize?: number } = {}): Promise<ExpertReconcileReport> {
  const batchSize = opts.batchSize ?? 1000;
  const report: ExpertReconcileReport = { checked: 0, repaired: 0, removed: 0 };
  let after: string | undefined;
  for (;;) {
    const rows = await expertIndexState(db, after, batchSize);
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    const indexed = await indexedVersions(
      search.experts,
      rows.map((r) => r.id),
    );
    const stale = rows.filter((r) => (r.status === 'validated' ? indexed.get(r.id) !== r.updatedAt.getTime() : indexed.has(r.id)));
    if (stale.length > 0)
      await indexExperts(
        db,
        search,
        stale.map((r) => r.id),
      );
    report.checked += rows.length;
    report.repaired += stale.filter((r) => r.status === 'validated').length;
    report.removed += stale.filter((r) => r.status !== 'validated').length;
  }
  // Documents of experts gone altogether (or no longer validated since the pass above).
  let offset = 0;
  for (;;) {
    const ids = await indexedIds(search.experts, offset, batchSize);
    if (ids.length === 0) break;
    const { remove } = await expertsForIndex(db, ids);
    await syncExperts(search, { upsert: [], remove });
    report.removed += remove.length;
    offset += ids.length - remove.length;
    if (ids.length < batchSize) break;
  }
  return report;
}
