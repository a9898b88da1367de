/*
 * The HTML part of an email: one column, inline styles only (mail clients drop <style>
 * and external sheets), and every value escaped here, at the last moment, since the
 * content holds plain text only.
 */
import { escapeHtml } from '@enlace/domain';
import type { Language } from '@enlace/i18n';
import type { Block, Content } from './content.js';

export { escapeHtml };

/** Escaped, with the writer's line breaks kept. */
function lines(s: string): string {
  return escapeHtml(s).replace(/\r?\n/g, '<br>');
}

const COLOR = { text: '#1f2933', muted: '#52606d', rule: '#d9e2ec', link: '#0b5394', page: '#f4f5f7' };
const LINK = `color:${COLOR.link};`;

function a(url: string, text: string, style = LINK): string {
  return `<a href="${escapeHtml(url)}" style="${style}">${escapeHtml(text)}</a>`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `<p style="margin:0 0 16px;">${lines(b.text)}</p>`;
    case 'quote':
      return `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid ${COLOR.rule};color:${COLOR.muted};">${lines(b.text)}</blockquote>`;
    case 'heading':
      return `<h2 style="margin:24px 0 8px;font-size:16px;line-height:1.3;">${escapeHtml(b.text)}</h2>`;
    case 'facts': {
      const rows = b.rows.map(
        ([label, value]) =>
          `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 16px 4px 0;font-weight:bold;">${escapeHtml(label)}</th>` +
          `<td style="padding:4px 0;">${escapeHtml(value)}</td></tr>`,
      );
      return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;">${rows.join('')}</table>`;
    }
    case 'list': {
      const items = b.items.map((i) => `<li style="margin:0 0 4px;">${i.url ? a(i.url, i.text) : escapeHtml(i.text)}</li>`);
      return `<ul style="margin:0 0 16px;padding-left:20px;">${items.join('')}</ul>`;
    }
    case 'entries':
      return b.items
        .map(
          (e) =>
            `<div style="margin:0 0 16px;"><p style="margin:0;font-weight:bold;">${a(e.url, e.title)}</p>` +
            `<p style="margin:4px 0 0;">${escapeHtml(e.summary)}</p></div>`,
        )
        .join('');
  }
}

export interface Footer {
  text: string;
  links: ReadonlyArray<{ label: string; url: string }>;
}

/** A whole HTML document for `content`, with its brand line and footer. */
export function htmlEmail(content: Content, lang: Language, brand: string, footer: Footer): string {
  const button = content.action
    ? `<p style="margin:24px 0;">${a(content.link, content.action, `display:inline-block;padding:10px 18px;background:${COLOR.link};color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold;`)}</p>`
    : '';
  const footerLinks = footer.links.map((l) => a(l.url, l.label, `color:${COLOR.muted};`)).join(' · ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.title)}</title>`,
    '</head>',
    `<body style="margin:0;padding:0;background:${COLOR.page};">`,
    `<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:${COLOR.text};">`,
    `<p style="margin:0 0 16px;font-size:13px;color:${COLOR.muted};">${escapeHtml(brand)}</p>`,
    `<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;">${escapeHtml(content.title)}</h1>`,
    ...content.body.map(block),
    button,
    `<hr style="border:none;border-top:1px solid ${COLOR.rule};margin:24px 0 16px;">`,
    `<p style="margin:0 0 8px;font-size:12px;color:${COLOR.muted};">${escapeHtml(footer.text)}</p>`,
    `<p style="margin:0;font-size:12px;color:${COLOR.muted};">${footerLinks}</p>`,
    '</div>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
