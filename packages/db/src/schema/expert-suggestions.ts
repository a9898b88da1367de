import { doublePrecision, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { listings } from './listings.js';
import type { StoredTermProfile } from './matching.js';
import { experts } from './outreach.js';

/**
 * An expert's profile as the ranking reads it, like a listing's (listing_profiles):
 * translated into the pivot language and reduced to weighted terms. Recomputed when
 * the text it was read from changes (content hash of language and profile).
 */
export const expertProfiles = pgTable('expert_profiles', {
  expertId: uuid()
    .primaryKey()
    .references(() => experts.id, { onDelete: 'cascade' }),
  contentHash: text().notNull(),
  pivotProfile: text().notNull(),
  profile: jsonb().$type<StoredTermProfile>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Experts the worker found for a published demand, with the score and the reasons, so
 * that reading a demand's candidate experts is a read. Written from both sides: when a
 * demand is matched (its rows replaced: it sees the whole roster), and when an expert
 * changes (its rows of an older text, and those of the demands it scored, replaced: it
 * sees the demands the index finds, which may not yet hold one just published). Readers
 * join the expert and keep only validated experts of another country, so a row left
 * behind by a status change is never shown.
 */
export const expertSuggestions = pgTable(
  'expert_suggestions',
  {
    demandId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    expertId: uuid()
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    /** The expert's content hash when scored: rows of an older text are the expert's job to replace. */
    expertHash: text().notNull(),
    score: doublePrecision().notNull(),
    reasons: jsonb().$type<unknown[]>().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.demandId, t.expertId] }),
    index('expert_suggestions_demand_score_idx').on(t.demandId, t.score.desc(), t.expertId),
    index('expert_suggestions_expert_idx').on(t.expertId),
  ],
);
