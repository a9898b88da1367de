import { type DbOrTx, listingRevisions, listings } from '@enlace/db';
import { ConflictError, InvalidError, changedFields, isPastValidity, isoDay } from '@enlace/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Ctx, actorUserId } from '../context.js';
import { audit, recordListingChanges } from '../journal.js';
import { contentColumns } from './columns.js';
import { resolveInstitutions } from './institutions.js';
import { checkedContent, proposedContent, staleRevision } from './revise.js';
import { pendingRevisionOf } from './revisions.js';
import { type ListingWithInstitution, contentOf } from './view.js';

/**
 * A focal point of the listing's country, or staff, decides on its pending revision:
 * publishing replaces the public version (a new version, indexed and matched again);
 * sending it back keeps the public version and tells the author why. The caller has
 * checked the reviewer's rights and that the listing is published.
 */
export async function decideRevision(tx: DbOrTx, ctx: Ctx, row: ListingWithInstitution, decision: 'publish' | 'sendBack', reason?: string): Promise<void> {
  const revision = await pendingRevisionOf(tx, row.id, { forUpdate: true });
  if (!revision) throw new ConflictError(`a published listing without a pending revision cannot be ${decision === 'publish' ? 'published' : 'sent back'}`);
  const now = ctx.clock.now();
  const reviewer = actorUserId(ctx);
  // The revision's decision and its audit record, the same for either outcome.
  const recordDecision = async (status: 'published' | 'sent_back', detail: Record<string, unknown>) => {
    await tx
      .update(listingRevisions)
      .set({ status, reviewerUserId: reviewer, reason: reason ?? null, decidedAt: now, updatedAt: now })
      .where(eq(listingRevisions.id, revision.id));
    await audit(tx, {
      actorUserId: reviewer,
      action: `listing.revision_${status}`,
      entityType: 'listing',
      entityId: row.id,
      detail: { revisionId: revision.id, ...detail },
    });
  };
  if (decision === 'sendBack') {
    await recordDecision('sent_back', { reason });
    return;
  }

  let content;
  try {
    content = checkedContent(proposedContent(row, revision));
  } catch (error) {
    if (error instanceof InvalidError) throw staleRevision(error.issues.map((i) => `${i.field} ${i.reason}`).join('; '));
    throw error;
  }
  if (isPastValidity(content.validUntil, isoDay(now))) throw staleRevision(`its validUntil (${content.validUntil}) has passed`);
  const fields = changedFields(contentOf(row), content);
  const columns = contentColumns(content);
  const idOf = await resolveInstitutions(tx, [content]);
  const [updated] = await tx
    .update(listings)
    .set({ ...columns, institutionId: idOf(content.country, content.institution.name), version: sql`${listings.version} + 1`, updatedAt: now })
    .where(eq(listings.id, row.id))
    .returning({ version: listings.version });
  await recordDecision('published', { fields });
  await recordListingChanges(tx, [
    { listingId: row.id, kind: row.kind, country: row.country, status: row.status, version: updated!.version, change: 'updated' },
  ]);
}

/**
 * Withdraws the pending revisions of listings that stop being published (closed,
 * expired, re-imported as a draft): there is no public version left for them to replace.
 */
export async function withdrawRevisions(
  tx: DbOrTx,
  listingIds: readonly string[],
  opts: { reason: string; now: Date; actorUserId?: string | null },
): Promise<string[]> {
  if (listingIds.length === 0) return [];
  const withdrawn = await tx
    .update(listingRevisions)
    .set({ status: 'withdrawn', reviewerUserId: opts.actorUserId ?? null, reason: opts.reason, decidedAt: opts.now, updatedAt: opts.now })
    .where(and(inArray(listingRevisions.listingId, [...listingIds]), eq(listingRevisions.status, 'pending')))
    .returning({ listingId: listingRevisions.listingId });
  return withdrawn.map((w) => w.listingId);
}
