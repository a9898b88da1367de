import { auditLog, type DbOrTx, outbox } from '@enlace/db';
import { sql } from 'drizzle-orm';

/** Topics of outbox events; consumers (indexer, matcher, notifier) subscribe by topic. */
export const OUTBOX_TOPICS = {
  /** One listing changed (an edit, a review step, an expiry). */
  listingChanged: 'listing.changed',
  /** Many listings changed together (an import chunk): one event for the lot. */
  listingsImported: 'listings.imported',
} as const;

/** Topics that mean "these listings changed": what the search index and matching follow. */
export const LISTING_TOPICS = [OUTBOX_TOPICS.listingChanged, OUTBOX_TOPICS.listingsImported] as const;

export interface ListingChangedEvent {
  readonly listingId: string;
  readonly kind: string;
  readonly country: string;
  readonly status: string;
  readonly version: number;
  readonly change: 'created' | 'updated' | 'status' | 'deleted';
}

export async function recordListingChanges(tx: DbOrTx, events: readonly ListingChangedEvent[]): Promise<void> {
  if (events.length === 0) return;
  // One array per column rather than a VALUES list: an import chunk writes a thousand rows.
  await tx.execute(sql`
    insert into ${outbox} (topic, aggregate_id, payload)
    select ${OUTBOX_TOPICS.listingChanged}, e.aggregate_id, e.payload::jsonb
    from unnest(${sql.param(events.map((e) => e.listingId))}::text[], ${sql.param(events.map((e) => JSON.stringify(e)))}::text[])
      with ordinality as e(aggregate_id, payload, ord)
    order by e.ord`);
  await wakeOutboxRelay(tx);
}

/**
 * An import chunk's changes as one outbox event: consumers re-read the listings anyway
 * (events carry ids, not copies), and one event instead of a thousand keeps a 50,000-line
 * import from flooding the queues that people's edits go through.
 */
export async function recordImportedListings(tx: DbOrTx, event: { importId?: string; listingIds: readonly string[] }): Promise<void> {
  if (event.listingIds.length === 0) return;
  await tx.insert(outbox).values({
    topic: OUTBOX_TOPICS.listingsImported,
    aggregateId: event.importId ?? 'import',
    payload: { listingIds: [...event.listingIds], ...(event.importId ? { importId: event.importId } : {}) },
  });
  await wakeOutboxRelay(tx);
}

/**
 * Listings that entered review, one event per country: their focal points are told.
 * Topic kept in step with NOTIFY_TOPICS.reviewRequested.
 */
export async function recordReviewRequests(tx: DbOrTx, requests: readonly { country: string; listingIds: readonly string[] }[]): Promise<void> {
  const real = requests.filter((r) => r.listingIds.length > 0);
  if (real.length === 0) return;
  await tx.insert(outbox).values(
    real.map((r) => ({ topic: REVIEW_REQUESTED_TOPIC, aggregateId: r.country, payload: { country: r.country, listingIds: [...r.listingIds] } })),
  );
  await wakeOutboxRelay(tx);
}

export const REVIEW_REQUESTED_TOPIC = 'listing.review_requested';

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
