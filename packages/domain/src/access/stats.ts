import { type Actor, isSecretariat } from './actor.js';

/*
 * Statistics are aggregates: everyone reads those of published data (the statistics
 * count nothing else for them); the concise report quotes the outcomes and lessons of
 * completed cooperation, which only the two countries and the secretariat read, so it
 * is the secretariat's.
 */
export function canReadConciseReport(actor: Actor): boolean {
  return isSecretariat(actor);
}
