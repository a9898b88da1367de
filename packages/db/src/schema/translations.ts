import { char, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { listings } from './listings.js';

/**
 * A listing's title and description machine-translated into one reader language, kept
 * because Apertium takes about a second per listing and a published listing is read
 * again and again. One row per listing and language: the content hash says which text
 * it was made from, and a changed text replaces the row rather than adding one.
 */
export const listingTranslations = pgTable(
  'listing_translations',
  {
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    language: char({ length: 2 }).notNull(),
    /** sha256 of the source language, title and description that were translated. */
    contentHash: text().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.language] })],
);
