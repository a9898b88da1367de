import { QUEUES } from '@enlace/queue';
import type { Job, Worker } from 'bullmq';
import { Counter, Histogram, type Registry } from 'prom-client';

/**
 * What the worker did, counted from its BullMQ workers' own events so that no
 * processor has to know about metrics: jobs done and failed per queue and how long they
 * took, listings matched (the matching throughput), deliveries by channel and outcome.
 * Counters, so that Prometheus sums them over every worker process.
 */
export function observeWorkers(registry: Registry, workers: readonly Worker[]): void {
  const jobs = new Counter({ name: 'enlace_jobs_total', help: 'Jobs finished, by queue and outcome', labelNames: ['queue', 'outcome'], registers: [registry] });
  const seconds = new Histogram({
    name: 'enlace_job_duration_seconds',
    help: 'Time a job ran, by queue',
    labelNames: ['queue'],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 300],
    registers: [registry],
  });
  const matched = new Counter({ name: 'enlace_listings_matched_total', help: 'Listings whose matches were recomputed', registers: [registry] });
  const delivered = new Counter({
    name: 'enlace_deliveries_total',
    help: 'Delivery attempts by channel and outcome (sent, skipped, failed)',
    labelNames: ['channel', 'outcome'],
    registers: [registry],
  });
  const timed = (queue: string, job: Job) => {
    if (job.processedOn && job.finishedOn) seconds.observe({ queue }, Math.max(0, (job.finishedOn - job.processedOn) / 1000));
  };
  for (const worker of workers) {
    const queue = worker.name;
    worker.on('completed', (job: Job, result: unknown) => {
      jobs.inc({ queue, outcome: 'completed' });
      timed(queue, job);
      if (queue === QUEUES.match || queue === QUEUES.matchBulk) matched.inc(listingCount(job.data));
      if (queue === QUEUES.deliveries) {
        const r = (result ?? {}) as { sent?: boolean; channel?: string };
        delivered.inc({ channel: r.channel ?? 'unknown', outcome: r.sent ? 'sent' : 'skipped' });
      }
    });
    worker.on('failed', (job: Job | undefined) => {
      jobs.inc({ queue, outcome: 'failed' });
      if (job) timed(queue, job);
      if (queue === QUEUES.deliveries) delivered.inc({ channel: 'unknown', outcome: 'failed' });
    });
  }
}

function listingCount(data: unknown): number {
  const ids = (data as { listingIds?: unknown } | null)?.listingIds;
  return Array.isArray(ids) ? ids.length : 0;
}
