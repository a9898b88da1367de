import { type Database, deliveries, outbox } from '@enlace/db';
import { type Producer, QUEUES } from '@enlace/queue';
import { sql } from 'drizzle-orm';
import { Gauge, type Registry } from 'prom-client';

const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;

/**
 * The queues as the people running the service watch them: jobs per state, and how long
 * the oldest waiting job has waited (a queue that grows, or a job that waits an hour,
 * says a worker is missing). Read from Redis when scraped.
 */
export function queueGauges(registry: Registry, producer: Producer): void {
  const depth = new Gauge({ name: 'enlace_queue_jobs', help: 'Jobs in a queue, by state', labelNames: ['queue', 'state'], registers: [registry] });
  new Gauge({
    name: 'enlace_queue_oldest_waiting_seconds',
    help: 'Age of the oldest job waiting in a queue (0 when none waits)',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      for (const name of Object.values(QUEUES)) {
        const queue = producer.queue(name);
        const counts = await queue.getJobCounts(...STATES);
        for (const state of STATES) depth.set({ queue: name, state }, counts[state] ?? 0);
        const [oldest] = await queue.getJobs(['waiting', 'prioritized'], 0, 0, true);
        this.set({ queue: name }, oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0);
      }
    },
  });
}

/**
 * The outbox: events not yet handed to Redis (and how old the oldest is: the relay's
 * lag), and events handed over but not yet processed by their consumer.
 */
export function outboxGauges(registry: Registry, db: Database): void {
  const pending = new Gauge({
    name: 'enlace_outbox_events',
    help: 'Outbox events not yet relayed or not yet processed',
    labelNames: ['state'],
    registers: [registry],
  });
  new Gauge({
    name: 'enlace_outbox_lag_seconds',
    help: 'Age of the oldest outbox event not yet relayed to the queues (0 when none)',
    registers: [registry],
    async collect() {
      const { rows } = await db.execute<{ undispatched: number; unprocessed: number; lag: number | null }>(sql`
        select (select count(*)::int from ${outbox} where dispatched_at is null) as undispatched,
               (select count(*)::int from ${outbox} where dispatched_at is not null and processed_at is null) as unprocessed,
               (select extract(epoch from now() - min(created_at))::float8 from ${outbox} where dispatched_at is null) as lag`);
      const r = rows[0]!;
      pending.set({ state: 'undispatched' }, r.undispatched);
      pending.set({ state: 'unprocessed' }, r.unprocessed);
      this.set(Math.max(0, r.lag ?? 0));
    },
  });
}

/** Deliveries by channel and status, as the table holds them now: what was sent, what failed, bounced or is stuck. */
export function deliveryGauges(registry: Registry, db: Database): void {
  new Gauge({
    name: 'enlace_deliveries',
    help: 'Deliveries by channel and status',
    labelNames: ['channel', 'status'],
    registers: [registry],
    async collect() {
      const { rows } = await db.execute<{ channel: string; status: string; n: number }>(
        sql`select channel::text, status::text, count(*)::int as n from ${deliveries} group by 1, 2`,
      );
      this.reset();
      for (const r of rows) this.set({ channel: r.channel, status: r.status }, r.n);
    },
  });
}
