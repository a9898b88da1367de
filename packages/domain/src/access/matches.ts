import type { ListingKind } from '../codes.js';
import type { MatchAction } from '../matches/schema.js';
import { type Actor, isCountryWriter, isPerson, isSecretariat } from './actor.js';

/*
 * Who may see and act on the follow-up of a match. A match joins two countries, the one
 * that brought the offer and the one that brought the demand; their officers and focal
 * points speak for their side, the secretariat for none.
 */

/** A side of a match: the country that brought the offer, or the one that brought the demand. */
export type MatchSide = ListingKind;

/** The two countries a match joins. */
export interface MatchCountries {
  readonly offer: string;
  readonly demand: string;
}

/** The side an officer or focal point speaks for in this match, or null (staff, or a third country). */
export function sideOf(actor: Actor, countries: MatchCountries): MatchSide | null {
  if (!isCountryWriter(actor)) return null;
  if (actor.country === countries.offer) return 'offer';
  if (actor.country === countries.demand) return 'demand';
  return null;
}

/**
 * Which matches the actor sees: every one (the secretariat), those with the actor's
 * country on either side (officers and focal points), or none. The one definition behind
 * `canSeeMatch` and the SQL list filter.
 */
export function matchVisibility(actor: Actor): { readonly all: true } | { readonly all: false; readonly country: string | null } {
  if (isSecretariat(actor)) return { all: true };
  return { all: false, country: isCountryWriter(actor) ? actor.country : null };
}

/** The secretariat and the people of either country see a match's follow-up record. */
export function canSeeMatch(actor: Actor, countries: MatchCountries): boolean {
  const rule = matchVisibility(actor);
  return rule.all || (rule.country !== null && (rule.country === countries.offer || rule.country === countries.demand));
}

/** Staff propose matches by hand (brokering): they see every country's listings. */
export function canProposeMatch(actor: Actor): boolean {
  return isSecretariat(actor);
}

/** Whether the actor's role and country allow this action on a match of these countries, whatever its stage. */
export function canActOnMatch(actor: Actor, action: MatchAction, countries: MatchCountries): boolean {
  const side = sideOf(actor, countries);
  const focalPoint = side !== null && isPerson(actor) && actor.role === 'focal_point';
  switch (action) {
    case 'propose':
      return canProposeMatch(actor);
    case 'interest':
      // Interest is a country's: staff cannot express it for one.
      return side !== null;
    case 'decline':
      return side !== null || isSecretariat(actor);
    case 'dismiss':
    case 'agree':
    case 'start':
    case 'complete':
      return focalPoint || isSecretariat(actor);
  }
}
