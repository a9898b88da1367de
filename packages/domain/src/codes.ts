/*
 * The bare code lists the database enums are made of. Kept free of imports so that
 * drizzle-kit can load the database schema without loading the taxonomies.
 */
export const LISTING_KINDS = ['offer', 'demand'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

/** Statuses a listing moves through inside Enlace. */
export const LISTING_STATUSES = ['draft', 'pending_review', 'published', 'closed', 'expired'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const ROLES = ['agency_officer', 'focal_point', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Stages a match (an offer and a demand) moves through once people follow it up.
 * `declined` and `dismissed` end it; `dismissed` also hides the pair from suggestions.
 */
export const MATCH_STAGES = ['suggested', 'interested', 'mutual', 'agreed', 'in_progress', 'completed', 'declined', 'dismissed'] as const;
export type MatchStage = (typeof MATCH_STAGES)[number];

/** Ways a notification reaches a person. */
export const CHANNELS = ['email', 'in_app', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How often a person hears: at once, or gathered in a digest. */
export const FREQUENCIES = ['immediate', 'daily', 'weekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * Where a delivery stands. `held` waits for the recipient's digest, `gathering` waits for
 * the end of a burst of suggestions (sent as one message), `digested` went out inside
 * one of these, `dead` exhausted its retries and waits for staff to replay it, `skipped`
 * had nowhere to go (the person unsubscribed or was disabled meanwhile), `bounced` was
 * refused for good by the receiving mail server, `paused` belongs to a campaign staff paused.
 */
export const DELIVERY_STATUSES = ['pending', 'held', 'gathering', 'paused', 'sending', 'sent', 'failed', 'bounced', 'dead', 'digested', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What an outreach campaign asks of the countries it targets. */
export const CAMPAIGN_KINDS = ['participation', 'expert_recruitment', 'renewal', 'announcement'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/**
 * A campaign is written as a draft, sends from `scheduled` (at once or at its time),
 * stays `active` while reminders may go, and ends `completed` (deadline passed or every
 * country met the goal) or `cancelled`. Staff may pause an active or scheduled one.
 */
export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'active', 'paused', 'completed', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** An expert in the roster waits for validation by their country's focal point or staff. */
/**
 * An expert is `pending` until reviewed, then `validated` (public, suggested) or
 * `rejected` (corrected and resubmitted, they are pending again). A validated expert may
 * be `paused` (not available for a while) and resume; they may `withdraw` from the
 * roster; their country's focal points or the secretariat may `deactivate` them. Only a
 * validated expert is public and suggested.
 */
export const EXPERT_STATUSES = ['pending', 'validated', 'rejected', 'paused', 'withdrawn', 'deactivated'] as const;
export type ExpertStatus = (typeof EXPERT_STATUSES)[number];

/**
 * A success story is drafted by either side of a completed cooperation, waits for both
 * countries' focal points, and is public once both approved its current version.
 */
export const STORY_STATUSES = ['draft', 'awaiting_approval', 'published', 'withdrawn'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** SIDICSS's instruments of cooperation: a programme holds projects, a project holds actions. */
export const COOPERATION_INSTRUMENTS = ['programme', 'project', 'action'] as const;
export type CooperationInstrument = (typeof COOPERATION_INSTRUMENTS)[number];

/** SIDICSS's types of cooperation, as the taxonomy of listings names them too. */
export const COOPERATION_RECORD_TYPES = ['bilateral', 'triangular', 'regional'] as const;
export type CooperationRecordType = (typeof COOPERATION_RECORD_TYPES)[number];

/** A participant's role in a cooperation record; triangular cooperation has two providers. */
export const COOPERATION_ROLES = ['provider', 'first_provider', 'second_provider', 'recipient'] as const;
export type CooperationRole = (typeof COOPERATION_ROLES)[number];
