import { listings } from '@enlace/db';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  type ListingView,
  NotFoundError,
  type UpdateListingInput,
  canReadListing,
  canWriteListing,
  fieldIssuesFromZod,
  listingContentSchema,
  updateListingSchema,
} from '@enlace/domain';
import { eq, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit, recordListingChanges } from '../journal.js';
import { contentColumns } from './columns.js';
import { resolveInstitutions } from './institutions.js';
import { loadListing } from './load.js';
import { contentOf, toListingView } from './view.js';

/**
 * Changes a listing's content; its status stays as it is. `null` clears an optional
 * field. The merged listing must still satisfy every listing rule.
 */
export async function updateListing(ctx: Ctx, id: string, input: UpdateListingInput): Promise<ListingView> {
  const patch = updateListingSchema.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadListing(tx, eq(listings.id, id), { forUpdate: true });
    if (!row || !canReadListing(ctx.actor, row)) throw new NotFoundError(`listing ${id} not found`);
    if (!canWriteListing(ctx.actor, row.country)) {
      throw new ForbiddenError(`you may not edit listings of ${row.country}`);
    }
    if (row.status === 'closed') throw new ConflictError('a closed listing cannot be edited');

    const merged: Record<string, unknown> = { ...contentOf(row) };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    const checked = listingContentSchema.safeParse(merged);
    if (!checked.success) {
      throw new InvalidError('the listing would not be valid', fieldIssuesFromZod(checked.error.issues));
    }
    const content = checked.data;
    const columns = contentColumns(content);
    if (columns.contentHash === row.contentHash) return toListingView(row, ctx.actor);

    const idOf = await resolveInstitutions(tx, [content]);
    const [updated] = await tx
      .update(listings)
      .set({
        ...columns,
        institutionId: idOf(content.country, content.institution.name),
        version: sql`${listings.version} + 1`,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(listings.id, id))
      .returning({ version: listings.version });
    const userId = actorUserId(ctx);
    await audit(tx, {
      actorUserId: userId,
      action: 'listing.updated',
      entityType: 'listing',
      entityId: id,
      detail: { fields: Object.keys(patch) },
    });
    await recordListingChanges(tx, [
      { listingId: id, kind: row.kind, country: row.country, status: row.status, version: updated!.version, change: 'updated' },
    ]);
    return toListingView((await loadListing(tx, eq(listings.id, id)))!, ctx.actor);
  });
}
