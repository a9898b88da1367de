import { sql } from 'drizzle-orm';
import { char, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tokenKind, userRole } from './enums.js';

/** A public body, university or organisation that offers or asks for cooperation. */
export const institutions = pgTable(
  'institutions',
  {
    id: uuid().primaryKey().defaultRandom(),
    country: char({ length: 2 }).notNull(),
    name: text().notNull(),
    acronym: text(),
    type: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('institutions_country_name_key').on(t.country, t.name)],
);

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    role: userRole().notNull(),
    /** The country an officer or focal point acts for; null for the secretariat. */
    country: char({ length: 2 }),
    institutionId: uuid().references(() => institutions.id),
    language: char({ length: 2 }).notNull().default('es'),
    passwordHash: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the account was deactivated: it cannot sign in, and its sessions and tokens stop working. */
    disabledAt: timestamp({ withTimezone: true }),
    /** The last password sign-in (not a token's use), for the secretariat to see who never came. */
    lastSignInAt: timestamp({ withTimezone: true }),
    /**
     * Part of every unsubscribe link's signed message: replacing it invalidates the
     * links already sent (a leaked or forwarded link stops working).
     */
    unsubscribeNonce: uuid().notNull().defaultRandom(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    // Notifications and campaigns look people up by country and role.
    index('users_country_role_idx').on(t.country, t.role),
  ],
);

/** Personal API tokens and sign-in sessions; only a SHA-256 of the secret is kept. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: tokenKind().notNull(),
    name: text().notNull(),
    tokenHash: text().notNull(),
    /** First characters of the secret, so a person can tell tokens apart. */
    prefix: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    /** For sessions: the browser or program that signed in, so a person can tell them apart. */
    userAgent: text(),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);
