import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor, type Role, SYSTEM } from './actor.js';
import { canActOnMatch, canSeeMatch, matchVisibility } from './matches.js';

const user = (role: Role, country: string | null = null): Actor => ({ kind: 'user', userId: 'u', role, country, institutionId: null });
const countries = { offer: 'BR', demand: 'HT' };

describe('who sees the follow-up of a match', () => {
  it('the secretariat sees every match; officers and focal points those of their country; nobody else any', () => {
    expect(matchVisibility(user('staff'))).toEqual({ all: true });
    expect(matchVisibility(user('agency_officer', 'HT'))).toEqual({ all: false, country: 'HT' });
    expect(matchVisibility(ANONYMOUS)).toEqual({ all: false, country: null });
    expect(matchVisibility(SYSTEM)).toEqual({ all: false, country: null });
  });

  it('answers for one match as the list filter does', () => {
    expect(canSeeMatch(user('focal_point', 'HT'), countries)).toBe(true);
    expect(canSeeMatch(user('focal_point', 'AR'), countries)).toBe(false);
    expect(canSeeMatch(user('admin'), countries)).toBe(true);
    expect(canSeeMatch(ANONYMOUS, countries)).toBe(false);
  });

  it('the service takes no step on a match: people do', () => {
    for (const action of ['interest', 'decline', 'dismiss', 'agree', 'start', 'complete', 'propose'] as const) {
      expect(canActOnMatch(SYSTEM, action, countries)).toBe(false);
    }
  });
});
