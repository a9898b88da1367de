import { type Actor, isPerson, isSecretariat } from './actor.js';

/** Upload an import: the writers of listings (each line is then checked against its country). */
export function canImport(actor: Actor): boolean {
  return isSecretariat(actor) || (isPerson(actor) && (actor.role === 'agency_officer' || actor.role === 'focal_point'));
}

/** An import's progress and errors: whoever started it, or the secretariat; to anyone else it is not there. */
export function canReadImport(actor: Actor, job: { readonly createdBy: string | null }): boolean {
  return (isPerson(actor) && job.createdBy === actor.userId) || isSecretariat(actor);
}

/** The list of imports: the secretariat sees everyone's, the others only those they started. */
export function seesEveryImport(actor: Actor): boolean {
  return isSecretariat(actor);
}
