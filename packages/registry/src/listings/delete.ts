import { listings } from '@enlace/db';
import { ConflictError, ForbiddenError, NotFoundError, canReadListing, listingDeletion } from '@enlace/domain';
import { eq } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit, recordListingChanges } from '../journal.js';
import { loadListing } from './load.js';

/**
 * Deletes a listing for good, when the policy's `listingDeletion` allows it (a writer's
 * draft that was never public, or anything for an admin). The audit log keeps the deletion.
 */
export async function deleteListing(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const row = await loadListing(tx, eq(listings.id, id), { forUpdate: true });
    if (!row || !canReadListing(ctx.actor, row)) throw new NotFoundError(`listing ${id} not found`);
    const decision = listingDeletion(ctx.actor, row);
    if (decision === 'forbidden') throw new ForbiddenError(`you may not delete listings of ${row.country}`);
    if (decision === 'was-public') throw new ConflictError('only a draft that was never published can be deleted; close the listing instead');
    await tx.delete(listings).where(eq(listings.id, id));
    await audit(tx, {
      actorUserId: actorUserId(ctx),
      action: 'listing.deleted',
      entityType: 'listing',
      entityId: id,
      detail: { kind: row.kind, externalId: row.externalId, country: row.country, title: row.title },
    });
    await recordListingChanges(tx, [{ listingId: id, kind: row.kind, country: row.country, status: 'deleted', version: row.version + 1, change: 'deleted' }]);
  });
}
