import type { Preferences } from './subscription.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The latest moment at or before `now` when this person's digest was due: today's (or
 * yesterday's) digest hour for a daily digest, the last chosen weekday at that hour for
 * a weekly one. Items held before that moment belong in the digest sent for it; the
 * moment also names the digest, which makes sending it idempotent.
 */
export function lastDigestDue(now: Date, prefs: Pick<Preferences, 'frequency' | 'digestHour' | 'digestWeekday'>): Date | null {
  if (prefs.frequency === 'immediate') return null;
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let due = midnight + prefs.digestHour * HOUR;
  if (due > now.getTime()) due -= DAY;
  if (prefs.frequency === 'weekly') {
    // getUTCDay: 0 = Sunday; ISO weekday: 7 = Sunday.
    const isoWeekday = (t: number) => new Date(t).getUTCDay() || 7;
    while (isoWeekday(due) !== prefs.digestWeekday) due -= DAY;
  }
  return new Date(due);
}
