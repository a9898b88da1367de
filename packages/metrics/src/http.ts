import { Histogram, type Registry } from 'prom-client';

/** What an HTTP server tells its request histogram: the route's pattern, never the raw URL (ids would explode the labels). */
export interface ObservedRequest {
  readonly method: string;
  readonly route: string | undefined;
  readonly status: number;
  readonly seconds: number;
}

/** Request latency per route, method and status class. */
export function httpMetrics(registry: Registry): (r: ObservedRequest) => void {
  const duration = new Histogram({
    name: 'enlace_http_request_duration_seconds',
    help: 'HTTP request latency, by method, route pattern and status class',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return ({ method, route, status, seconds }) => duration.observe({ method, route: route ?? 'unmatched', status: `${Math.floor(status / 100)}xx` }, seconds);
}
