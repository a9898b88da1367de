import type { Role } from '../codes.js';
import { type Actor, isPerson, isSecretariat } from './actor.js';

/*
 * Who may create, list, deactivate and reactivate accounts. The service itself creates
 * accounts too: the operator's first admin from the command line, and the demonstration
 * accounts.
 */

/** Admins create anyone; staff create the people who act for countries; the service anyone. */
export function canCreateUser(actor: Actor, role: Role): boolean {
  if (actor.kind === 'system') return true;
  if (!isPerson(actor)) return false;
  if (actor.role === 'admin') return true;
  return actor.role === 'staff' && (role === 'agency_officer' || role === 'focal_point');
}

export function canListUsers(actor: Actor): boolean {
  return isSecretariat(actor);
}

/**
 * Deactivate (or reactivate) an account: admins anyone's, staff those of the people who
 * act for countries — the same accounts each may create — and nobody their own, so that
 * the last admin cannot lock everyone out by mistake. The service may, for an operator.
 */
export function canDeactivateUser(actor: Actor, target: { readonly id: string; readonly role: Role }): boolean {
  if (actor.kind === 'system') return true;
  if (!isPerson(actor) || actor.userId === target.id) return false;
  return canCreateUser(actor, target.role);
}

/** When and whether people signed in, and whether their account is deactivated: what the secretariat looks after. */
export function seesAccountActivity(actor: Actor): boolean {
  return isSecretariat(actor);
}
