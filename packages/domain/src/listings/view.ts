import { z } from 'zod';
import { languageSchema } from '../taxonomies/languages.js';
import { PG_BIGSERIAL_MAX, textSchema } from '../text.js';
import { externalIdSchema, institutionSchema, listingKindSchema, listingStatusSchema } from './schema.js';
import { revisionContentSchema, revisionViewSchema } from './revision.js';

/** A listing as the API shows it; `contact` and `reviewNote` only to those allowed to see them. */
export const listingViewSchema = z
  .object({
    id: z.uuid(),
    kind: listingKindSchema,
    externalId: externalIdSchema,
    status: listingStatusSchema,
  })
  // The content fields, as a revision also proposes them.
  .extend(revisionContentSchema.shape)
  .extend({
    institution: institutionSchema.extend({ id: z.uuid() }),
    /** Declared goals plus those implied by the targets. */
    sdgGoalsEffective: z.array(z.number()),
    reviewNote: z.string().optional(),
    /** A change waiting for review; only the listing's country and the secretariat see it. */
    pendingRevision: revisionViewSchema.optional(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().optional(),
  });
export type ListingView = z.infer<typeof listingViewSchema>;

/** A query list: comma-separated, or the key repeated; each item parsed by `item`. */
export const csvList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([textSchema(), z.array(textSchema())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1));

/** Filters shared by the listing list and the exports; lists are comma-separated. */
export const listingFilterSchema = z.strictObject({
  kind: listingKindSchema.optional(),
  country: csvList(z.string().regex(/^[A-Z]{2}$/, 'must be ISO 3166-1 alpha-2 codes in capitals')).optional(),
  sector: csvList(z.string()).optional(),
  sdgGoal: z.coerce.number().int().min(1).max(17).optional(),
  sdgTarget: z
    .string()
    .regex(/^\d{1,2}\.(\d{1,2}|[a-z])$/, 'must be an SDG target code such as 6.b')
    .optional(),
  modality: csvList(z.string()).optional(),
  status: csvList(listingStatusSchema).optional(),
  language: languageSchema.optional(),
  externalId: externalIdSchema.optional(),
  institutionId: z.uuid().optional(),
  /** `pending`: what waits for review — listings pending review, or published with a pending revision. */
  review: z.literal('pending').optional(),
});
export type ListingFilter = z.infer<typeof listingFilterSchema>;

export const listingPageQuerySchema = listingFilterSchema.extend({
  cursor: z
    .string()
    .regex(/^\d{1,16}$/, 'must be a cursor returned by a previous page')
    .refine((c) => Number(c) <= PG_BIGSERIAL_MAX, 'must be a cursor returned by a previous page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListingPageQuery = z.infer<typeof listingPageQuerySchema>;

/** Full-text search over listings, with the filters a secretariat works with. */
export const listingSearchQuerySchema = z.strictObject({
  q: textSchema().trim().max(500).optional(),
  /** The language `q` is written in (the reader's); its words are also looked for through their Spanish translation. */
  qLanguage: languageSchema.optional(),
  kind: listingKindSchema.optional(),
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
  modality: csvList(z.string()).optional(),
  workingLanguage: csvList(languageSchema).optional(),
  language: languageSchema.optional(),
  status: csvList(listingStatusSchema).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  hitsPerPage: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListingSearchQuery = z.infer<typeof listingSearchQuerySchema>;

export const searchHitSchema = z.object({
  id: z.uuid(),
  kind: listingKindSchema,
  externalId: z.string(),
  status: listingStatusSchema,
  title: z.string(),
  description: z.string(),
  language: languageSchema,
  country: z.string(),
  institution: z.object({ name: z.string(), acronym: z.string().nullable() }),
  sectors: z.array(z.string()),
  sdgGoals: z.array(z.number()),
  sdgTargets: z.array(z.string()),
  modalities: z.array(z.string()),
  workingLanguages: z.array(z.string()),
  /** Title and a cropped description with the matched words in <mark>; HTML-safe. */
  highlight: z
    .object({ title: z.string(), description: z.string() })
    .describe(
      "The title and a cropped description as HTML, safe to insert as is: every character of the listing's text is escaped, and `<mark>`…`</mark>` around the matched words is the only markup.",
    ),
});
