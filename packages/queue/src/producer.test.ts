import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type JobPayload, QUEUES } from './queues.js';
import { Producer } from './producer.js';

// Never connects: the producer only needs Redis once a job actually leaves.
const connection = new Redis({ lazyConnect: true });

/** A producer whose queues record the jobs they are given instead of sending them. */
function recordingProducer() {
  const producer = new Producer(connection, 'test');
  const addBulk = vi.fn(async (jobs: { name: string }[]) => jobs.map((_, i) => ({ id: `job-${i}` })));
  vi.spyOn(producer, 'queue').mockReturnValue({ addBulk } as unknown as Queue);
  return { producer, addBulk };
}

afterEach(() => vi.restoreAllMocks());

describe('the producer’s bulk add', () => {
  it('sends jobs whose payloads keep their queue’s schema, named after the queue unless named', async () => {
    const { producer, addBulk } = recordingProducer();
    const ids = await producer.addBulk(QUEUES.deliveries, [
      { data: { deliveryId: 1 } },
      { name: 'deliver', data: { deliveryId: 2 }, opts: { jobId: 'delivery-2-0' } },
    ]);
    expect(ids).toEqual(['job-0', 'job-1']);
    expect(addBulk).toHaveBeenCalledWith([
      { name: 'deliveries', data: { deliveryId: 1 } },
      { name: 'deliver', data: { deliveryId: 2 }, opts: { jobId: 'delivery-2-0' } },
    ]);
  });

  it('refuses a batch with one bad job, and sends none of it', async () => {
    const { producer, addBulk } = recordingProducer();
    const bad = { outboxId: 7, listingId: 'not-a-uuid' } as JobPayload<'index'>;
    const good = { outboxId: 8, listingId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };
    await expect(producer.addBulk(QUEUES.index, [{ data: good }, { data: bad }])).rejects.toThrow(/listingId/);
    expect(addBulk).not.toHaveBeenCalled();
  });
});
