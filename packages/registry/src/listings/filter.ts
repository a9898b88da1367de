import { listings } from '@enlace/db';
import { type Actor, type ListingFilter, listingVisibility, revisionCountries } from '@enlace/domain';
import { type SQL, and, arrayContains, arrayOverlaps, eq, inArray, or } from 'drizzle-orm';
import { visibilitySql } from '../visibility-sql.js';
import { hasPendingRevision } from './revisions.js';

/** What the actor may see at all, as the policy's `listingVisibility` says. */
export function visibleTo(actor: Actor): SQL | undefined {
  return visibilitySql(listingVisibility(actor), { status: listings.status, country: listings.country });
}

/**
 * What waits for review: listings pending review, and published listings with a
 * pending revision — the latter only where the actor may see revisions, so that the
 * filter says nothing about other countries' proposed changes.
 */
function waitingForReview(actor: Actor): SQL | undefined {
  const countries = revisionCountries(actor);
  const ownRevisions =
    countries === 'all' ? hasPendingRevision() : countries.length > 0 ? and(inArray(listings.country, [...countries]), hasPendingRevision()) : undefined;
  return ownRevisions ? or(eq(listings.status, 'pending_review'), and(eq(listings.status, 'published'), ownRevisions)) : eq(listings.status, 'pending_review');
}

export function listingConditions(actor: Actor, f: ListingFilter): SQL | undefined {
  return and(
    visibleTo(actor),
    f.kind ? eq(listings.kind, f.kind) : undefined,
    f.country ? inArray(listings.country, f.country) : undefined,
    f.sector ? arrayOverlaps(listings.sectors, f.sector) : undefined,
    f.sdgGoal ? arrayContains(listings.sdgGoalsEffective, [f.sdgGoal]) : undefined,
    f.sdgTarget ? arrayContains(listings.sdgTargets, [f.sdgTarget]) : undefined,
    f.modality ? arrayOverlaps(listings.modalities, f.modality) : undefined,
    f.status ? inArray(listings.status, f.status) : undefined,
    f.language ? eq(listings.language, f.language) : undefined,
    f.externalId ? eq(listings.externalId, f.externalId) : undefined,
    f.institutionId ? eq(listings.institutionId, f.institutionId) : undefined,
    f.review === 'pending' ? waitingForReview(actor) : undefined,
  );
}
