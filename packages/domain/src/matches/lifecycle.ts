import type { Actor } from '../access/actor.js';
import { type MatchCountries, type MatchSide, canActOnMatch, sideOf } from '../access/matches.js';
import type { MatchStage } from '../codes.js';
import { ConflictError, ForbiddenError } from '../errors.js';
import type { MatchAction, MatchAgreementInput, MatchOutcomeInput } from './schema.js';

/*
 * The follow-up of a match, as pure rules: which action may start from which stage, who
 * may take it given the two countries, and what it changes. The registry locks the row,
 * asks `planMatchStep` and writes what it says.
 *
 *   suggested → interested → mutual → agreed → in_progress → completed
 *   suggested · interested · mutual · agreed → declined
 *   suggested · interested → dismissed
 *
 * Who may see a match and take which action is decided in access/matches.ts.
 */

// The access rules of a match are read alongside its lifecycle, so they are reachable from here too.
export { type MatchCountries, type MatchSide, canActOnMatch, canProposeMatch, canSeeMatch, sideOf } from '../access/matches.js';

/** Stages each action may start from. */
export const MATCH_ACTION_FROM = {
  interest: ['suggested', 'interested'],
  decline: ['suggested', 'interested', 'mutual', 'agreed'],
  dismiss: ['suggested', 'interested'],
  agree: ['mutual'],
  start: ['agreed'],
  complete: ['in_progress'],
} as const satisfies Record<Exclude<MatchAction, 'propose'>, readonly MatchStage[]>;

/** Actions taken on an existing match (proposing one is brokering, which creates it). */
export type MatchStepAction = keyof typeof MATCH_ACTION_FROM;

/** Stages that mean "people said no": the ranking keeps the pair as feedback but never shows it again. */
export const REJECTED_MATCH_STAGES = ['declined', 'dismissed'] as const satisfies readonly MatchStage[];

export function canStartFrom(action: MatchStepAction, stage: MatchStage): boolean {
  return (MATCH_ACTION_FROM[action] as readonly MatchStage[]).includes(stage);
}

/** What a match holds of its follow-up. */
export interface MatchState {
  readonly stage: MatchStage;
  readonly offerInterestAt: Date | null;
  readonly demandInterestAt: Date | null;
  readonly agreement: MatchAgreementInput | null;
  readonly offerAgreedAt: Date | null;
  readonly demandAgreedAt: Date | null;
  readonly outcome: MatchOutcomeInput | null;
}

export type MatchCommand =
  | { readonly action: 'interest'; readonly message: string }
  | { readonly action: 'decline'; readonly reason: string }
  | { readonly action: 'dismiss'; readonly reason?: string | undefined }
  | { readonly action: 'agree'; readonly terms: MatchAgreementInput }
  | { readonly action: 'start' }
  | { readonly action: 'complete'; readonly outcome: MatchOutcomeInput };

/** What an action does: the stages, the side it was taken for, and the fields it sets. */
export interface MatchStep {
  readonly action: MatchStepAction;
  readonly side: MatchSide | null;
  readonly from: MatchStage;
  readonly to: MatchStage;
  readonly changes: Partial<Omit<MatchState, 'stage'>>;
  /** The interest message or the reason given, kept in the history. */
  readonly message: string | null;
  readonly detail: Record<string, unknown>;
}

const VERB: Record<MatchStepAction, string> = {
  interest: 'express interest in',
  decline: 'decline',
  dismiss: 'dismiss',
  agree: 'record the agreement of',
  start: 'start',
  complete: 'complete',
};

const WHO: Record<MatchStepAction, (c: MatchCountries) => string> = {
  interest: (c) => `only an agency officer or focal point of ${c.offer} or ${c.demand} may express interest in this match (staff cannot speak for a country)`,
  decline: (c) => `only an agency officer or focal point of ${c.offer} or ${c.demand}, or staff, may decline this match`,
  dismiss: (c) => `only a focal point of ${c.offer} or ${c.demand}, or staff, may dismiss this match`,
  agree: (c) => `only a focal point of ${c.offer} or ${c.demand}, or staff, may record the agreement of this match`,
  start: (c) => `only a focal point of ${c.offer} or ${c.demand}, or staff, may start this match`,
  complete: (c) => `only a focal point of ${c.offer} or ${c.demand}, or staff, may complete this match`,
};

const other = (side: MatchSide): MatchSide => (side === 'offer' ? 'demand' : 'offer');
const interestOf = (state: MatchState, side: MatchSide) => (side === 'offer' ? state.offerInterestAt : state.demandInterestAt);
const confirmedOf = (state: MatchState, side: MatchSide) => (side === 'offer' ? state.offerAgreedAt : state.demandAgreedAt);

