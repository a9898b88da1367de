import { experts } from '@enlace/db';
import {
  ConflictError,
  EXPERT_ACTIONS,
  type ExpertAction,
  type ExpertView,
  ForbiddenError,
  NotFoundError,
  canReviewExpert,
  canReviewFrom,
  expertReviewSchema,
  seesExpertExists,
} from '@enlace/domain';
import { eq } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { recordExpertChange } from './events.js';
import { loadExpert } from './load.js';
import { toExpertView } from './view.js';

const AUDIT_ACTION: Record<ExpertAction, string> = { validate: 'expert.validated', reject: 'expert.rejected' };

async function reviewExpert(ctx: Ctx, id: string, action: ExpertAction, reason?: string): Promise<ExpertView> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExpert(tx, eq(experts.id, id), { forUpdate: true });
    if (!row || !seesExpertExists(ctx.actor, row)) throw new NotFoundError(`expert ${id} not found`);
    if (!canReviewExpert(ctx.actor, row.country)) {
      throw new ForbiddenError(`only a focal point of ${row.country} or the secretariat may ${action} its experts`);
    }
    if (!canReviewFrom(action, row.status)) throw new ConflictError(`the expert is already ${row.status}`);
    const to = EXPERT_ACTIONS[action].to;
    const now = ctx.clock.now();
    const userId = actorUserId(ctx);
    await tx
      .update(experts)
      .set({
        status: to,
        reviewedBy: userId,
        reviewNote: action === 'reject' ? reason! : null,
        updatedAt: now,
        ...(action === 'validate' ? { validatedAt: now } : {}),
      })
      .where(eq(experts.id, id));
    await audit(tx, { actorUserId: userId, action: AUDIT_ACTION[action], entityType: 'expert', entityId: id, detail: reason ? { reason } : {} });
    await recordExpertChange(tx, { expertId: id, country: row.country, status: to });
    return toExpertView((await loadExpert(tx, eq(experts.id, id)))!, ctx.actor);
  });
}

/** A focal point of the expert's country, or staff, validates a pending expert: they become public and searchable. */
export async function validateExpert(ctx: Ctx, id: string): Promise<ExpertView> {
  return reviewExpert(ctx, id, 'validate');
}

/** The same reviewers reject a pending expert, saying why; the expert's country and staff read the reason. */
export async function rejectExpert(ctx: Ctx, id: string, input: { reason: string }): Promise<ExpertView> {
  const { reason } = expertReviewSchema.parse(input);
  return reviewExpert(ctx, id, 'reject', reason);
}
