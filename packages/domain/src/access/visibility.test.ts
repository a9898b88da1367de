import { describe, expect, it } from 'vitest';
import { LISTING_STATUSES, EXPERT_STATUSES } from '../codes.js';
import { ANONYMOUS, type Actor, type Role, SYSTEM } from './actor.js';
import { canReadExpert, expertVisibility } from './experts.js';
import { canReadListing, listingVisibility } from './listings.js';
import { isVisible } from './visibility.js';

const user = (role: Role, country: string | null = null): Actor => ({ kind: 'user', userId: 'u', role, country, institutionId: null });
const ACTORS = [ANONYMOUS, SYSTEM, user('agency_officer', 'BR'), user('focal_point', 'AR'), user('staff'), user('admin')];

describe('a visibility rule as data', () => {
  it('lets the public see published listings only, a country its own too, the secretariat and the service everything', () => {
    expect(listingVisibility(ANONYMOUS)).toEqual({ all: false, statuses: ['published'], country: null });
    expect(listingVisibility(user('agency_officer', 'BR'))).toEqual({ all: false, statuses: ['published'], country: 'BR' });
    expect(listingVisibility(user('staff'))).toEqual({ all: true });
    expect(listingVisibility(SYSTEM)).toEqual({ all: true });
  });

  it('lets the public see validated experts only, a country its own too', () => {
    expect(expertVisibility(ANONYMOUS)).toEqual({ all: false, statuses: ['validated'], country: null });
    expect(expertVisibility(user('focal_point', 'AR'))).toEqual({ all: false, statuses: ['validated'], country: 'AR' });
    expect(expertVisibility(user('admin'))).toEqual({ all: true });
  });

  it('shows a record in a listed status or of the named country, and nothing else', () => {
    const rule = { all: false, statuses: ['published'], country: 'BR' } as const;
    expect(isVisible(rule, { status: 'published', country: 'AR' })).toBe(true);
    expect(isVisible(rule, { status: 'draft', country: 'BR' })).toBe(true);
    expect(isVisible(rule, { status: 'draft', country: 'AR' })).toBe(false);
    expect(isVisible({ all: false, statuses: [], country: null }, { status: 'published', country: 'AR' })).toBe(false);
  });

  it('answers for one listing or expert exactly as the rule does, for every actor, status and country', () => {
    for (const actor of ACTORS) {
      for (const country of ['BR', 'AR']) {
        for (const status of LISTING_STATUSES)
          expect(canReadListing(actor, { country, status })).toBe(isVisible(listingVisibility(actor), { country, status }));
        for (const status of EXPERT_STATUSES)
          expect(canReadExpert(actor, { id: 'e', country, status })).toBe(isVisible(expertVisibility(actor), { country, status }));
      }
    }
  });
});
