import { type DbOrTx, fromIncoming, listingProfiles, listings } from '@enlace/db';
import type { Language } from '@enlace/domain';
import { and, eq, sql } from 'drizzle-orm';

/** What the ranking reads of a listing, besides its term profile. */
export interface MatchSource {
  id: string;
  kind: 'offer' | 'demand';
  status: string;
  version: number;
  contentHash: string;
  country: string;
  language: Language;
  title: string;
  description: string;
  keywords?: string[] | undefined;
  sectors: string[];
  sdgGoals: number[];
  sdgTargets: string[];
  modalities: string[];
  workingLanguages: Language[];
  targetCountries: string[] | null;
  validFrom: string | null;
  validUntil: string | null;
}

export type StoredProfile = (typeof listingProfiles.$inferSelect)['profile'];

const sourceColumns = {
  id: listings.id,
  kind: listings.kind,
  status: listings.status,
  version: listings.version,
  contentHash: listings.contentHash,
  country: listings.country,
  language: listings.language,
  title: listings.title,
  description: listings.description,
  keywords: listings.keywords,
  sectors: listings.sectors,
  sdgGoals: listings.sdgGoalsEffective,
  sdgTargets: listings.sdgTargets,
  modalities: listings.modalities,
  workingLanguages: listings.workingLanguages,
  targetCountries: listings.targetCountries,
  validFrom: listings.validFrom,
  validUntil: listings.validUntil,
};

/**
 * The transaction that last wrote the row (PostgreSQL's xmin): it changes with every
 * update of the listing, whatever the column, so a copy read with the same stamp is
 * still the row. A profile belongs to the listing's content, which only an update changes.
 */
const rowStamp = sql<string>`${listings}.xmin::text`;

/**
 * `id = any($1)`: one array parameter, where `in ($1, …, $n)` would build, send and plan
 * thousands of them (a match batch asks for thousands of candidates at once).
 */
const anyListing = (ids: readonly string[]) => sql`${listings.id} = any(${sql.param([...ids])}::uuid[])`;

/**
 * These listings with their current profile, when the profile is of their current
 * content, and the row's stamp (see listingStamps).
 */
export async function loadMatchSources(db: DbOrTx, ids: readonly string[]): Promise<{ source: MatchSource; profile?: StoredProfile; stamp: string }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ ...sourceColumns, profile: listingProfiles.profile, profileHash: listingProfiles.contentHash, stamp: rowStamp })
    .from(listings)
    .leftJoin(listingProfiles, eq(listingProfiles.listingId, listings.id))
    .where(anyListing(ids));
  return rows.map(({ profile, profileHash, keywords, sdgTargets, modalities, workingLanguages, stamp, ...r }) => {
    const source: MatchSource = {
      ...r,
      // Language columns are plain text; every write goes through the domain's language schema.
      language: r.language as Language,
      keywords: keywords ?? undefined,
      sdgTargets: sdgTargets ?? [],
      modalities: modalities ?? [],
      workingLanguages: (workingLanguages ?? []) as Language[],
    };
    return { source, ...(profile && profileHash === source.contentHash ? { profile } : {}), stamp };
  });
}

/** The current stamp of each of these listings (gone ones are absent): a few bytes a row, to check copies against. */
export async function listingStamps(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: listings.id, stamp: rowStamp }).from(listings).where(anyListing(ids));
  return new Map(rows.map((r) => [r.id, r.stamp]));
}

export async function saveProfiles(
  db: DbOrTx,
  rows: { listingId: string; contentHash: string; pivotTitle: string; pivotDescription: string; profile: StoredProfile }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(listingProfiles)
    .values(rows.map((r) => ({ ...r, updatedAt: new Date() })))
    .onConflictDoUpdate({
      target: listingProfiles.listingId,
      set: fromIncoming(['contentHash', 'pivotTitle', 'pivotDescription', 'profile', 'updatedAt']),
    });
}

/** Document frequencies over every profiled listing: the corpus the IDF is read from. */
export async function documentFrequencies(db: DbOrTx): Promise<{ documents: number; df: Map<string, number> }> {
  const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(listingProfiles)) as [{ n: number }];
  const rows = await db.execute<{ term: string; df: number }>(
    sql`select t.term, count(*)::int as df from ${listingProfiles}, jsonb_object_keys(${listingProfiles.profile} -> 'terms') as t(term) group by t.term`,
  );
  return { documents: n, df: new Map(rows.rows.map((r) => [r.term, r.df])) };
}

/** Ids of listings of a kind that are published, for a full rematch. */
export async function publishedListingIds(db: DbOrTx, kind?: 'offer' | 'demand'): Promise<string[]> {
  const rows = await db
    .select({ id: listings.id })
    .from(listings)
    .where(and(eq(listings.status, 'published'), kind ? eq(listings.kind, kind) : undefined));
  return rows.map((r) => r.id);
}
