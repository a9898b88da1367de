import { type DbOrTx, experts, institutions, listings } from '@enlace/db';
import { type Actor, type Institution, type InstitutionView, unlistedInstitutionCountries } from '@enlace/domain';
import { type SQL, and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';

const key = (country: string, name: string) => `${country}\u0000${name}`;

/**
 * Institutions already found or created, by (country, name), kept by a caller that writes
 * many batches: an import's chunks name the same few hundred institutions again and
 * again, and looking them up cost two statements per chunk. Keep one only while a
 * transaction that created them cannot roll back without ending the caller's run.
 */
export type ResolvedInstitutions = Map<string, string>;

/**
 * Finds or creates the institutions named by listings and expert registrations, one
 * statement for the lot. Returns a map from (country, name) to id. A new institution
 * takes the acronym and type given; an existing one keeps its own, whoever writes: a
 * listing, an import line or an anonymous registration must not rename what every other
 * listing of that institution shows (an explicit institution edit does that).
 */
export async function resolveInstitutions(
  tx: DbOrTx,
  wanted: readonly { country: string; institution: Institution }[],
  resolved?: ResolvedInstitutions,
): Promise<(country: string, name: string) => string> {
  const ids = resolved ?? new Map<string, string>();
  const unique = new Map<string, { country: string; name: string; acronym: string | null; type: string | null }>();
  for (const { country, institution } of wanted) {
    const k = key(country, institution.name);
    if (!unique.has(k) && !ids.has(k)) {
      unique.set(k, {
        country,
        name: institution.name,
        acronym: institution.acronym ?? null,
        type: institution.type ?? null,
      });
    }
  }
  if (unique.size > 0) {
    const created = await tx
      .insert(institutions)
      .values([...unique.values()])
      .onConflictDoNothing({ target: [institutions.country, institutions.name] })
      .returning({ id: institutions.id, country: institutions.country, name: institutions.name });
    for (const r of created) ids.set(key(r.country, r.name), r.id);
    // The rest existed already (or a concurrent writer just committed them, which
    // DO NOTHING waited for): read their ids without touching them.
    const known = [...unique.values()].filter((u) => !ids.has(key(u.country, u.name)));
    if (known.length > 0) {
      // bpchar, the column's type, so that the (country, name) index answers the join.
      const rows = await tx.execute<{ id: string; country: string; name: string }>(sql`
        select i.id, i.country, i.name from ${institutions} i
        join unnest(${sql.param(known.map((u) => u.country))}::bpchar[], ${sql.param(known.map((u) => u.name))}::text[]) as w(country, name)
          on i.country = w.country and i.name = w.name`);
      for (const r of rows.rows) ids.set(key(r.country, r.name), r.id);
    }
  }
  return (country, name) => {
    const id = ids.get(key(country, name));
    if (!id) throw new Error(`institution ${name} (${country}) was not resolved`);
    return id;
  };
}

/** An institution the public already knows of: one of its listings is published, or one of its experts validated. */
// Written with explicit aliases: drizzle leaves column names unqualified in a one-table
// select, and a bare "id" inside the subquery would mean the listing's own id.
export const institutionListed: SQL<boolean> = sql<boolean>`(
  exists (select 1 from ${listings} l where l.institution_id = ${institutions}.id and l.status = 'published')
  or exists (select 1 from ${experts} e where e.institution_id = ${institutions}.id and e.status = 'validated'))`;

/** The institutions the actor may see: listed ones, plus unlisted ones of the countries it writes for. */
function visibleTo(actor: Actor): SQL | undefined {
  const countries = unlistedInstitutionCountries(actor);
  if (countries === 'all') return undefined;
  return countries.length > 0 ? or(institutionListed, inArray(institutions.country, [...countries])) : institutionListed;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Institutions for pickers and filters. Anonymous callers and other countries see only
 * those the public already knows of; one known only through drafts or pending experts
 * stays with its country's writers and the secretariat.
 */
export async function listInstitutions(
  ctx: { readonly db: DbOrTx; readonly actor: Actor },
  filter: { country?: string | undefined; q?: string | undefined },
): Promise<InstitutionView[]> {
  const q = filter.q ? `%${escapeLike(filter.q)}%` : undefined;
  return ctx.db
    .select({ id: institutions.id, country: institutions.country, name: institutions.name, acronym: institutions.acronym, type: institutions.type })
    .from(institutions)
    .where(
      and(
        visibleTo(ctx.actor),
        filter.country ? eq(institutions.country, filter.country) : undefined,
        q ? or(ilike(institutions.name, q), ilike(institutions.acronym, q)) : undefined,
      ),
    )
    .orderBy(asc(institutions.country), asc(institutions.name))
    .limit(500);
}
