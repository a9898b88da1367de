import { type DbOrTx, listings, matches, users } from '@enlace/db';
import type { Language } from '@enlace/domain';
import type { ListingRef } from '@enlace/messages';
import { eq, inArray } from 'drizzle-orm';

/** A listing as an event's facts need it: the quote for the message, and who owns it. */
export interface ListingFacts {
  readonly ref: ListingRef;
  readonly status: string;
  /** The officer or focal point of the listing's country who wrote it, if one did. */
  readonly ownerId: string | null;
}

export async function listingFacts(db: DbOrTx, ids: readonly string[]): Promise<Map<string, ListingFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: listings.id,
      kind: listings.kind,
      title: listings.title,
      country: listings.country,
      language: listings.language,
      sectors: listings.sectors,
      sdgGoals: listings.sdgGoalsEffective,
      validUntil: listings.validUntil,
      status: listings.status,
      createdBy: listings.createdBy,
      creatorRole: users.role,
      creatorCountry: users.country,
    })
    .from(listings)
    .leftJoin(users, eq(users.id, listings.createdBy))
    .where(inArray(listings.id, [...ids]));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        ref: {
          id: r.id,
          kind: r.kind,
          title: r.title,
          country: r.country,
          language: r.language as Language,
          sectors: r.sectors,
          sdgGoals: r.sdgGoals,
          validUntil: r.validUntil,
        },
        status: r.status,
        // The secretariat imports for many countries; it is not the owner people follow up with.
        ownerId: r.createdBy && (r.creatorRole === 'agency_officer' || r.creatorRole === 'focal_point') && r.creatorCountry === r.country ? r.createdBy : null,
      },
    ]),
  );
}

export type MatchRow = typeof matches.$inferSelect;

export async function matchById(db: DbOrTx, id: string): Promise<MatchRow | undefined> {
  const [row] = await db.select().from(matches).where(eq(matches.id, id)).limit(1);
  return row;
}
