import { describe, expect, it } from 'vitest';
import { sharedAnswers } from './shared-answers.js';

describe('shared answers', () => {
  it('keeps answers up to their total weight, dropping the least recently asked first', async () => {
    const shared = sharedAnswers(30, { weight: { of: (a) => (a as { items: unknown[] }).items.length, max: 10 } });
    let computed = 0;
    const answer = (n: number) => async () => {
      computed += 1;
      return { items: Array.from({ length: n }) };
    };
    await shared('a', answer(6));
    await shared('a', answer(6));
    expect(computed).toBe(1);
    // Six and six weigh more than ten: the second answer pushes the first out.
    await shared('b', answer(6));
    await shared('b', answer(6));
    expect(computed).toBe(2);
    await shared('a', answer(6));
    expect(computed).toBe(3);
    // An answer heavier than all that may be kept is given but not kept.
    await shared('c', answer(11));
    await shared('c', answer(11));
    expect(computed).toBe(5);
  });

  it('keeps at most `max` answers', async () => {
    const shared = sharedAnswers(30, { max: 2 });
    let computed = 0;
    const answer = async () => ({ n: ++computed });
    for (const key of ['a', 'b', 'c', 'a']) await shared(key, answer);
    expect(computed).toBe(4);
  });
});
