import type { Contact } from '@enlace/domain';
import { sql } from 'drizzle-orm';
import { bigserial, char, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { listingKind, listingStatus, revisionStatus } from './enums.js';
import { institutions, users } from './people.js';

/**
 * Offers and demands. Optional interchange fields stay NULL when absent so that an
 * export gives back exactly what was imported.
 */
export const listings = pgTable(
  'listings',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Insertion order, for stable cursor pagination. */
    seq: bigserial({ mode: 'number' }).notNull(),
    kind: listingKind().notNull(),
    externalId: text().notNull(),
    status: listingStatus().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    language: char({ length: 2 }).notNull(),
    country: char({ length: 2 }).notNull(),
    institutionId: uuid()
      .notNull()
      .references(() => institutions.id),
    sectors: text().array().notNull(),
    sdgGoals: integer().array(),
    sdgTargets: text().array(),
    /** Declared goals plus those implied by targets: what filters and matching use. */
    sdgGoalsEffective: integer().array().notNull(),
    modalities: text().array(),
    cooperationTypes: text().array(),
    deliveryFormats: text().array(),
    workingLanguages: text().array(),
    targetCountries: text().array(),
    validFrom: date({ mode: 'string' }),
    validUntil: date({ mode: 'string' }),
    keywords: text().array(),
    contact: jsonb().$type<Contact>(),
    /** Last reason given when a reviewer sent the listing back. */
    reviewNote: text(),
    /** Hash of the content, so a re-import of an unchanged line writes nothing. */
    contentHash: text().notNull(),
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
    /** When its owner last confirmed the listing is still current without changing it. */
    confirmedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // Each country's catalogue has its own ids: an import addresses only its own country's records.
    uniqueIndex('listings_kind_country_external_id_key').on(t.kind, t.country, t.externalId),
    uniqueIndex('listings_seq_key').on(t.seq),
    index('listings_country_status_idx').on(t.country, t.status),
    index('listings_status_valid_until_idx').on(t.status, t.validUntil),
    index('listings_sectors_idx').using('gin', t.sectors),
    index('listings_sdg_goals_idx').using('gin', t.sdgGoalsEffective),
    index('listings_sdg_targets_idx').using('gin', t.sdgTargets),
    index('listings_modalities_idx').using('gin', t.modalities),
  ],
);

export const listingStatusHistory = pgTable(
  'listing_status_history',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    fromStatus: listingStatus(),
    toStatus: listingStatus().notNull(),
    actorUserId: uuid().references(() => users.id),
    reason: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('listing_status_history_listing_idx').on(t.listingId, t.at)],
);

/**
 * A change an agency officer proposed to a published listing. The published version
 * stays public (and matched) until a focal point of the country, or staff, publishes
 * the revision, which then replaces it; sending it back keeps the published version.
 * At most one revision per listing waits at a time.
 */
export const listingRevisions = pgTable(
  'listing_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    /** The whole proposed content (the listing's content schema), not a patch. */
    content: jsonb().$type<Record<string, unknown>>().notNull(),
    contentHash: text().notNull(),
    /**
     * The fields the revision changes. Publishing re-bases it: these fields over the
     * published content as it is then, so a reviewer's own edit made meanwhile stays.
     */
    changedFields: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: revisionStatus().notNull().default('pending'),
    /** The listing's version the revision was written against. */
    baseVersion: integer().notNull(),
    authorUserId: uuid().references(() => users.id),
    /** The import that proposed it, when it came from an import line. */
    importId: uuid(),
    reviewerUserId: uuid().references(() => users.id),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('listing_revisions_one_pending_key')
      .on(t.listingId)
      .where(sql`${t.status} = 'pending'`),
    index('listing_revisions_listing_idx').on(t.listingId, t.createdAt),
  ],
);
