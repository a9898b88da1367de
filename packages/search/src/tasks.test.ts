import { type EnqueuedTaskPromise, MeilisearchTaskTimeOutError, type Task } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { SearchTaskError, settled } from './tasks.js';

/** A write whose task is still running for the first `rounds` waits, then ends as `status`. */
function write(rounds: number, status: Task['status'] = 'succeeded') {
  const waits: number[] = [];
  const enqueued = Object.assign(Promise.resolve({ taskUid: 7 }), {
    async waitTask(opts: { timeout: number }) {
      waits.push(opts.timeout);
      await new Promise((r) => setTimeout(r, 5));
      if (waits.length <= rounds) throw new MeilisearchTaskTimeOutError(7, opts.timeout);
      return { uid: 7, type: 'documentAdditionOrUpdate', status } as Task;
    },
  }) as unknown as EnqueuedTaskPromise;
  return { enqueued, waits };
}

describe('waiting for a search write', () => {
  it('waits in short rounds until the task is done', async () => {
    const { enqueued, waits } = write(3);
    await expect(settled(enqueued)).resolves.toMatchObject({ status: 'succeeded' });
    expect(waits).toHaveLength(4);
    expect(Math.max(...waits)).toBeLessThanOrEqual(200);
  });

  it('gives up with the timeout error once its own time is out', async () => {
    const { enqueued } = write(Number.POSITIVE_INFINITY);
    await expect(settled(enqueued, 50)).rejects.toBeInstanceOf(MeilisearchTaskTimeOutError);
  });

  it('says so when the task failed', async () => {
    const { enqueued } = write(0, 'failed');
    await expect(settled(enqueued)).rejects.toBeInstanceOf(SearchTaskError);
  });
});
