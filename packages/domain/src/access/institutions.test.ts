import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor, type Role } from './actor.js';
import { canEditInstitution, canSeeInstitution, unlistedInstitutionCountries } from './institutions.js';

const user = (role: Role, country: string | null = null): Actor => ({ kind: 'user', userId: 'u', role, country, institutionId: null });
const officerBR = user('agency_officer', 'BR');
const focalBR = user('focal_point', 'BR');
const focalAR = user('focal_point', 'AR');
const staff = user('staff');

describe('who may see and change an institution', () => {
  it('the secretariat and the writers of its own country edit it; nobody else', () => {
    for (const actor of [staff, user('admin'), officerBR, focalBR]) expect(canEditInstitution(actor, { country: 'BR' })).toBe(true);
    for (const actor of [ANONYMOUS, focalAR, user('agency_officer', 'AR')]) expect(canEditInstitution(actor, { country: 'BR' })).toBe(false);
  });

  it('an institution known only through drafts or pending experts stays with its country and the secretariat', () => {
    expect(canSeeInstitution(ANONYMOUS, { country: 'BR', listed: true })).toBe(true);
    expect(canSeeInstitution(ANONYMOUS, { country: 'BR', listed: false })).toBe(false);
    expect(canSeeInstitution(focalAR, { country: 'BR', listed: false })).toBe(false);
    expect(canSeeInstitution(officerBR, { country: 'BR', listed: false })).toBe(true);
    expect(canSeeInstitution(staff, { country: 'BR', listed: false })).toBe(true);
  });

  it('lists unlisted institutions of every country to the secretariat, of its own to a writer, of none to others', () => {
    expect(unlistedInstitutionCountries(staff)).toBe('all');
    expect(unlistedInstitutionCountries(focalBR)).toEqual(['BR']);
    expect(unlistedInstitutionCountries(ANONYMOUS)).toEqual([]);
  });
});
