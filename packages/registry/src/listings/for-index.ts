import { listingProfiles, listings, type DbOrTx } from '@enlace/db';
import type { Actor, ListingView } from '@enlace/domain';
import { asc, gt, inArray } from 'drizzle-orm';
import { joined, selectListings } from './load.js';
import { toListingView } from './view.js';

// The index serves everyone, so it is fed a view without private fields (no country acts here).
const INDEXER: Actor = { kind: 'anonymous' };

export interface IndexSource {
  readonly listing: ListingView;
  readonly pivot?: { title: string; description: string };
}

/** The current state of these listings for the search index; ids not found are gone. */
export async function listingsForIndex(db: DbOrTx, ids: readonly string[]): Promise<{ found: IndexSource[]; missing: string[] }> {
  if (ids.length === 0) return { found: [], missing: [] };
  const rows = joined(await selectListings(db).where(inArray(listings.id, [...ids])));
  const profiles = await db
    .select({
      listingId: listingProfiles.listingId,
      title: listingProfiles.pivotTitle,
      description: listingProfiles.pivotDescription,
      contentHash: listingProfiles.contentHash,
    })
    .from(listingProfiles)
    .where(inArray(listingProfiles.listingId, [...ids]));
  const pivotOf = new Map(profiles.map((p) => [p.listingId, p]));
  const found = rows.map((row): IndexSource => {
    const p = pivotOf.get(row.id);
    // A profile of older content would make the index say what the listing no longer says.
    const pivot = p && p.contentHash === row.contentHash ? { title: p.title, description: p.description } : undefined;
    return { listing: toListingView(row, INDEXER), ...(pivot ? { pivot } : {}) };
  });
  const present = new Set(rows.map((r) => r.id));
  return { found, missing: ids.filter((id) => !present.has(id)) };
}

/** Every listing's id and last change, in pages by `seq`: what reconciliation compares the index with. */
export async function listingIndexState(db: DbOrTx, after: number, limit: number) {
  return db
    .select({ id: listings.id, seq: listings.seq, updatedAt: listings.updatedAt })
    .from(listings)
    .where(gt(listings.seq, after))
    .orderBy(asc(listings.seq))
    .limit(limit);
}

/** Which of these ids still have a listing. */
export async function existingListingIds(db: DbOrTx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set(
    (
      await db
        .select({ id: listings.id })
        .from(listings)
        .where(inArray(listings.id, [...ids]))
    ).map((r) => r.id),
  );
}
