import { ANONYMOUS, type Actor } from '@enlace/domain';
import { describe, expect, it } from 'vitest';
import { sharedFigures } from './shared-figures.js';

const staff: Actor = { kind: 'user', userId: 'u1', role: 'staff', country: null, institutionId: null };

function counter() {
  let calls = 0;
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  return {
    compute: async () => {
      calls += 1;
      await gate;
      return { calls };
    },
    release: () => release(),
    get calls() {
      return calls;
    },
  };
}

describe('shared figures', () => {
  it('callers asking the same question while it is computed share one computation', async () => {
    const figures = sharedFigures(30);
    const c = counter();
    const asked = [1, 2, 3].map(() => figures('funnel', ANONYMOUS, { country: 'HT' }, c.compute));
    c.release();
    expect(await Promise.all(asked)).toEqual([{ calls: 1 }, { calls: 1 }, { calls: 1 }]);
    expect(await figures('funnel', ANONYMOUS, { country: 'HT' }, c.compute)).toEqual({ calls: 1 });
    expect(c.calls).toBe(1);
  });

  it('keeps apart what staff count and what the public count, and different questions', async () => {
    const figures = sharedFigures(30);
    const c = counter();
    c.release();
    await figures('funnel', ANONYMOUS, { country: 'HT' }, c.compute);
    await figures('funnel', staff, { country: 'HT' }, c.compute);
    await figures('funnel', ANONYMOUS, { country: 'BR' }, c.compute);
    await figures('flows', ANONYMOUS, { country: 'HT' }, c.compute);
    expect(c.calls).toBe(4);
    // The same filters in another order, or with an absent one spelled out, are the same question.
    await figures('funnel', ANONYMOUS, { sector: undefined, country: 'HT' }, c.compute);
    expect(c.calls).toBe(4);
  });

  it('does not keep a failure, and computes every time when its lifetime is 0', async () => {
    const figures = sharedFigures(30);
    let attempts = 0;
    const flaky = async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('connection lost');
      return { ok: true };
    };
    await expect(figures('coverage', ANONYMOUS, {}, flaky)).rejects.toThrow('connection lost');
    expect(await figures('coverage', ANONYMOUS, {}, flaky)).toEqual({ ok: true });

    const never = sharedFigures(0);
    const c = counter();
    c.release();
    await never('coverage', ANONYMOUS, {}, c.compute);
    await never('coverage', ANONYMOUS, {}, c.compute);
    expect(c.calls).toBe(2);
  });
});
