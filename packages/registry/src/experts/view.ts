import type { experts, institutions } from '@enlace/db';
import { type Actor, type ExpertView, type Institution, canSeeExpertPrivate } from '@enlace/domain';

export type ExpertRow = typeof experts.$inferSelect;
export type ExpertWithInstitution = ExpertRow & { institution: typeof institutions.$inferSelect | null };

/** An expert as the given actor may see it: contact, review note and campaign only to those allowed. */
export function toExpertView(row: ExpertWithInstitution, actor: Actor): ExpertView {
  const showPrivate = canSeeExpertPrivate(actor, row);
  const inst = row.institution;
  return {
    id: row.id,
    status: row.status,
    name: row.name,
    country: row.country,
    ...(inst
      ? {
          institution: {
            id: inst.id,
            name: inst.name,
            ...(inst.acronym ? { acronym: inst.acronym } : {}),
            ...(inst.type ? { type: inst.type as NonNullable<Institution['type']> } : {}),
          },
        }
      : {}),
    sectors: row.sectors,
    sdgTargets: row.sdgTargets,
    sdgGoals: row.sdgGoals,
    workingLanguages: row.workingLanguages as ExpertView['workingLanguages'],
    ...(row.availability ? { availability: row.availability } : {}),
    profile: row.profile,
    language: row.language as ExpertView['language'],
    ...(showPrivate ? { contact: row.contact } : {}),
    ...(showPrivate && row.reviewNote ? { reviewNote: row.reviewNote } : {}),
    ...(showPrivate && row.campaignId ? { campaignId: row.campaignId } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.validatedAt ? { validatedAt: row.validatedAt.toISOString() } : {}),
  };
}
