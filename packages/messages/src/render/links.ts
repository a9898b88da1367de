/*
 * Where a message sends its reader: the web interface's page for what it is about, in
 * the reader's language (`/fr/listings/…`), after sign-in when the page needs it. Every
 * URL is built from the address people open Enlace at (WEB_URL, else the service's public
 * address); the one-click unsubscribe link is made by the caller (it carries a token).
 */
import type { Language } from '@enlace/i18n';
import type { Notification } from '../kinds.js';

export interface Links {
  /** Where people open Enlace, e.g. https://enlace.example.org (a trailing slash is tolerated). */
  base: string;
  /** The reader's language: the pages' prefix. The renderers set it to the language they write in. */
  lang?: Language;
  /** One-click unsubscribe link for this recipient, when there is one. */
  unsubscribe?: string;
}

function base(links: Links): string {
  return links.base.replace(/\/+$/, '');
}

/** A page of the web interface in the reader's language. */
function page(links: Links, path: string): string {
  return `${base(links)}/${links.lang ?? 'en'}${path}`;
}

/** A match's page: both listings, the reasons, the timeline and what the reader may do next. */
export function matchUrl(links: Links, matchId: string): string {
  return page(links, `/matches/${encodeURIComponent(matchId)}`);
}

/** The reader's matches, every stage (a country's for its people, all for staff). */
export function matchesUrl(links: Links): string {
  return page(links, '/matches');
}

export function listingUrl(links: Links, listingId: string): string {
  return page(links, `/listings/${encodeURIComponent(listingId)}`);
}

/** The listings of a country waiting for its focal point's review (new ones and revisions of published ones). */
export function reviewUrl(links: Links, country: string): string {
  return page(links, `/review?country=${encodeURIComponent(country)}`);
}

export function settingsUrl(links: Links): string {
  return page(links, '/inbox/settings');
}

export function homeUrl(links: Links): string {
  return page(links, '/');
}

/** An expert's page in the roster; for a registration waiting for validation, where its reviewer validates or rejects it. */
export function expertUrl(links: Links, id: string): string {
  return page(links, `/experts/${encodeURIComponent(id)}`);
}

/** A success story's public page (its approval panel for the focal points who must consent). */
export function storyUrl(links: Links, id: string): string {
  return page(links, `/stories/${encodeURIComponent(id)}`);
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
    case 'match_burst':
      return matchesUrl(links);
    case 'story_approval':
    case 'story_published':
      return storyUrl(links, n.payload.storyId);
    case 'campaign':
      return campaignLink(n.payload.link) ?? homeUrl(links);
    case 'digest':
      return homeUrl(links);
  }
}
