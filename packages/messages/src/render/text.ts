/*
 * The plain-text part of an email: the same blocks, with every link written out.
 */
import { colon, type Language } from '@enlace/i18n';
import type { Block, Content } from './content.js';
import type { Footer } from './html.js';

function block(b: Block, lang: Language): string {
  switch (b.type) {
    case 'paragraph':
      return b.text;
    case 'quote':
      return b.text
        .split(/\r?\n/)
        .map((line) => `> ${line}`.trimEnd())
        .join('\n');
    case 'heading':
      return `${b.text}\n${'-'.repeat(Math.min(b.text.length, 60))}`;
    case 'facts':
      return b.rows.map(([label, value]) => `${label}${colon(lang)} ${value}`).join('\n');
    case 'list':
      return b.items.map((i) => (i.url ? `- ${i.text}\n  ${i.url}` : `- ${i.text}`)).join('\n');
    case 'entries':
      return b.items.map((e) => `* ${e.title}\n  ${e.summary}\n  ${e.url}`).join('\n\n');
  }
}

export function textEmail(content: Content, lang: Language, footer: Footer): string {
  const parts = [content.title, ...content.body.map((b) => block(b, lang))];
  if (content.action) parts.push(`${content.action}${colon(lang)} ${content.link}`);
  const footerLines = [footer.text, ...footer.links.map((l) => `${l.label}${colon(lang)} ${l.url}`)];
  return `${parts.join('\n\n')}\n\n-- \n${footerLines.join('\n')}\n`;
}
