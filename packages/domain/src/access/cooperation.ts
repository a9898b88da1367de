import { type Actor, isPerson, isSecretariat } from './actor.js';
import type { MatchCountries } from './matches.js';

/*
 * Cooperation records (what SIDICSS asks of a cooperation) hold budgets and executing
 * institutions: the two countries and the secretariat read them; the focal points of
 * either side and staff correct them, as they agree the terms.
 */
export function canCorrectCooperationRecord(actor: Actor, countries: MatchCountries): boolean {
  if (isSecretariat(actor)) return true;
  return isPerson(actor) && actor.role === 'focal_point' && (actor.country === countries.offer || actor.country === countries.demand);
}

/** Which records an export holds: every one for the secretariat, those its country takes part in for others; none for visitors. */
export function cooperationExportScope(actor: Actor): { readonly all: true } | { readonly all: false; readonly country: string } | null {
  if (isSecretariat(actor)) return { all: true };
  return isPerson(actor) && actor.country ? { all: false, country: actor.country } : null;
}
