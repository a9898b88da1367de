import { canReadListing, type ListingView, NotFoundError } from '@enlace/domain';
import type { Ctx } from '../context.js';
import { loadListingById } from './load.js';
import { viewWithRevision } from './revisions.js';

/** A listing the actor may read; others are reported as not found, not as forbidden. */
export async function getListing(ctx: Ctx, id: string): Promise<ListingView> {
  const row = await loadListingById(ctx.db, id);
  if (!row || !canReadListing(ctx.actor, row)) throw new NotFoundError(`listing ${id} not found`);
  return viewWithRevision(ctx.db, row, ctx.actor);
}
