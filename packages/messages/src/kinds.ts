import { LISTING_KINDS, languageSchema } from '@enlace/domain';
import { z } from 'zod';

/*
 * What a notification says, kind by kind. The payload is a snapshot of the facts taken
 * when the event happened: the fan-out writes it, the renderer reads it (in any of the
 * four languages, at once or later in a digest) and the webhook sends it as data.
 */

/** A listing as a notification quotes it: enough to say what it is without a lookup. */
export const listingRefSchema = z.object({
  id: z.uuid(),
  kind: z.enum(LISTING_KINDS),
  title: z.string(),
  country: z.string().length(2),
  language: languageSchema,
  sectors: z.array(z.string()),
  sdgGoals: z.array(z.number().int()),
  validUntil: z.string().nullable().optional(),
});
export type ListingRef = z.infer<typeof listingRefSchema>;

/** A ranking reason, structured as the matching package stores it (rendered per reader). */
const reasonSchema = z.record(z.string(), z.unknown()).and(z.object({ kind: z.string() }));

/** A success story as a notification quotes it: its title in its own language, and the two countries. */
const story = {
  storyId: z.uuid(),
  matchId: z.uuid(),
  title: z.string(),
  language: languageSchema,
  provider: z.string().length(2),
  recipient: z.string().length(2),
};

/** On the day's last suggestion email: the person's cap, and the hour (UTC) of the digest the rest will wait for. */
const lastTodaySchema = z.object({ cap: z.number().int().min(1), digestHour: z.number().int().min(0).max(23) });

/** The recipient's listing (`own`) and the other side's (`counterpart`). */
const pair = {
  matchId: z.uuid(),
  own: listingRefSchema,
  counterpart: listingRefSchema,
};

export const notificationPayloads = {
  /** The ranking found a match above the threshold for one of the country's listings. */
  match_new: z.object({
    ...pair,
    score: z.number().min(0).max(1),
    reasons: z.array(reasonSchema),
    /** Found with a bulk import (announced with the rest of it). */
    bulk: z.boolean().optional(),
    lastToday: lastTodaySchema.optional(),
  }),
  /** The other side expressed interest in the match, with a message. */
  match_interest: z.object({ ...pair, message: z.string().nullable() }),
  /** Both sides are interested. */
  match_mutual: z.object({ ...pair }),
  /** The other side declined, with a reason. */
  match_declined: z.object({ ...pair, reason: z.string() }),
  /** The match was agreed, started or completed: both sides hear. */
  match_progress: z.object({
    ...pair,
    stage: z.enum(['agreed', 'in_progress', 'completed']),
    /** Staff proposed the match by hand. */
    brokered: z.boolean().optional(),
  }),
  /** Staff proposed a match by hand (brokering). */
  match_brokered: z.object({ ...pair, note: z.string().nullable() }),
  /** Listings of the focal point's country wait for its review. */
  review_pending: z.object({ country: z.string().length(2), total: z.number().int().min(1), listings: z.array(listingRefSchema).max(20) }),
  /** An expert of the focal point's country registered and waits for validation. */
  expert_pending: z.object({
    expertId: z.uuid(),
    name: z.string(),
    country: z.string().length(2),
    sectors: z.array(z.string()),
    /** `revision`: a validated expert changed their own profile, and the change waits for review. */
    change: z.enum(['registration', 'revision']).optional(),
  }),
  /** A listing reaches its validUntil soon. */
  listing_expiring: z.object({ listing: listingRefSchema, validUntil: z.string(), daysLeft: z.number().int() }),
  /** A message of an outreach campaign, already written in the recipient's language. */
  campaign: z.object({ campaignId: z.uuid(), subject: z.string(), body: z.string(), link: z.string().optional() }),
  /** A success story about the country's cooperation waits for its focal point's consent (drafted, or changed after an approval). */
  story_approval: z.object({
    ...story,
    authorCountry: z.string().length(2),
    /** The story was changed after a first submission: consent is asked again. */
    edited: z.boolean(),
  }),
  /** Both countries approved a story of their cooperation: it is public. */
  story_published: z.object(story),
  /**
   * New matches gathered during a burst (or found by an import), grouped by the
   * recipient's listing, best first: the groups and matches shown, and how many more.
   */
  match_burst: z.object({
    total: z.number().int().min(1),
    listings: z.number().int().min(1),
    /** Found because of a bulk import, announced once its matching stopped. */
    bulk: z.boolean(),
    groups: z
      .array(
        z.object({
          own: listingRefSchema,
          count: z.number().int().min(1),
          best: z.array(z.object({ matchId: z.uuid(), counterpart: listingRefSchema, score: z.number().min(0).max(1) })).max(3),
        }),
      )
      .max(10),
    /** Matches not shown, and for how many of the recipient's listings. */
    moreMatches: z.number().int().min(0),
    moreListings: z.number().int().min(0),
    lastToday: lastTodaySchema.optional(),
  }),
  /** Several notifications gathered for a daily or weekly digest. */
  digest: z.object({
    period: z.enum(['daily', 'weekly']),
    items: z.array(z.object({ notificationId: z.uuid(), kind: z.string(), payload: z.record(z.string(), z.unknown()), createdAt: z.string() })),
  }),
} as const;

export type NotificationKind = keyof typeof notificationPayloads;
export const NOTIFICATION_KINDS = Object.keys(notificationPayloads) as NotificationKind[];
export type NotificationPayload<K extends NotificationKind> = z.infer<(typeof notificationPayloads)[K]>;

/** A notification as the renderer and the webhook see it. */
export type Notification = { [K in NotificationKind]: { kind: K; payload: NotificationPayload<K> } }[NotificationKind];

export function parseNotification(kind: string, payload: unknown): Notification {
  const schema = notificationPayloads[kind as NotificationKind];
  if (!schema) throw new Error(`unknown notification kind ${kind}`);
  return { kind, payload: schema.parse(payload) } as Notification;
}
