import type { ExpertStatus } from '../codes.js';
import type { ExpertAction } from '../experts/status.js';
import { type Actor, isExpertThemself, isPerson, isSecretariat } from './actor.js';
import { canReviewListing, canSeeContact } from './listings.js';
import { type Visibility, isVisible } from './visibility.js';

/*
 * Who may do what to an expert of the roster. As for listings, the expert's country is
 * what binds officers and focal points, and the server checks these on every request.
 */

interface ExpertRef {
  readonly id: string;
  readonly country: string;
  readonly status: ExpertStatus;
}

/** Anyone may put an expert forward, signed in or not: the registration waits for review. */
export function canRegisterExpert(_actor: Actor): boolean {
  return true;
}

/**
 * Which experts the actor sees at all: validated ones, plus every expert of its own
 * country (the secretariat and the service: all). The one definition behind
 * `canReadExpert` and the SQL roster filter; the search index holds validated experts only.
 */
export function expertVisibility(actor: Actor): Visibility<ExpertStatus> {
  if (isSecretariat(actor) || actor.kind === 'system') return { all: true };
  return { all: false, statuses: ['validated'], country: isPerson(actor) ? actor.country : null };
}

/** Validated experts are public; the others only to their country, the secretariat and the expert themself. */
export function canReadExpert(actor: Actor, expert: ExpertRef): boolean {
  return isVisible(expertVisibility(actor), expert) || isExpertThemself(actor, expert.id);
}

/** An expert's contact, the review note, the recruiting campaign and a pending revision: their country, the secretariat and the expert. */
export function canSeeExpertPrivate(actor: Actor, expert: { readonly id: string; readonly country: string }): boolean {
  return canSeeContact(actor, expert) || isExpertThemself(actor, expert.id);
}

/** Validate or reject: a focal point of the expert's country, or the secretariat. */
export function canReviewExpert(actor: Actor, country: string): boolean {
  return canReviewListing(actor, country);
}

/**
 * Bulk import of experts: the secretariat, which runs recruitment campaigns from the
 * spreadsheets countries send, and validates what it imports.
 */
export function canImportExperts(actor: Actor): boolean {
  return isSecretariat(actor);
}

/**
 * Edit, pause, resume, withdraw, resubmit, deactivate or erase an expert: the same
 * people who review them, who also act on the expert's request (a focal point knows the
 * people of their country's roster; the secretariat runs it).
 */
export function canManageExpert(actor: Actor, country: string): boolean {
  return canReviewExpert(actor, country);
}

/** What an expert may do to their own registration with their link: everything but review and deactivation. */
export const EXPERT_SELF_ACTIONS: readonly ExpertAction[] = ['pause', 'resume', 'withdraw', 'resubmit'];

/** Whether the actor may take this step for this expert (the state is checked apart, by `canReviewFrom`). */
export function canActOnExpert(actor: Actor, expert: { readonly id: string; readonly country: string }, action: ExpertAction): boolean {
  if (action === 'validate' || action === 'reject') return canReviewExpert(actor, expert.country);
  if (isExpertThemself(actor, expert.id)) return EXPERT_SELF_ACTIONS.includes(action);
  return canManageExpert(actor, expert.country);
}

/** Edit or erase a registration: those who manage the country's roster, and the expert themself. */
export function canEditExpert(actor: Actor, expert: { readonly id: string; readonly country: string }): boolean {
  return canManageExpert(actor, expert.country) || isExpertThemself(actor, expert.id);
}

/**
 * Whether an edit waits for review instead of taking effect: the expert's own change to
 * a profile their country has validated (and which is public, or will be again once
 * they resume). The reviewers' own corrections, and changes to a registration still
 * under review, take effect at once.
 */
export function editNeedsReview(actor: Actor, expert: { readonly id: string; readonly status: ExpertStatus }): boolean {
  return isExpertThemself(actor, expert.id) && (expert.status === 'validated' || expert.status === 'paused');
}

/**
 * Whether a refused review should say "forbidden" rather than "not found": focal points
 * review for the network, so they are told they may not; anyone else who may not even
 * read the expert is told it is not there.
 */
export function seesExpertExists(actor: Actor, expert: ExpertRef): boolean {
  return canReadExpert(actor, expert) || isSecretariat(actor) || (isPerson(actor) && actor.role === 'focal_point');
}
