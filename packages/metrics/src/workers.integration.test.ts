import { TEST_REDIS_URL, testQueuePrefix } from '@enlace/devstack/testing';
import { QUEUES, redisConnection } from '@enlace/queue';
import { type Job, Queue, Worker } from 'bullmq';
import { Registry } from 'prom-client';
import { afterAll, describe, expect, it } from 'vitest';
import { observeWorkers } from './workers.js';

/*
 * The worker's counters come from its BullMQ workers' events: real workers on real
 * Redis, each processor as plain as the worker's own (it returns what they return).
 */
const prefix = testQueuePrefix('metrics');
const connection = redisConnection(TEST_REDIS_URL, 'worker');
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const o of opened.reverse()) await o.close();
  connection.disconnect();
});

function start(name: string, processor: (job: Job) => Promise<unknown>) {
  const queue = new Queue(name, { connection, prefix });
  const worker = new Worker(name, processor, { connection, prefix, concurrency: 1 });
  // Leave nothing in the shared Redis once done.
  opened.push({ close: () => queue.obliterate({ force: true }).then(() => queue.close()) }, worker);
  return { queue, worker };
}
const settle = (worker: Worker, n: number) =>
  new Promise<void>((resolve) => {
    let seen = 0;
    const one = () => (++seen === n ? resolve() : undefined);
    worker.on('completed', one);
    worker.on('failed', one);
  });

describe('worker metrics', () => {
  it('count jobs per queue and outcome, listings matched and deliveries by channel and outcome', async () => {
    const registry = new Registry();
    const match = start(QUEUES.match, async () => ({ written: 3 }));
    const deliveries = start(QUEUES.deliveries, async (job) => {
      if (job.data.fail) throw new Error('smtp refused');
      return job.data.claimed ? { sent: true, channel: 'email' } : { sent: false };
    });
    observeWorkers(registry, [match.worker, deliveries.worker]);

    const matched = settle(match.worker, 2);
    await match.queue.add('match', { listingIds: ['a', 'b', 'c'], bulk: false });
    await match.queue.add('match', { listingIds: ['d'], bulk: false });
    const delivered = settle(deliveries.worker, 3);
    await deliveries.queue.add('deliveries', { claimed: true });
    await deliveries.queue.add('deliveries', { claimed: false });
    await deliveries.queue.add('deliveries', { fail: true });
    await Promise.all([matched, delivered]);

    const text = await registry.metrics();
    const value = (series: string) =>
      Number(
        text
          .split('\n')
          .find((l) => l.startsWith(`${series} `))
          ?.split(' ')[1],
      );
    expect(value('enlace_listings_matched_total')).toBe(4);
    expect(value('enlace_jobs_total{queue="match",outcome="completed"}')).toBe(2);
    expect(value('enlace_job_duration_seconds_count{queue="match"}')).toBe(2);
    expect(value('enlace_deliveries_total{channel="email",outcome="sent"}')).toBe(1);
    expect(value('enlace_deliveries_total{channel="unknown",outcome="skipped"}')).toBe(1);
    expect(value('enlace_deliveries_total{channel="unknown",outcome="failed"}')).toBe(1);
    expect(value('enlace_jobs_total{queue="deliveries",outcome="failed"}')).toBe(1);
  });
});
