import { cooperationRecordInputSchema } from '../cooperation/schema.js';
import { z } from 'zod';
import { LISTING_KINDS, LISTING_STATUSES, MATCH_STAGES } from '../codes.js';
import { isoDateSchema } from '../listings/schema.js';
import { csvList } from '../listings/view.js';
import { MODALITY_CODES, SECTOR_CODES } from '../taxonomies/sectors.js';
import { textSchema } from '../text.js';

export { MATCH_STAGES, type MatchStage } from '../codes.js';
export const matchStageSchema = z.enum(MATCH_STAGES);

/** What people do to a match, as history and events name it. */
export const MATCH_ACTIONS = ['propose', 'interest', 'decline', 'dismiss', 'agree', 'start', 'complete'] as const;
export type MatchAction = (typeof MATCH_ACTIONS)[number];
export const matchActionSchema = z.enum(MATCH_ACTIONS);

/** The two sides of a match are named after the listing each country brought: its offer or its demand. */
export const matchSideSchema = z.enum(LISTING_KINDS);

const text = (min: number, max: number) => textSchema().trim().min(min).max(max);

/** Expressing interest in a match: a message for the other side. */
export const matchInterestSchema = z.strictObject({ message: text(3, 2000) });
export type MatchInterestInput = z.infer<typeof matchInterestSchema>;

/** The terms two countries agree on: how they will cooperate, when, and who does what. */
export const matchAgreementSchema = z
  .strictObject({
    modality: z.enum(MODALITY_CODES),
    startDate: isoDateSchema,
    endDate: isoDateSchema.optional(),
    responsibilities: text(10, 5000),
  })
  .superRefine((v, ctx) => {
    if (v.endDate && v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
    }
  });
export type MatchAgreementInput = z.infer<typeof matchAgreementSchema>;

/** How a cooperation ended: what was done and what was learned, so others can learn it too. */
export const matchOutcomeSchema = z.strictObject({
  summary: text(10, 5000),
  lessonsLearned: text(10, 5000),
});
export type MatchOutcomeInput = z.infer<typeof matchOutcomeSchema>;

/** The body of an agreement: the terms, and optionally what SIDICSS records of it (else Enlace's defaults). */
export const agreeMatchBodySchema = matchAgreementSchema.safeExtend({ cooperationRecord: cooperationRecordInputSchema.optional() });
export type AgreeMatchBody = z.infer<typeof agreeMatchBodySchema>;

/** The body of a completion: the outcome, and optionally the cooperation record as it ended (executed costs, end date). */
export const completeMatchBodySchema = matchOutcomeSchema.safeExtend({ cooperationRecord: cooperationRecordInputSchema.optional() });
export type CompleteMatchBody = z.infer<typeof completeMatchBodySchema>;

/** Staff proposing a pair by hand. */
export const proposeMatchSchema = z.strictObject({
  offerId: z.uuid(),
  demandId: z.uuid(),
  note: text(3, 2000).optional(),
});
export type ProposeMatchInput = z.infer<typeof proposeMatchSchema>;

/** A reason the ranking gives for a pair, as a sentence in the reader's language. */
export const matchReasonViewSchema = z
  .object({
    kind: z.enum(['sdg_target', 'sdg_goal', 'sector', 'modality', 'working_language', 'text']),
    /** The reason as a sentence in the reader's language. */
    text: z.string(),
  })
  .meta({ id: 'MatchReason' });
export type MatchReasonView = z.infer<typeof matchReasonViewSchema>;

/** The follow-up list: filters and a page. */
export const matchListQuerySchema = z.strictObject({
  stage: csvList(matchStageSchema).optional(),
  /** Matches where this country is either side. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals')
    .optional(),
  /** Matches of this listing, whichever side it is. */
  listingId: z.uuid().optional(),
  /** Matches where either listing is of this sector (a sector code of the taxonomy). */
  sector: z.enum(SECTOR_CODES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type MatchListQuery = z.infer<typeof matchListQuerySchema>;

/** Every stage at a glance: the same filters as the list, and how many of each stage's latest to give. */
export const matchBoardQuerySchema = matchListQuerySchema.pick({ country: true, listingId: true, sector: true }).extend({
  perStage: z.coerce.number().int().min(1).max(50).default(5),
});
export type MatchBoardQuery = z.infer<typeof matchBoardQuerySchema>;

const instant = z.string();

/** One side's listing, as a follow-up record names it. */
export const matchListingRefSchema = z.object({
  id: z.uuid(),
  kind: matchSideSchema,
  title: z.string(),
  country: z.string(),
  status: z.enum(LISTING_STATUSES),
});

/** A value per side: when that side did something, or null while it has not. */
const perSide = z.object({ offer: instant.nullable(), demand: instant.nullable() });

/** A match as the follow-up list shows it. */
export const matchSummarySchema = z.object({
  id: z.uuid(),
  stage: matchStageSchema,
  stageChangedAt: instant.nullable(),
  /** The ranking's score (0 for a pair staff proposed that the ranking has not found). */
  score: z.number().min(0).max(1),
  /** Why the ranking put the two listings together, in the reader's language (none for a pair only staff found). */
  reasons: z.array(matchReasonViewSchema),
  offer: matchListingRefSchema,
  demand: matchListingRefSchema,
  /** When each side expressed interest. */
  interest: perSide,
  /** The terms recorded, by staff or by a focal point; null until someone records them. */
  agreement: z.object({ modality: z.string(), startDate: z.string(), endDate: z.string().optional(), responsibilities: z.string() }).nullable(),
  /** When each side's focal point confirmed the terms as recorded now. */
  confirmations: perSide,
  outcome: z.object({ summary: z.string(), lessonsLearned: z.string() }).nullable(),
  /** Set when staff proposed the pair by hand. */
  brokered: z.object({ by: z.uuid(), note: z.string().nullable() }).nullable(),
  /** What the caller may do to the match now. */
  availableActions: z.array(matchActionSchema),
  computedAt: instant,
});
export type MatchSummary = z.infer<typeof matchSummarySchema>;

/** One step of a match's history. */
export const matchEventViewSchema = z.object({
  id: z.number().int(),
  action: matchActionSchema,
  fromStage: matchStageSchema.nullable(),
  toStage: matchStageSchema,
  /** The side the actor spoke for; null for staff. */
  side: matchSideSchema.nullable(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The interest message, or the reason of a decline or a dismissal, or the note of a proposal. */
  message: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  at: instant,
});
export type MatchEventView = z.infer<typeof matchEventViewSchema>;

/** A match's follow-up record: the summary and its history, oldest first. */
export const matchViewSchema = matchSummarySchema.extend({ history: z.array(matchEventViewSchema) });
export type MatchView = z.infer<typeof matchViewSchema>;

/** Every stage of the follow-up, in order: how many matches it holds, and its latest. */
export const matchBoardSchema = z
  .object({
    stages: z.array(z.object({ stage: matchStageSchema, count: z.number().int().min(0), items: z.array(matchSummarySchema) })),
  })
  .meta({ id: 'MatchBoard' });
export type MatchBoard = z.infer<typeof matchBoardSchema>;
