import { z } from 'zod';
import { EXPERT_STATUSES } from '../codes.js';
import { contactSchema, countryCodeSchema, institutionSchema, optionalReasonSchema, reasonSchema, sdgTargetSchema } from '../listings/schema.js';
import { csvList } from '../listings/view.js';
import { REVISION_STATUSES } from '../listings/revision.js';
import { languageSchema } from '../taxonomies/languages.js';
import { textSchema } from '../text.js';
import { SECTOR_CODES } from '../taxonomies/sectors.js';

export { EXPERT_STATUSES, type ExpertStatus } from '../codes.js';
export const expertStatusSchema = z.enum(EXPERT_STATUSES);

function uniqueList<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).refine((xs) => new Set(xs as unknown[]).size === xs.length, { message: `${what} must not repeat` });
}

/**
 * An expert offering their expertise to other countries, as registered (by the expert,
 * or by someone for them; no account needed). It lands `pending` until a focal point of
 * the expert's country, or the secretariat, validates it. The contact is never public.
 */
export const expertRegistrationSchema = z.strictObject({
  name: textSchema().trim().min(2).max(200),
  country: countryCodeSchema,
  institution: institutionSchema,
  sectors: uniqueList(z.enum(SECTOR_CODES), 'sectors').min(1).max(5),
  sdgTargets: uniqueList(sdgTargetSchema, 'sdgTargets').max(30).default([]),
  /** Declared goals; those implied by the targets are added when stored. */
  sdgGoals: uniqueList(z.number().int().min(1).max(17), 'sdgGoals').optional(),
  workingLanguages: uniqueList(languageSchema, 'workingLanguages').min(1),
  /** In the expert's words: "from March 2027, two weeks a quarter". */
  availability: textSchema().trim().min(1).max(500).optional(),
  /** A short profile: experience, what the expert can share. */
  profile: textSchema().trim().min(20).max(3000),
  /** The language the profile is written in. */
  language: languageSchema,
  contact: contactSchema,
  /** The campaign whose link brought the registration. */
  campaignId: z.uuid().optional(),
});
export type ExpertRegistration = z.infer<typeof expertRegistrationSchema>;
export type ExpertRegistrationInput = z.input<typeof expertRegistrationSchema>;

/**
 * A correction of an expert's registration: any field but the country (which decides
 * who reviews them) and the recruiting campaign. Lists replace the stored ones whole.
 */
export const expertEditFieldsSchema = z.strictObject({
  name: expertRegistrationSchema.shape.name.optional(),
  institution: institutionSchema.optional(),
  sectors: uniqueList(z.enum(SECTOR_CODES), 'sectors').min(1).max(5).optional(),
  sdgTargets: uniqueList(sdgTargetSchema, 'sdgTargets').max(30).optional(),
  sdgGoals: uniqueList(z.number().int().min(1).max(17), 'sdgGoals').optional(),
  workingLanguages: uniqueList(languageSchema, 'workingLanguages').min(1).optional(),
  availability: textSchema().trim().min(1).max(500).nullable().optional(),
  profile: expertRegistrationSchema.shape.profile.optional(),
  language: languageSchema.optional(),
  contact: expertRegistrationSchema.shape.contact.optional(),
});
export const expertEditSchema = expertEditFieldsSchema.refine((e) => Object.keys(e).length > 0, { message: 'name at least one field to change' });
export type ExpertEdit = z.infer<typeof expertEditSchema>;

/** Pausing, resuming, withdrawing or resubmitting may say why; deactivating must. */
export const expertActionSchema = optionalReasonSchema;

/**
 * One expert of a bulk import (JSON Lines, or a CSV record made into the same object):
 * a registration, plus the id the spreadsheet gives them, by which re-importing updates
 * them instead of adding them twice.
 */
export const expertImportLineSchema = expertRegistrationSchema.omit({ campaignId: true }).extend({
  externalId: textSchema().trim().min(1).max(100).optional(),
});
export type ExpertImportLine = z.infer<typeof expertImportLineSchema>;

/** Rejecting an expert says why (the expert's country and staff read it). */
export const expertReviewSchema = reasonSchema;
export type ExpertReview = z.infer<typeof expertReviewSchema>;

/** A revision as the expert, their country's reviewers and the secretariat see it. */
export const expertRevisionViewSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(REVISION_STATUSES),
    /** The proposed values of the fields it changes. */
    changes: expertEditFieldsSchema,
    changedFields: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Why a reviewer sent it back. */
    reason: z.string().optional(),
    decidedAt: z.string().optional(),
  })
  .meta({ id: 'ExpertRevision' });
export type ExpertRevisionView = z.infer<typeof expertRevisionViewSchema>;

/** An expert as the API shows it: `contact`, `reviewNote` and `campaignId` only to those allowed. */
export const expertViewSchema = z.object({
  id: z.uuid(),
  status: expertStatusSchema,
  name: z.string(),
  country: z.string(),
  institution: institutionSchema.extend({ id: z.uuid() }).optional(),
  sectors: z.array(z.string()),
  sdgTargets: z.array(z.string()),
  /** Declared goals plus those implied by the targets. */
  sdgGoals: z.array(z.number()),
  workingLanguages: z.array(languageSchema),
  availability: z.string().optional(),
  profile: z.string(),
  language: languageSchema,
  contact: contactSchema.optional(),
  reviewNote: z.string().optional(),
  campaignId: z.uuid().optional(),
  /** The expert's latest change to their validated profile: waiting for review, or sent back with the reason. */
  revision: expertRevisionViewSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  validatedAt: z.string().optional(),
});
export type ExpertView = z.infer<typeof expertViewSchema>;

/** Filters of the roster, shared by the search (validated experts) and the registry listing. */
export const expertFilterSchema = z.strictObject({
  country: csvList(z.string().regex(/^[A-Z]{2}$/, 'must be ISO 3166-1 alpha-2 codes in capitals')).optional(),
  group: z
    .string()
    .regex(/^[a-z_]+$/, 'must be a grouping or subregion code such as caricom or caribbean')
    .optional(),
  sector: csvList(z.string()).optional(),
  sdgGoal: z.coerce.number().int().min(1).max(17).optional(),
  sdgTarget: z
    .string()
    .regex(/^\d{1,2}\.(\d{1,2}|[a-z])$/, 'must be an SDG target code such as 6.b')
    .optional(),
  /** Experts who can work in any of these languages. */
  workingLanguage: csvList(languageSchema).optional(),
  /** The language the profile is written in. */
  language: languageSchema.optional(),
  /** `validated` for everyone; `pending` and `rejected` show only what the caller may see. */
  status: csvList(expertStatusSchema).optional(),
  /** `pending`: experts whose own change to their profile waits for review (of the caller's country; every country for the secretariat). */
  revision: z.enum(['pending']).optional(),
});
export type ExpertFilter = z.infer<typeof expertFilterSchema>;

export const expertSearchQuerySchema = expertFilterSchema.extend({
  q: textSchema().trim().max(500).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  hitsPerPage: z.coerce.number().int().min(1).max(100).default(20),
});
export type ExpertSearchQuery = z.infer<typeof expertSearchQuerySchema>;

/** Facet counts of a roster query: field → value → count. */
export type ExpertFacets = Record<string, Record<string, number>>;
export const EXPERT_FACETS = ['status', 'country', 'sectors', 'sdgGoals', 'workingLanguages', 'language'] as const;
