/*
 * The kinds about listings (review, expiry) and the outreach campaigns.
 */
import { countryName, inDays, longDate, oneLine, t, upperFirst, type Language } from '@enlace/i18n';
import type { NotificationPayload } from '../kinds.js';
import { paragraph, TITLE_MAX, type Content } from './content.js';
import { campaignLink, expertUrl, homeUrl, listingUrl, reviewUrl, type Links } from './links.js';
import { andMore, listWithMore, theListing, yourListing } from './strings.js';

/** Listings named in an inbox summary; the email lists all of them. */
const SUMMARY_LISTINGS = 3;

export function reviewPendingContent(p: NotificationPayload<'review_pending'>, lang: Language, links: Links): Content {
  const title = t(lang, 'notifications.reviewPending.title', { country: countryName(lang, p.country), count: p.total });
  const shown = p.listings.slice(0, SUMMARY_LISTINGS).map((l) => theListing(l, lang, TITLE_MAX));
  const more = p.total - p.listings.length;
  return {
    title,
    summary: shown.length > 0 ? t(lang, 'notifications.reviewPending.waiting', { listings: listWithMore(shown, p.total - shown.length, lang) }) : `${title}.`,
    body:
      p.listings.length === 0
        ? [paragraph(`${title}.`)]
        : [
            paragraph(t(lang, 'notifications.reviewPending.following', { count: p.total })),
            { type: 'list', items: p.listings.map((l) => ({ text: upperFirst(theListing(l, lang)), url: listingUrl(links, l.id) })) },
            ...(more > 0 ? [paragraph(`${upperFirst(andMore(more, lang))}.`)] : []),
          ],
    link: reviewUrl(links, p.country),
    action: t(lang, 'notifications.action.reviewListings'),
  };
}

export function listingExpiringContent(p: NotificationPayload<'listing_expiring'>, lang: Language, links: Links): Content {
  const date = longDate(lang, p.validUntil);
  const when = inDays(lang, p.daysLeft);
  const expired = p.daysLeft < 0;
  const expires = (listing: string) => t(lang, expired ? 'notifications.listingExpiring.expired' : 'notifications.listingExpiring.expires', { listing, date });
  const confirm = t(lang, 'notifications.listingExpiring.confirm');
  return {
    title: expires(upperFirst(yourListing(p.listing, lang, TITLE_MAX))),
    summary: `${t(lang, expired ? 'notifications.listingExpiring.expiredWhen' : 'notifications.listingExpiring.expiresWhen', { when })} ${confirm}`,
    body: [
      paragraph(`${expires(upperFirst(yourListing(p.listing, lang)))} (${when}).`),
      paragraph(confirm),
      paragraph(t(lang, 'notifications.listingExpiring.close')),
    ],
    link: listingUrl(links, p.listing.id),
    action: t(lang, 'notifications.action.confirmOrUpdate'),
  };
}

/** A campaign is written in the reader's language already: paragraphs are split on blank lines. */
export function campaignContent(p: NotificationPayload<'campaign'>, lang: Language, links: Links): Content {
  const paragraphs = p.body
    .split(/\r?\n\s*\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const link = campaignLink(p.link);
  return {
    title: oneLine(p.subject),
    summary: oneLine(paragraphs[0] ?? '', 200),
    body: paragraphs.map(paragraph),
    link: link ?? homeUrl(links),
    ...(link ? { action: t(lang, 'notifications.action.learnMore') } : {}),
  };
}

export function expertPendingContent(p: NotificationPayload<'expert_pending'>, lang: Language, links: Links): Content {
  const revision = p.change === 'revision';
  const values = { country: countryName(lang, p.country), name: oneLine(p.name, TITLE_MAX) };
  const title = t(lang, revision ? 'notifications.expertRevision.title' : 'notifications.expertPending.title', values);
  const ask = t(lang, revision ? 'notifications.expertRevision.ask' : 'notifications.expertPending.ask');
  return {
    title,
    summary: ask,
    body: [paragraph(`${title}.`), paragraph(ask)],
    link: expertUrl(links, p.expertId),
    action: t(lang, 'notifications.action.seeProfile'),
  };
}
