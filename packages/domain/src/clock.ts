/** Time source, injected so that validity and expiry can be tested without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock frozen at a date, or at `YYYY-MM-DD` noon UTC. */
export function fixedClock(at: Date | string): Clock {
  const instant = typeof at === 'string' ? new Date(`${at}T12:00:00Z`) : at;
  return { now: () => new Date(instant) };
}

/** A clock that stays where it is put: tests move it to see reminders and digests fall due. */
export function settableClock(at: Date | string) {
  let instant = typeof at === 'string' ? new Date(at.length === 10 ? `${at}T12:00:00Z` : at) : at;
  return {
    now: () => new Date(instant),
    set(to: Date | string) {
      instant = typeof to === 'string' ? new Date(to.length === 10 ? `${to}T12:00:00Z` : to) : to;
    },
  };
}
