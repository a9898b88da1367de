import { experts, institutions, isUniqueViolation, listings } from '@enlace/db';
import {
  ConflictError,
  ForbiddenError,
  type InstitutionPatch,
  type InstitutionView,
  NotFoundError,
  canEditInstitution,
  canSeeInstitution,
  institutionPatchSchema,
  requirePerson,
} from '@enlace/domain';
import { and, eq, ne } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { recordExpertChange } from '../experts/events.js';
import { audit, recordListingChanges } from '../journal.js';
import { institutionListed } from '../listings/institutions.js';

const view = (r: typeof institutions.$inferSelect): InstitutionView => ({ id: r.id, country: r.country, name: r.name, acronym: r.acronym, type: r.type });

/**
 * An explicit institution edit, by the secretariat or a writer of the institution's own
 * country: the only way its name, acronym or type change. Audited, and, since listings
 * and experts carry the institution into the search index, each of its listings and
 * validated experts gets a change event in the same transaction so the worker
 * re-indexes them.
 */
export async function updateInstitution(ctx: Ctx, id: string, input: InstitutionPatch): Promise<InstitutionView> {
  const patch = institutionPatchSchema.parse(input);
  requirePerson(ctx.actor, 'edit an institution');
  return inTransaction(ctx.db, async (tx) => {
    const [found] = await tx
      .select({ row: institutions, listed: institutionListed })
      .from(institutions)
      .where(eq(institutions.id, id))
      .for('update', { of: institutions });
    if (!found || !canSeeInstitution(ctx.actor, { country: found.row.country, listed: found.listed })) throw new NotFoundError(`institution ${id} not found`);
    const before = found.row;
    if (!canEditInstitution(ctx.actor, before)) throw new ForbiddenError(`you may not edit institutions of ${before.country}`);

    const after = {
      name: patch.name ?? before.name,
      acronym: patch.acronym === undefined ? before.acronym : patch.acronym,
      type: patch.type === undefined ? before.type : patch.type,
    };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
    if (changed.length === 0) return view(before);
    if (changed.includes('name')) {
      const [clash] = await tx
        .select({ id: institutions.id })
        .from(institutions)
        .where(and(eq(institutions.country, before.country), eq(institutions.name, after.name), ne(institutions.id, id)))
        .limit(1);
      if (clash) throw new ConflictError(`${before.country} already has an institution named ${after.name}`);
    }
    // The check above answers the usual case; two renames racing to one name meet the index.
    const [updated] = await tx
      .update(institutions)
      .set(after)
      .where(eq(institutions.id, id))
      .returning()
      .catch((err: unknown) => {
        if (isUniqueViolation(err, 'institutions_country_name_key'))
          throw new ConflictError(`${before.country} already has an institution named ${after.name}`);
        throw err;
      });
    await audit(tx, {
      actorUserId: actorUserId(ctx),
      action: 'institution.updated',
      entityType: 'institution',
      entityId: id,
      detail: { fields: changed, before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, after[k]])) },
    });
    const named = await tx
      .select({ id: listings.id, kind: listings.kind, country: listings.country, status: listings.status, version: listings.version })
      .from(listings)
      .where(eq(listings.institutionId, id));
    await recordListingChanges(
      tx,
      named.map((l) => ({ listingId: l.id, kind: l.kind, country: l.country, status: l.status, version: l.version, change: 'updated' as const })),
    );
    // Only validated experts have a document to rewrite.
    const validated = await tx
      .select({ id: experts.id, country: experts.country })
      .from(experts)
      .where(and(eq(experts.institutionId, id), eq(experts.status, 'validated')));
    for (const e of validated) await recordExpertChange(tx, { expertId: e.id, country: e.country, status: 'validated' });
    return view(updated!);
  });
}
