import { type DbOrTx, institutions, listings } from '@enlace/db';
import { type SQL, eq } from 'drizzle-orm';
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
