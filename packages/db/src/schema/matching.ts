import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { listings } from './listings.js';

/**
 * A listing's text as the ranking reads it: translated into the pivot language and
 * reduced to weighted terms. Recomputed when the content hash changes.
 */
export const listingProfiles = pgTable('listing_profiles', {
  listingId: uuid()
    .primaryKey()
    .references(() => listings.id, { onDelete: 'cascade' }),
  contentHash: text().notNull(),
  pivotTitle: text().notNull(),
  pivotDescription: text().notNull(),
  /** The ranking's term profile (terms with weights, and the words they were read from). */
  profile: jsonb().$type<{ terms: Record<string, number>; surface: Record<string, string> }>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Suggested matches between an offer and a demand, with the score and the structured
 * reasons the ranking gave. One row per pair serves both sides.
 */
export const matches = pgTable(
  'matches',
  {
    offerId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    demandId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    score: real().notNull(),
    reasons: jsonb().$type<unknown[]>().notNull(),
    /** Versions of the two listings the score was computed from. */
    offerVersion: integer().notNull(),
    demandVersion: integer().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Outbox id of the "new match" event, once the pair crossed the notification threshold. */
    announcedBy: bigint({ mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.offerId, t.demandId] }),
    index('matches_demand_score_idx').on(t.demandId, sql`${t.score} desc`),
    index('matches_offer_score_idx').on(t.offerId, sql`${t.score} desc`),
  ],
);
