import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { listingKind, matchStage } from './enums.js';
import { listings } from './listings.js';
import { users } from './people.js';

/**
 * A term profile as stored: the same shape as @enlace/matching's TermProfile, declared
 * here because the schema does not depend on the ranking. @enlace/matchmaking assigns
 * one to the other in both directions without a cast, so the compiler keeps them equal.
 */
export interface StoredTermProfile {
  /** Term → field-weighted frequency. */
  terms: Record<string, number>;
  /** Term → the original-language word(s) it was read from. */
  surface: Record<string, string>;
  /** Unigram stem → the pivot-language word it was read from most often. */
  pivotWords: Record<string, string>;
}

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
  profile: jsonb().$type<StoredTermProfile>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** What the two countries agreed to do together, recorded when a match is agreed. */
export interface MatchAgreement {
  modality: string;
  startDate: string;
  endDate?: string | undefined;
  /** Who does what, in the words of the people who agreed. */
  responsibilities: string;
}

/** How a cooperation ended, so that the experience can be shared. */
export interface MatchOutcome {
  summary: string;
  lessonsLearned: string;
}

/**
 * Matches between an offer and a demand: the score and structured reasons the ranking
 * gave, and how far people have taken the pair since. One row per pair serves both
 * sides. Rows the ranking no longer finds are dropped only while nobody has acted on them.
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
    /** A stable name for the pair, for URLs and notifications. */
    id: uuid().notNull().defaultRandom(),
    stage: matchStage().notNull().default('suggested'),
    stageChangedAt: timestamp({ withTimezone: true }),
    offerInterestAt: timestamp({ withTimezone: true }),
    demandInterestAt: timestamp({ withTimezone: true }),
    agreement: jsonb().$type<MatchAgreement>(),
    /** When each side's focal point confirmed the agreement as recorded now. */
    offerAgreedAt: timestamp({ withTimezone: true }),
    demandAgreedAt: timestamp({ withTimezone: true }),
    outcome: jsonb().$type<MatchOutcome>(),
    /** Set when staff proposed the pair by hand rather than the ranking finding it. */
    brokeredBy: uuid().references(() => users.id),
    brokerNote: text(),
  },
  (t) => [
    primaryKey({ columns: [t.offerId, t.demandId] }),
    uniqueIndex('matches_id_key').on(t.id),
    index('matches_stage_idx')
      .on(t.stage)
      .where(sql`${t.stage} <> 'suggested'`),
    index('matches_demand_score_idx').on(t.demandId, sql`${t.score} desc`),
    index('matches_offer_score_idx').on(t.offerId, sql`${t.score} desc`),
  ],
);

/** Everything that happened to a match after the ranking suggested it. */
export const matchEvents = pgTable(
  'match_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    matchId: uuid()
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    action: text().notNull(),
    fromStage: matchStage(),
    toStage: matchStage().notNull(),
    /** The side the actor spoke for, when it spoke for one. */
    side: listingKind(),
    actorUserId: uuid().references(() => users.id),
    message: text(),
    detail: jsonb().$type<Record<string, unknown>>(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('match_events_match_idx').on(t.matchId, t.id)],
);
