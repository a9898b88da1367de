/*
 * The content of any notification, the digest included.
 */
import type { Language } from '@enlace/i18n';
import type { Notification } from '../kinds.js';
import type { Content } from './content.js';
import { digestContent } from './digest.js';
import { itemContent } from './item.js';
import type { Links } from './links.js';

export function describeNotification(n: Notification, lang: Language, links: Links): Content {
  return n.kind === 'digest' ? digestContent(n.payload, lang, links) : itemContent(n, lang, links);
}
