/*
 * Where a message sends its reader. Every URL is built from the service's public base
 * address; the one-click unsubscribe link is made by the caller (it carries a token).
 */
import type { Notification } from '../kinds.js';

export interface Links {
  /** The service's public address, e.g. https://enlace.example.org (a trailing slash is tolerated). */
  base: string;
  /** One-click unsubscribe link for this recipient, when there is one. */
  unsubscribe?: string;
}

function base(links: Links): string {
  return links.base.replace(/\/+$/, '');
}

export function matchUrl(links: Links, matchId: string): string {
  return `${base(links)}/v1/matches/${encodeURIComponent(matchId)}`;
}

export function listingUrl(links: Links, listingId: string): string {
  return `${base(links)}/v1/listings/${encodeURIComponent(listingId)}`;
}

/** The listings of a country waiting for its focal point's review. */
export function reviewUrl(links: Links, country: string): string {
  // `review=pending` also finds published listings whose revision waits for review.
  return `${base(links)}/v1/listings?review=pending&country=${encodeURIComponent(country)}`;
}

export function settingsUrl(links: Links): string {
  return `${base(links)}/v1/me/subscription`;
}

export function homeUrl(links: Links): string {
  return base(links);
}

export function expertUrl(links: Links, id: string): string {
  return `${links.base}/v1/experts/${id}`;
}

/** A campaign's own link when it is a web address (http or https), else none. */
export function campaignLink(link: string | undefined): string | undefined {
  return link !== undefined && /^https?:\/\/\S+$/i.test(link.trim()) ? link.trim() : undefined;
}

/** Where the reader acts on a notification. */
export function notificationLink(n: Notification, links: Links): string {
  switch (n.kind) {
    case 'match_new':
    case 'match_interest':
    case 'match_mutual':
    case 'match_declined':
    case 'match_progress':
    case 'match_brokered':
      return matchUrl(links, n.payload.matchId);
    case 'review_pending':
      return reviewUrl(links, n.payload.country);
    case 'listing_expiring':
      return listingUrl(links, n.payload.listing.id);
    case 'expert_pending':
      return expertUrl(links, n.payload.expertId);
    case 'campaign':
      return campaignLink(n.payload.link) ?? homeUrl(links);
    case 'digest':
      return homeUrl(links);
  }
}
