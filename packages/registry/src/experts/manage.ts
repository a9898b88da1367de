import { auditLog, experts, notifications } from '@enlace/db';
import {
  ConflictError,
  type ExpertEdit,
  type ExpertView,
  ForbiddenError,
  NotFoundError,
  canManageExpert,
  effectiveSdgGoals,
  expertEditSchema,
  isExpertEditable,
  seesExpertExists,
} from '@enlace/domain';
import { and, eq, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { resolveInstitutions } from '../listings/institutions.js';
import { recordExpertChange } from './events.js';
import { loadExpert } from './load.js';
import { toExpertView } from './view.js';

/** What an erased expert's name reads as wherever a message had quoted it. */
export const ERASED_NAME = '—';

async function managed(ctx: Ctx, tx: Ctx['db'], id: string, verb: string) {
  const row = await loadExpert(tx, eq(experts.id, id), { forUpdate: true });
  if (!row || !seesExpertExists(ctx.actor, row)) throw new NotFoundError(`expert ${id} not found`);
  if (!canManageExpert(ctx.actor, row.country)) throw new ForbiddenError(`only a focal point of ${row.country} or the secretariat may ${verb} its experts`);
  return row;
}

/** Goals the targets imply, which the stored goals include without anyone having declared them. */
const impliedGoals = (targets: readonly string[]) => new Set(targets.map((t) => Number(t.split('.')[0])));

/**
 * Corrects an expert's registration (any field but the country). A validated expert
 * stays validated: the people who may edit are those who review. The change is audited
 * by field name (never the values: they are personal data) and announced, so that the
 * index and the suggestions follow the new text.
 */
export async function editExpert(ctx: Ctx, id: string, input: ExpertEdit): Promise<ExpertView> {
  const edit = expertEditSchema.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const row = await managed(ctx, tx, id, 'edit');
    if (!isExpertEditable(row.status)) throw new ConflictError(`the expert is ${row.status}: their registration is kept as it was`);
    const targets = edit.sdgTargets ?? row.sdgTargets;
    const declared = edit.sdgGoals ?? row.sdgGoals.filter((g) => !impliedGoals(row.sdgTargets).has(g));
    const institutionId = edit.institution
      ? await resolveInstitutions(tx, [{ country: row.country, institution: edit.institution }]).then((idOf) => idOf(row.country, edit.institution!.name))
      : undefined;
    const { institution: _institution, sdgGoals: _goals, ...fields } = edit;
    await tx
      .update(experts)
      .set({
        ...fields,
        ...(institutionId ? { institutionId } : {}),
        ...(edit.sdgTargets || edit.sdgGoals ? { sdgTargets: targets, sdgGoals: effectiveSdgGoals(declared, targets) } : {}),
        updatedAt: ctx.clock.now(),
      })
      .where(eq(experts.id, id));
    await audit(tx, {
      actorUserId: actorUserId(ctx),
      action: 'expert.edited',
      entityType: 'expert',
      entityId: id,
      detail: { fields: Object.keys(edit).sort() },
    });
    await recordExpertChange(tx, { expertId: id, country: row.country, status: row.status });
    return toExpertView((await loadExpert(tx, eq(experts.id, id)))!, ctx.actor);
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
    await audit(tx, { actorUserId: actorUserId(ctx), action: 'expert.erased', entityType: 'expert', entityId: id, detail: { country: row.country } });
    await recordExpertChange(tx, { expertId: id, country: row.country, status: 'erased' });
  });
}
