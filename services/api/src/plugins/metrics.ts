import { collectDefaultMetrics, deliveryGauges, httpMetrics, outboxGauges, queueGauges, Registry } from '@enlace/metrics';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** This app's Prometheus metrics; main.ts serves them on METRICS_PORT, apart from the public routes. */
    metrics: Registry;
  }
}

/**
 * Request latency per route pattern, and, read when scraped, the queues, the outbox and
 * the deliveries: what the people running the service watch.
 */
export const metricsPlugin = fp(async (app: FastifyInstance) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'enlace_api_' });
  queueGauges(registry, app.deps.producer);
  outboxGauges(registry, app.deps.db);
  deliveryGauges(registry, app.deps.db);
  const observe = httpMetrics(registry);
  app.decorate('metrics', registry);
  app.addHook('onResponse', async (request, reply) => {
    observe({ method: request.method, route: request.routeOptions.url, status: reply.statusCode, seconds: reply.elapsedTime / 1000 });
  });
});
