import { type Actor, actsFor, isSecretariat } from './actor.js';

/** Campaigns are the secretariat's tool: only staff and admins manage or read them. */
export function canManageCampaigns(actor: Actor): boolean {
  return isSecretariat(actor);
}

/**
 * A campaign's page for one country, which its messages link to: the people of that
 * country and the secretariat. A country the campaign never wrote to has no page, except
 * for the secretariat (see `seesCampaignUnreached`).
 */
export function canSeeCampaignCountry(actor: Actor, country: string): boolean {
  return isSecretariat(actor) || actsFor(actor, country);
}

/** The secretariat sees a campaign's page for a country it has not written to yet. */
export function seesCampaignUnreached(actor: Actor): boolean {
  return isSecretariat(actor);
}
