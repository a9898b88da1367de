/*
 * Coalescing a burst of match suggestions, per person. The first suggestion after a
 * quiet period goes out at once and opens a window; what follows within the window is
 * gathered and goes out as one message when it closes. A bulk import's suggestions are
 * never sent one by one: they gather in a window that stays open while they keep
 * coming, and close once they stop (bounded, so that a long import still reports).
 */

const MINUTE = 60_000;

export interface BurstPolicy {
  /** How long a window stays open once the first suggestion went out, and how quiet a period must be. */
  readonly windowMs: number;
  /** An import's window closes this long after its last suggestion. */
  readonly importQuietMs: number;
  /** …and at the latest this long after it opened. */
  readonly importMaxMs: number;
}

export const DEFAULT_BURST_POLICY: BurstPolicy = { windowMs: 15 * MINUTE, importQuietMs: 5 * MINUTE, importMaxMs: 6 * 60 * MINUTE };

/** A person's window as stored: when their latest suggestion came, and when the gathered ones go out (null: none gathering). */
export interface SuggestionWindow {
  readonly lastAt: Date;
  readonly openedAt: Date;
  readonly closesAt: Date | null;
}

/** What to do with one more suggestion for a person: send it now, or gather it; and the window after it. */
export function burstDecision(
  window: SuggestionWindow | null,
  now: Date,
  opts: { bulk: boolean },
  policy: BurstPolicy = DEFAULT_BURST_POLICY,
): { send: 'now' | 'gather'; window: SuggestionWindow } {
  const at = (ms: number) => new Date(now.getTime() + ms);
  // A window past its time is closed, even before the gatherer has sent what it holds (that goes with the next).
  const open = window?.closesAt && window.closesAt > now ? window : null;
  if (opts.bulk) {
    const openedAt = open?.openedAt ?? now;
    const later = Math.max(open?.closesAt?.getTime() ?? 0, now.getTime() + policy.importQuietMs);
    const closesAt = new Date(Math.min(later, openedAt.getTime() + policy.importMaxMs));
    return { send: 'gather', window: { lastAt: now, openedAt, closesAt } };
  }
  if (open) return { send: 'gather', window: { ...open, lastAt: now } };
  // Right after a window closed the burst is still going on: gather into a new one.
  const stillBursting = window !== null && now.getTime() - window.lastAt.getTime() < policy.windowMs;
  return { send: stillBursting ? 'gather' : 'now', window: { lastAt: now, openedAt: now, closesAt: at(policy.windowMs) } };
}
