import { z } from 'zod';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES, MATCH_STAGES } from '../codes.js';
import { countryCodeSchema, isoDateSchema } from '../listings/schema.js';
import { countriesIn } from '../taxonomies/countries.js';
import { SECTOR_CODES } from '../taxonomies/sectors.js';

/*
 * The statistics the registry answers: listings counted along one dimension, the match
 * funnel, the cooperation flows between countries, and the coverage of the member
 * states. Every figure is computed from the registry when asked; nothing is stored.
 */

/** What listings can be counted by. `country` also says each country's role: provider (offers), recipient (demands). */
export const LISTING_STATS_DIMENSIONS = ['country', 'sector', 'sectorArea', 'sdgGoal', 'sdgTarget', 'modality', 'language', 'month'] as const;
export type ListingStatsDimension = (typeof LISTING_STATS_DIMENSIONS)[number];

/** The filters every statistic takes. */
export const statsFilterSchema = z
  .strictObject({
    /** First day of the period (a listing's publication, a match's first step). */
    from: isoDateSchema.optional(),
    /** Last day of the period, included. */
    to: isoDateSchema.optional(),
    /** A country grouping (caricom, sica, oas…) or a subregion (caribbean…). */
    group: z
      .string()
      .refine((g) => countriesIn(g) !== undefined, { message: 'must be a country grouping or subregion code such as caricom or caribbean' })
      .optional(),
    country: countryCodeSchema.optional(),
    sector: z.enum(SECTOR_CODES).optional(),
    sdgGoal: z.coerce.number().int().min(1).max(17).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  });
export type StatsFilter = z.infer<typeof statsFilterSchema>;

export const listingStatsQuerySchema = statsFilterSchema.safeExtend({
  by: z.enum(LISTING_STATS_DIMENSIONS).default('country'),
});
export type ListingStatsQuery = z.infer<typeof listingStatsQuerySchema>;

const counts = { offers: z.number().int(), demands: z.number().int(), total: z.number().int() };

export const listingStatsSchema = z
  .object({
    by: z.enum(LISTING_STATS_DIMENSIONS),
    /** `published` for everyone; staff count every status, drafts included. */
    scope: z.enum(['published', 'all']),
    /** Listings matching the filters, each counted once. */
    totals: z.object(counts),
    /** One row per value of the dimension, most listings first. A listing with two sectors counts once in each. */
    items: z.array(z.object({ key: z.string(), ...counts })),
  })
  .meta({ id: 'ListingStats' });
export type ListingStats = z.infer<typeof listingStatsSchema>;

/** The stages of a cooperation in order; declined and dismissed end it without a stage of their own here. */
export const FUNNEL_STAGES = MATCH_STAGES.filter((s) => s !== 'declined' && s !== 'dismissed');

export const matchFunnelSchema = z
  .object({
    stages: z.array(
      z.object({
        stage: z.enum(FUNNEL_STAGES as unknown as [string, ...string[]]),
        /** Matches that reached this stage (and may have gone further, or stopped). */
        reached: z.number().int(),
        /** Of those that reached the previous stage, the share that reached this one (null for the first). */
        conversion: z.number().nullable(),
        /** Median days from reaching the previous stage to reaching this one (null for the first, or with none). */
        medianDays: z.number().nullable(),
      }),
    ),
    /** Matches that were declined or dismissed, whatever stage they had reached. */
    declined: z.number().int(),
    dismissed: z.number().int(),
  })
  .meta({ id: 'MatchFunnel' });
export type MatchFunnel = z.infer<typeof matchFunnelSchema>;

export const cooperationFlowsSchema = z
  .object({
    /** Cooperation agreed or further, from the country that offered (provider) to the one that asked (recipient). */
    items: z.array(
      z.object({
        provider: z.string(),
        recipient: z.string(),
        agreed: z.number().int(),
        inProgress: z.number().int(),
        completed: z.number().int(),
        total: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CooperationFlows' });
export type CooperationFlows = z.infer<typeof cooperationFlowsSchema>;

export const coverageSchema = z
  .object({
    /** The member states counted (the OAS's, or those of the `group` asked for). */
    members: z.number().int(),
    /** Member states with at least one published offer or demand. */
    covered: z.number().int(),
    /** covered / members. */
    share: z.number(),
    items: z.array(z.object({ country: z.string(), offers: z.number().int(), demands: z.number().int(), covered: z.boolean() })),
  })
  .meta({ id: 'Coverage' });
export type Coverage = z.infer<typeof coverageSchema>;

export const campaignParticipationQuerySchema = z.strictObject({ country: countryCodeSchema });
export type CampaignParticipationQuery = z.infer<typeof campaignParticipationQuerySchema>;

/**
 * A country's part in the secretariat's outreach campaigns: those that wrote to it, whether
 * it met each one's goal, and the listings and experts it brought. Campaigns are the
 * secretariat's own tool: their ids and names are shown to the secretariat and to the
 * country's own people only; what the country published is public anyway.
 */
export const campaignParticipationSchema = z
  .object({
    country: z.string(),
    /** Campaigns that wrote to the country. */
    reached: z.number().int(),
    /** Of those, campaigns whose goal the country met. */
    met: z.number().int(),
    items: z.array(
      z.object({
        id: z.string().nullable(),
        name: z.string().nullable(),
        kind: z.enum(CAMPAIGN_KINDS),
        status: z.enum(CAMPAIGN_STATUSES),
        deadline: z.string(),
        firstMessageAt: z.string(),
        met: z.boolean(),
        metAt: z.string().nullable(),
        /** Published by the country after the campaign first wrote to it. */
        offers: z.number().int(),
        demands: z.number().int(),
        /** Validated experts of the country after the campaign first wrote to it. */
        experts: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CampaignParticipation' });
export type CampaignParticipation = z.infer<typeof campaignParticipationSchema>;

/** A concise report: a period (the last 90 days by default) and where, compared with the period before. */
export const reportQuerySchema = statsFilterSchema;
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export const REPORT_FIGURES = ['offers', 'demands', 'membersPresent', 'matchesFound', 'cooperationAgreed', 'cooperationCompleted'] as const;
export const REPORT_TABLES = ['figures', 'themes', 'unmet', 'completed'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

const period = z.object({ from: z.string(), to: z.string() });

export const conciseReportSchema = z
  .object({
    period,
    /** The period of the same length just before, for the change of each figure. */
    previous: period,
    figures: z.array(z.object({ key: z.enum(REPORT_FIGURES), current: z.number().int(), previous: z.number().int() })),
    /** The sectors most offered and most asked for in the period. */
    themes: z.object({
      offered: z.array(z.object({ sector: z.string(), count: z.number().int() })),
      asked: z.array(z.object({ sector: z.string(), count: z.number().int() })),
    }),
    /** Published demands no cooperation has been agreed for, oldest first (at most 50), and how many in all. */
    unmet: z.object({
      total: z.number().int(),
      items: z.array(z.object({ id: z.uuid(), title: z.string(), country: z.string(), sectors: z.array(z.string()), publishedAt: z.string() })),
    }),
    /** Cooperation completed in the period, with what was done and learned. */
    completed: z.array(
      z.object({
        matchId: z.uuid(),
        provider: z.string(),
        recipient: z.string(),
        offer: z.string(),
        demand: z.string(),
        completedAt: z.string(),
        summary: z.string(),
        lessonsLearned: z.string(),
      }),
    ),
  })
  .meta({ id: 'ConciseReport' });
export type ConciseReport = z.infer<typeof conciseReportSchema>;
