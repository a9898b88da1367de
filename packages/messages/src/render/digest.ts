/*
 * A daily or weekly digest: the notifications held for a person, each said in a line
 * and a sentence, in the order they happened and grouped by day. An item whose payload
 * no longer parses (a kind renamed, a schema changed since it was held) is left out
 * rather than holding back the rest.
 */
import { longDate, t, type Language } from '@enlace/i18n';
import { parseNotification, type NotificationPayload } from '../kinds.js';
import { paragraph, type Block, type Content } from './content.js';
import { itemContent, type ItemNotification } from './item.js';
import { homeUrl, type Links } from './links.js';
import { andMore } from './strings.js';

type DigestPayload = NotificationPayload<'digest'>;

export interface DigestEntry {
  notificationId: string;
  createdAt: string;
  content: Content;
}

/** Titles named in the digest's inbox summary. */
const SUMMARY_TITLES = 2;

function time(iso: string): number {
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? Infinity : t;
}

/** The items that still parse, rendered, oldest first. */
export function digestEntries(payload: DigestPayload, lang: Language, links: Links): DigestEntry[] {
  const entries: DigestEntry[] = [];
  for (const item of payload.items) {
    if (item.kind === 'digest') continue;
    try {
      const n = parseNotification(item.kind, item.payload) as ItemNotification;
      entries.push({ notificationId: item.notificationId, createdAt: item.createdAt, content: itemContent(n, lang, links) });
    } catch {
      // Unparseable: skipped (see above).
    }
  }
  return entries.sort((a, b) => time(a.createdAt) - time(b.createdAt));
}

/** Entries grouped by the UTC day they happened on; entries without a valid date come last, under no heading. */
function byDay(entries: readonly DigestEntry[], lang: Language): Block[] {
  const blocks: Block[] = [];
  let day: string | undefined;
  let group: DigestEntry[] = [];
  const flush = () => {
    if (group.length === 0) return;
    if (day) blocks.push({ type: 'heading', text: longDate(lang, day) });
    blocks.push({ type: 'entries', items: group.map((e) => ({ title: e.content.title, summary: e.content.summary, url: e.content.link })) });
  };
  for (const e of entries) {
    const t = time(e.createdAt);
    const key = Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : '';
    if (key !== day) {
      flush();
      day = key;
      group = [];
    }
    group.push(e);
  }
  flush();
  return blocks;
}

export function digestContent(payload: DigestPayload, lang: Language, links: Links): Content {
  const entries = digestEntries(payload, lang, links);
  const n = entries.length;
  const title = t(lang, payload.period === 'daily' ? 'notifications.digest.daily.title' : 'notifications.digest.weekly.title', { count: n });
  const none = t(lang, 'notifications.digest.none');
  const shown = entries.slice(0, SUMMARY_TITLES).map((e) => e.content.title);
  const more = n - shown.length;
  return {
    title,
    summary: n === 0 ? none : `${shown.join('; ')}${more > 0 ? ` ${andMore(more, lang)}` : ''}.`,
    body: n === 0 ? [paragraph(none)] : [paragraph(t(lang, 'notifications.digest.intro')), ...byDay(entries, lang)],
    link: homeUrl(links),
    action: t(lang, 'notifications.action.openEnlace'),
  };
}
