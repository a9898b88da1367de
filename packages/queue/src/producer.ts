import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type JobPayload, type QueueName, jobPayloads } from './queues.js';

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** One job of a bulk add; the name defaults to the queue's. */
export interface BulkJob<Q extends QueueName> {
  readonly name?: string;
  readonly data: JobPayload<Q>;
  readonly opts?: JobsOptions;
}

/** A typed producer: the payload is checked against its queue's schema before it leaves. */
export class Producer {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly connection: Redis,
    private readonly prefix: string,
  ) {}

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.connection, prefix: this.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      // A connection error also rejects the command that met it, where the caller handles it;
      // unheard, BullMQ prints the event, even after the app closed (seen in the unit tier,
      // whose Redis address answers nothing, racing vitest's teardown).
      q.on('error', () => {});
      this.queues.set(name, q);
    }
    return q;
  }

  async add<Q extends QueueName>(name: Q, payload: JobPayload<Q>, opts: JobsOptions = {}): Promise<string> {
    const data = jobPayloads[name].parse(payload);
    const job = await this.queue(name).add(name, data, opts);
    return job.id!;
  }

  /**
   * Adds many jobs in one round trip. Every payload is checked before any job leaves, so a
   * bad one refuses the whole batch rather than half of it.
   */
  async addBulk<Q extends QueueName>(name: Q, jobs: readonly BulkJob<Q>[]): Promise<string[]> {
    if (jobs.length === 0) return [];
    const checked = jobs.map((job) => ({ name: job.name ?? name, data: jobPayloads[name].parse(job.data), ...(job.opts ? { opts: job.opts } : {}) }));
    const added = await this.queue(name).addBulk(checked);
    return added.map((job) => job.id!);
  }

  /** Asks Redis for a PONG: what the API's readiness check looks at. */
  async ping(): Promise<void> {
    await this.connection.ping();
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
