/*
 * The kinds about success stories: a focal point's consent is asked, and both sides
 * hear when the story is public. Titles are the story's own words, quoted.
 */
import { countryName, quote, t, type Language } from '@enlace/i18n';
import type { NotificationPayload } from '../kinds.js';
import { paragraph, TITLE_MAX, type Content } from './content.js';
import { storyUrl, type Links } from './links.js';

export function storyApprovalContent(p: NotificationPayload<'story_approval'>, lang: Language, links: Links): Content {
  const provider = countryName(lang, p.provider);
  const recipient = countryName(lang, p.recipient);
  const said = p.edited
    ? t(lang, 'notifications.storyApproval.edited', { provider, recipient })
    : t(lang, 'notifications.storyApproval.drafted', { author: countryName(lang, p.authorCountry), provider, recipient });
  const ask = t(lang, 'notifications.storyApproval.ask');
  return {
    title: t(lang, 'notifications.storyApproval.title', { title: quote(lang, p.title, TITLE_MAX) }),
    summary: said,
    body: [paragraph(said), { type: 'quote', text: p.title }, paragraph(ask)],
    link: storyUrl(links, p.storyId),
    action: t(lang, 'notifications.action.readStory'),
  };
}

export function storyPublishedContent(p: NotificationPayload<'story_published'>, lang: Language, links: Links): Content {
  const said = t(lang, 'notifications.storyPublished.said', { provider: countryName(lang, p.provider), recipient: countryName(lang, p.recipient) });
  return {
    title: t(lang, 'notifications.storyPublished.title', { title: quote(lang, p.title, TITLE_MAX) }),
    summary: said,
    body: [paragraph(said), { type: 'quote', text: p.title }],
    link: storyUrl(links, p.storyId),
    action: t(lang, 'notifications.action.readStory'),
  };
}
