import { type DbOrTx, listingStatusHistory, listings } from '@enlace/db';
import {
  type Actor,
  type FieldIssue,
  type InterchangeListing,
  type ListingStatus,
  canReviewListing,
  canWriteListing,
  isPastValidity,
} from '@enlace/domain';
import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { type ListingChangedEvent, recordListingChanges } from '../journal.js';
import { contentColumns } from './columns.js';
import { resolveInstitutions } from './institutions.js';

export interface NumberedListing {
  readonly line: number;
  readonly listing: InterchangeListing;
}

export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  readonly errors: (FieldIssue & { line: number })[];
  readonly listingIds: string[];
}

interface Existing {
  id: string;
  kind: 'offer' | 'demand';
  externalId: string;
  country: string;
  status: ListingStatus;
  contentHash: string;
}

/**
 * The status an imported line lands in. A writer who may not publish sends its
 * published lines to review; a listing already public stays public; a line past its
 * validity is stored as expired.
 */
function targetStatus(actor: Actor, line: InterchangeListing, existing: Existing | undefined, today: string): ListingStatus {
  if (line.status !== 'published') return line.status;
  if (isPastValidity(line.validUntil, today)) return 'expired';
  if (canReviewListing(actor, line.country) || existing?.status === 'published') return 'published';
  return 'pending_review';
}

// Every content column is overwritten from the incoming row on conflict.
const UPSERT_SET = Object.fromEntries(
  Object.keys(getTableColumns(listings))
    .filter((key) => !['id', 'seq', 'kind', 'externalId', 'createdBy', 'createdAt', 'version', 'publishedAt', 'reviewNote'].includes(key))
    .map((key) => [key, sql.raw(`excluded.${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`)]),
);

/**
 * Creates or updates listings by (kind, externalId) in one round of statements, inside
 * the caller's transaction. Lines the actor may not write are returned as errors and
 * nothing of them is written; unchanged lines write nothing at all.
 */
export async function upsertListingBatch(
  tx: DbOrTx,
  actor: Actor,
  batch: readonly NumberedListing[],
  now: Date,
  today: string,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, errors: [], listingIds: [] };
  if (batch.length === 0) return outcome;

  const existing = new Map<string, Existing>();
  for (const kind of ['offer', 'demand'] as const) {
    const ids = batch.filter((b) => b.listing.kind === kind).map((b) => b.listing.externalId);
    if (ids.length === 0) continue;
    const rows = await tx
      .select({
        id: listings.id,
        kind: listings.kind,
        externalId: listings.externalId,
        country: listings.country,
        status: listings.status,
        contentHash: listings.contentHash,
      })
      .from(listings)
      .where(and(eq(listings.kind, kind), inArray(listings.externalId, ids)));
    for (const r of rows) existing.set(`${r.kind}:${r.externalId}`, r);
  }

  const writes: { line: number; listing: InterchangeListing; status: ListingStatus; previous?: Existing }[] = [];
  for (const { line, listing } of batch) {
    const previous = existing.get(`${listing.kind}:${listing.externalId}`);
    if (previous && !canWriteListing(actor, previous.country)) {
      outcome.errors.push({ line, field: 'externalId', reason: `belongs to a listing of ${previous.country}, which you may not change` });
      continue;
    }
    const status = targetStatus(actor, listing, previous, today);
    const { externalId: _e, kind: _k, status: _s, ...content } = listing;
    if (previous && previous.status === status && previous.contentHash === contentColumns(content).contentHash) {
      outcome.unchanged += 1;
      outcome.listingIds.push(previous.id);
      continue;
    }
    writes.push({ line, listing, status, ...(previous ? { previous } : {}) });
  }
  if (writes.length === 0) return outcome;

  const institutionOf = await resolveInstitutions(tx, writes.map((w) => w.listing));
  const userId = actor.kind === 'user' ? actor.userId : null;
  const rows = writes.map(({ listing, status }) => {
    const { externalId, kind, status: _s, ...content } = listing;
    return {
      kind,
      externalId,
      status,
      institutionId: institutionOf(content.country, content.institution.name),
      ...contentColumns(content),
      createdBy: userId,
      createdAt: now,
      updatedAt: now,
      publishedAt: status === 'published' ? now : null,
    };
  });
  const written = await tx
    .insert(listings)
    .values(rows)
    .onConflictDoUpdate({
      target: [listings.kind, listings.externalId],
      set: {
        ...UPSERT_SET,
        version: sql`${listings.version} + 1`,
        publishedAt: sql`case when excluded.status = 'published' then coalesce(${listings.publishedAt}, excluded.published_at) else ${listings.publishedAt} end`,
      },
    })
    .returning({ id: listings.id, kind: listings.kind, externalId: listings.externalId, version: listings.version });
  const idOf = new Map(written.map((w) => [`${w.kind}:${w.externalId}`, w]));

  const history: (typeof listingStatusHistory.$inferInsert)[] = [];
  const events: ListingChangedEvent[] = [];
  for (const w of writes) {
    const stored = idOf.get(`${w.listing.kind}:${w.listing.externalId}`)!;
    outcome.listingIds.push(stored.id);
    if (w.previous) outcome.updated += 1;
    else outcome.created += 1;
    if (w.previous?.status !== w.status) {
      history.push({ listingId: stored.id, fromStatus: w.previous?.status ?? null, toStatus: w.status, actorUserId: userId, at: now });
    }
    events.push({
      listingId: stored.id,
      kind: w.listing.kind,
      country: w.listing.country,
      status: w.status,
      version: stored.version,
      change: w.previous ? 'updated' : 'created',
    });
  }
  if (history.length > 0) await tx.insert(listingStatusHistory).values(history);
  await recordListingChanges(tx, events);
  return outcome;
}
