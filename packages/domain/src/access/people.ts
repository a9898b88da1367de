import type { Role } from '../codes.js';
import { type Actor, isPerson, isSecretariat } from './actor.js';

/*
 * Who may create and list accounts. The service itself creates accounts too: the
 * operator's first admin from the command line, and the demonstration accounts.
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
