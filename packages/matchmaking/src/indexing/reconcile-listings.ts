import type { Database } from '@enlace/db';
import { existingListingIds, listingIndexState } from '@enlace/registry/internal';
import { type SearchHandle, indexedIds, indexedVersions } from '@enlace/search';
import { indexListings } from './listings.js';

export interface ReconcileReport {
  checked: number;
  repaired: number;
  removed: number;
}

/**
 * Compares PostgreSQL with the listings index and the candidates index (written
 * together, so one repair serves both) and repairs drift: documents missing or older
 * than their listing are rewritten, documents of listings that no longer exist are
 * removed. Runs in batches so memory stays flat.
 */
export async function reconcileIndex(
  db: Database,
  search: SearchHandle,
  opts: { batchSize?: number; onProgress?: (r: ReconcileReport) => void } = {},
): Promise<ReconcileReport> {
  const batchSize = opts.batchSize ?? 1000;
  const report: ReconcileReport = { checked: 0, repaired: 0, removed: 0 };
  let after = 0;
  for (;;) {
    const rows = await listingIndexState(db, after, batchSize);
    if (rows.length === 0) break;
    after = rows.at(-1)!.seq;
    const ids = rows.map((r) => r.id);
    const [indexed, candidates] = await Promise.all([indexedVersions(search.listings, ids), indexedVersions(search.candidates, ids)]);
    const stale = rows.filter((r) => indexed.get(r.id) !== r.updatedAt.getTime() || candidates.get(r.id) !== r.updatedAt.getTime()).map((r) => r.id);
    if (stale.length > 0) await indexListings(db, search, stale);
    report.checked += rows.length;
    report.repaired += stale.length;
    opts.onProgress?.({ ...report });
  }

  // Documents whose listing is gone, in either index.
  for (const index of [search.listings, search.candidates]) report.removed += await removeOrphans(db, search, index, batchSize);
  return report;
}

async function removeOrphans(db: Database, search: SearchHandle, index: SearchHandle['listings'] | SearchHandle['candidates'], batchSize: number) {
  let removed = 0;
  let offset = 0;
  for (;;) {
    const ids = await indexedIds(index, offset, batchSize);
    if (ids.length === 0) break;
    const present = await existingListingIds(db, ids);
    const missing = ids.filter((id) => !present.has(id));
    if (missing.length > 0) {
      await indexListings(db, search, missing);
      removed += missing.length;
    }
    offset += ids.length - missing.length;
    if (ids.length < batchSize) break;
  }
  return removed;
}
