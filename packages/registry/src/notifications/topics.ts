import { REVIEW_REQUESTED_TOPIC } from '../journal.js';
import { CAMPAIGN_ROUND_TOPIC } from '../campaigns/rounds.js';
import { EXPERT_REVIEW_TOPIC } from '../experts/events.js';
import { MATCH_TOPICS } from '../matches/store.js';

/** Outbox topics that someone must be told about: what the notifier subscribes to. */
export const NOTIFY_TOPICS = {
  newMatch: MATCH_TOPICS.newMatch,
  matchStage: MATCH_TOPICS.stage,
  /** Listings entered review: their country's focal points must look at them. */
  reviewRequested: REVIEW_REQUESTED_TOPIC,
  /** An expert registered: their country's focal points validate them. */
  expertReview: EXPERT_REVIEW_TOPIC,
  /** A listing reaches its validUntil in 30 or 7 days. */
  expiring: 'listing.expiring',
  /** A campaign round: its messages to every targeted person. */
  campaignRound: CAMPAIGN_ROUND_TOPIC,
} as const;
