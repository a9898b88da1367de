import { auditLog, listingStatusHistory, listings } from '@enlace/db';
import { isoDay } from '@enlace/domain';
import { and, eq, lt, sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../context.js';
import { recordListingChanges } from '../journal.js';
import { withdrawRevisions } from './review-revision.js';

/**
 * Marks published listings whose validUntil has passed as expired; returns how many. Like
 * every listing change it writes the status history, an audit record (no person: the
 * service expires by date) and the outbox rows, all in one transaction.
 */
export async function expireListings(ctx: Pick<Ctx, 'db' | 'clock'>): Promise<number> {
  const today = isoDay(ctx.clock.now());
  return inTransaction(ctx.db, async (tx) => {
    const expired = await tx
      .update(listings)
      .set({ status: 'expired', version: sql`${listings.version} + 1`, updatedAt: ctx.clock.now() })
      .where(and(eq(listings.status, 'published'), lt(listings.validUntil, today)))
      .returning({ id: listings.id, kind: listings.kind, country: listings.country, version: listings.version, validUntil: listings.validUntil });
    if (expired.length === 0) return 0;
    const reason = `validUntil before ${today}`;
    await tx
      .insert(listingStatusHistory)
      .values(expired.map((l) => ({ listingId: l.id, fromStatus: 'published' as const, toStatus: 'expired' as const, reason, at: ctx.clock.now() })));
    // One statement for the whole batch: an hourly run may expire many listings at once.
    await tx.insert(auditLog).values(
      expired.map((l) => ({
        actorUserId: null,
        action: 'listing.expired',
        entityType: 'listing',
        entityId: l.id,
        detail: { reason, validUntil: l.validUntil },
      })),
    );
    await withdrawRevisions(
      tx,
      expired.map((l) => l.id),
      { reason: `the listing expired (${reason})`, now: ctx.clock.now() },
    );
    await recordListingChanges(
      tx,
      expired.map((l) => ({ listingId: l.id, kind: l.kind, country: l.country, status: 'expired', version: l.version, change: 'status' as const })),
    );
    return expired.length;
  });
}
