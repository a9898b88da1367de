import { campaignCountries, campaigns, type DbOrTx, deliveries, listings, notifications, users } from '@enlace/db';
import {
  type CountryCounts,
  ForbiddenError,
  NotFoundError,
  canSeeCampaignCountry,
  countryName,
  goalMet,
  isCountryWriter,
  seesCampaignUnreached,
  requirePerson,
} from '@enlace/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { requireSecretariat } from './access.js';
import { resolveCountries } from './audience.js';
import { countryStates } from './counts.js';
import { type CampaignRow, loadCampaign, toCampaignView } from './read.js';

/** How many of a campaign's messages are where. */
export interface DeliveryTally {
  queued: number;
  sent: number;
  failed: number;
  bounced: number;
  skipped: number;
}

export interface CountryProgress {
  country: string;
  name: string;
  met: boolean;
  metAt: string | null;
  firstMessageAt: string | null;
  lastMessageAt: string | null;
  recipients: number;
  offers: number;
  demands: number;
  experts: number;
  toRenew: number;
  deliveries: DeliveryTally;
}

const emptyTally = (): DeliveryTally => ({ queued: 0, sent: 0, failed: 0, bounced: 0, skipped: 0 });

function tallyOf(status: string): keyof DeliveryTally | undefined {
  switch (status) {
    case 'pending':
    case 'sending':
    case 'failed':
    case 'paused':
    case 'held':
      return 'queued';
    case 'sent':
    case 'digested':
      return 'sent';
    case 'dead':
      return 'failed';
    case 'bounced':
      return 'bounced';
    case 'skipped':
      return 'skipped';
    default:
      return undefined;
  }
}

/** The countries a campaign is about: those it wrote to, or before it sends, those it would. */
async function targetedCountries(db: DbOrTx, campaign: CampaignRow): Promise<string[]> {
  const reached = await db.select({ country: campaignCountries.country }).from(campaignCountries).where(eq(campaignCountries.campaignId, campaign.id));
  return reached.length > 0 ? reached.map((r) => r.country).sort() : resolveCountries(db, campaign.audience);
}

/** Each country's row of a campaign's progress table. */
export async function tableOf(db: DbOrTx, campaign: CampaignRow, countries: string[], now: Date): Promise<CountryProgress[]> {
  const states = await countryStates(db, campaign, countries, now);
  const byCountry = await db.execute<{ country: string; status: string; n: number; recipients: number }>(sql`
    select u.country, d.status, count(*)::int as n, count(distinct n.recipient_user_id)::int as recipients
    from ${notifications} n join ${users} u on u.id = n.recipient_user_id join ${deliveries} d on d.notification_id = n.id
    where n.kind = 'campaign' and n.payload ->> 'campaignId' = ${campaign.id} and d.channel <> 'in_app'
    group by u.country, d.status`);
  const people = await db.execute<{ country: string; n: number }>(sql`
    select u.country, count(distinct n.recipient_user_id)::int as n from ${notifications} n join ${users} u on u.id = n.recipient_user_id
    where n.kind = 'campaign' and n.payload ->> 'campaignId' = ${campaign.id} group by u.country`);
  const goal = { count: campaign.goal.count ?? 1, listingKind: campaign.goal.listingKind ?? 'either' };
  return countries.map((country) => {
    const s = states.get(country)!;
    const tally = emptyTally();
    for (const r of byCountry.rows.filter((r) => r.country === country)) {
      const k = tallyOf(r.status);
      if (k) tally[k] += r.n;
    }
    const counts: CountryCounts = s.counts;
    return {
      country,
      name: countryName(country, 'en'),
      met: s.firstMessageAt !== null && goalMet(campaign.kind, goal, counts),
      metAt: s.metAt?.toISOString() ?? null,
      firstMessageAt: s.firstMessageAt?.toISOString() ?? null,
      lastMessageAt: s.lastMessageAt?.toISOString() ?? null,
      recipients: people.rows.find((r) => r.country === country)?.n ?? 0,
      offers: counts.offers,
      demands: counts.demands,
      experts: counts.experts,
      toRenew: counts.toRenew,
      deliveries: tally,
    };
  });
}

