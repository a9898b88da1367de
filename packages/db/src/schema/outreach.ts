import type { Contact } from '@enlace/domain';
import { sql } from 'drizzle-orm';
import { char, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { campaignKind, campaignStatus, expertStatus, revisionStatus } from './enums.js';
import { institutions, users } from './people.js';

/** Who a campaign speaks to; resolved to people only when it sends (or staff preview it). */
export interface CampaignAudience {
  /** Groupings (OAS, CARICOM, …), subregions, LDC, SIDS. */
  groups?: string[];
  countries?: string[];
  /** A live condition, checked each time the campaign sends. */
  condition?: 'no_published_offer' | 'no_published_demand' | 'no_published_listing' | null;
  /** Which people of each country hear; focal points and agency officers by default. */
  roles?: ('focal_point' | 'agency_officer')[];
}

/** What the campaign asks for, by kind. */
export interface CampaignGoal {
  /** Participation: listings each country publishes; expert recruitment: experts validated. */
  count?: number;
  listingKind?: 'offer' | 'demand' | 'either';
  sectors?: string[];
  sdgGoals?: number[];
  /** Renewal: listings untouched this long, or expiring within `expiringWithinDays`. */
  staleAfterDays?: number;
  expiringWithinDays?: number;
}

/** A message in one language; placeholders in double braces ({{country}}, {{deadline}}, …). */
export interface CampaignMessage {
  subject: string;
  body: string;
}

export const campaigns = pgTable('campaigns', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  kind: campaignKind().notNull(),
  status: campaignStatus().notNull().default('draft'),
  audience: jsonb().$type<CampaignAudience>().notNull(),
  goal: jsonb().$type<CampaignGoal>().notNull(),
  /** es/en/pt/fr → message; a recipient gets their language, else the campaign's default. */
  messages: jsonb().$type<Partial<Record<string, CampaignMessage>>>().notNull(),
  defaultLanguage: char({ length: 2 }).notNull(),
  /** The last day countries have to meet the goal (inclusive). */
  deadline: timestamp({ withTimezone: true }).notNull(),
  sendAt: timestamp({ withTimezone: true }),
  /** Days between reminders to countries that have not met the goal; null sends none. */
  reminderEveryDays: integer(),
  /** Rounds sent so far: 0 before the first message, 1 after it, then one per reminder. */
  rounds: integer().notNull().default(0),
  lastRoundAt: timestamp({ withTimezone: true }),
  createdBy: uuid()
    .notNull()
    .references(() => users.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  endedAt: timestamp({ withTimezone: true }),
});

/** The countries a campaign reached, and when it first wrote to each: what attribution counts from. */
export const campaignCountries = pgTable(
  'campaign_countries',
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    country: char({ length: 2 }).notNull(),
    firstMessageAt: timestamp({ withTimezone: true }).notNull(),
    lastMessageAt: timestamp({ withTimezone: true }).notNull(),
    messages: integer().notNull().default(1),
    /** When the country met the goal; reminders stop then. */
    metAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.country] })],
);

/** People who offer their expertise to other countries, validated by their own. */
export const experts = pgTable(
  'experts',
  {
    id: uuid().primaryKey().defaultRandom(),
    status: expertStatus().notNull().default('pending'),
    name: text().notNull(),
    country: char({ length: 2 }).notNull(),
    institutionId: uuid().references(() => institutions.id),
    sectors: text().array().notNull(),
    sdgTargets: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Goals declared plus those implied by the targets, as for listings. */
    sdgGoals: integer().array().notNull(),
    workingLanguages: text().array().notNull(),
    /** Free text: "from March 2027, two weeks a quarter", in the expert's words. */
    availability: text(),
    profile: text().notNull(),
    /** The language the profile is written in. */
    language: char({ length: 2 }).notNull(),
    /** Never public: only the expert's country and the secretariat see it. */
    contact: jsonb().$type<Contact>().notNull(),
    /** The account that registered the expert (the expert, or an officer for them). */
    createdBy: uuid().references(() => users.id),
    reviewedBy: uuid().references(() => users.id),
    reviewNote: text(),
    /** The id a bulk import gave the expert (a spreadsheet's row id): re-importing it updates them. */
    externalId: text(),
    /** The campaign that recruited the expert, when the registration came through its link. */
    campaignId: uuid().references(() => campaigns.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    validatedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('experts_country_status_idx').on(t.country, t.status),
    uniqueIndex('experts_external_id_key').on(t.externalId),
    index('experts_sectors_idx').using('gin', t.sectors),
    index('experts_sdg_goals_idx').using('gin', t.sdgGoals),
  ],
);

/**
 * An expert's own change to their validated profile, waiting for their country's review
 * (like a listing revision): the validated text stays public until a focal point or
 * staff publish it. It holds only the changed fields' proposed values, which are
 * personal data: it goes with the expert when they are erased. One pending at a time.
 */
export const expertRevisions = pgTable(
  'expert_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    expertId: uuid()
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    /** The proposed values (the expert edit schema), only of the fields that change. */
    changes: jsonb().$type<Record<string, unknown>>().notNull(),
    status: revisionStatus().notNull().default('pending'),
    reviewerUserId: uuid().references(() => users.id),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('expert_revisions_one_pending_key')
      .on(t.expertId)
      .where(sql`${t.status} = 'pending'`),
    index('expert_revisions_expert_idx').on(t.expertId, t.createdAt),
  ],
);
