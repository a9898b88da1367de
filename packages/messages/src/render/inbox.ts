/*
 * A notification as an item of the in-app inbox: a one-line title and a sentence or two.
 */
import type { Language } from '@enlace/i18n';
import type { Notification } from '../kinds.js';
import { describeNotification } from './describe.js';
import type { Links } from './links.js';

export interface InboxItem {
  title: string;
  summary: string;
  link: string;
}

export function renderInboxItem(n: Notification, lang: Language, links: Links): InboxItem {
  const { title, summary, link } = describeNotification(n, lang, links);
  return { title, summary, link };
}
