import { type Actor, isSecretariat } from './actor.js';

/** Failed deliveries name people and their addresses: only the secretariat sees and replays them. */
export function canManageDeliveries(actor: Actor): boolean {
  return isSecretariat(actor);
}
