/*
 * A notification as an email: subject, plain text and HTML, in the reader's language,
 * with a footer saying why it came and how to change that.
 */
import { t, type Language } from '@enlace/i18n';
import type { Notification } from '../kinds.js';
import { describeNotification } from './describe.js';
import { htmlEmail, type Footer } from './html.js';
import { settingsUrl, type Links } from './links.js';
import { textEmail } from './text.js';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

function footer(lang: Language, links: Links): Footer {
  return {
    text: t(lang, 'notifications.footer'),
    links: [
      { label: t(lang, 'notifications.settings'), url: settingsUrl(links) },
      ...(links.unsubscribe ? [{ label: t(lang, 'notifications.unsubscribe'), url: links.unsubscribe }] : []),
    ],
  };
}

export function renderEmail(n: Notification, lang: Language, links: Links): RenderedEmail {
  const content = describeNotification(n, lang, links);
  const f = footer(lang, { ...links, lang });
  return {
    subject: content.title,
    text: textEmail(content, lang, f),
    html: htmlEmail(content, lang, t(lang, 'notifications.brand'), f),
  };
}
