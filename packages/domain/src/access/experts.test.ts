import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor, type Role } from './actor.js';
import { canReadExpert, canRegisterExpert, canReviewExpert, canSeeExpertPrivate, seesExpertExists } from './experts.js';
import { canReviewFrom } from '../experts/status.js';

const user = (role: Role, country: string | null = null): Actor => ({ kind: 'user', userId: 'u', role, country, institutionId: null });

const officerBR = user('agency_officer', 'BR');
const officerAR = user('agency_officer', 'AR');
const focalBR = user('focal_point', 'BR');
const focalAR = user('focal_point', 'AR');
const staff = user('staff');
const admin = user('admin');

describe('who may do what to an expert of the roster', () => {
  it('anyone, even anonymous, may register an expert', () => {
    for (const actor of [ANONYMOUS, officerAR, focalBR, staff]) expect(canRegisterExpert(actor)).toBe(true);
  });

  it('a validated expert is public; a pending or rejected one only to its country and the secretariat', () => {
    expect(canReadExpert(ANONYMOUS, { country: 'BR', status: 'validated' })).toBe(true);
    expect(canReadExpert(focalAR, { country: 'BR', status: 'validated' })).toBe(true);
    for (const status of ['pending', 'rejected'] as const) {
      expect(canReadExpert(ANONYMOUS, { country: 'BR', status })).toBe(false);
      expect(canReadExpert(focalAR, { country: 'BR', status })).toBe(false);
      expect(canReadExpert(officerBR, { country: 'BR', status })).toBe(true);
      expect(canReadExpert(focalBR, { country: 'BR', status })).toBe(true);
      expect(canReadExpert(staff, { country: 'BR', status })).toBe(true);
    }
  });

  it("the contact stays with the expert's country and the secretariat, even once validated", () => {
    expect(canSeeExpertPrivate(ANONYMOUS, { country: 'BR' })).toBe(false);
    expect(canSeeExpertPrivate(focalAR, { country: 'BR' })).toBe(false);
    expect(canSeeExpertPrivate(officerBR, { country: 'BR' })).toBe(true);
    expect(canSeeExpertPrivate(admin, { country: 'BR' })).toBe(true);
  });

  it("a focal point of the expert's country or the secretariat validates; officers and other countries do not", () => {
    expect(canReviewExpert(focalBR, 'BR')).toBe(true);
    expect(canReviewExpert(staff, 'BR')).toBe(true);
    expect(canReviewExpert(admin, 'BR')).toBe(true);
    expect(canReviewExpert(officerBR, 'BR')).toBe(false);
    expect(canReviewExpert(focalAR, 'BR')).toBe(false);
    expect(canReviewExpert(ANONYMOUS, 'BR')).toBe(false);
  });

  it('a focal point of another country is told it may not review; an officer of another country that nothing is there', () => {
    expect(seesExpertExists(focalAR, { country: 'BR', status: 'pending' })).toBe(true);
    expect(seesExpertExists(officerAR, { country: 'BR', status: 'pending' })).toBe(false);
    expect(seesExpertExists(officerAR, { country: 'BR', status: 'validated' })).toBe(true);
  });

  it('only a pending registration is validated or rejected', () => {
    expect(canReviewFrom('validate', 'pending')).toBe(true);
    expect(canReviewFrom('reject', 'pending')).toBe(true);
    expect(canReviewFrom('validate', 'validated')).toBe(false);
    expect(canReviewFrom('validate', 'rejected')).toBe(false);
    expect(canReviewFrom('reject', 'validated')).toBe(false);
  });
});
