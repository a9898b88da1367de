import { campaigns, experts } from '@enlace/db';
import {
  type ExpertRegistrationInput,
  type ExpertView,
  ForbiddenError,
  InvalidError,
  canRegisterExpert,
  effectiveSdgGoals,
  expertRegistrationSchema,
} from '@enlace/domain';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { resolveInstitutions } from '../listings/institutions.js';
import { recordExpertChange, recordExpertReviewRequest } from './events.js';
import { loadExpert } from './load.js';
import { toExpertView } from './view.js';

/**
 * Puts an expert on the roster, `pending` until a focal point of their country or the
 * secretariat validates them. Anyone may do it, signed in or not; the registration, its
 * audit record and the `expert.changed` event are committed together.
 */
export async function registerExpert(ctx: Ctx, input: ExpertRegistrationInput): Promise<ExpertView> {
  const reg = expertRegistrationSchema.parse(input);
  if (!canRegisterExpert(ctx.actor)) throw new ForbiddenError('you may not register experts');
  const id = randomUUID();
  const userId = actorUserId(ctx);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    if (reg.campaignId) {
      const [campaign] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, reg.campaignId)).limit(1);
      if (!campaign)
        throw new InvalidError('the registration names an unknown campaign', [{ field: 'campaignId', code: 'unknown_campaign', reason: 'no such campaign' }]);
    }
    const institutionId = await resolveInstitutions(tx, [reg]).then((idOf) => idOf(reg.country, reg.institution.name));
    await tx.insert(experts).values({
      id,
      status: 'pending',
      name: reg.name,
      country: reg.country,
      institutionId,
      sectors: reg.sectors,
      sdgTargets: reg.sdgTargets,
      sdgGoals: effectiveSdgGoals(reg.sdgGoals, reg.sdgTargets),
      workingLanguages: reg.workingLanguages,
      availability: reg.availability ?? null,
      profile: reg.profile,
      language: reg.language,
      contact: reg.contact,
      createdBy: userId,
      campaignId: reg.campaignId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, {
      actorUserId: userId,
      action: 'expert.registered',
      entityType: 'expert',
      entityId: id,
      detail: { country: reg.country, ...(reg.campaignId ? { campaignId: reg.campaignId } : {}) },
    });
    await recordExpertChange(tx, { expertId: id, country: reg.country, status: 'pending' });
    await recordExpertReviewRequest(tx, { expertId: id, country: reg.country, actorUserId: userId });
    return toExpertView((await loadExpert(tx, eq(experts.id, id)))!, ctx.actor);
  });
}
