import { auditLog, type DbOrTx } from '@enlace/db';
import { type ListingChangedEvent, OUTBOX_TOPICS } from '@enlace/domain';
import { recordEvents } from './outbox.js';

export async function recordListingChanges(tx: DbOrTx, events: readonly ListingChangedEvent[]): Promise<void> {
  await recordEvents(
    tx,
    OUTBOX_TOPICS.listingChanged,
    events.map((e) => ({ aggregateId: e.listingId, payload: e })),
  );
}

/**
 * An import chunk's changes as one outbox event: consumers re-read the listings anyway
 * (events carry ids, not copies), and one event instead of a thousand keeps a 50,000-line
 * import from flooding the queues that people's edits go through.
 */
export async function recordImportedListings(tx: DbOrTx, event: { importId?: string; listingIds: readonly string[] }): Promise<void> {
  if (event.listingIds.length === 0) return;
  await recordEvents(tx, OUTBOX_TOPICS.listingsImported, [
    { aggregateId: event.importId ?? 'import', payload: { listingIds: [...event.listingIds], ...(event.importId ? { importId: event.importId } : {}) } },
  ]);
}

/** Listings that entered review, one event per country: their focal points are told. */
export async function recordReviewRequests(tx: DbOrTx, requests: readonly { country: string; listingIds: readonly string[] }[]): Promise<void> {
  const real = requests.filter((r) => r.listingIds.length > 0);
  await recordEvents(
    tx,
    OUTBOX_TOPICS.reviewRequested,
    real.map((r) => ({ aggregateId: r.country, payload: { country: r.country, listingIds: [...r.listingIds] } })),
  );
}

export async function audit(
  tx: DbOrTx,
  entry: {
    actorUserId: string | null;
    action: string;
    entityType: string;
    entityId: string;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(auditLog).values(entry);
}
