import type { ListingAction } from '../listings/status.js';
import type { ListingStatus } from '../listings/schema.js';
import { type Actor, actsFor, isPerson, isSecretariat } from './actor.js';
import { type Visibility, isVisible } from './visibility.js';

/*
 * Who may do what to a listing. Every rule takes the listing's country, because that is
 * what binds officers and focal points; the server checks these on every request.
 */

interface ListingRef {
  readonly country: string;
  readonly status: ListingStatus;
}

/**
 * Which listings the actor sees at all: the public the published ones, a country its own
 * too, the secretariat and the service everything. The one definition behind
 * `canReadListing`, the SQL list filter and the search index filter.
 */
export function listingVisibility(actor: Actor): Visibility<ListingStatus> {
  if (isSecretariat(actor) || actor.kind === 'system') return { all: true };
  return { all: false, statuses: ['published'], country: isPerson(actor) ? actor.country : null };
}

export function canReadListing(actor: Actor, listing: ListingRef): boolean {
  return isVisible(listingVisibility(actor), listing);
}

/** Contacts are never public: only the secretariat and the listing's own country see them. */
export function canSeeContact(actor: Actor, listing: { readonly country: string }): boolean {
  return isSecretariat(actor) || actsFor(actor, listing.country);
}

/** Create or edit a listing of this country. */
export function canWriteListing(actor: Actor, country: string): boolean {
  if (isSecretariat(actor)) return true;
  return isPerson(actor) && (actor.role === 'agency_officer' || actor.role === 'focal_point') && actsFor(actor, country);
}

/** Publish or send back: a focal point of that country, or the secretariat. */
export function canReviewListing(actor: Actor, country: string): boolean {
  if (isSecretariat(actor)) return true;
  return isPerson(actor) && actor.role === 'focal_point' && actsFor(actor, country);
}

export function canPerform(actor: Actor, action: ListingAction, country: string): boolean {
  switch (action) {
    case 'submit':
    case 'close':
      return canWriteListing(actor, country);
    case 'publish':
    case 'sendBack':
      return canReviewListing(actor, country);
    case 'expire':
      return false; // only the service expires listings, by date, never on a request
  }
}

/**
 * Whether this actor's change to this listing must wait for review, as a revision,
 * instead of reaching the public at once: what a published listing says is decided by a
 * focal point of its country or the secretariat. Other statuses are not public, so their
 * writers change them directly (they reach the public only through a review anyway).
 */
export function writeNeedsReview(actor: Actor, listing: ListingRef): boolean {
  return listing.status === 'published' && !canReviewListing(actor, listing.country);
}

/** Proposed revisions, like contacts, stay within the listing's country and the secretariat. */
export function canSeeRevisions(actor: Actor, listing: { readonly country: string }): boolean {
  return isSecretariat(actor) || actsFor(actor, listing.country);
}

/**
 * The countries whose pending revisions the actor may filter on: every country, its own,
 * or none, so that a review filter says nothing about other countries' proposed changes.
 */
export function revisionCountries(actor: Actor): 'all' | readonly string[] {
  if (isSecretariat(actor)) return 'all';
  return isPerson(actor) && actor.country ? [actor.country] : [];
}

/** Statuses a listing written by this actor lands in when the writer asked to publish. */
export function publishableStatus(actor: Actor, country: string): 'published' | 'pending_review' {
  return canReviewListing(actor, country) ? 'published' : 'pending_review';
}

/**
 * Whether the actor may delete this listing for good, and if not, why. Its writers may
 * delete a draft that was never published (a mistake); anything that has been public is
 * closed instead, except by an admin (for example to remove personal data).
 */
export function listingDeletion(
  actor: Actor,
  listing: { readonly country: string; readonly status: ListingStatus; readonly publishedAt: Date | null },
): 'allowed' | 'forbidden' | 'was-public' {
  if (isPerson(actor) && actor.role === 'admin') return 'allowed';
  if (!canWriteListing(actor, listing.country)) return 'forbidden';
  return listing.status === 'draft' && !listing.publishedAt ? 'allowed' : 'was-public';
}