/** Two sets of terms are the same agreement when every field says the same. */
export function sameTerms(a: MatchAgreementInput, b: MatchAgreementInput): boolean {
  return (
    a.modality === b.modality &&
    a.startDate === b.startDate &&
    (a.endDate ?? null) === (b.endDate ?? null) &&
    a.responsibilities.trim() === b.responsibilities.trim()
  );
}

/** The terms as stored: without an absent end date. */
function cleanTerms(t: MatchAgreementInput): MatchAgreementInput {
  return { modality: t.modality, startDate: t.startDate, ...(t.endDate ? { endDate: t.endDate } : {}), responsibilities: t.responsibilities };
}

/**
 * Checks an action against the actor's role and country (ForbiddenError) and against the
 * match's stage (ConflictError), and says what it changes.
 */
export function planMatchStep(actor: Actor, countries: MatchCountries, state: MatchState, command: MatchCommand, now: Date): MatchStep {
  const { action } = command;
  if (!canActOnMatch(actor, action, countries)) throw new ForbiddenError(WHO[action](countries));
  if (!canStartFrom(action, state.stage)) {
    const stages = (xs: readonly string[]) => xs.join(' or ').replaceAll('_', ' ');
    throw new ConflictError(`you cannot ${VERB[action]} a match that is ${stages([state.stage])}; it must be ${stages(MATCH_ACTION_FROM[action])}`);
  }
  const side = sideOf(actor, countries);
  const base = { action, side, from: state.stage };

  switch (command.action) {
    case 'interest': {
      const mine = side!;
      if (interestOf(state, mine)) throw new ConflictError(`the ${mine} side (${countries[mine]}) has already expressed interest in this match`);
      const both = interestOf(state, other(mine)) !== null;
      return {
        ...base,
        to: both ? 'mutual' : 'interested',
        changes: mine === 'offer' ? { offerInterestAt: now } : { demandInterestAt: now },
        message: command.message,
        detail: {},
      };
    }
    case 'decline':
      return { ...base, to: 'declined', changes: {}, message: command.reason, detail: {} };
    case 'dismiss':
      return { ...base, to: 'dismissed', changes: {}, message: command.reason ?? null, detail: {} };
    case 'agree':
      return planAgreement(base, state, cleanTerms(command.terms), now);
    case 'start':
      return { ...base, to: 'in_progress', changes: {}, message: null, detail: {} };
    case 'complete':
      return { ...base, to: 'completed', changes: { outcome: command.outcome }, message: null, detail: { outcome: command.outcome } };
  }
}

/**
 * Staff record the agreement and the match is agreed. A focal point records terms (new
 * ones, or a change, which withdraws the other side's confirmation) or confirms the terms
 * already recorded; once both focal points confirmed the same terms, the match is agreed.
 */
function planAgreement(
  base: { action: MatchStepAction; side: MatchSide | null; from: MatchStage },
  state: MatchState,
  terms: MatchAgreementInput,
  now: Date,
): MatchStep {
  const same = state.agreement !== null && sameTerms(state.agreement, terms);
  const { side } = base;
  if (side === null) {
    // Staff: the agreement as recorded is the agreement. Confirmations of other terms no longer hold.
    return {
      ...base,
      to: 'agreed',
      changes: { agreement: terms, ...(same ? {} : { offerAgreedAt: null, demandAgreedAt: null }) },
      message: null,
      detail: { agreement: terms, recordedBy: 'staff' },
    };
  }
  if (same && confirmedOf(state, side)) {
    throw new ConflictError(`the ${side} side has already confirmed these terms; the ${other(side)} side's focal point has yet to confirm them`);
  }
  const otherConfirmed = same && confirmedOf(state, other(side)) !== null;
  // A change of terms withdraws the other side's confirmation: it confirmed something else.
  const confirmations = {
    offerAgreedAt: side === 'offer' ? now : same ? state.offerAgreedAt : null,
    demandAgreedAt: side === 'demand' ? now : same ? state.demandAgreedAt : null,
  };
  return {
    ...base,
    to: otherConfirmed ? 'agreed' : 'mutual',
    changes: { agreement: terms, ...confirmations },
    message: null,
    detail: { agreement: terms, termsChanged: !same, confirmedBy: otherConfirmed ? ['offer', 'demand'] : [side] },
  };
}

/** What the actor may do to the match now (so a client can offer only the buttons that work). */
export function availableMatchActions(actor: Actor, countries: MatchCountries, state: MatchState): MatchStepAction[] {
  const side = sideOf(actor, countries);
  return (Object.keys(MATCH_ACTION_FROM) as MatchStepAction[]).filter((action) => {
    if (!canActOnMatch(actor, action, countries) || !canStartFrom(action, state.stage)) return false;
    if (action === 'interest') return side !== null && interestOf(state, side) === null;
    return true;
  });
}
