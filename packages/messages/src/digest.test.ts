import { describe, expect, it } from 'vitest';
import { lastDigestDue } from './digest.js';

describe('when a digest is due', () => {
  it('a daily digest at 08:00 is due today once 08:00 has passed, and yesterday before that', () => {
    const prefs = { frequency: 'daily' as const, digestHour: 8, digestWeekday: 1 };
    expect(lastDigestDue(new Date('2026-11-21T09:30:00Z'), prefs)?.toISOString()).toBe('2026-11-21T08:00:00.000Z');
    expect(lastDigestDue(new Date('2026-11-21T07:59:00Z'), prefs)?.toISOString()).toBe('2026-11-20T08:00:00.000Z');
    expect(lastDigestDue(new Date('2026-11-21T08:00:00Z'), prefs)?.toISOString()).toBe('2026-11-21T08:00:00.000Z');
  });

  it('a weekly digest is due on the chosen ISO weekday (2026-11-21 is a Saturday)', () => {
    const monday = { frequency: 'weekly' as const, digestHour: 8, digestWeekday: 1 };
    expect(lastDigestDue(new Date('2026-11-21T12:00:00Z'), monday)?.toISOString()).toBe('2026-11-16T08:00:00.000Z');
    const saturday = { ...monday, digestWeekday: 6 };
    expect(lastDigestDue(new Date('2026-11-21T12:00:00Z'), saturday)?.toISOString()).toBe('2026-11-21T08:00:00.000Z');
    expect(lastDigestDue(new Date('2026-11-21T07:00:00Z'), saturday)?.toISOString()).toBe('2026-11-14T08:00:00.000Z');
    const sunday = { ...monday, digestWeekday: 7 };
    expect(lastDigestDue(new Date('2026-11-21T12:00:00Z'), sunday)?.toISOString()).toBe('2026-11-15T08:00:00.000Z');
  });

  it('nothing is due for someone who hears at once', () => {
    expect(lastDigestDue(new Date(), { frequency: 'immediate', digestHour: 8, digestWeekday: 1 })).toBeNull();
  });
});
