import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.js';
import './components.js';
import { loggerOptions } from './logging.js';
import { isHttps, securityHeadersPlugin } from './plugins/security-headers.js';
import { authPlugin } from './plugins/auth.js';
import { openapiConventionsPlugin, transformObject } from './plugins/openapi.js';
import { metricsPlugin } from './plugins/metrics.js';
import { problemPlugin } from './plugins/problem.js';
import { rateLimitPlugin } from './plugins/rate-limit.js';
import { authRoutes } from './routes/auth.js';
import { cooperationRecordRoutes } from './routes/cooperation-records.js';
import { storyRoutes } from './routes/stories.js';
import { expertRoutes } from './routes/experts.js';
import { exportRoutes } from './routes/exports.js';
import { healthRoutes } from './routes/health.js';
import { importRoutes } from './routes/imports.js';
import { institutionRoutes } from './routes/institutions.js';
import { listingRoutes } from './routes/listings.js';
import { matchLifecycleRoutes } from './routes/match-lifecycle.js';
import { matchRoutes } from './routes/matches.js';
import { notificationRoutes } from './routes/notifications.js';
import { unsubscribeRoutes } from './routes/unsubscribe.js';
import { campaignRoutes } from './routes/campaigns.js';
import { searchRoutes } from './routes/search.js';
import { queueBoardRoutes } from './routes/queue-board.js';
import { statsRoutes } from './routes/stats.js';
import { taxonomyRoutes } from './routes/taxonomies.js';
import { translationRoutes } from './routes/translations.js';
import { userRoutes } from './routes/users.js';

/** Builds the HTTP API around its dependencies; tests build one per suite and use `inject`. */
export async function buildApp(deps: AppDeps, options: FastifyServerOptions = {}) {
  // A caller's logger options (a test's stream) add to ours, so redaction always applies.
  const { logger, ...rest } = options;
  const app = Fastify({
    logger: { ...loggerOptions(deps.env), ...(typeof logger === 'object' ? logger : {}) },
    // Whom to believe about the client's address, which sign-in and rate limits key on.
    trustProxy: deps.env.TRUST_PROXY,
    bodyLimit: deps.env.BODY_LIMIT_BYTES,
    // Query lists are comma-separated; keep repeated keys as arrays too.
    routerOptions: { ignoreTrailingSlash: true },
    ...rest,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  // Only JSON and JSON Lines are spoken here.
  app.removeContentTypeParser('text/plain');

  await app.register(problemPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(metricsPlugin);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Enlace API',
        version: '1.0.0',
        description:
          'South-South cooperation matchmaking: offers and demands of national cooperation agencies, their review, bulk import and export. Errors are application/problem+json.',
      },
      // Each operation states its own security (see plugins/openapi.ts).
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          expertLink: {
            type: 'http',
            scheme: 'ExpertLink',
            description:
              "The token of the link emailed to an expert (POST /v1/experts/links): it opens that expert's own registration, and nothing else, until it expires.",
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject,
  });
  await app.register(openapiConventionsPlugin);
  // Swagger UI's own CSP (hashes of its inline code, as its documentation recommends) replaces the strict one under /docs.
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    transformStaticCSP: (header) => (isHttps(deps.env) ? header : header.replace(/\s*upgrade-insecure-requests;?/, '')),
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(authPlugin);
  await app.register(rateLimitPlugin);

  await app.register(healthRoutes);
  await app.register(taxonomyRoutes);
  await app.register(listingRoutes);
  await app.register(translationRoutes);
  await app.register(institutionRoutes);
  await app.register(importRoutes);
  await app.register(exportRoutes);
  await app.register(searchRoutes);
  await app.register(matchRoutes);
  await app.register(matchLifecycleRoutes);
  await app.register(cooperationRecordRoutes);
  await app.register(storyRoutes);
  await app.register(expertRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(notificationRoutes);
  await app.register(unsubscribeRoutes);
  await app.register(campaignRoutes);
  await app.register(statsRoutes);
  await app.register(queueBoardRoutes);
  return app;
}
