import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { importStatus } from './enums.js';
import { users } from './people.js';

/** Who did what, written in the same transaction as the change itself. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    actorUserId: uuid().references(() => users.id),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    detail: jsonb().$type<Record<string, unknown>>(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);

/**
 * Transactional outbox: a row is written with the change it announces, and a relay
 * hands it to the queue later, so a crash or a Redis outage delays work but never loses it.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    topic: text().notNull(),
    aggregateId: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    dispatchedAt: timestamp({ withTimezone: true }),
    /**
     * When the consumer finished with the event, for consumers whose work cannot be
     * rebuilt from state (notifications): a dispatched event never processed was lost
     * with a Redis restart, and is dispatched again.
     */
    processedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('outbox_pending_idx')
      .on(t.id)
      .where(sql`${t.dispatchedAt} is null`),
    index('outbox_unprocessed_idx')
      .on(t.topic, t.id)
      .where(sql`${t.dispatchedAt} is not null and ${t.processedAt} is null`),
  ],
);

/** A bulk import: the uploaded body is kept here until processed, so no queue outage loses it. */
export const imports = pgTable(
  'imports',
  {
    id: uuid().primaryKey().defaultRandom(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    status: importStatus().notNull().default('queued'),
    totalLines: integer().notNull(),
    linesDone: integer().notNull().default(0),
    createdCount: integer().notNull().default(0),
    updatedCount: integer().notNull().default(0),
    unchangedCount: integer().notNull().default(0),
    errorCount: integer().notNull().default(0),
    /** Errors found but not stored, beyond the caps per line and per import. */
    errorsNotStored: integer().notNull().default(0),
    failure: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  // One running import per person: a second upload waits until the first is done.
  (t) => [
    uniqueIndex('imports_one_running_per_user_key')
      .on(t.createdBy)
      .where(sql`${t.status} in ('queued', 'running')`),
    // The list of imports, newest first: everyone's (the secretariat) or one person's.
    index('imports_created_idx').on(t.createdAt, t.id),
    index('imports_created_by_idx').on(t.createdBy, t.createdAt, t.id),
  ],
);

/**
 * An import's body while it waits and runs, in consecutive parts of whole lines of about
 * a MiB each; dropped when the import ends. In parts because one value of tens of MiB
 * costs the pg driver more to receive than the same bytes in smaller rows: it merges
 * the incoming packets into one ever larger buffer before decoding it.
 */
export const importBodyParts = pgTable(
  'import_body_parts',
  {
    importId: uuid()
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    /** From 0, in the body's order. */
    part: integer().notNull(),
    text: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.part] })],
);

export const importErrors = pgTable(
  'import_errors',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    importId: uuid()
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    line: integer().notNull(),
    field: text().notNull(),
    /** Stable machine code (zod's issue code or the rule broken), for a client to say the reason in the reader's language. */
    code: text().notNull().default('invalid'),
    reason: text().notNull(),
  },
  (t) => [index('import_errors_import_line_idx').on(t.importId, t.line)],
);
