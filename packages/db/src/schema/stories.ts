import { sql } from 'drizzle-orm';
import { bigserial, char, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { storyStatus } from './enums.js';
import { matches } from './matching.js';
import { users } from './people.js';

/**
 * A public account of a completed cooperation, drafted by either side. It becomes public
 * only once both countries' focal points have approved its current version: consent is
 * given to a text, so an edit after an approval asks for approval again.
 */
export const successStories = pgTable(
  'success_stories',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** One story per cooperation: both sides tell it together. */
    matchId: uuid()
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    status: storyStatus().notNull().default('draft'),
    /** The language the story was written in; readers in others get a marked machine translation. */
    language: char({ length: 2 }).notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    results: text().notNull(),
    lessons: text().notNull(),
    testimonial: text(),
    /** Who gave the testimonial, as they wish to be named (a role, an institution). */
    testimonialBy: text(),
    /** Bumped by every edit; approvals name the version they consented to. */
    version: integer().notNull().default(1),
    authorUserId: uuid().references(() => users.id),
    /** The country the author spoke for. */
    authorCountry: char({ length: 2 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
    publishedAt: timestamp({ withTimezone: true }),
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawnReason: text(),
  },
  (t) => [
    uniqueIndex('success_stories_match_key').on(t.matchId),
    index('success_stories_published_idx')
      .on(t.publishedAt)
      .where(sql`${t.status} = 'published'`),
  ],
);

/** The recorded consent of one country's focal point to one version of a story. */
export const storyApprovals = pgTable(
  'story_approvals',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    storyId: uuid()
      .notNull()
      .references(() => successStories.id, { onDelete: 'cascade' }),
    country: char({ length: 2 }).notNull(),
    storyVersion: integer().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    note: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('story_approvals_version_country_key').on(t.storyId, t.storyVersion, t.country)],
);

/** A story's machine translation into one language, kept until the story changes. */
export const storyTranslations = pgTable(
  'story_translations',
  {
    storyId: uuid()
      .notNull()
      .references(() => successStories.id, { onDelete: 'cascade' }),
    language: char({ length: 2 }).notNull(),
    storyVersion: integer().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    results: text().notNull(),
    lessons: text().notNull(),
    testimonial: text(),
    translatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.language] })],
);
