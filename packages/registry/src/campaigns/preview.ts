import { type Language, countryName } from '@enlace/domain';
import type { Ctx } from '../context.js';
import { requireSecretariat } from './access.js';
import { resolveCountries, resolveRecipients } from './audience.js';
import { countryStates } from './counts.js';
import { loadCampaign } from './read.js';
import { writeCampaignMessage } from './round-plan.js';

/** Who the campaign would write to if it sent now, country by country: what staff check before sending. */
export async function previewCampaignRecipients(ctx: Ctx, id: string) {
  requireSecretariat(ctx);
  const campaign = await loadCampaign(ctx.db, id);
  const countries = await resolveCountries(ctx.db, campaign.audience);
  const people = await resolveRecipients(ctx.db, countries, campaign.audience.roles);
  return {
    total: people.length,
    countries: countries.map((country) => ({
      country,
      name: countryName(country, 'en'),
      recipients: people
        .filter((p) => p.country === country)
        .map((p) => ({ userId: p.userId, name: p.name, email: p.email, role: p.role, language: p.prefs.language, channels: [...p.prefs.channels] })),
    })),
  };
}

/** The message as one country's people would read it in `lang` (or the default language), with today's figures. */
export async function previewCampaignMessage(ctx: Ctx, id: string, to: { country: string; language: Language; name?: string }, webUrl: string) {
  requireSecretariat(ctx);
  const campaign = await loadCampaign(ctx.db, id);
  const states = await countryStates(ctx.db, campaign, [to.country], ctx.clock.now());
  // The campaign was validated with a message in its default language, so there is always one.
  const message = writeCampaignMessage(
    campaign,
    { country: to.country, name: to.name ?? '…', language: to.language, totals: states.get(to.country)!.totals },
    webUrl,
  )!;
  return { language: message.language, subject: message.subject, body: message.body, link: message.link! };
}
