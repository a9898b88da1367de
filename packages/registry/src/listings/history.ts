import { listingRevisions, listingStatusHistory, listings } from '@enlace/db';
import { NotFoundError, canReadListing, canSeeRevisions, canWriteListing } from '@enlace/domain';
import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { loadListing } from './load.js';

export interface HistoryEntry {
  /** `status`: the listing moved; `revision`: a change to the published listing was proposed or decided. */
  readonly kind: 'status' | 'revision';
  readonly from: string | null;
  readonly to: string;
  readonly at: string;
  readonly reason?: string | null;
  readonly actorUserId?: string | null;
  readonly revisionId?: string;
}

/**
 * The status changes of a listing, oldest first; who made them only for those who edit
 * it. The listing's country and the secretariat also see its revisions: proposed
 * (`to: pending`), then published, sent back (with the reviewer's reason) or withdrawn.
 */
export async function listingHistory(ctx: Ctx, id: string): Promise<HistoryEntry[]> {
  const row = await loadListing(ctx.db, eq(listings.id, id));
  if (!row || !canReadListing(ctx.actor, row)) throw new NotFoundError(`listing ${id} not found`);
  const insider = canWriteListing(ctx.actor, row.country);
  const rows = await ctx.db
    .select()
    .from(listingStatusHistory)
    .where(eq(listingStatusHistory.listingId, id))
    .orderBy(asc(listingStatusHistory.at), asc(listingStatusHistory.id));
  const entries: HistoryEntry[] = rows.map((h) => ({
    kind: 'status',
    from: h.fromStatus,
    to: h.toStatus,
    at: h.at.toISOString(),
    ...(insider ? { reason: h.reason, actorUserId: h.actorUserId } : {}),
  }));
  if (!canSeeRevisions(ctx.actor, row)) return entries;
  const revisions = await ctx.db
    .select()
    .from(listingRevisions)
    .where(eq(listingRevisions.listingId, id))
    .orderBy(asc(listingRevisions.createdAt), asc(listingRevisions.id));
  for (const r of revisions) {
    entries.push({ kind: 'revision', revisionId: r.id, from: null, to: 'pending', at: r.createdAt.toISOString(), reason: null, actorUserId: r.authorUserId });
    if (r.decidedAt) {
      entries.push({
        kind: 'revision',
        revisionId: r.id,
        from: 'pending',
        to: r.status,
        at: r.decidedAt.toISOString(),
        reason: r.reason,
        actorUserId: r.reviewerUserId,
      });
    }
  }
  // Stable: at equal times, status changes come first, then revisions in their order.
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
