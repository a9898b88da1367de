import { type DbOrTx, expertRevisions, experts } from '@enlace/db';
import {
  ConflictError,
  type ExpertEdit,
  type ExpertRevisionDecision,
  type ExpertView,
  ForbiddenError,
  NotFoundError,
  canReviewExpert,
  effectiveEdit,
  expertEditFieldsSchema,
  expertReviewSchema,
  mergeEdits,
  seesExpertExists,
} from '@enlace/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { applyExpertEdit } from './apply-edit.js';
import { recordExpertReviewRequest } from './events.js';
import { loadExpert } from './load.js';
import { type ExpertWithInstitution, toExpertView } from './view.js';

type RevisionRow = typeof expertRevisions.$inferSelect;

/** The expert's pending revision, if one waits. */
export async function pendingExpertRevision(db: DbOrTx, expertId: string, opts: { forUpdate?: boolean } = {}): Promise<RevisionRow | undefined> {
  const query = db
    .select()
    .from(expertRevisions)
    .where(and(eq(expertRevisions.expertId, expertId), eq(expertRevisions.status, 'pending')))
    .limit(1);
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The expert's latest revision: the pending one, else the last decided (a sent-back revision's reason is for the expert to read). */
export async function latestExpertRevision(db: DbOrTx, expertId: string): Promise<RevisionRow | undefined> {
  const [row] = await db
    .select()
    .from(expertRevisions)
    .where(eq(expertRevisions.expertId, expertId))
    .orderBy(sql`${expertRevisions.status} = 'pending' desc`, desc(expertRevisions.createdAt), sql`${expertRevisions.decidedAt} desc nulls first`)
    .limit(1);
  return row;
}

/** The registration as an edit compares with it. */
export function editableOf(row: ExpertWithInstitution) {
  const view = toExpertView(row, { kind: 'system' });
  return { ...view, contact: row.contact, institution: view.institution ? { ...view.institution, id: undefined } : undefined };
}

/**
 * The expert's own change to their validated profile: it becomes (or adds to) their
 * pending revision, and the validated text stays public. A change back to what is
 * published takes the revision back. A new revision asks the country's focal points to
 * review it, like a registration.
 */
export async function proposeExpertRevision(tx: DbOrTx, ctx: Ctx, row: ExpertWithInstitution, edit: ExpertEdit): Promise<void> {
  const pending = await pendingExpertRevision(tx, row.id, { forUpdate: true });
  const proposed = effectiveEdit(editableOf(row), mergeEdits(pending ? expertEditFieldsSchema.parse(pending.changes) : undefined, edit));
  const fields = Object.keys(proposed).sort();
  const now = ctx.clock.now();
  if (fields.length === 0) {
    if (!pending) return;
    await tx.update(expertRevisions).set({ status: 'withdrawn', reason: null, decidedAt: now, updatedAt: now }).where(eq(expertRevisions.id, pending.id));
    await audit(tx, { actorUserId: null, action: 'expert.revision_withdrawn', entityType: 'expert', entityId: row.id, detail: { by: 'expert' } });
    return;
  }
  if (pending) {
    await tx.update(expertRevisions).set({ changes: proposed, updatedAt: now }).where(eq(expertRevisions.id, pending.id));
  } else {
    await tx.insert(expertRevisions).values({ expertId: row.id, changes: proposed, createdAt: now, updatedAt: now });
    await recordExpertReviewRequest(tx, { expertId: row.id, country: row.country, actorUserId: null });
  }
  // Field names only: the values are personal data, and erasure must not have to find them here.
  await audit(tx, {
    actorUserId: null,
    action: pending ? 'expert.revision_updated' : 'expert.revision_proposed',
    entityType: 'expert',
    entityId: row.id,
    detail: { by: 'expert', fields },
  });
}

/** Withdraws a pending revision the expert's new state makes moot (withdrawn, deactivated). */
export async function withdrawExpertRevision(tx: DbOrTx, expertId: string, now: Date, reason: string): Promise<void> {
  await tx
    .update(expertRevisions)
    .set({ status: 'withdrawn', reason, decidedAt: now, updatedAt: now })
    .where(and(eq(expertRevisions.expertId, expertId), eq(expertRevisions.status, 'pending')));
}

/**
 * A focal point of the expert's country, or staff, decides on the expert's pending
 * revision: publishing applies it (the index and the suggestions follow the new text);
 * sending it back keeps the validated profile and tells the expert why.
 */
export async function decideExpertRevision(
  ctx: Ctx,
  id: string,
  decision: ExpertRevisionDecision,
  input: { reason?: string | undefined } = {},
): Promise<ExpertView> {
  const reason = decision === 'sendBack' ? expertReviewSchema.parse(input).reason : undefined;
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExpert(tx, eq(experts.id, id), { forUpdate: true });
    if (!row || !seesExpertExists(ctx.actor, row)) throw new NotFoundError(`expert ${id} not found`);
    if (!canReviewExpert(ctx.actor, row.country))
      throw new ForbiddenError(`only a focal point of ${row.country} or the secretariat may review its experts' changes`);
    const pending = await pendingExpertRevision(tx, id, { forUpdate: true });
    if (!pending) throw new ConflictError(`the expert has no change waiting for review`);
    const now = ctx.clock.now();
    const reviewer = actorUserId(ctx);
    const status = decision === 'publish' ? 'published' : 'sent_back';
    if (decision === 'publish') {
      await applyExpertEdit(tx, row, expertEditFieldsSchema.parse(pending.changes), now);
    }
    await tx
      .update(expertRevisions)
      .set({ status, reviewerUserId: reviewer, reason: reason ?? null, decidedAt: now, updatedAt: now })
      .where(eq(expertRevisions.id, pending.id));
    await audit(tx, {
      actorUserId: reviewer,
      action: `expert.revision_${status}`,
      entityType: 'expert',
      entityId: id,
      detail: { revisionId: pending.id, fields: Object.keys(pending.changes).sort(), ...(reason ? { reason } : {}) },
    });
    return toExpertView((await loadExpert(tx, eq(experts.id, id)))!, ctx.actor, await latestExpertRevision(tx, id));
  });
}
