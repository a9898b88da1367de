import type { ListingAction } from '../listings/status.js';
import type { ListingStatus } from '../listings/schema.js';
import { type Actor, type Role, isSecretariat } from './actor.js';

/*
 * Who may do what to a listing. Every rule takes the listing's country, because that is
 * what binds officers and focal points; the server checks these on every request.
 */

interface ListingRef {
  readonly country: string;
  readonly status: ListingStatus;
}

function actsFor(actor: Actor, country: string): boolean {
  return actor.kind === 'user' && actor.country === country;
}

export function canReadListing(actor: Actor, listing: ListingRef): boolean {
  return listing.status === 'published' || isSecretariat(actor) || actsFor(actor, listing.country);
}

/** Contacts are never public: only the secretariat and the listing's own country see them. */
export function canSeeContact(actor: Actor, listing: { readonly country: string }): boolean {
  return isSecretariat(actor) || actsFor(actor, listing.country);
}

/** Create or edit a listing of this country. */
export function canWriteListing(actor: Actor, country: string): boolean {
  if (isSecretariat(actor)) return true;
  return (
    actor.kind === 'user' &&
    (actor.role === 'agency_officer' || actor.role === 'focal_point') &&
    actsFor(actor, country)
  );
}

/** Publish or send back: a focal point of that country, or the secretariat. */
export function canReviewListing(actor: Actor, country: string): boolean {
  if (isSecretariat(actor)) return true;
  return actor.kind === 'user' && actor.role === 'focal_point' && actsFor(actor, country);
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
      return false; // only the system expires listings
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

/** Statuses a listing written by this actor lands in when the writer asked to publish. */
export function publishableStatus(actor: Actor, country: string): 'published' | 'pending_review' {
  return canReviewListing(actor, country) ? 'published' : 'pending_review';
}

export function canImport(actor: Actor): boolean {
  return (
    isSecretariat(actor) ||
    (actor.kind === 'user' && (actor.role === 'agency_officer' || actor.role === 'focal_point'))
  );
}

/** Admins create anyone; staff create the people who act for countries. */
export function canCreateUser(actor: Actor, role: Role): boolean {
  if (actor.kind !== 'user') return false;
  if (actor.role === 'admin') return true;
  return actor.role === 'staff' && (role === 'agency_officer' || role === 'focal_point');
}

export function canListUsers(actor: Actor): boolean {
  return isSecretariat(actor);
}
