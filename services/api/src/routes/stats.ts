import { cooperationFlowsSchema, coverageSchema, listingStatsQuerySchema, listingStatsSchema, matchFunnelSchema, statsFilterSchema } from '@enlace/domain';
import { cooperationFlows, coverage, listingStats, matchFunnel } from '@enlace/registry/stats';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../deps.js';
import { problems } from '../plugins/problem.js';

const tags = ['statistics'];
const FILTERS =
  'Filters: `from` and `to` (a period, days included), `group` (a country grouping or subregion), `country`, `sector`, `sdgGoal`. Computed from the registry when asked. Anonymous callers, officers and focal points count published data only; staff count every status.';

/** Figures from the registry: listings along a dimension, the match funnel, cooperation flows, coverage of the member states. */
export async function statsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/v1/stats/listings', {
    schema: {
      operationId: 'getListingStats',
      tags,
      summary: 'Listings counted by country (provider and recipient), sector, sector area, SDG goal or target, modality, language or month',
      description: `\`by\` names the dimension (country by default); offers and demands apart. A listing with several values (sectors, goals, targets, modalities) counts once under each. ${FILTERS}`,
      querystring: listingStatsQuerySchema,
      response: { 200: listingStatsSchema, ...problems(400) },
    },
    handler: async (req) => listingStats(ctxOf(req), req.query),
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
    handler: async (req) => matchFunnel(ctxOf(req), req.query),
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
    handler: async (req) => cooperationFlows(ctxOf(req), req.query),
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
    handler: async (req) => coverage(ctxOf(req), req.query),
  });
}
