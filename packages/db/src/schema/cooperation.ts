import type { CooperationRole } from '@enlace/domain/codes';
import { date, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cooperationInstrument, cooperationType } from './enums.js';
import { matches } from './matching.js';
import { users } from './people.js';

/**
 * One country's part in a cooperation as SEGIB's SIDICSS records it: its role, the
 * institution that executes for it, and what it budgeted and spent.
 */
export interface CooperationParticipant {
  country: string;
  /** provider / recipient (bilateral, regional); first_provider / second_provider / recipient (triangular). */
  role: CooperationRole;
  executingInstitution?: string | undefined;
  /** Decimal amounts as strings, so that no cent is lost to floating point. */
  budgetedCost?: string | undefined;
  executedCost?: string | undefined;
  /** ISO 4217 code. */
  currency?: string | undefined;
}

/**
 * What SIDICSS records of a cooperation, captured when its match is agreed and completed
 * with it: instrument, cooperation type, dates, and each participant's part.
 */
export const cooperationRecords = pgTable('cooperation_records', {
  matchId: uuid()
    .primaryKey()
    .references(() => matches.id, { onDelete: 'cascade' }),
  instrument: cooperationInstrument().notNull(),
  cooperationType: cooperationType().notNull(),
  approvedOn: date({ mode: 'string' }),
  startsOn: date({ mode: 'string' }),
  endsOn: date({ mode: 'string' }),
  participants: jsonb().$type<CooperationParticipant[]>().notNull(),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid().references(() => users.id),
});
