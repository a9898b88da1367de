import { type DbOrTx, institutions, listings } from '@enlace/db';
import { type SQL, eq, sql } from 'drizzle-orm';
import type { ListingWithInstitution } from './view.js';

/** Listings joined with their institution, the shape every view is made from. */
export function selectListings(db: DbOrTx) {
  return db.select({ listing: listings, institution: institutions }).from(listings).innerJoin(institutions, eq(institutions.id, listings.institutionId));
}

export function joined(rows: { listing: typeof listings.$inferSelect; institution: typeof institutions.$inferSelect }[]) {
  return rows.map((r): ListingWithInstitution => ({ ...r.listing, institution: r.institution }));
}

export async function loadListing(db: DbOrTx, where: SQL, opts: { forUpdate?: boolean } = {}): Promise<ListingWithInstitution | undefined> {
  const query = selectListings(db).where(where).limit(1);
  const rows = opts.forUpdate ? await query.for('update', { of: listings }) : await query;
  return joined(rows)[0];
}

/**
 * One listing by id, the read behind every listing page: built once per database handle
 * and prepared, because building a 40-column join cost more CPU than PostgreSQL spent
 * answering it (see test/bench/results/reads.md).
 */
const byIdQueries = new WeakMap<DbOrTx, ReturnType<typeof prepareById>>();
const prepareById = (db: DbOrTx) =>
  selectListings(db)
    .where(eq(listings.id, sql.placeholder('id')))
    .limit(1)
    .prepare('listing_by_id');

export async function loadListingById(db: DbOrTx, id: string): Promise<ListingWithInstitution | undefined> {
  let query = byIdQueries.get(db);
  if (!query) byIdQueries.set(db, (query = prepareById(db)));
  return joined(await query.execute({ id }))[0];
}
