import { type Actor, isPerson, isSecretariat } from './actor.js';
import { canWriteListing } from './listings.js';

/*
 * Who may see and change an institution. Its name, acronym and type are shown on every
 * listing and expert that names it, so only the secretariat and the writers of its own
 * country decide them, and only through an explicit institution edit.
 */

interface InstitutionRef {
  readonly country: string;
  /** It has a published listing or a validated expert: the public already knows of it. */
  readonly listed: boolean;
}

/** Change an institution's name, acronym or type: the secretariat, or an officer or focal point of its country. */
export function canEditInstitution(actor: Actor, institution: { readonly country: string }): boolean {
  return canWriteListing(actor, institution.country);
}

/**
 * An institution known only through drafts or unvalidated experts stays with its own
 * country's writers and the secretariat, like the drafts themselves.
 */
export function canSeeInstitution(actor: Actor, institution: InstitutionRef): boolean {
  return institution.listed || canEditInstitution(actor, institution);
}

/**
 * The countries whose unlisted institutions the actor sees, for list queries: every
 * country (`'all'`), or a few, or none.
 */
export function unlistedInstitutionCountries(actor: Actor): 'all' | readonly string[] {
  if (isSecretariat(actor)) return 'all';
  return isPerson(actor) && actor.country && canEditInstitution(actor, { country: actor.country }) ? [actor.country] : [];
}
