import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.js';
import { ConflictError, ForbiddenError } from '../errors.js';
import { type MatchCommand, type MatchState, availableMatchActions, canActOnMatch, canSeeMatch, planMatchStep, sideOf } from './lifecycle.js';
import { matchAgreementSchema, matchInterestSchema, matchOutcomeSchema } from './schema.js';

const countries = { offer: 'BR', demand: 'HT' };
const user = (role: 'agency_officer' | 'focal_point' | 'staff' | 'admin', country: string | null = null): Actor => ({
  kind: 'user',
  userId: `${role}-${country ?? 'all'}`,
  role,
  country,
  institutionId: null,
});
const officerBR = user('agency_officer', 'BR');
const officerHT = user('agency_officer', 'HT');
const focalBR = user('focal_point', 'BR');
const focalHT = user('focal_point', 'HT');
const officerAR = user('agency_officer', 'AR');
const focalAR = user('focal_point', 'AR');
const staff = user('staff');
const admin = user('admin');

const now = new Date('2026-11-21T12:00:00Z');
const earlier = new Date('2026-11-20T12:00:00Z');
const suggested: MatchState = {
  stage: 'suggested',
  offerInterestAt: null,
  demandInterestAt: null,
  agreement: null,
  offerAgreedAt: null,
  demandAgreedAt: null,
  outcome: null,
};
const at = (stage: MatchState['stage'], extra: Partial<MatchState> = {}): MatchState => ({ ...suggested, stage, ...extra });
const terms = {
  modality: 'training' as const,
  startDate: '2027-02-01',
  endDate: '2027-06-30',
  responsibilities: 'Fiocruz trains the Haitian teams; the ministry hosts them.',
};
const outcome = { summary: 'Two human milk banks opened in Port-au-Prince.', lessonsLearned: 'Train the quality staff before the equipment arrives.' };

const plan = (actor: Actor, state: MatchState, command: MatchCommand) => planMatchStep(actor, countries, state, command, now);

describe('sides and visibility', () => {
  it('an officer or focal point speaks for the side of its own country; staff and third countries for none', () => {
    expect(sideOf(officerBR, countries)).toBe('offer');
    expect(sideOf(focalHT, countries)).toBe('demand');
    expect(sideOf(staff, countries)).toBeNull();
    expect(sideOf(officerAR, countries)).toBeNull();
    expect(sideOf({ kind: 'anonymous' }, countries)).toBeNull();
  });

  it('the follow-up record is seen by the secretariat and by both countries, never by a third country', () => {
    for (const actor of [staff, admin, officerBR, focalHT]) expect(canSeeMatch(actor, countries)).toBe(true);
    for (const actor of [officerAR, focalAR, { kind: 'anonymous' } as const]) expect(canSeeMatch(actor, countries)).toBe(false);
  });

  it('only the secretariat proposes a match by hand', () => {
    expect(canActOnMatch(staff, 'propose', countries)).toBe(true);
    expect(canActOnMatch(admin, 'propose', countries)).toBe(true);
    expect(canActOnMatch(focalBR, 'propose', countries)).toBe(false);
  });
});

describe('interest', () => {
  it("the first side's interest makes the match interested, the second's makes it mutual", () => {
    const first = plan(officerHT, suggested, { action: 'interest', message: 'Nos interesa mucho.' });
    expect(first).toMatchObject({ from: 'suggested', to: 'interested', side: 'demand', changes: { demandInterestAt: now }, message: 'Nos interesa mucho.' });
    const second = plan(focalBR, at('interested', { demandInterestAt: earlier }), { action: 'interest', message: 'Com prazer.' });
    expect(second).toMatchObject({ from: 'interested', to: 'mutual', side: 'offer', changes: { offerInterestAt: now } });
  });

  it('a side cannot express interest twice', () => {
    expect(() => plan(officerHT, at('interested', { demandInterestAt: earlier }), { action: 'interest', message: 'Again.' })).toThrow(ConflictError);
  });

  it('staff and third countries cannot express interest for a country', () => {
    expect(() => plan(staff, suggested, { action: 'interest', message: 'On behalf of…' })).toThrow(ForbiddenError);
    expect(() => plan(officerAR, suggested, { action: 'interest', message: 'Nosotros también.' })).toThrow(ForbiddenError);
  });

  it('interest is expressed only before the match is mutual', () => {
    for (const stage of ['mutual', 'agreed', 'in_progress', 'completed', 'declined', 'dismissed'] as const) {
      expect(() => plan(officerBR, at(stage), { action: 'interest', message: 'Late.' }), stage).toThrow(ConflictError);
    }
  });

  it('a refusal for role comes before a refusal for stage', () => {
    expect(() => plan(staff, at('completed'), { action: 'interest', message: 'Late.' })).toThrow(ForbiddenError);
  });
});

