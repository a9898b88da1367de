import { listingStatusHistory, listings } from '@enlace/db';
import { NotFoundError, canReadListing, canWriteListing } from '@enlace/domain';
import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { loadListing } from './load.js';

/** The status changes of a listing, oldest first; who made them only for those who edit it. */
export async function listingHistory(ctx: Ctx, id: string) {
  const row = await loadListing(ctx.db, eq(listings.id, id));
  if (!row || !canReadListing(ctx.actor, row)) throw new NotFoundError(`listing ${id} not found`);
  const insider = canWriteListing(ctx.actor, row.country);
  const rows = await ctx.db
    .select()
    .from(listingStatusHistory)
    .where(eq(listingStatusHistory.listingId, id))
    .orderBy(asc(listingStatusHistory.at), asc(listingStatusHistory.id));
  return rows.map((h) => ({
    from: h.fromStatus,
    to: h.toStatus,
    at: h.at.toISOString(),
    ...(insider ? { reason: h.reason, actorUserId: h.actorUserId } : {}),
  }));
}
