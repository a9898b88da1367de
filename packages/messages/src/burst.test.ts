import { describe, expect, it } from 'vitest';
import { burstDecision, DEFAULT_BURST_POLICY, type SuggestionWindow } from './burst.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 9, minute));
const MIN = 60_000;

/** Plays suggestions arriving at these minutes; returns what each was, and the window after the last. */
function play(minutes: number[], bulk = false, gatherer = false) {
  let window: SuggestionWindow | null = null;
  const sent: string[] = [];
  for (const m of minutes) {
    // The gatherer closes a window whose time has come before the next suggestion is written.
    if (gatherer && window?.closesAt && window.closesAt <= at(m)) window = { ...window, closesAt: null };
    const d = burstDecision(window, at(m), { bulk });
    sent.push(d.send);
    window = d.window;
  }
  return { sent, window: window! };
}

describe('a burst of suggestions', () => {
  it('sends the first of a quiet period at once and gathers the rest until the window closes', () => {
    const { sent, window } = play([0, 1, 2, 14]);
    expect(sent).toEqual(['now', 'gather', 'gather', 'gather']);
    expect(window.closesAt).toEqual(at(15));
  });

  it('gathers into a new window when suggestions keep coming after one closed', () => {
    const { sent, window } = play([0, 5, 16, 17], false, true);
    expect(sent).toEqual(['now', 'gather', 'gather', 'gather']);
    expect(window.closesAt).toEqual(new Date(at(16).getTime() + DEFAULT_BURST_POLICY.windowMs));
  });

  it('sends at once again after a quiet period', () => {
    expect(play([0, 40], false, true).sent).toEqual(['now', 'now']);
    // Even when the gatherer has not come round to close the window yet.
    expect(play([0, 40]).sent).toEqual(['now', 'now']);
  });

  it("never sends an import's suggestions one by one: its window stays open while they come, then closes", () => {
    const { sent, window } = play([0, 3, 6, 9], true);
    expect(sent).toEqual(['gather', 'gather', 'gather', 'gather']);
    expect(window.closesAt).toEqual(new Date(at(9).getTime() + DEFAULT_BURST_POLICY.importQuietMs));
  });

  it('closes a long import’s window at its bound all the same', () => {
    const opened = { lastAt: at(0), openedAt: new Date(at(0).getTime() - 6 * 60 * MIN + 2 * MIN), closesAt: at(3) };
    expect(burstDecision(opened, at(1), { bulk: true }).window.closesAt).toEqual(at(2));
  });
});
