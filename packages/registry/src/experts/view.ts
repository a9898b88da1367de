import type { expertRevisions, experts, institutions } from '@enlace/db';
import { type Actor, type ExpertRevisionView, type ExpertView, type Institution, canSeeExpertPrivate, expertEditFieldsSchema } from '@enlace/domain';

export type ExpertRow = typeof experts.$inferSelect;
export type ExpertWithInstitution = ExpertRow & { institution: typeof institutions.$inferSelect | null };

type RevisionRow = typeof expertRevisions.$inferSelect;

/**
 * An expert as the given actor may see it: contact, review note, campaign and the
 * expert's latest change (waiting for review, or sent back with its reason) only to
 * those allowed.
 */
export function toExpertView(row: ExpertWithInstitution, actor: Actor, revision?: RevisionRow): ExpertView {
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
    ...(showPrivate && revision && (revision.status === 'pending' || revision.status === 'sent_back') ? { revision: toExpertRevisionView(revision) } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.validatedAt ? { validatedAt: row.validatedAt.toISOString() } : {}),
  };
}

export function toExpertRevisionView(row: RevisionRow): ExpertRevisionView {
  const changes = expertEditFieldsSchema.parse(row.changes);
  return {
    id: row.id,
    status: row.status,
    changes,
    changedFields: Object.keys(changes).sort(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.decidedAt ? { decidedAt: row.decidedAt.toISOString() } : {}),
  };
}