describe('decline and dismiss', () => {
  it('either side or staff declines a match up to its agreement, with a reason', () => {
    for (const actor of [officerBR, focalHT, staff]) {
      for (const stage of ['suggested', 'interested', 'mutual', 'agreed'] as const) {
        expect(plan(actor, at(stage), { action: 'decline', reason: 'No capacity this year.' })).toMatchObject({
          to: 'declined',
          message: 'No capacity this year.',
        });
      }
    }
    expect(() => plan(officerBR, at('in_progress'), { action: 'decline', reason: 'Too late.' })).toThrow(ConflictError);
    expect(() => plan(officerAR, suggested, { action: 'decline', reason: 'Not ours.' })).toThrow(ForbiddenError);
  });

  it('a focal point or staff dismisses a match as not relevant before it is mutual; an officer cannot', () => {
    expect(plan(focalBR, suggested, { action: 'dismiss' })).toMatchObject({ to: 'dismissed', side: 'offer', message: null });
    expect(plan(staff, at('interested'), { action: 'dismiss', reason: 'Different topic.' })).toMatchObject({ to: 'dismissed', side: null });
    expect(() => plan(officerBR, suggested, { action: 'dismiss' })).toThrow(ForbiddenError);
    expect(() => plan(focalBR, at('mutual'), { action: 'dismiss' })).toThrow(ConflictError);
  });
});

describe('agreement', () => {
  it('staff record the agreement of a mutual match and it is agreed at once', () => {
    expect(plan(staff, at('mutual'), { action: 'agree', terms })).toMatchObject({ to: 'agreed', side: null, changes: { agreement: terms } });
  });

  it('the match is agreed once both focal points confirmed the same terms', () => {
    const first = plan(focalBR, at('mutual'), { action: 'agree', terms });
    expect(first).toMatchObject({ to: 'mutual', changes: { agreement: terms, offerAgreedAt: now, demandAgreedAt: null } });
    const second = plan(focalHT, at('mutual', { agreement: terms, offerAgreedAt: earlier }), { action: 'agree', terms: { ...terms } });
    expect(second).toMatchObject({ to: 'agreed', changes: { offerAgreedAt: earlier, demandAgreedAt: now } });
  });

  it("a change of terms withdraws the other side's confirmation", () => {
    const changed = plan(focalHT, at('mutual', { agreement: terms, offerAgreedAt: earlier }), { action: 'agree', terms: { ...terms, endDate: '2027-09-30' } });
    expect(changed).toMatchObject({ to: 'mutual', changes: { offerAgreedAt: null, demandAgreedAt: now }, detail: { termsChanged: true } });
  });

  it('a focal point cannot confirm the same terms twice', () => {
    expect(() => plan(focalBR, at('mutual', { agreement: terms, offerAgreedAt: earlier }), { action: 'agree', terms })).toThrow(ConflictError);
  });

  it('an officer cannot record an agreement, and nobody can before the match is mutual', () => {
    expect(() => plan(officerBR, at('mutual'), { action: 'agree', terms })).toThrow(ForbiddenError);
    expect(() => plan(staff, at('interested'), { action: 'agree', terms })).toThrow(ConflictError);
    expect(() => plan(staff, at('agreed'), { action: 'agree', terms })).toThrow(ConflictError);
  });

  it('terms name a known modality and an end date that does not come before the start', () => {
    expect(matchAgreementSchema.safeParse(terms).success).toBe(true);
    expect(matchAgreementSchema.safeParse({ ...terms, modality: 'picnic' }).success).toBe(false);
    const backwards = matchAgreementSchema.safeParse({ ...terms, endDate: '2027-01-01' });
    expect(backwards.error?.issues[0]?.path).toEqual(['endDate']);
    expect(matchAgreementSchema.safeParse({ ...terms, startDate: '1 Feb 2027' }).success).toBe(false);
  });
});

describe('start and completion', () => {
  it('an agreed match starts, and a started one completes with its outcome', () => {
    expect(plan(focalHT, at('agreed'), { action: 'start' })).toMatchObject({ from: 'agreed', to: 'in_progress' });
    expect(plan(staff, at('in_progress'), { action: 'complete', outcome })).toMatchObject({ to: 'completed', changes: { outcome } });
  });

  it('a match cannot start before it is agreed, nor complete before it started', () => {
    expect(() => plan(staff, at('mutual'), { action: 'start' })).toThrow(ConflictError);
    expect(() => plan(staff, at('agreed'), { action: 'complete', outcome })).toThrow(ConflictError);
    expect(() => plan(officerBR, at('agreed'), { action: 'start' })).toThrow(ForbiddenError);
  });

  it('an outcome needs both a summary and the lessons learned; interest needs a message', () => {
    expect(matchOutcomeSchema.safeParse({ summary: outcome.summary }).success).toBe(false);
    expect(matchInterestSchema.safeParse({}).success).toBe(false);
  });

  it('nothing happens to a completed, declined or dismissed match', () => {
    for (const stage of ['completed', 'declined', 'dismissed'] as const) expect(availableMatchActions(staff, countries, at(stage))).toEqual([]);
  });
});

describe('available actions', () => {
  it('offers each actor only what it may do now', () => {
    expect(availableMatchActions(officerBR, countries, suggested)).toEqual(['interest', 'decline']);
    expect(availableMatchActions(focalHT, countries, at('interested', { demandInterestAt: earlier }))).toEqual(['decline', 'dismiss']);
    expect(availableMatchActions(staff, countries, at('mutual'))).toEqual(['decline', 'agree']);
    expect(availableMatchActions(officerAR, countries, suggested)).toEqual([]);
  });
});
