import { campaignCountries, type DbOrTx } from '@enlace/db';
import { type Clock, type CountryCounts, type Language, type Placeholder, fillTemplate, goalMet, messageFor } from '@enlace/domain';
import { countryName, longDate } from '@enlace/i18n';
import type { NotificationPayload } from '@enlace/messages';
import { eq } from 'drizzle-orm';
import type { Tell } from '../notifications/write.js';
import { resolveCountries, resolveRecipients } from './audience.js';
import { countryStates, recordCountriesReached } from './counts.js';
import { type CampaignRow, loadCampaign } from './read.js';

/**
 * The link a message carries: the country's own page of the campaign in the web interface
 * (`WEB_URL`), in the language the message is written in; it asks its reader to sign in.
 */
export const campaignCountryUrl = (webUrl: string, lang: Language, campaignId: string, country: string) =>
  `${webUrl.replace(/\/+$/, '')}/${lang}/campaigns/${encodeURIComponent(campaignId)}/countries/${encodeURIComponent(country)}`;

/**
 * The messages of one campaign round, one per recipient in their language. The first
 * round writes to every country of the audience; later rounds are reminders and skip
 * the countries that met the goal.
 */
export async function planCampaignRound(db: DbOrTx, event: { campaignId: string; round: number }, clock: Clock, webUrl: string): Promise<Tell[]> {
  const campaign = await loadCampaign(db, event.campaignId).catch(() => undefined);
  // A round once started is written even if the campaign ended since (its messages wait
  // if it is paused, see holdIfPaused); a cancelled campaign says nothing more.
  if (!campaign || campaign.status === 'cancelled' || campaign.rounds < event.round) return [];
  const now = clock.now();
  const reached = new Set(
    (await db.select({ country: campaignCountries.country }).from(campaignCountries).where(eq(campaignCountries.campaignId, campaign.id))).map(
      (r) => r.country,
    ),
  );
  let countries = await resolveCountries(db, campaign.audience);
  const states = await countryStates(db, campaign, countries, now);
  const goal = { count: campaign.goal.count ?? 1, listingKind: campaign.goal.listingKind ?? 'either' };
  if (event.round > 1) countries = countries.filter((c) => !(reached.has(c) && goalMet(campaign.kind, goal, states.get(c)!.counts)));
  if (countries.length === 0) return [];
  await recordCountriesReached(db, campaign.id, countries, now);

  const tells: Tell[] = [];
  for (const recipient of await resolveRecipients(db, countries, campaign.audience.roles)) {
    const country = recipient.country!;
    const written = writeCampaignMessage(
      campaign,
      { country, name: recipient.name, language: recipient.prefs.language, totals: states.get(country)!.totals },
      webUrl,
    );
    if (!written) continue;
    const { language, ...payload } = written;
    // A campaign has a deadline: its messages do not wait for a digest. Channels stay the person's choice.
    tells.push({ recipient: { ...recipient, prefs: { ...recipient.prefs, frequency: 'immediate', language } }, kind: 'campaign', payload });
  }
  return tells;
}

/**
 * A campaign's message for one person of one country: their language if the campaign
 * has it, else the default one, with the placeholders filled. What the round sends and
 * what staff preview. `webUrl` is where people open the web interface.
 */
export function writeCampaignMessage(
  campaign: CampaignRow,
  to: { country: string; name: string; language: Language; totals: CountryCounts },
  webUrl: string,
): (NotificationPayload<'campaign'> & { language: Language }) | undefined {
  const chosen = messageFor(campaign.messages, to.language, campaign.defaultLanguage);
  if (!chosen) return undefined;
  const language = chosen.language as Language;
  const link = campaignCountryUrl(webUrl, language, campaign.id, to.country);
  const values: Record<Placeholder, string> = {
    name: to.name,
    country: countryName(language, to.country),
    offers: String(to.totals.offers),
    demands: String(to.totals.demands),
    experts: String(to.totals.experts),
    toRenew: String(to.totals.toRenew),
    goal: String(campaign.goal.count ?? 1),
    // Written as the notifications write dates ("1er mars", "1º de março" on the first of the month).
    deadline: longDate(language, campaign.deadline),
    link,
  };
  return { campaignId: campaign.id, subject: fillTemplate(chosen.message.subject, values), body: fillTemplate(chosen.message.body, values), link, language };
}
