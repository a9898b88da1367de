import { z } from 'zod';

import { ROLES, type Role } from '../codes.js';
import { UnauthorizedError } from '../errors.js';

export { ROLES, type Role };
export const roleSchema = z.enum(ROLES);

/** A signed-in person, and the country and institution they act for. */
export interface Person {
  readonly kind: 'user';
  readonly userId: string;
  readonly role: Role;
  /** Country an officer or focal point acts for; null for staff and admins. */
  readonly country: string | null;
  readonly institutionId: string | null;
}

/**
 * Who is asking: a signed-in person, nobody, or the service itself. The service acts for
 * no one (a worker job, an operator's command, the demonstration seed): it is not a
 * person, so it never gains a person's rights by accident, and each rule that lets it
 * act says so.
 */
export type Actor = { readonly kind: 'anonymous' } | { readonly kind: 'system' } | Person | ExpertSelf;

/**
 * An expert of the roster acting on their own registration, through the signed link
 * emailed to their contact address: no account, and no right beyond that registration.
 */
export interface ExpertSelf {
  readonly kind: 'expert';
  readonly expertId: string;
  readonly country: string;
}

/** Whether the actor is an expert holding their own link. */
export function isExpertSelf(actor: Actor): actor is ExpertSelf {
  return actor.kind === 'expert';
}

/** Whether the actor is this expert, holding their own link. */
export function isExpertThemself(actor: Actor, expertId: string): boolean {
  return actor.kind === 'expert' && actor.expertId === expertId;
}

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/**
 * Whether the actor sees only what the public sees: no contact, no match's follow-up,
 * published listings only. Every such actor gets the same answer to the same question,
 * so such answers may be shared between them.
 */
export function seesAsThePublic(actor: Actor): boolean {
  return actor.kind === 'anonymous';
}

/** The service acting on its own behalf; its audit records name no person. */
export const SYSTEM: Actor = { kind: 'system' };

export function isPerson(actor: Actor): actor is Person {
  return actor.kind === 'user';
}

export function isSystem(actor: Actor): boolean {
  return actor.kind === 'system';
}

/**
 * The guard of every verb that acts for a signed-in person (their tokens, inbox,
 * subscription, campaigns…): 401 for anyone else. `doing` ends "sign in to …".
 */
export function requirePerson(actor: Actor, doing?: string): asserts actor is Person {
  if (!isPerson(actor)) throw new UnauthorizedError(doing ? `sign in to ${doing}` : 'sign in first');
}

/** Staff of the AICD secretariat and admins act for every country. */
export function isSecretariat(actor: Actor): boolean {
  return isPerson(actor) && (actor.role === 'staff' || actor.role === 'admin');
}

/** An officer or a focal point: the people who speak for one country. */
export function isCountryWriter(actor: Actor): actor is Person & { readonly country: string } {
  return isPerson(actor) && (actor.role === 'agency_officer' || actor.role === 'focal_point') && actor.country !== null;
}

/** Whether the actor acts for this country (whatever its role). */
export function actsFor(actor: Actor, country: string): boolean {
  return isPerson(actor) && actor.country === country;
}
