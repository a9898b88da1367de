import { listings } from '@enlace/db';
import { ConflictError, ForbiddenError, InvalidError, type ListingView, NotFoundError, canReadListing, canWriteListing, isoDay } from '@enlace/domain';
import { eq, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit, recordListingChanges } from '../journal.js';
import { loadListing } from './load.js';
import { toListingView } from './view.js';

/**
 * Its owner says a published listing is still current, and may push its validUntil
 * further: what renewal campaigns ask for. Without a new date nothing public changes,
 * so only a new date is announced to the index and matching.
 */
export async function confirmListing(ctx: Ctx, id: string, opts: { validUntil?: string } = {}): Promise<ListingView> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadListing(tx, eq(listings.id, id), { forUpdate: true });
    if (!row || !canReadListing(ctx.actor, row)) throw new NotFoundError(`listing ${id} not found`);
    if (!canWriteListing(ctx.actor, row.country)) throw new ForbiddenError(`you may not confirm listings of ${row.country}`);
    if (row.status !== 'published') throw new ConflictError(`a ${row.status} listing cannot be confirmed; only published ones can`);
    const today = isoDay(ctx.clock.now());
    if (opts.validUntil && (opts.validUntil < today || (row.validFrom && opts.validUntil < row.validFrom))) {
      throw new InvalidError('the new validUntil is too early', [
        { field: 'validUntil', code: 'too_early', reason: `must be on or after ${row.validFrom && row.validFrom > today ? row.validFrom : today}` },
      ]);
    }
    const extends_ = opts.validUntil !== undefined && opts.validUntil !== row.validUntil;
    const [updated] = await tx
      .update(listings)
      .set({
        confirmedAt: ctx.clock.now(),
        ...(extends_ ? { validUntil: opts.validUntil, version: sql`${listings.version} + 1`, updatedAt: ctx.clock.now() } : {}),
      })
      .where(eq(listings.id, id))
      .returning({ version: listings.version });
    await audit(tx, {
      actorUserId: actorUserId(ctx),
      action: 'listing.confirmed',
      entityType: 'listing',
      entityId: id,
      detail: extends_ ? { validUntil: opts.validUntil } : {},
    });
    if (extends_) {
      await recordListingChanges(tx, [
        { listingId: id, kind: row.kind, country: row.country, status: row.status, version: updated!.version, change: 'updated' },
      ]);
    }
    return toListingView((await loadListing(tx, eq(listings.id, id)))!, ctx.actor);
  });
}
