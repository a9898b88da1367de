import { type DbOrTx, institutions } from '@enlace/db';
import type { Institution } from '@enlace/domain';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';

const key = (country: string, name: string) => `${country}\u0000${name}`;

/**
 * Finds or creates the institutions named by listings, one statement for the lot.
 * Returns a map from (country, name) to id; acronym and type fill in when first known.
 */
export async function resolveInstitutions(
  tx: DbOrTx,
  wanted: readonly { country: string; institution: Institution }[],
): Promise<(country: string, name: string) => string> {
  const unique = new Map<string, { country: string; name: string; acronym: string | null; type: string | null }>();
  for (const { country, institution } of wanted) {
    const k = key(country, institution.name);
    if (!unique.has(k)) {
      unique.set(k, {
        country,
        name: institution.name,
        acronym: institution.acronym ?? null,
        type: institution.type ?? null,
      });
    }
  }
  const ids = new Map<string, string>();
  if (unique.size > 0) {
    const rows = await tx
      .insert(institutions)
      .values([...unique.values()])
      .onConflictDoUpdate({
        target: [institutions.country, institutions.name],
        set: {
          acronym: sql`coalesce(excluded.acronym, ${institutions.acronym})`,
          type: sql`coalesce(excluded.type, ${institutions.type})`,
        },
      })
      .returning({ id: institutions.id, country: institutions.country, name: institutions.name });
    for (const r of rows) ids.set(key(r.country, r.name), r.id);
  }
  return (country, name) => {
    const id = ids.get(key(country, name));
    if (!id) throw new Error(`institution ${name} (${country}) was not resolved`);
    return id;
  };
}

/** Institutions known to the registry, for pickers and filters; public information. */
export async function listInstitutions(db: DbOrTx, filter: { country?: string | undefined; q?: string | undefined }) {
  const rows = await db
    .select({ id: institutions.id, country: institutions.country, name: institutions.name, acronym: institutions.acronym, type: institutions.type })
    .from(institutions)
    .where(
      and(
        filter.country ? eq(institutions.country, filter.country) : undefined,
        filter.q ? or(ilike(institutions.name, `%${filter.q}%`), ilike(institutions.acronym, `%${filter.q}%`)) : undefined,
      ),
    )
    .orderBy(asc(institutions.country), asc(institutions.name))
    .limit(500);
  return rows;
}
