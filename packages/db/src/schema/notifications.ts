import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { channel, deliveryStatus, frequency } from './enums.js';
import { listings } from './listings.js';
import { users } from './people.js';

/**
 * How a person wants to hear from Enlace. A person without a row hears by email and in
 * the app, at once, in the language of their account.
 */
export const subscriptions = pgTable('subscriptions', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  channels: channel().array().notNull(),
  frequency: frequency().notNull().default('immediate'),
  /** Empty means every sector, every goal. */
  sectors: text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  sdgGoals: integer()
    .array()
    .notNull()
    .default(sql`'{}'::integer[]`),
  minScore: real().notNull().default(0),
  language: char({ length: 2 }).notNull(),
  /** Hour of the day (UTC) digests go out, and the weekday (1 = Monday) of weekly ones. */
  digestHour: integer().notNull().default(8),
  digestWeekday: integer().notNull().default(1),
  /** How long new matches gather after the first of a burst went out. */
  burstMinutes: integer().notNull().default(15),
  /** Suggestion emails (new matches, gathered or not) a day at most; the rest wait for a digest. */
  dailySuggestionEmails: integer().notNull().default(20),
  webhookUrl: text(),
  /** The webhook signing secret, sealed with the application secret (it must be read back to sign). */
  webhookSecret: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * One thing one person should hear about. The (event, recipient) key makes fan-out
 * idempotent; the payload is a snapshot of the facts, so a message can be written
 * later (in a digest, on a retry) exactly as it was when the event happened.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventKey: text().notNull(),
    recipientUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    language: char({ length: 2 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_event_recipient_key').on(t.eventKey, t.recipientUserId),
    index('notifications_recipient_idx').on(t.recipientUserId, sql`${t.createdAt} desc`),
  ],
);

/**
 * The idempotency record of a notification on one channel: a delivery is sent once,
 * whatever BullMQ retries or which worker died halfway.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    notificationId: uuid()
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    channel: channel().notNull(),
    status: deliveryStatus().notNull(),
    attempts: integer().notNull().default(0),
    /** Bumped by a replay, so the replay's job id differs from the dead job's. */
    generation: integer().notNull().default(0),
    lastError: text(),
    /** Held because the day's suggestion emails reached the person's cap: it waits for the next daily digest. */
    capped: boolean().notNull().default(false),
    /** When a worker took the delivery; an old claim means that worker died. */
    claimedAt: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    /** The digest notification this delivery went out in. */
    digestId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('deliveries_notification_channel_key').on(t.notificationId, t.channel),
    index('deliveries_open_idx')
      .on(t.status, t.id)
      .where(sql`${t.status} in ('pending', 'sending', 'failed', 'held', 'dead', 'bounced')`),
  ],
);

/** Reminders already written, so each listing hears once per threshold of each validUntil. */
export const expiryReminders = pgTable(
  'expiry_reminders',
  {
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    validUntil: date({ mode: 'string' }).notNull(),
    daysBefore: integer().notNull(),
    outboxId: bigint({ mode: 'number' }).notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.validUntil, t.daysBefore] })],
);

/**
 * Per person, the burst of match suggestions under way: the first suggestion of a quiet
 * period goes out at once and opens a window; what follows gathers (deliveries
 * `gathering`) until `closesAt`, when it goes out as one message. A bulk import's
 * suggestions keep pushing `closesAt` on until they stop. The row is locked by whoever
 * adds to or closes the window, so that the two never cross.
 */
export const suggestionWindows = pgTable('suggestion_windows', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** When the latest suggestion for this person was written: the quiet period runs from it. */
  lastAt: timestamp({ withTimezone: true }).notNull(),
  /** When the window opened; a window pushed on by an import closes within a bound of it. */
  openedAt: timestamp({ withTimezone: true }).notNull(),
  /** When the gathered suggestions go out; null once they have. */
  closesAt: timestamp({ withTimezone: true }),
});
