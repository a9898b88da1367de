import {
  type Actor,
  campaignParticipationQuerySchema,
  campaignParticipationSchema,
  canReadConciseReport,
  conciseReportSchema,
  ForbiddenError,
  cooperationFlowsSchema,
  coverageSchema,
  languageSchema,
  listingStatsQuerySchema,
  listingStatsSchema,
  matchFunnelSchema,
  REPORT_TABLES,
  type ReportQuery,
  reportQuerySchema,
  statsFilterSchema,
} from '@enlace/domain';
import {
  campaignParticipation,
  conciseReport,
  cooperationFlows,
  coverage,
  listingStats,
  matchFunnel,
  reportCsv,
  reportWorkbook,
  sharedFigures,
} from '@enlace/registry/stats';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { LANG_DESCRIPTION, readerLanguage } from '../language.js';
import { requireUser } from '../plugins/auth.js';
import { problems } from '../plugins/problem.js';

const tags = ['statistics'];
const FILTERS =
  'Filters: `from` and `to` (a period, days included), `group` (a country grouping or subregion), `country`, `sector`, `sdgGoal`. Computed from the registry when asked. Anonymous callers, officers and focal points count published data only; staff count every status.';

/** Figures from the registry: listings along a dimension, the match funnel, cooperation flows, coverage of the member states. */
export async function statsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const figures = sharedFigures(app.deps.env.STATS_CACHE_SECONDS);

  r.get('/v1/stats/listings', {
    schema: {
      operationId: 'getListingStats',
      tags,
      summary: 'Listings counted by country (provider and recipient), sector, sector area, SDG goal or target, modality, language or month',
      description: `\`by\` names the dimension (country by default); offers and demands apart. A listing with several values (sectors, goals, targets, modalities) counts once under each. ${FILTERS}`,
      querystring: listingStatsQuerySchema,
      response: { 200: listingStatsSchema, ...problems(400) },
    },
    handler: async (req) => figures('listings', req.actor, req.query, () => listingStats(ctxOf(req), req.query)),
  });

  r.get('/v1/stats/funnel', {
    schema: {
      operationId: 'getMatchFunnel',
      tags,
      summary: 'The match funnel: suggested → interested → mutual → agreed → in progress → completed',
      description: `How many matches reached each stage, the share of the previous stage that reached it, and the median days the step took; declined and dismissed apart. The period is when a match was first found (or proposed). Place, sector and goal apply to either side. ${FILTERS}`,
      querystring: statsFilterSchema,
      response: { 200: matchFunnelSchema, ...problems(400) },
    },
    handler: async (req) => figures('funnel', req.actor, req.query, () => matchFunnel(ctxOf(req), req.query)),
  });

  r.get('/v1/stats/flows', {
    schema: {
      operationId: 'getCooperationFlows',
      tags,
      summary: 'Cooperation flows: agreed, in progress and completed cooperation from provider to recipient country',
      description: `The provider is the country that offered, the recipient the one that asked. The period is the cooperation's last step. ${FILTERS}`,
      querystring: statsFilterSchema,
      response: { 200: cooperationFlowsSchema, ...problems(400) },
    },
    handler: async (req) => figures('flows', req.actor, req.query, () => cooperationFlows(ctxOf(req), req.query)),
  });

  r.get('/v1/stats/campaigns', {
    schema: {
      operationId: 'getCampaignParticipation',
      tags,
      summary: "A country's participation in outreach campaigns",
      description:
        "Every campaign that wrote to `country`, newest first: its kind, status and deadline, when it first wrote, whether the country met its goal, and the offers, demands and validated experts the country brought since. Campaign ids and names are shown to the secretariat and the country's own people only.",
      querystring: campaignParticipationQuerySchema,
      response: { 200: campaignParticipationSchema, ...problems(400) },
    },
    handler: async (req) => campaignParticipation(ctxOf(req), req.query),
  });

  r.get('/v1/stats/coverage', {
    schema: {
      operationId: 'getCoverage',
      tags,
      summary: 'Member states with at least one published offer or demand',
      description:
        "The OAS's member states, or the members of `group`, or `country` alone; each with its published offers and demands. Always published listings, whoever asks. `from`/`to`, `sector` and `sdgGoal` narrow what counts.",
      querystring: statsFilterSchema,
      response: { 200: coverageSchema, ...problems(400) },
    },
    handler: async (req) => figures('coverage', req.actor, req.query, () => coverage(ctxOf(req), req.query)),
  });

  const REPORT =
    'The key figures of a period (`from`–`to`, the last 90 days by default) next to the period of the same length before, the sectors most offered and most asked for, the published demands still without agreed cooperation (oldest first, at most 50, and how many in all), and the cooperation completed in the period with its outcome and lessons. Staff only: it quotes what only the two countries and the secretariat read. Place, sector and goal filters as for every statistic.';
  // Who may read the report is decided before its query is read: a caller without the
  // right is told so (403), not that a parameter is missing.
  const reportReader = [
    requireUser,
    async (req: { actor: Actor }) => {
      if (!canReadConciseReport(req.actor)) throw new ForbiddenError('the concise report is for the secretariat');
    },
  ];
  // The report, its CSV tables and its workbook share one computation of the same period.
  const report = (req: FastifyRequest, filter: ReportQuery) => figures('report', req.actor, filter, () => conciseReport(ctxOf(req), filter));
  const fileQuery = reportQuerySchema.safeExtend({ lang: languageSchema.optional().describe(LANG_DESCRIPTION) });

  r.get('/v1/stats/report', {
    onRequest: reportReader,
    schema: {
      operationId: 'getConciseReport',
      tags,
      summary: 'The concise report for a period (staff)',
      description: REPORT,
      querystring: reportQuerySchema,
      response: { 200: conciseReportSchema, ...problems(400, 401, 403) },
    },
    handler: async (req) => report(req, req.query),
  });

  r.get('/v1/stats/report.csv', {
    onRequest: reportReader,
    schema: {
      operationId: 'getConciseReportCsv',
      tags,
      summary: "One of the concise report's tables as CSV (staff)",
      description: `\`table\`: ${REPORT_TABLES.join(', ')}. Headers and names in the reader's language. ${REPORT}`,
      querystring: fileQuery.safeExtend({ table: z.enum(REPORT_TABLES) }),
      produces: ['text/csv'],
    },
    handler: async (req, reply) => {
      const { table, lang, ...filter } = req.query;
      const csv = reportCsv(await report(req, filter), table, await readerLanguage(req, lang));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="enlace-report-${table}.csv"`).send(csv);
    },
  });

  r.get('/v1/stats/report.xlsx', {
    onRequest: reportReader,
    schema: {
      operationId: 'getConciseReportWorkbook',
      tags,
      summary: 'The concise report as an Excel workbook, a sheet per table (staff)',
      description: REPORT,
      querystring: fileQuery,
      produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
    handler: async (req, reply) => {
      const { lang, ...filter } = req.query;
      const book = await reportWorkbook(await report(req, filter), await readerLanguage(req, lang));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="enlace-report.xlsx"')
        .send(book);
    },
  });
}