/**
 * Where a campaign stands: countries targeted, met and not met; the listings it brought
 * (published by a targeted country after the campaign first wrote to it); where its
 * messages are; and the same per country.
 */
export async function campaignProgress(ctx: Ctx, id: string) {
  requireSecretariat(ctx);
  const campaign = await loadCampaign(ctx.db, id);
  const countries = await targetedCountries(ctx.db, campaign);
  const table = await tableOf(ctx.db, campaign, countries, ctx.clock.now());
  const attributed = await ctx.db.execute<{ id: string; kind: 'offer' | 'demand'; title: string; country: string; published_at: string }>(sql`
    select l.id, l.kind, l.title, l.country, l.published_at from ${listings} l
    join ${campaignCountries} cc on cc.campaign_id = ${campaign.id} and cc.country = l.country
    where l.published_at >= cc.first_message_at and l.status in ('published', 'expired', 'closed')
    order by l.published_at`);
  const deliveriesTotal = emptyTally();
  for (const row of table) for (const k of Object.keys(deliveriesTotal) as (keyof DeliveryTally)[]) deliveriesTotal[k] += row.deliveries[k];
  const met = table.filter((r) => r.met).map((r) => r.country);
  return {
    campaign: toCampaignView(campaign),
    countries: {
      targeted: countries.length,
      met: met.length,
      notMet: countries.length - met.length,
      metCountries: met,
      notMetCountries: countries.filter((c) => !met.includes(c)),
    },
    listings: attributed.rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, country: r.country, publishedAt: new Date(r.published_at).toISOString() })),
    deliveries: deliveriesTotal,
    table,
  };
}
export type CampaignProgress = Awaited<ReturnType<typeof campaignProgress>>;

/** The page a campaign message links to: what is asked of this country, and where it stands. */
export async function campaignCountryProgress(ctx: Ctx, id: string, country: string) {
  requirePerson(ctx.actor, "see your country's campaign");
  if (!canSeeCampaignCountry(ctx.actor, country)) throw new ForbiddenError(`this page is for ${country}`);
  const campaign = await loadCampaign(ctx.db, id);
  const reached = await ctx.db
    .select()
    .from(campaignCountries)
    .where(and(eq(campaignCountries.campaignId, id), eq(campaignCountries.country, country)));
  if (reached.length === 0 && !seesCampaignUnreached(ctx.actor)) throw new NotFoundError(`campaign ${id} not found`);
  const [row] = await tableOf(ctx.db, campaign, [country], ctx.clock.now());
  const view = toCampaignView(campaign);
  return { campaign: { id: view.id, name: view.name, kind: view.kind, status: view.status, deadline: view.deadline, goal: view.goal }, progress: row! };
}

/**
 * What a person's desk lists: the campaigns running now that wrote to the person's
 * country and that the country has not met yet, soonest deadline first.
 */
export async function campaignsAwaitingMyCountry(ctx: Ctx) {
  requirePerson(ctx.actor, "see your country's campaigns");
  if (!isCountryWriter(ctx.actor)) return [];
  const country = ctx.actor.country;
  const rows = await ctx.db
    .select({ campaign: campaigns })
    .from(campaigns)
    .innerJoin(campaignCountries, and(eq(campaignCountries.campaignId, campaigns.id), eq(campaignCountries.country, country)))
    .where(inArray(campaigns.status, ['active', 'paused']))
    .orderBy(asc(campaigns.deadline));
  const now = ctx.clock.now();
  const out = [];
  for (const { campaign } of rows) {
    const [row] = await tableOf(ctx.db, campaign, [country], now);
    if (row && !row.met) {
      const view = toCampaignView(campaign);
      out.push({ id: view.id, name: view.name, kind: view.kind, deadline: view.deadline, country });
    }
  }
  return out;
}
