import { type DbOrTx, listingRevisions, listings } from '@enlace/db';
import { ConflictError, InvalidError, type ListingContent, changedFields, fieldIssuesFromZod, listingContentSchema, rebaseRevision } from '@enlace/domain';
import { inArray, sql } from 'drizzle-orm';
import { audit, recordReviewRequests } from '../journal.js';
import { contentColumns } from './columns.js';
import { joined, selectListings } from './load.js';
import { type RevisionRow, pendingRevisionOf, pendingRevisionsOf } from './revisions.js';
import { type ListingWithInstitution, contentOf } from './view.js';

/** A merged content checked against every listing rule; `what` says whose content it is. */
export function checkedContent(merged: Record<string, unknown>, what = 'the listing would not be valid'): ListingContent {
  const checked = listingContentSchema.safeParse(merged);
  if (!checked.success) throw new InvalidError(what, fieldIssuesFromZod(checked.error.issues));
  return checked.data;
}

/** What a pending revision proposes now, re-based on the published content as it is. */
export function proposedContent(row: ListingWithInstitution, revision: RevisionRow | undefined): Record<string, unknown> {
  const published = contentOf(row);
  return revision ? rebaseRevision(published, revision.content, revision.changedFields) : { ...published };
}

interface Proposal {
  readonly row: ListingWithInstitution;
  readonly content: ListingContent;
  readonly pending: RevisionRow | undefined;
}

type ProposalOutcome = 'created' | 'updated' | 'unchanged' | 'withdrawn';

/**
 * Writes (or rewrites) the pending revisions of published listings, one per listing,
 * each based on the listing's current version. A proposal equal to the published
 * content withdraws the revision instead: the writer took the change back.
 */
async function writeProposals(
  tx: DbOrTx,
  proposals: readonly Proposal[],
  opts: { authorUserId: string | null; importId?: string; now: Date },
): Promise<{ outcomes: ProposalOutcome[]; revisionIds: (string | undefined)[] }> {
  const outcomes: ProposalOutcome[] = [];
  const revisionIds: (string | undefined)[] = [];
  const upserts: (typeof listingRevisions.$inferInsert)[] = [];
  const withdraw: string[] = [];
  for (const p of proposals) {
    const fields = changedFields(contentOf(p.row), p.content);
    const hash = contentColumns(p.content).contentHash;
    revisionIds.push(p.pending?.id);
    if (fields.length === 0) {
      outcomes.push(p.pending ? 'withdrawn' : 'unchanged');
      if (p.pending) withdraw.push(p.pending.id);
      continue;
    }
    if (p.pending && p.pending.contentHash === hash && p.pending.baseVersion === p.row.version) {
      outcomes.push('unchanged');
      continue;
    }
    outcomes.push(p.pending ? 'updated' : 'created');
    upserts.push({
      listingId: p.row.id,
      content: p.content as Record<string, unknown>,
      contentHash: hash,
      changedFields: fields,
      baseVersion: p.row.version,
      authorUserId: opts.authorUserId,
      importId: opts.importId ?? null,
      createdAt: opts.now,
      updatedAt: opts.now,
    });
  }
  if (withdraw.length > 0) {
    await tx
      .update(listingRevisions)
      .set({ status: 'withdrawn', reason: 'the change was taken back', decidedAt: opts.now, updatedAt: opts.now })
      .where(inArray(listingRevisions.id, withdraw));
  }
  if (upserts.length > 0) {
    // The partial unique index keeps one pending revision per listing: a second edit
    // rewrites it (its first author stays its author; the audit log keeps every writer).
    const written = await tx
      .insert(listingRevisions)
      .values(upserts)
      .onConflictDoUpdate({
        target: listingRevisions.listingId,
        targetWhere: sql`${listingRevisions.status} = 'pending'`,
        set: {
          content: sql`excluded.content`,
          contentHash: sql`excluded.content_hash`,
          changedFields: sql`excluded.changed_fields`,
          baseVersion: sql`excluded.base_version`,
          importId: sql`excluded.import_id`,
          updatedAt: sql`excluded.updated_at`,
        },
      })
      .returning({ id: listingRevisions.id, listingId: listingRevisions.listingId });
    const idOf = new Map(written.map((w) => [w.listingId, w.id]));
    proposals.forEach((p, i) => {
      revisionIds[i] ??= idOf.get(p.row.id);
    });
  }
  return { outcomes, revisionIds };
}

