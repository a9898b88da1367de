import { type Actor, isPerson, isSecretariat } from './actor.js';

/** Failed deliveries name people and their addresses: only the secretariat sees and replays them. */
export function canManageDeliveries(actor: Actor): boolean {
  return isSecretariat(actor);
}

/**
 * The queue board shows every job's data (addresses, payloads) and can retry or drop
 * jobs: it is for the people who run the service, admins only.
 */
export function canWatchQueues(actor: Actor): boolean {
  return isPerson(actor) && actor.role === 'admin';
}
