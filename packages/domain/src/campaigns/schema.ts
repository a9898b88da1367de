import { z } from 'zod';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES } from '../codes.js';
import { countryCodeSchema } from '../listings/schema.js';
import { COUNTRY_GROUP_CODES, SUBREGIONS, countriesIn } from '../taxonomies/countries.js';
import { LANGUAGES, languageSchema } from '../taxonomies/languages.js';
import { SECTOR_CODES } from '../taxonomies/sectors.js';
import { textSchema } from '../text.js';
import { PLACEHOLDERS, placeholdersIn } from './template.js';

export const campaignKindSchema = z.enum(CAMPAIGN_KINDS);
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);

const groupCodes = [...COUNTRY_GROUP_CODES, ...SUBREGIONS.map((s) => s.code)];

/** Conditions an audience can be narrowed by; checked again every time the campaign writes. */
export const AUDIENCE_CONDITIONS = ['no_published_offer', 'no_published_demand', 'no_published_listing'] as const;

export const campaignAudienceSchema = z
  .strictObject({
    groups: z
      .array(z.string().refine((g) => countriesIn(g) !== undefined, { message: `not a grouping or subregion; one of ${groupCodes.join(', ')}` }))
      .max(20)
      .default([]),
    countries: z.array(countryCodeSchema).max(250).default([]),
    condition: z.enum(AUDIENCE_CONDITIONS).nullish(),
    roles: z
      .array(z.enum(['focal_point', 'agency_officer']))
      .min(1)
      .default(['focal_point', 'agency_officer']),
  })
  .refine((a) => a.groups.length + a.countries.length > 0, { message: 'name at least one grouping or country', path: ['countries'] });
export type CampaignAudienceInput = z.infer<typeof campaignAudienceSchema>;

export const campaignGoalSchema = z.strictObject({
  count: z.number().int().min(1).max(1000).default(1),
  listingKind: z.enum(['offer', 'demand', 'either']).default('either'),
  sectors: z.array(z.enum(SECTOR_CODES)).default([]),
  sdgGoals: z.array(z.number().int().min(1).max(17)).default([]),
  staleAfterDays: z.number().int().min(1).max(3650).default(365),
  expiringWithinDays: z.number().int().min(0).max(365).default(30),
});

const messageSchema = z.strictObject({
  subject: textSchema().trim().min(3).max(200),
  body: textSchema().trim().min(10).max(10_000),
});

const messagesSchema = z.partialRecord(languageSchema, messageSchema).superRefine((messages, ctx) => {
  for (const [lang, m] of Object.entries(messages)) {
    for (const field of ['subject', 'body'] as const) {
      const unknown = placeholdersIn(m![field]).filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [lang, field],
          message: `unknown placeholder ${unknown.map((p) => `{{${p}}}`).join(', ')}; use ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
        });
      }
    }
  }
});

const instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()], { message: 'must be a date (YYYY-MM-DD) or a date-time with its offset' });

/** A campaign as staff write it. */
export const campaignInputSchema = z
  .strictObject({
    name: textSchema().trim().min(3).max(200),
    kind: campaignKindSchema,
    audience: campaignAudienceSchema,
    goal: campaignGoalSchema.default(campaignGoalSchema.parse({})),
    messages: messagesSchema,
    defaultLanguage: languageSchema.default('es'),
    /** The last day to meet the goal. */
    deadline: z.iso.date({ message: 'must be a date as YYYY-MM-DD' }),
    /** Days between reminders to countries that have not met the goal; none when absent. */
    reminderEveryDays: z.number().int().min(1).max(90).nullish(),
  })
  .refine((c) => c.messages[c.defaultLanguage] !== undefined, {
    path: ['messages'],
    message: 'give at least the message in the default language',
  })
  .refine((c) => c.kind !== 'announcement' || !c.reminderEveryDays, {
    path: ['reminderEveryDays'],
    message: 'an announcement has no goal to remind about',
  });
export type CampaignInput = z.infer<typeof campaignInputSchema>;

/** When to send: now, or at a time. */
export const campaignScheduleSchema = z.strictObject({ sendAt: instant.optional() });

export const campaignViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: campaignKindSchema,
  status: campaignStatusSchema,
  audience: z.record(z.string(), z.unknown()),
  goal: z.record(z.string(), z.unknown()),
  messages: z.record(z.string(), z.object({ subject: z.string(), body: z.string() })),
  defaultLanguage: languageSchema,
  deadline: z.string(),
  sendAt: z.string().nullable(),
  reminderEveryDays: z.number().nullable(),
  rounds: z.number().int(),
  lastRoundAt: z.string().nullable(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
});
export type CampaignView = z.infer<typeof campaignViewSchema>;

export { LANGUAGES };
