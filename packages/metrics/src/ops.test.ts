import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * The monitoring that compose ships (profile "monitoring"): Prometheus scrapes the ports
 * the services serve metrics on, and every metric the Grafana dashboard plots is one
 * this package defines, so that renaming a metric cannot silently empty a panel.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

const compose = parse(read('docker-compose.yml')) as {
  'x-enlace-env': Record<string, string>;
  services: Record<string, { profiles?: string[]; environment?: unknown; volumes?: string[] }>;
};
const scrape = (parse(read('ops/prometheus/prometheus.yml')) as { scrape_configs: { job_name: string; dns_sd_configs: { names: string[]; port: number }[] }[] })
  .scrape_configs;

/** Metric names this package registers (`name: 'enlace_…'`), plus prom-client's default ones under their prefixes. */
const defined = new Set(
  readdirSync(fileURLToPath(new URL('.', import.meta.url)))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .flatMap((f) => [...read(`packages/metrics/src/${f}`).matchAll(/name: '(enlace_[a-z_]+)'/g)].map((m) => m[1]!)),
);

describe('monitoring in compose', () => {
  it('scrapes the API and every worker replica on the ports they serve metrics on', () => {
    const env = compose['x-enlace-env'];
    const port = (job: string) => scrape.find((s) => s.job_name === job)!.dns_sd_configs[0]!;
    expect(port('enlace-api')).toMatchObject({ names: ['api'], port: Number(env.METRICS_PORT) });
    expect(port('enlace-worker')).toMatchObject({ names: ['worker'], port: Number(env.WORKER_METRICS_PORT) });
    expect(env.METRICS_HOST).toBe('0.0.0.0');
    // Metrics ports are for the compose network: never published on the host.
    for (const service of Object.values(compose.services)) expect(JSON.stringify((service as { ports?: unknown }).ports ?? [])).not.toMatch(/946[45]/);
  });

  it('keeps Prometheus and Grafana behind the monitoring profile', () => {
    expect(compose.services.prometheus?.profiles).toEqual(['monitoring']);
    expect(compose.services.grafana?.profiles).toEqual(['monitoring']);
  });

  it('plots on the dashboard only metrics that exist', () => {
    const dashboard = JSON.parse(read('ops/grafana/dashboards/enlace.json')) as { panels: { title: string; targets: { expr: string }[] }[] };
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(8);
    for (const panel of dashboard.panels)
      for (const { expr } of panel.targets)
        for (const [name] of expr.matchAll(/enlace_[a-z_]+/g)) {
          const base = name.replace(/_(bucket|count|sum)$/, '');
          expect(defined.has(base) || defined.has(name), `${panel.title}: ${name}`).toBe(true);
        }
  });
});
