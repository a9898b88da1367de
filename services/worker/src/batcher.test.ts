import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher.js';

describe('batcher', () => {
  it('gathers items that arrive together into one run, and starts a new run when full', async () => {
    const runs: number[][] = [];
    const batcher = createBatcher<number>(async (items) => void runs.push(items), { maxItems: 3, maxWaitMs: 10 });
    await Promise.all([1, 2, 3, 4, 5].map((n) => batcher.add(n)));
    expect(runs).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('fails every caller of a run that fails, so each job is retried', async () => {
    const batcher = createBatcher<number>(
      async () => {
        throw new Error('search is down');
      },
      { maxItems: 10, maxWaitMs: 5 },
    );
    const outcomes = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  });
});
