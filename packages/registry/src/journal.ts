import { auditLog, type DbOrTx, outbox } from '@enlace/db';
import { sql } from 'drizzle-orm';

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
  readonly change: 'created' | 'updated' | 'status' | 'deleted';
  /** Bulk imports yield to people's edits in the queues behind the outbox. */
  readonly origin?: 'import';
}

export async function recordListingChanges(tx: DbOrTx, events: readonly ListingChangedEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(outbox).values(
    events.map((e) => ({ topic: OUTBOX_TOPICS.listingChanged, aggregateId: e.listingId, payload: { ...e } })),
  );
  await wakeOutboxRelay(tx);
}

export const OUTBOX_CHANNEL = 'enlace_outbox';

/** Delivered at commit (and dropped on rollback), so the relay wakes only for committed rows. */
export async function wakeOutboxRelay(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
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
