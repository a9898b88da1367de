/*
 * New matches gathered into one message: per listing of the reader's, its best new
 * counterparts with their score and a link each, then how many more there are, and one
 * link to see them all.
 */
import { countryName, percent, t, upperFirst, type Language } from '@enlace/i18n';
import type { NotificationPayload } from '../kinds.js';
import { paragraph, TITLE_MAX, type Block, type Content } from './content.js';
import { matchesUrl, matchUrl, type Links } from './links.js';
import { theListing, yourListing } from './strings.js';

/** On the day's last suggestion email: that the rest wait for a digest, and when. */
export function lastTodayBlocks(last: { cap: number; digestHour: number } | undefined, lang: Language): Block[] {
  return last ? [paragraph(t(lang, 'notifications.cap.last', { cap: last.cap, hour: `${String(last.digestHour).padStart(2, '0')}:00` }))] : [];
}

export function matchBurstContent(p: NotificationPayload<'match_burst'>, lang: Language, links: Links): Content {
  const title = t(lang, 'notifications.matchBurst.title', { total: p.total, listings: p.listings });
  const groups: Block[] = p.groups.flatMap((g): Block[] => [
    { type: 'heading', text: t(lang, 'notifications.matchBurst.group', { own: upperFirst(yourListing(g.own, lang, TITLE_MAX)), count: g.count }) },
    {
      type: 'list',
      items: g.best.map((m) => ({
        text: `${upperFirst(theListing(m.counterpart, lang))} (${countryName(lang, m.counterpart.country)}), ${percent(lang, m.score)}`,
        url: matchUrl(links, m.matchId),
      })),
    },
  ]);
  const more = p.moreMatches > 0 ? t(lang, 'notifications.matchBurst.more', { count: p.moreMatches, listings: p.moreListings }) : '';
  const intro = t(lang, p.bulk ? 'notifications.matchBurst.import' : 'notifications.matchBurst.burst');
  return {
    title,
    summary: [intro, more].filter(Boolean).join(' '),
    body: [
      paragraph(intro),
      ...groups,
      ...(more ? [paragraph(more)] : []),
      paragraph(t(lang, 'notifications.matchBurst.why')),
      ...lastTodayBlocks(p.lastToday, lang),
    ],
    link: matchesUrl(links),
    action: t(lang, 'notifications.action.seeMatches'),
  };
}