/**
 * A writer who may not publish changes a published listing: the change becomes (or
 * updates) the listing's pending revision, and the published version stays as it is.
 * A new revision is announced to the country's focal points like any review request.
 */
export async function proposeRevision(
  tx: DbOrTx,
  row: ListingWithInstitution,
  merge: (proposed: Record<string, unknown>) => Record<string, unknown>,
  opts: { actorUserId: string | null; now: Date },
): Promise<'revised' | 'unchanged'> {
  const pending = await pendingRevisionOf(tx, row.id, { forUpdate: true });
  const content = checkedContent(merge(proposedContent(row, pending)));
  const { outcomes, revisionIds } = await writeProposals(tx, [{ row, content, pending }], { authorUserId: opts.actorUserId, now: opts.now });
  const outcome = outcomes[0]!;
  if (outcome === 'unchanged') return pending ? 'revised' : 'unchanged';
  await audit(tx, {
    actorUserId: opts.actorUserId,
    action: outcome === 'withdrawn' ? 'listing.revision_withdrawn' : outcome === 'created' ? 'listing.revision_proposed' : 'listing.revision_updated',
    entityType: 'listing',
    entityId: row.id,
    detail: { revisionId: revisionIds[0], fields: changedFields(contentOf(row), content) },
  });
  if (outcome === 'created') await recordReviewRequests(tx, [{ country: row.country, listingIds: [row.id] }]);
  return outcome === 'withdrawn' ? 'unchanged' : 'revised';
}

/**
 * An import's lines for published listings that their writer may not publish: each
 * line's content becomes the listing's pending revision. Returns how many lines wrote a
 * revision and how many were already what is published or proposed; new revisions are
 * announced once for the chunk, per country.
 */
export async function proposeImportedRevisions(
  tx: DbOrTx,
  lines: readonly { listingId: string; content: ListingContent }[],
  opts: { actorUserId: string | null; importId?: string; now: Date },
): Promise<{ revised: number; unchanged: number }> {
  if (lines.length === 0) return { revised: 0, unchanged: 0 };
  const ids = lines.map((l) => l.listingId);
  const rows = new Map(joined(await selectListings(tx).where(inArray(listings.id, ids)).for('update', { of: listings })).map((r) => [r.id, r]));
  const pending = await pendingRevisionsOf(tx, ids);
  const proposals = lines.map((l) => ({ row: rows.get(l.listingId)!, content: l.content, pending: pending.get(l.listingId) }));
  const { outcomes } = await writeProposals(tx, proposals, {
    authorUserId: opts.actorUserId,
    now: opts.now,
    ...(opts.importId ? { importId: opts.importId } : {}),
  });
  const announce = new Map<string, string[]>();
  proposals.forEach((p, i) => {
    if (outcomes[i] === 'created') announce.set(p.row.country, [...(announce.get(p.row.country) ?? []), p.row.id]);
  });
  await recordReviewRequests(
    tx,
    [...announce].map(([country, listingIds]) => ({ country, listingIds })),
  );
  const revised = outcomes.filter((o) => o === 'created' || o === 'updated' || o === 'withdrawn').length;
  return { revised, unchanged: lines.length - revised };
}

/** Raised when a revision no longer fits the listing it would replace. */
export function staleRevision(detail: string): ConflictError {
  return new ConflictError(`the pending revision cannot be published: ${detail}; its author should edit it again`);
}
