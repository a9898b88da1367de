/** @enlace/metrics: Prometheus metrics (prom-client) of the API and the worker, on an internal port. */
export { Registry, collectDefaultMetrics } from 'prom-client';
export { serveMetrics, type MetricsServerOptions } from './serve.js';
export { deliveryGauges, outboxGauges, queueGauges } from './collectors.js';
export { observeWorkers } from './workers.js';
export { httpMetrics } from './http.js';
