import { CHANNELS, FREQUENCIES, type Channel, type Frequency } from '@enlace/domain/codes';
import { type Language, SECTOR_CODES, UNSTORABLE_TEXT_REASON, isStorableText, languageSchema } from '@enlace/domain';
import { z } from 'zod';
import { hasCredentials } from './webhook-address.js';

/** A burst's window and the day's cap of suggestion emails, for whoever never chose (see the README, "Notifications"). */
export const DEFAULT_BURST_MINUTES = 15;
export const DEFAULT_DAILY_SUGGESTION_EMAILS = 20;

/**
 * How a person wants to hear: the one schema the API validates, the store keeps and the
 * fan-out reads.
 */
export const subscriptionInputSchema = z
  .strictObject({
    channels: z
      .array(z.enum(CHANNELS))
      .max(CHANNELS.length)
      .refine((c) => new Set(c).size === c.length, 'each channel once'),
    frequency: z.enum(FREQUENCIES).default('immediate'),
    /** Only events about listings in these sectors; empty for all. */
    sectors: z.array(z.enum(SECTOR_CODES)).default([]),
    /** Only events about listings serving these SDGs; empty for all. */
    sdgGoals: z.array(z.number().int().min(1).max(17)).default([]),
    /** New matches below this score are not worth a message. */
    minScore: z.number().min(0).max(1).default(0),
    language: languageSchema,
    digestHour: z.number().int().min(0).max(23).default(8),
    /** 1 = Monday … 7 = Sunday, as ISO 8601 numbers them. */
    digestWeekday: z.number().int().min(1).max(7).default(1),
    /** How long new matches gather after the first of a burst went out by email or webhook. */
    burstMinutes: z.number().int().min(1).max(1440).default(DEFAULT_BURST_MINUTES),
    /** Suggestion emails a day at most (new matches, one by one or gathered); beyond, they wait for the next daily digest. */
    dailySuggestionEmails: z.number().int().min(1).max(1000).default(DEFAULT_DAILY_SUGGESTION_EMAILS),
    /** Checked again, with its addresses, when saved (checkWebhookUrl) and when sent. */
    webhookUrl: z
      .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
      // A URL may carry a NUL in its path; PostgreSQL cannot store it.
      .refine(isStorableText, UNSTORABLE_TEXT_REASON)
      // Runs even when the URL check failed (zod checks continue), hence canParse.
      .refine((u) => !URL.canParse(u) || !hasCredentials(new URL(u)), 'must not contain a user name or password')
      .nullish(),
  })
  .refine((s) => !s.channels.includes('webhook') || !!s.webhookUrl, {
    path: ['webhookUrl'],
    message: 'required when the webhook channel is chosen',
  });
export type SubscriptionInput = z.infer<typeof subscriptionInputSchema>;

export interface Preferences {
  readonly channels: readonly Channel[];
  readonly frequency: Frequency;
  readonly sectors: readonly string[];
  readonly sdgGoals: readonly number[];
  readonly minScore: number;
  readonly language: Language;
  readonly digestHour: number;
  readonly digestWeekday: number;
  readonly burstMinutes: number;
  readonly dailySuggestionEmails: number;
  readonly webhookUrl: string | null;
}

/** What someone who never chose hears: email and the inbox, at once, in their account's language. */
export function defaultPreferences(language: Language): Preferences {
  return {
    channels: ['email', 'in_app'],
    frequency: 'immediate',
    sectors: [],
    sdgGoals: [],
    minScore: 0,
    language,
    digestHour: 8,
    digestWeekday: 1,
    burstMinutes: DEFAULT_BURST_MINUTES,
    dailySuggestionEmails: DEFAULT_DAILY_SUGGESTION_EMAILS,
    webhookUrl: null,
  };
}

/** The listing an event is about, as the filters read it. */
export interface Subject {
  readonly sectors: readonly string[];
  readonly sdgGoals: readonly number[];
}

/**
 * Whether a person's filters let an event through. Events about a person's own listing
 * always pass the topic filters: an owner hears about what they posted. The score
 * filter applies to new matches only.
 */
export function passesFilters(prefs: Preferences, subject: Subject, opts: { ownListing: boolean; score?: number }): boolean {
  if (opts.score !== undefined && opts.score < prefs.minScore) return false;
  if (opts.ownListing) return true;
  if (prefs.sectors.length > 0 && !subject.sectors.some((s) => prefs.sectors.includes(s))) return false;
  if (prefs.sdgGoals.length > 0 && !subject.sdgGoals.some((g) => prefs.sdgGoals.includes(g))) return false;
  return true;
}

/**
 * Channels that go out at once, and channels that wait for the digest. The inbox is
 * always immediate: a digest is about not being interrupted, and the inbox does not
 * interrupt.
 */
export function channelPlan(prefs: Preferences): { immediate: Channel[]; held: Channel[] } {
  if (prefs.frequency === 'immediate') return { immediate: [...prefs.channels], held: [] };
  return {
    immediate: prefs.channels.filter((c) => c === 'in_app'),
    held: prefs.channels.filter((c) => c !== 'in_app'),
  };
}
