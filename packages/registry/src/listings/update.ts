import { listings } from '@enlace/db';
import {
  ConflictError,
  ForbiddenError,
  type ListingView,
  NotFoundError,
  type UpdateListingInput,
  applyPatch,
  canReadListing,
  canWriteListing,
  updateListingSchema,
  writeNeedsReview,
} from '@enlace/domain';
import { eq, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit, recordListingChanges } from '../journal.js';
import { contentColumns } from './columns.js';
import { resolveInstitutions } from './institutions.js';
import { loadListing } from './load.js';
import { checkedContent, proposeRevision } from './revise.js';
import { viewWithRevision } from './revisions.js';
import { contentOf } from './view.js';

/**
 * What an edit did: `applied` changed the listing, `revised` left the published
 * version as it is and wrote the change as a revision waiting for review, `unchanged`
 * found nothing to change.
 */
export type EditOutcome = 'applied' | 'revised' | 'unchanged';

/**
 * Changes a listing's content; its status stays as it is. `null` clears an optional
 * field. The merged listing must still satisfy every listing rule. A writer who may
 * not publish changes a published listing only through a revision (see
 * `writeNeedsReview`).
 */
export async function editListing(ctx: Ctx, id: string, input: UpdateListingInput): Promise<{ listing: ListingView; outcome: EditOutcome }> {
  const patch = updateListingSchema.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadListing(tx, eq(listings.id, id), { forUpdate: true });
    if (!row || !canReadListing(ctx.actor, row)) throw new NotFoundError(`listing ${id} not found`);
    if (!canWriteListing(ctx.actor, row.country)) {
      throw new ForbiddenError(`you may not edit listings of ${row.country}`);
    }
    if (row.status === 'closed') throw new ConflictError('a closed listing cannot be edited');
    const userId = actorUserId(ctx);

    if (writeNeedsReview(ctx.actor, row)) {
      const outcome = await proposeRevision(tx, row, (proposed) => applyPatch(proposed, patch), { actorUserId: userId, now: ctx.clock.now() });
      return { listing: await viewWithRevision(tx, row, ctx.actor), outcome };
    }

    const content = checkedContent(applyPatch(contentOf(row), patch));
    const columns = contentColumns(content);
    if (columns.contentHash === row.contentHash) return { listing: await viewWithRevision(tx, row, ctx.actor), outcome: 'unchanged' };

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
    await audit(tx, {
      actorUserId: userId,
      action: 'listing.updated',
      entityType: 'listing',
      entityId: id,
      detail: { fields: Object.keys(patch) },
    });
    await recordListingChanges(tx, [{ listingId: id, kind: row.kind, country: row.country, status: row.status, version: updated!.version, change: 'updated' }]);
    return { listing: await viewWithRevision(tx, (await loadListing(tx, eq(listings.id, id)))!, ctx.actor), outcome: 'applied' };
  });
}

/** `editListing`, for callers that need only the listing as the actor now sees it. */
export async function updateListing(ctx: Ctx, id: string, input: UpdateListingInput): Promise<ListingView> {
  return (await editListing(ctx, id, input)).listing;
}
