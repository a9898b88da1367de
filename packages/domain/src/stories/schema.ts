import { z } from 'zod';
import { STORY_STATUSES } from '../codes.js';
import { countryCodeSchema } from '../listings/schema.js';
import { languageSchema } from '../taxonomies/languages.js';
import { SECTOR_CODES } from '../taxonomies/sectors.js';
import { textSchema } from '../text.js';

/*
 * A success story: the public account of a completed cooperation, in the words of the
 * two countries that did it. Either side drafts it; it is published only once both
 * countries' focal points have approved the version they read (consent is per version).
 */

export { STORY_STATUSES, type StoryStatus } from '../codes.js';
export const storyStatusSchema = z.enum(STORY_STATUSES);

/** What people do to a story; the API lists those the caller may do now. */
export const STORY_ACTIONS = ['edit', 'submit', 'approve', 'withdraw'] as const;
export type StoryAction = (typeof STORY_ACTIONS)[number];

const text = (min: number, max: number) => textSchema().trim().min(min).max(max);

/** The text of a story, as drafted or edited. */
export const storyBodySchema = z
  .strictObject({
    /** The language the story is written in; readers of the others get a marked machine translation. */
    language: languageSchema,
    title: text(5, 200),
    /** Two or three sentences: who did what together. */
    summary: text(20, 1500),
    /** What changed for the people concerned, with figures where there are some. */
    results: text(10, 4000),
    lessons: text(10, 4000),
    /** A short quote from someone who took part. */
    testimonial: text(10, 1000).optional(),
    /** Who gave the testimonial, as they wish to be named (a role, an institution). */
    testimonialBy: text(2, 200).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.testimonialBy && !s.testimonial) ctx.addIssue({ code: 'custom', path: ['testimonial'], message: 'is required with testimonialBy' });
  })
  .meta({ id: 'StoryBody' });
export type StoryBody = z.infer<typeof storyBodySchema>;

/** Approving: an optional note for the other side; withdrawing: why, always. */
export const storyApprovalBodySchema = z.strictObject({ note: text(3, 1000).optional() });
export const storyWithdrawalBodySchema = z.strictObject({ reason: text(5, 1000) });

/** A story's words, in its own language or translated. */
const storyText = {
  language: languageSchema,
  title: z.string(),
  summary: z.string(),
  results: z.string(),
  lessons: z.string(),
  testimonial: z.string().nullable(),
};

const translatedSchema = z.object({ ...storyText, machineTranslated: z.literal(true) });
export type StoryTranslation = z.infer<typeof translatedSchema>;

export const storySchema = z
  .object({
    id: z.uuid(),
    matchId: z.uuid(),
    status: storyStatusSchema,
    ...storyText,
    testimonialBy: z.string().nullable(),
    /** Bumped by every edit; an approval is of one version. */
    version: z.number().int(),
    /** The country whose people drafted it. */
    authorCountry: z.string(),
    /** The offer's country (provider) and the demand's (recipient). */
    provider: z.string(),
    recipient: z.string(),
    offerId: z.uuid(),
    demandId: z.uuid(),
    sectors: z.array(z.string()),
    sdgGoals: z.array(z.number().int()),
    /** Each country's consent to the current version: when it was given, or null while it waits. */
    approvals: z.array(z.object({ country: z.string(), approvedAt: z.string().nullable(), note: z.string().nullable() })),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    withdrawnReason: z.string().nullable(),
    /** What the caller may do now. */
    actions: z.array(z.enum(STORY_ACTIONS)),
    /** The story in the reader's language (`lang`), when it is written in another. */
    translation: translatedSchema.nullable(),
  })
  .meta({ id: 'SuccessStory' });
export type Story = z.infer<typeof storySchema>;

export const storyListQuerySchema = z.strictObject({
  /** Either side of the cooperation. */
  country: countryCodeSchema.optional(),
  sector: z.enum(SECTOR_CODES).optional(),
  sdgGoal: z.coerce.number().int().min(1).max(17).optional(),
  /** Stories not yet public: their countries' people and staff only. Published when absent. */
  status: storyStatusSchema.optional(),
  /** The reader's language: stories written in another come with their translation. */
  lang: languageSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(12),
  /** Where the next page starts, as the previous page's `nextCursor` gave it. */
  cursor: z.string().max(200).optional(),
});
export type StoryListQuery = z.infer<typeof storyListQuerySchema>;

export const storyListSchema = z.object({
  items: z.array(storySchema),
  nextCursor: z.string().optional(),
  total: z.number().int().describe('Stories matching the filters, on every page'),
});
export type StoryList = z.infer<typeof storyListSchema>;

export const storyReadQuerySchema = z.strictObject({ lang: languageSchema.optional() });
