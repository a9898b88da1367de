import { auditLog, type DbOrTx, outbox } from '@enlace/db';

/** Topics of outbox events; consumers (indexer, matcher, notifier) subscribe by topic. */
export const OUTBOX_TOPICS = {
  listingChanged: 'listing.changed',
} as const;

export interface ListingChangedEvent {
  readonly listingId: string;
  readonly kind: string;
  readonly country: string;
  readonly status: string;
  readonly version: number;
  readonly change: 'created' | 'updated' | 'status';
}

export async function recordListingChanges(tx: DbOrTx, events: readonly ListingChangedEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(outbox).values(
    events.map((e) => ({ topic: OUTBOX_TOPICS.listingChanged, aggregateId: e.listingId, payload: { ...e } })),
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
