import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor, type Role } from './actor.js';
import {
  canActOnExpert,
  canEditExpert,
  canReadExpert,
  canRegisterExpert,
  canReviewExpert,
  canSeeExpertPrivate,
  editNeedsReview,
  seesExpertExists,
} from './experts.js';
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
    expect(canReadExpert(ANONYMOUS, { id: 'e1', country: 'BR', status: 'validated' })).toBe(true);
    expect(canReadExpert(focalAR, { id: 'e1', country: 'BR', status: 'validated' })).toBe(true);
    for (const status of ['pending', 'rejected'] as const) {
      expect(canReadExpert(ANONYMOUS, { id: 'e1', country: 'BR', status })).toBe(false);
      expect(canReadExpert(focalAR, { id: 'e1', country: 'BR', status })).toBe(false);
      expect(canReadExpert(officerBR, { id: 'e1', country: 'BR', status })).toBe(true);
      expect(canReadExpert(focalBR, { id: 'e1', country: 'BR', status })).toBe(true);
      expect(canReadExpert(staff, { id: 'e1', country: 'BR', status })).toBe(true);
    }
  });

  it("the contact stays with the expert's country and the secretariat, even once validated", () => {
    expect(canSeeExpertPrivate(ANONYMOUS, { id: 'e1', country: 'BR' })).toBe(false);
    expect(canSeeExpertPrivate(focalAR, { id: 'e1', country: 'BR' })).toBe(false);
    expect(canSeeExpertPrivate(officerBR, { id: 'e1', country: 'BR' })).toBe(true);
    expect(canSeeExpertPrivate(admin, { id: 'e1', country: 'BR' })).toBe(true);
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
    expect(seesExpertExists(focalAR, { id: 'e1', country: 'BR', status: 'pending' })).toBe(true);
    expect(seesExpertExists(officerAR, { id: 'e1', country: 'BR', status: 'pending' })).toBe(false);
    expect(seesExpertExists(officerAR, { id: 'e1', country: 'BR', status: 'validated' })).toBe(true);
  });

  it('only a pending registration is validated or rejected', () => {
    expect(canReviewFrom('validate', 'pending')).toBe(true);
    expect(canReviewFrom('reject', 'pending')).toBe(true);
    expect(canReviewFrom('validate', 'validated')).toBe(false);
    expect(canReviewFrom('validate', 'rejected')).toBe(false);
    expect(canReviewFrom('reject', 'validated')).toBe(false);
  });

  describe('an expert holding the link to their own registration', () => {
    const self: Actor = { kind: 'expert', expertId: 'e1', country: 'BR' };
    const other = { id: 'e2', country: 'BR' };

    it('reads it and its contact whatever its state, and no other expert beyond the public roster', () => {
      for (const status of ['pending', 'rejected', 'paused'] as const) {
        expect(canReadExpert(self, { id: 'e1', country: 'BR', status })).toBe(true);
        expect(canReadExpert(self, { ...other, status })).toBe(false);
      }
      expect(canSeeExpertPrivate(self, { id: 'e1', country: 'BR' })).toBe(true);
      expect(canSeeExpertPrivate(self, other)).toBe(false);
    });

    it('edits, pauses, resumes, withdraws, resubmits and erases it, but never reviews or deactivates it', () => {
      const me = { id: 'e1', country: 'BR' };
      expect(canEditExpert(self, me)).toBe(true);
      expect(canEditExpert(self, other)).toBe(false);
      for (const action of ['pause', 'resume', 'withdraw', 'resubmit'] as const) {
        expect(canActOnExpert(self, me, action)).toBe(true);
        expect(canActOnExpert(self, other, action)).toBe(false);
      }
      for (const action of ['validate', 'reject', 'deactivate'] as const) expect(canActOnExpert(self, me, action)).toBe(false);
      expect(canActOnExpert(focalBR, me, 'deactivate')).toBe(true);
      expect(canActOnExpert(focalAR, me, 'pause')).toBe(false);
    });

    it('waits for review only when the expert changes a profile their country validated', () => {
      expect(editNeedsReview(self, { id: 'e1', status: 'validated' })).toBe(true);
      expect(editNeedsReview(self, { id: 'e1', status: 'paused' })).toBe(true);
      expect(editNeedsReview(self, { id: 'e1', status: 'pending' })).toBe(false);
      expect(editNeedsReview(self, { id: 'e1', status: 'rejected' })).toBe(false);
      expect(editNeedsReview(focalBR, { id: 'e1', status: 'validated' })).toBe(false);
      expect(editNeedsReview(staff, { id: 'e1', status: 'validated' })).toBe(false);
    });
  });
});
