import { z } from 'zod';
import { LISTING_KINDS, LISTING_STATUSES } from '../codes.js';
import { isCountryCode } from '../taxonomies/countries.js';
import { textSchema } from '../text.js';
import { languageSchema } from '../taxonomies/languages.js';
import { isSdgTarget } from '../taxonomies/sdg.js';
import { COOPERATION_TYPE_CODES, DELIVERY_FORMAT_CODES, INSTITUTION_TYPE_CODES, MODALITY_CODES, SECTOR_CODES } from '../taxonomies/sectors.js';

export { LISTING_KINDS, LISTING_STATUSES, type ListingKind, type ListingStatus } from '../codes.js';
export const listingKindSchema = z.enum(LISTING_KINDS);

export const listingStatusSchema = z.enum(LISTING_STATUSES);

/** Statuses the interchange format can carry. */
export const interchangeStatusSchema = z.enum(['draft', 'published', 'closed']);

export const externalIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, 'only letters, digits and . _ : - are allowed');

export const countryCodeSchema = z.string().refine((c) => isCountryCode(c), { message: 'not an ISO 3166-1 alpha-2 country code' });

export const sdgTargetSchema = z.string().refine((t) => isSdgTarget(t), { message: 'not an official SDG target code (e.g. "3.8", "6.b")' });

export const isoDateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

export const institutionSchema = z.strictObject({
  name: textSchema().trim().min(2).max(200),
  acronym: textSchema().trim().min(1).max(30).optional(),
  type: z.enum(INSTITUTION_TYPE_CODES).optional(),
});
export type Institution = z.infer<typeof institutionSchema>;

export const contactSchema = z.strictObject({
  name: textSchema().trim().min(1).max(200),
  email: z.email().max(254),
});
export type Contact = z.infer<typeof contactSchema>;

function uniqueList<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).refine((xs) => new Set(xs as unknown[]).size === xs.length, {
    message: `${what} must not repeat`,
  });
}

/**
 * What a listing says, whichever way it arrives (API, import, seed). Kept free of
 * refinements so that `.partial()` and `.extend()` work; `listingRules` adds the
 * cross-field rules.
 */
export const listingContentShape = {
  title: textSchema().trim().min(5).max(200),
  description: textSchema().trim().min(20).max(10_000),
  language: languageSchema,
  country: countryCodeSchema,
  institution: institutionSchema,
  sectors: uniqueList(z.enum(SECTOR_CODES), 'sectors').min(1).max(5),
  sdgGoals: uniqueList(z.number().int().min(1).max(17), 'sdgGoals').optional(),
  sdgTargets: uniqueList(sdgTargetSchema, 'sdgTargets').max(30).optional(),
  modalities: uniqueList(z.enum(MODALITY_CODES), 'modalities').optional(),
  cooperationTypes: uniqueList(z.enum(COOPERATION_TYPE_CODES), 'cooperationTypes').optional(),
  deliveryFormats: uniqueList(z.enum(DELIVERY_FORMAT_CODES), 'deliveryFormats').optional(),
  workingLanguages: uniqueList(languageSchema, 'workingLanguages').optional(),
  targetCountries: uniqueList(countryCodeSchema, 'targetCountries').max(60).optional(),
  validFrom: isoDateSchema.optional(),
  validUntil: isoDateSchema.optional(),
  keywords: z.array(textSchema().trim().min(1).max(80)).max(30).optional(),
  contact: contactSchema.optional(),
};

type DateWindow = { validFrom?: string | undefined; validUntil?: string | undefined };

/** Cross-field rules every listing obeys. */
export function checkValidityWindow(value: DateWindow, ctx: z.RefinementCtx): void {
  if (value.validFrom && value.validUntil && value.validUntil < value.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'must not be before validFrom' });
  }
}

export const listingContentSchema = z.strictObject(listingContentShape).superRefine(checkValidityWindow);
export type ListingContent = z.infer<typeof listingContentSchema>;

/** One line of the interchange format (docs/interchange.md). */
export const interchangeListingSchema = z
  .strictObject({
    externalId: externalIdSchema,
    kind: listingKindSchema,
    status: interchangeStatusSchema.default('published'),
    ...listingContentShape,
  })
  .superRefine(checkValidityWindow);
export type InterchangeListing = z.infer<typeof interchangeListingSchema>;
export type InterchangeListingInput = z.input<typeof interchangeListingSchema>;

/** Creating a listing through the API: the content, its kind and an optional source id. */
export const createListingSchema = z
  .strictObject({
    kind: listingKindSchema,
    externalId: externalIdSchema.optional(),
    ...listingContentShape,
  })
  .superRefine(checkValidityWindow);
export type CreateListingInput = z.infer<typeof createListingSchema>;

/**
 * Changing a listing: any content field; `null` clears an optional one. Kind and
 * country are fixed once created (a listing that changes country is another listing).
 */
const { country: _country, ...editableShape } = listingContentShape;
const clearable = <T extends z.ZodType>(s: T) => s.nullable().optional();
export const updateListingSchema = z
  .strictObject({
    title: editableShape.title.optional(),
    description: editableShape.description.optional(),
    language: editableShape.language.optional(),
    institution: editableShape.institution.optional(),
    sectors: editableShape.sectors.optional(),
    sdgGoals: clearable(editableShape.sdgGoals.unwrap()),
    sdgTargets: clearable(editableShape.sdgTargets.unwrap()),
    modalities: clearable(editableShape.modalities.unwrap()),
    cooperationTypes: clearable(editableShape.cooperationTypes.unwrap()),
    deliveryFormats: clearable(editableShape.deliveryFormats.unwrap()),
    workingLanguages: clearable(editableShape.workingLanguages.unwrap()),
    targetCountries: clearable(editableShape.targetCountries.unwrap()),
    validFrom: clearable(isoDateSchema),
    validUntil: clearable(isoDateSchema),
    keywords: clearable(editableShape.keywords.unwrap()),
    contact: clearable(contactSchema),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field must be given' });
export type UpdateListingInput = z.infer<typeof updateListingSchema>;

export const reasonSchema = z.strictObject({ reason: textSchema().trim().min(3).max(2000) });
export const optionalReasonSchema = z.strictObject({ reason: textSchema().trim().min(3).max(2000).optional() });
