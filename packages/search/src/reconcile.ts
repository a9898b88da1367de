import { type Database, listings } from '@enlace/db';
import { asc, gt, inArray } from 'drizzle-orm';
import type { SearchHandle } from './client.js';
import { syncListings } from './sync.js';

export interface ReconcileReport {
  checked: number;
  repaired: number;
  removed: number;
}

/**
 * Compares PostgreSQL with the index and repairs drift: documents missing or older
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
    const rows = await db
      .select({ id: listings.id, seq: listings.seq, updatedAt: listings.updatedAt })
      .from(listings)
      .where(gt(listings.seq, after))
      .orderBy(asc(listings.seq))
      .limit(batchSize);
    if (rows.length === 0) break;
    after = rows.at(-1)!.seq;
    const docs = await search.listings.getDocuments({ ids: rows.map((r) => r.id), fields: ['id', 'updatedAt'], limit: rows.length });
    const indexed = new Map(docs.results.map((d) => [d.id, d.updatedAt]));
    const stale = rows.filter((r) => indexed.get(r.id) !== r.updatedAt.getTime()).map((r) => r.id);
    if (stale.length > 0) await syncListings(db, search, stale);
    report.checked += rows.length;
    report.repaired += stale.length;
    opts.onProgress?.({ ...report });
  }

  // Documents whose listing is gone.
  let offset = 0;
  for (;;) {
    const page = await search.listings.getDocuments({ fields: ['id'], limit: batchSize, offset });
    if (page.results.length === 0) break;
    const ids = page.results.map((d) => d.id);
    const present = new Set((await db.select({ id: listings.id }).from(listings).where(inArray(listings.id, ids))).map((r) => r.id));
    const missing = ids.filter((id) => !present.has(id));
    if (missing.length > 0) {
      await syncListings(db, search, missing);
      report.removed += missing.length;
    }
    offset += page.results.length - missing.length;
    if (page.results.length < batchSize) break;
  }
  return report;
}
