import { ANONYMOUS, type Actor, SYSTEM } from '@enlace/domain';
import { describe, expect, it } from 'vitest';
import { expertSearchFilter } from './experts/query.js';
import { visibilityFilter, visibilityToFilter } from './query.js';

const user = (role: 'agency_officer' | 'staff', country: string | null): Actor => ({ kind: 'user', userId: 'u', role, country, institutionId: null });

describe("the search filter made from the policy's visibility rule", () => {
  it("keeps the public to published listings, adds a country's own, and leaves the secretariat and the service unfiltered", () => {
    expect(visibilityFilter(ANONYMOUS)).toBe('status = "published"');
    expect(visibilityFilter(user('agency_officer', 'BR'))).toBe('(status = "published" OR country = "BR")');
    expect(visibilityFilter(user('staff', null))).toBeUndefined();
    expect(visibilityFilter(SYSTEM)).toBeUndefined();
  });

  it('finds nothing when the rule shows nothing, and lists several statuses as one clause', () => {
    expect(visibilityToFilter({ all: false, statuses: [], country: null })).toBe('status NOT EXISTS');
    expect(visibilityToFilter({ all: false, statuses: ['a', 'b'], country: null })).toBe('status IN ["a", "b"]');
  });

  it('searches the roster as the public sees it', () => {
    expect(expertSearchFilter({})).toEqual(['status = "validated"']);
  });
});
