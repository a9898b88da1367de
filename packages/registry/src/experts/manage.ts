import { auditLog, experts, notifications } from '@enlace/db';
import {
  ConflictError,
  type ExpertEdit,
  type ExpertView,
  ForbiddenError,
  NotFoundError,
  canEditExpert,
  editNeedsReview,
  expertEditSchema,
  isExpertEditable,
  isExpertThemself,
  seesExpertExists,
} from '@enlace/domain';
import { and, eq, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { recordExpertChange } from './events.js';
import { loadExpert } from './load.js';
import { applyExpertEdit } from './apply-edit.js';
import { latestExpertRevision, proposeExpertRevision } from './revisions.js';
import { toExpertView } from './view.js';

/** What an erased expert's name reads as wherever a message had quoted it. */
export const ERASED_NAME = '—';

async function managed(ctx: Ctx, tx: Ctx['db'], id: string, verb: string) {
  const row = await loadExpert(tx, eq(experts.id, id), { forUpdate: true });
  if (!row || !seesExpertExists(ctx.actor, row)) throw new NotFoundError(`expert ${id} not found`);
  if (!canEditExpert(ctx.actor, row))
    throw new ForbiddenError(`only a focal point of ${row.country}, the secretariat or the expert may ${verb} this registration`);
  return row;
}

/** Who an audit record says acted: a person, or the expert with their own link. */
export const byExpert = (ctx: Ctx, id: string) => (isExpertThemself(ctx.actor, id) ? { by: 'expert' } : {});

/**
 * Corrects an expert's registration (any field but the country). The reviewers' own
 * corrections take effect at once and a validated expert stays validated; the expert's
 * own change to a validated profile waits for review as a revision (`editNeedsReview`).
 * The audit names the fields, never the values: they are personal data.
 */
export async function editExpert(ctx: Ctx, id: string, input: ExpertEdit): Promise<ExpertView> {
  const edit = expertEditSchema.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const row = await managed(ctx, tx, id, 'edit');
    if (!isExpertEditable(row.status)) throw new ConflictError(`the expert is ${row.status}: their registration is kept as it was`);
    if (editNeedsReview(ctx.actor, row)) {
      await proposeExpertRevision(tx, ctx, row, edit);
    } else {
      await applyExpertEdit(tx, row, edit, ctx.clock.now());
      await audit(tx, {
        actorUserId: actorUserId(ctx),
        action: 'expert.edited',
        entityType: 'expert',
        entityId: id,
        detail: { fields: Object.keys(edit).sort(), ...byExpert(ctx, id) },
      });
    }
    return toExpertView((await loadExpert(tx, eq(experts.id, id)))!, ctx.actor, await latestExpertRevision(tx, id));
  });
}

/**
 * Erasure on request: the expert's row goes (name, contact, profile, and with it their
 * term profile and every stored suggestion), their name is blanked in the messages that
 * quoted it, and the reasons written about them are dropped from the audit log. What
 * remains is an audit record saying that an expert of that country was erased, by whom
 * and when. The `expert.changed` event takes the document out of the search index.
 */
export async function eraseExpert(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const row = await managed(ctx, tx, id, 'erase');
    const quoted = sql`${notifications.payload}::text like ${`%${id}%`}`;
    await tx
      .update(notifications)
      .set({ payload: sql`replace(${notifications.payload}::text, to_jsonb(${row.name}::text)::text, to_jsonb(${ERASED_NAME}::text)::text)::jsonb` })
      .where(quoted);
    await tx
      .update(auditLog)
      .set({ detail: sql`${auditLog.detail} - 'reason'` })
      .where(and(eq(auditLog.entityType, 'expert'), eq(auditLog.entityId, id)));
    await tx.delete(experts).where(eq(experts.id, id));
    await audit(tx, {
      actorUserId: actorUserId(ctx),
      action: 'expert.erased',
      entityType: 'expert',
      entityId: id,
      detail: { country: row.country, ...byExpert(ctx, id) },
    });
    await recordExpertChange(tx, { expertId: id, country: row.country, status: 'erased' });
  });
}
