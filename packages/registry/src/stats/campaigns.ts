import { campaignCountries, campaigns } from '@enlace/db';
import { type CampaignParticipation, type CampaignParticipationQuery, campaignParticipationQuerySchema, canSeeCampaignCountry } from '@enlace/domain';
import { desc, eq } from 'drizzle-orm';
import { tableOf } from '../campaigns/progress.js';
import { toCampaignView } from '../campaigns/read.js';
import type { Ctx } from '../context.js';

/**
 * A country's campaign participation, for its sheet: every campaign that wrote to it,
 * newest first, with what the country did since. Whoever may read the campaign's page
 * for the country sees its name; others see its kind and figures only.
 */
export async function campaignParticipation(ctx: Ctx, query: CampaignParticipationQuery): Promise<CampaignParticipation> {
  const { country } = campaignParticipationQuerySchema.parse(query);
  const named = canSeeCampaignCountry(ctx.actor, country);
  const reached = await ctx.db
    .select({ campaign: campaigns, firstMessageAt: campaignCountries.firstMessageAt })
    .from(campaignCountries)
    .innerJoin(campaigns, eq(campaigns.id, campaignCountries.campaignId))
    .where(eq(campaignCountries.country, country))
    .orderBy(desc(campaignCountries.firstMessageAt));
  const now = ctx.clock.now();
  const items: CampaignParticipation['items'] = [];
  for (const { campaign, firstMessageAt } of reached) {
    const [row] = await tableOf(ctx.db, campaign, [country], now);
    const view = toCampaignView(campaign);
    items.push({
      id: named ? view.id : null,
      name: named ? view.name : null,
      kind: view.kind,
      status: view.status,
      deadline: view.deadline,
      firstMessageAt: firstMessageAt.toISOString(),
      met: row?.met ?? false,
      metAt: row?.metAt ?? null,
      offers: row?.offers ?? 0,
      demands: row?.demands ?? 0,
      experts: row?.experts ?? 0,
    });
  }
  return { country, reached: items.length, met: items.filter((i) => i.met).length, items };
}
