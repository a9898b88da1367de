import { type DbOrTx, listingRevisions } from '@enlace/db';
import { type Actor, type ListingView, type RevisionView, canSeeRevisions } from '@enlace/domain';
import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import { type ListingWithInstitution, toListingView } from './view.js';

export type RevisionRow = typeof listingRevisions.$inferSelect;

const isPending = eq(listingRevisions.status, 'pending');

/** The pending revision of each listing that has one. */
export async function pendingRevisionsOf(db: DbOrTx, listingIds: readonly string[]): Promise<Map<string, RevisionRow>> {
  if (listingIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(listingRevisions)
    .where(and(inArray(listingRevisions.listingId, [...listingIds]), isPending));
  return new Map(rows.map((r) => [r.listingId, r]));
}

export async function pendingRevisionOf(db: DbOrTx, listingId: string, opts: { forUpdate?: boolean } = {}): Promise<RevisionRow | undefined> {
  const query = db
    .select()
    .from(listingRevisions)
    .where(and(eq(listingRevisions.listingId, listingId), isPending))
    .limit(1);
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Which of these listings have a revision waiting for review. */
export async function listingsWithPendingRevision(db: DbOrTx, listingIds: readonly string[]): Promise<Set<string>> {
  return new Set((await pendingRevisionsOf(db, listingIds)).keys());
}

/** Condition on listings: one of its revisions waits for review. */
export const hasPendingRevision = (): SQL =>
  sql`exists (select 1 from ${listingRevisions} where ${listingRevisions.listingId} = listings.id and ${listingRevisions.status} = 'pending')`;

export function toRevisionView(r: RevisionRow): RevisionView {
  return {
    id: r.id,
    status: r.status,
    content: r.content as RevisionView['content'],
    changedFields: r.changedFields,
    baseVersion: r.baseVersion,
    authorUserId: r.authorUserId,
    ...(r.importId ? { importId: r.importId } : {}),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.decidedAt ? { decidedAt: r.decidedAt.toISOString() } : {}),
  };
}

/** Listing views with their pending revision, for those allowed to see it. */
export async function viewsWithRevisions(db: DbOrTx, rows: readonly ListingWithInstitution[], actor: Actor): Promise<ListingView[]> {
  const insiders = rows.filter((r) => r.status === 'published' && canSeeRevisions(actor, r)).map((r) => r.id);
  const pending = await pendingRevisionsOf(db, insiders);
  return rows.map((row) => {
    const revision = pending.get(row.id);
    return { ...toListingView(row, actor), ...(revision ? { pendingRevision: toRevisionView(revision) } : {}) };
  });
}

export async function viewWithRevision(db: DbOrTx, row: ListingWithInstitution, actor: Actor): Promise<ListingView> {
  return (await viewsWithRevisions(db, [row], actor))[0]!;
}
