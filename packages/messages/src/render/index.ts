/*
 * Rendering notifications for people: email (subject, text, HTML) and in-app inbox
 * items, in the reader's language (es, en, pt, fr). Digests list their items.
 *
 *   Notification ─ describeNotification ─► Content (title, summary, blocks, link)
 *                                            ├─► renderEmail     (text.ts, html.ts)
 *                                            └─► renderInboxItem
 */
export { renderEmail, type RenderedEmail } from './email.js';
export { renderExpertLinkEmail, type ExpertLinkEmail } from './expert-link.js';
export { renderInboxItem, type InboxItem } from './inbox.js';
export { describeNotification } from './describe.js';
export { digestEntries, type DigestEntry } from './digest.js';
export type { Block, Content } from './content.js';
export { escapeHtml } from './html.js';
export { homeUrl, listingUrl, matchUrl, notificationLink, reviewUrl, settingsUrl, type Links } from './links.js';
