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
  // Its links open the pages in the language the message is written in.
  const own = { ...links, lang };
  return n.kind === 'digest' ? digestContent(n.payload, lang, own) : itemContent(n, lang, own);
}
