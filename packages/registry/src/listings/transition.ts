import { listingStatusHistory, listings } from '@enlace/db';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  LISTING_ACTIONS,
  type ListingAction,
  type ListingView,
  NotFoundError,
  canPerform,
  canReadListing,
  canTransition,
  isPastValidity,
  isoDay,
} from '@enlace/domain';
import { eq, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit, recordListingChanges, recordReviewRequests } from '../journal.js';
import { loadListing } from './load.js';
import { decideRevision, withdrawRevisions } from './review-revision.js';
import { viewWithRevision } from './revisions.js';

const AUDIT_ACTION: Record<ListingAction, string> = {
  submit: 'listing.submitted',
  publish: 'listing.published',
  sendBack: 'listing.sent_back',
  close: 'listing.closed',
  expire: 'listing.expired',
};

/** Moves a listing through the review workflow, checking role, country and current status. */
export async function transitionListing(ctx: Ctx, id: string, action: Exclude<ListingAction, 'expire'>, reason?: string): Promise<ListingView> {
  if (action === 'sendBack' && !reason) {
    throw new InvalidError('a reason is required', [{ field: 'reason', code: 'required', reason: 'say why the listing is sent back' }]);
  }
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadListing(tx, eq(listings.id, id), { forUpdate: true });
    if (!row || !canReadListing(ctx.actor, row)) throw new NotFoundError(`listing ${id} not found`);
    if (!canPerform(ctx.actor, action, row.country)) {
      throw new ForbiddenError(`you may not ${action === 'sendBack' ? 'send back' : action} listings of ${row.country}`);
    }
    // Reviewing a published listing is reviewing the change that waits for it.
    if (row.status === 'published' && (action === 'publish' || action === 'sendBack')) {
      await decideRevision(tx, ctx, row, action, reason);
      return viewWithRevision(tx, (await loadListing(tx, eq(listings.id, id)))!, ctx.actor);
    }
    if (!canTransition(action, row.status)) {
      throw new ConflictError(`a ${row.status} listing cannot be ${AUDIT_ACTION[action].split('.')[1]!.replace('_', ' ')}`);
    }
    const today = isoDay(ctx.clock.now());
    if (action === 'publish' && isPastValidity(row.validUntil, today)) {
      throw new ConflictError(`the listing's validUntil (${row.validUntil}) has passed; extend it before publishing`);
    }
    const to = LISTING_ACTIONS[action].to;
    const now = ctx.clock.now();
    const [updated] = await tx
      .update(listings)
      .set({
        status: to,
        version: sql`${listings.version} + 1`,
        updatedAt: now,
        ...(action === 'publish' ? { publishedAt: now, reviewNote: null } : {}),
        ...(action === 'sendBack' ? { reviewNote: reason } : {}),
      })
      .where(eq(listings.id, id))
      .returning({ version: listings.version });
    const userId = actorUserId(ctx);
    await tx.insert(listingStatusHistory).values({
      listingId: id,
      fromStatus: row.status,
      toStatus: to,
      actorUserId: userId,
      reason: reason ?? null,
      at: now,
    });
    await audit(tx, { actorUserId: userId, action: AUDIT_ACTION[action], entityType: 'listing', entityId: id, detail: reason ? { reason } : {} });
    await recordListingChanges(tx, [{ listingId: id, kind: row.kind, country: row.country, status: to, version: updated!.version, change: 'status' }]);
    if (to === 'pending_review') await recordReviewRequests(tx, [{ country: row.country, listingIds: [id] }]);
    if (to === 'closed') await withdrawRevisions(tx, [id], { reason: reason ?? 'the listing was closed', now, actorUserId: userId });
    return viewWithRevision(tx, (await loadListing(tx, eq(listings.id, id)))!, ctx.actor);
  });
}
