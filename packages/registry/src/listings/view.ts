import type { institutions, listings } from '@enlace/db';
import { type Actor, canSeeContact, canWriteListing, type InterchangeListing, type ListingContent, type ListingView } from '@enlace/domain';

export type ListingRow = typeof listings.$inferSelect;
export type InstitutionRow = typeof institutions.$inferSelect;
export type ListingWithInstitution = ListingRow & { institution: InstitutionRow };

function institutionOf(row: ListingWithInstitution): ListingContent['institution'] {
  const { name, acronym, type } = row.institution;
  return {
    name,
    ...(acronym ? { acronym } : {}),
    ...(type ? { type: type as NonNullable<ListingContent['institution']['type']> } : {}),
  };
}

/** Only the optional fields that are set, so absent stays absent. */
type OptionalContent = Partial<
  Pick<
    ListingContent,
    | 'sdgGoals'
    | 'sdgTargets'
    | 'modalities'
    | 'cooperationTypes'
    | 'deliveryFormats'
    | 'workingLanguages'
    | 'targetCountries'
    | 'validFrom'
    | 'validUntil'
    | 'keywords'
  >
>;

function optionalContent(row: ListingRow): OptionalContent {
  const out: OptionalContent = {};
  if (row.sdgGoals) out.sdgGoals = row.sdgGoals;
  if (row.sdgTargets) out.sdgTargets = row.sdgTargets;
  if (row.modalities) out.modalities = row.modalities as ListingContent['modalities'];
  if (row.cooperationTypes) out.cooperationTypes = row.cooperationTypes as ListingContent['cooperationTypes'];
  if (row.deliveryFormats) out.deliveryFormats = row.deliveryFormats as ListingContent['deliveryFormats'];
  if (row.workingLanguages) out.workingLanguages = row.workingLanguages as ListingContent['workingLanguages'];
  if (row.targetCountries) out.targetCountries = row.targetCountries;
  if (row.validFrom) out.validFrom = row.validFrom;
  if (row.validUntil) out.validUntil = row.validUntil;
  if (row.keywords) out.keywords = row.keywords;
  return out;
}

/** A listing as the given actor may see it. */
export function toListingView(row: ListingWithInstitution, actor: Actor): ListingView {
  const showPrivate = canSeeContact(actor, row);
  return {
    id: row.id,
    kind: row.kind,
    externalId: row.externalId,
    status: row.status,
    title: row.title,
    description: row.description,
    language: row.language as ListingView['language'],
    country: row.country,
    institution: { id: row.institution.id, ...institutionOf(row) },
    sectors: row.sectors,
    sdgGoalsEffective: row.sdgGoalsEffective,
    ...optionalContent(row),
    ...(showPrivate && row.contact ? { contact: row.contact } : {}),
    ...(canWriteListing(actor, row.country) && row.reviewNote ? { reviewNote: row.reviewNote } : {}),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.publishedAt ? { publishedAt: row.publishedAt.toISOString() } : {}),
  };
}

/**
 * A listing in the interchange format. Statuses the format lacks map to the nearest
 * it has: an expired listing is still a published one past its dates, a listing
 * waiting for review is not yet public, so a draft.
 */
export function toInterchange(row: ListingWithInstitution, actor: Actor): InterchangeListing {
  const status = row.status === 'expired' ? 'published' : row.status === 'pending_review' ? 'draft' : row.status;
  return {
    externalId: row.externalId,
    kind: row.kind,
    status,
    title: row.title,
    description: row.description,
    language: row.language as InterchangeListing['language'],
    country: row.country,
    institution: institutionOf(row),
    sectors: row.sectors as InterchangeListing['sectors'],
    ...optionalContent(row),
    ...(canSeeContact(actor, row) && row.contact ? { contact: row.contact } : {}),
  };
}

/** The stored content of a listing, in the shape its schema parses. */
export function contentOf(row: ListingWithInstitution): ListingContent {
  return {
    title: row.title,
    description: row.description,
    language: row.language as ListingContent['language'],
    country: row.country,
    institution: institutionOf(row),
    sectors: row.sectors as ListingContent['sectors'],
    ...optionalContent(row),
    ...(row.contact ? { contact: row.contact } : {}),
  };
}
