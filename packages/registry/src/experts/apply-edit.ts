import { type DbOrTx, experts } from '@enlace/db';
import { type ExpertEdit, effectiveSdgGoals } from '@enlace/domain';
import { eq } from 'drizzle-orm';
import { resolveInstitutions } from '../listings/institutions.js';
import { recordExpertChange } from './events.js';
import type { ExpertWithInstitution } from './view.js';

/** Goals the targets imply, which the stored goals include without anyone having declared them. */
const impliedGoals = (targets: readonly string[]) => new Set(targets.map((t) => Number(t.split('.')[0])));

/**
 * Writes an edit into the registration (any field but the country), then announces it so
 * that the index and the suggestions follow the new text. The state is left as it is.
 */
export async function applyExpertEdit(tx: DbOrTx, row: ExpertWithInstitution, edit: ExpertEdit, now: Date): Promise<void> {
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
      updatedAt: now,
    })
    .where(eq(experts.id, row.id));
  await recordExpertChange(tx, { expertId: row.id, country: row.country, status: row.status });
}
