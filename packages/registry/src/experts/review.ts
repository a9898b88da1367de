import { experts } from '@enlace/db';
import {
  ConflictError,
  EXPERT_ACTIONS,
  EXPERT_ACTIONS_WITH_REASON,
  type ExpertAction,
  type ExpertView,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  canActOnExpert,
  canReviewFrom,
  expertActionSchema,
  expertReviewSchema,
  seesExpertExists,
} from '@enlace/domain';
import { eq } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { recordExpertChange, recordExpertReviewRequest } from './events.js';
import { loadExpert } from './load.js';
import { byExpert } from './manage.js';
import { latestExpertRevision, withdrawExpertRevision } from './revisions.js';
import { toExpertView } from './view.js';

const AUDIT_ACTION: Record<ExpertAction, string> = {
  validate: 'expert.validated',
  reject: 'expert.rejected',
  resubmit: 'expert.resubmitted',
  pause: 'expert.paused',
  resume: 'expert.resumed',
  withdraw: 'expert.withdrawn',
  deactivate: 'expert.deactivated',
};

/**
 * Moves an expert from one state to the next (EXPERT_ACTIONS): checked against who may
 * (a reviewer of the expert's country) and the state, recorded in the audit log with
 * the reason, and announced as `expert.changed` in the same transaction, so that the
 * index and the suggestions follow. A resubmission asks the country to review again.
 */
async function actOnExpert(ctx: Ctx, id: string, action: ExpertAction, reason?: string): Promise<ExpertView> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExpert(tx, eq(experts.id, id), { forUpdate: true });
    if (!row || !seesExpertExists(ctx.actor, row)) throw new NotFoundError(`expert ${id} not found`);
    if (!canActOnExpert(ctx.actor, row, action)) throw new ForbiddenError(`only a focal point of ${row.country} or the secretariat may ${action} its experts`);
    if (!canReviewFrom(action, row.status)) throw new ConflictError(`the expert is ${row.status}: they cannot be asked to ${action}`);
    if (EXPERT_ACTIONS_WITH_REASON.includes(action) && !reason)
      throw new InvalidError(`${action} needs a reason`, [{ field: 'reason', code: 'required', reason: `say why the expert is ${EXPERT_ACTIONS[action].to}` }]);
    const to = EXPERT_ACTIONS[action].to;
    const now = ctx.clock.now();
    const userId = actorUserId(ctx);
    const reviewed = action === 'validate' || action === 'reject' || action === 'deactivate';
    await tx
      .update(experts)
      .set({
        status: to,
        ...(reviewed ? { reviewedBy: userId, reviewNote: reason ?? null } : {}),
        ...(action === 'resubmit' ? { reviewedBy: null, reviewNote: null } : {}),
        updatedAt: now,
        ...(action === 'validate' ? { validatedAt: now } : {}),
      })
      .where(eq(experts.id, id));
    if (action === 'withdraw' || action === 'deactivate') await withdrawExpertRevision(tx, id, now, `the expert was ${to}`);
    await audit(tx, {
      actorUserId: userId,
      action: AUDIT_ACTION[action],
      entityType: 'expert',
      entityId: id,
      detail: { ...(reason ? { reason } : {}), ...byExpert(ctx, id) },
    });
    await recordExpertChange(tx, { expertId: id, country: row.country, status: to });
    if (action === 'resubmit') await recordExpertReviewRequest(tx, { expertId: id, country: row.country, actorUserId: userId });
    return toExpertView((await loadExpert(tx, eq(experts.id, id)))!, ctx.actor, await latestExpertRevision(tx, id));
  });
}

/** A focal point of the expert's country, or staff, validates a pending expert: they become public and searchable. */
export async function validateExpert(ctx: Ctx, id: string): Promise<ExpertView> {
  return actOnExpert(ctx, id, 'validate');
}

/** The same reviewers reject a pending expert, saying why; the expert's country and staff read the reason. */
export async function rejectExpert(ctx: Ctx, id: string, input: { reason: string }): Promise<ExpertView> {
  const { reason } = expertReviewSchema.parse(input);
  return actOnExpert(ctx, id, 'reject', reason);
}

/**
 * Pause, resume, withdraw, resubmit or deactivate an expert (deactivating needs a
 * reason). Only a validated expert is public and suggested, so every other state takes
 * them off the roster's public pages, the search index and every demand's suggestions.
 */
export async function changeExpertAvailability(
  ctx: Ctx,
  id: string,
  action: Exclude<ExpertAction, 'validate' | 'reject'>,
  input: { reason?: string | undefined } = {},
): Promise<ExpertView> {
  const { reason } = expertActionSchema.parse(input);
  return actOnExpert(ctx, id, action, reason);
}
