/*
 * The email that carries an expert's own link to their registration. It is not a
 * notification (the expert has no account, no settings and no inbox): its footer says
 * why the address got it and how to ask for another link.
 */
import { longDate, t, type Language } from '@enlace/i18n';
import { paragraph, type Content } from './content.js';
import type { RenderedEmail } from './email.js';
import { htmlEmail, type Footer } from './html.js';
import { textEmail } from './text.js';

export interface ExpertLinkEmail {
  /** The contact's name, as the registration gives it. */
  readonly name: string;
  /** The page the link opens (the token is in it). */
  readonly link: string;
  readonly expiresAt: Date;
  /** Where to ask for a new link once this one has expired. */
  readonly requestUrl: string;
}

export function renderExpertLinkEmail(lang: Language, mail: ExpertLinkEmail): RenderedEmail {
  const content: Content = {
    title: t(lang, 'expertLink.subject'),
    summary: t(lang, 'expertLink.why'),
    body: [
      paragraph(t(lang, 'expertLink.greeting', { name: mail.name })),
      paragraph(t(lang, 'expertLink.why')),
      paragraph(t(lang, 'expertLink.expires', { date: longDate(lang, mail.expiresAt) })),
      paragraph(t(lang, 'expertLink.ignore')),
    ],
    link: mail.link,
    action: t(lang, 'expertLink.action'),
  };
  const footer: Footer = { text: t(lang, 'expertLink.footer'), links: [{ label: t(lang, 'expertLink.newLink'), url: mail.requestUrl }] };
  return {
    subject: content.title,
    text: textEmail(content, lang, footer),
    html: htmlEmail(content, lang, t(lang, 'notifications.brand'), footer),
  };
}
