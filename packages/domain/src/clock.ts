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
