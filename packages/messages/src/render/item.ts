/*
 * The content of one notification of any kind but the digest, which gathers these.
 */
import type { Language } from '@enlace/i18n';
import type { Notification } from '../kinds.js';
import type { Content } from './content.js';
import type { Links } from './links.js';
import { campaignContent, expertPendingContent, listingExpiringContent, reviewPendingContent } from './listing-content.js';
import {
  matchBrokeredContent,
  matchDeclinedContent,
  matchInterestContent,
  matchMutualContent,
  matchNewContent,
  matchProgressContent,
} from './match-content.js';
import { matchBurstContent } from './burst-content.js';
import { storyApprovalContent, storyPublishedContent } from './story-content.js';

export type ItemNotification = Exclude<Notification, { kind: 'digest' }>;

export function itemContent(n: ItemNotification, lang: Language, links: Links): Content {
  switch (n.kind) {
    case 'match_new':
      return matchNewContent(n.payload, lang, links);
    case 'match_burst':
      return matchBurstContent(n.payload, lang, links);
    case 'match_interest':
      return matchInterestContent(n.payload, lang, links);
    case 'match_mutual':
      return matchMutualContent(n.payload, lang, links);
    case 'match_declined':
      return matchDeclinedContent(n.payload, lang, links);
    case 'match_progress':
      return matchProgressContent(n.payload, lang, links);
    case 'match_brokered':
      return matchBrokeredContent(n.payload, lang, links);
    case 'review_pending':
      return reviewPendingContent(n.payload, lang, links);
    case 'listing_expiring':
      return listingExpiringContent(n.payload, lang, links);
    case 'campaign':
      return campaignContent(n.payload, lang, links);
    case 'expert_pending':
      return expertPendingContent(n.payload, lang, links);
    case 'story_approval':
      return storyApprovalContent(n.payload, lang, links);
    case 'story_published':
      return storyPublishedContent(n.payload, lang, links);
  }
}
