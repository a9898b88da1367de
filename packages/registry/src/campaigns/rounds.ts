import { campaignCountries, campaigns, type Database, type DbOrTx } from '@enlace/db';
import { type Clock, OUTBOX_TOPICS, goalMet } from '@enlace/domain';
import { and, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import { inTransaction } from '../context.js';
import { recordEvent } from '../outbox.js';
import { countryStates } from './counts.js';
import { type CampaignRow, loadCampaign } from './read.js';

const DAY = 86_400_000;

/**
 * Starts the next round of a campaign: one outbox event, which the notifier turns into
 * one message per recipient. The round number is part of the row update, so two
 * schedulers racing start it once.
 */
export async function startRound(tx: DbOrTx, campaign: CampaignRow, now: Date): Promise<number> {
  const round = campaign.rounds + 1;
  const [moved] = await tx
    .update(campaigns)
    .set({ rounds: round, lastRoundAt: now, status: 'active', updatedAt: now })
    .where(and(eq(campaigns.id, campaign.id), eq(campaigns.rounds, campaign.rounds)))
    .returning({ id: campaigns.id });
  if (!moved) return campaign.rounds;
  await recordEvent(tx, OUTBOX_TOPICS.campaignRound, campaign.id, { campaignId: campaign.id, round });
  return round;
}

async function complete(tx: DbOrTx, id: string, now: Date): Promise<void> {
  await tx.update(campaigns).set({ status: 'completed', endedAt: now, updatedAt: now }).where(eq(campaigns.id, id));
}

/**
 * Moves every campaign along: sends the first round of those whose time has come, marks
 * countries that met the goal, sends reminders to the others when due, and ends a
 * campaign at its deadline or when every country has met its goal.
 */
export async function advanceCampaigns(db: Database, clock: Clock): Promise<{ started: number; reminded: number; completed: number }> {
  const now = clock.now();
  const report = { started: 0, reminded: 0, completed: 0 };
  const due = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(or(and(eq(campaigns.status, 'scheduled'), or(isNull(campaigns.sendAt), lte(campaigns.sendAt, now))), eq(campaigns.status, 'active')));
  for (const { id } of due) {
    await inTransaction(db, async (tx) => {
      const campaign = await loadCampaign(tx, id, { forUpdate: true });
      if (campaign.status === 'scheduled') {
        await startRound(tx, campaign, now);
        report.started += 1;
        return;
      }
      if (campaign.status !== 'active') return;
      if (now > campaign.deadline) {
        await complete(tx, id, now);
        report.completed += 1;
        return;
      }
      if (campaign.kind === 'announcement') {
        await complete(tx, id, now);
        report.completed += 1;
        return;
      }
      const reached = await tx.select({ country: campaignCountries.country }).from(campaignCountries).where(eq(campaignCountries.campaignId, id));
      const states = await countryStates(
        tx,
        campaign,
        reached.map((r) => r.country),
        now,
      );
      const goal = { count: campaign.goal.count ?? 1, listingKind: campaign.goal.listingKind ?? 'either' };
      const met = [...states.values()].filter((s) => goalMet(campaign.kind, goal, s.counts)).map((s) => s.country);
      if (met.length > 0) {
        await tx
          .update(campaignCountries)
          .set({ metAt: now })
          .where(and(eq(campaignCountries.campaignId, id), inArray(campaignCountries.country, met), isNull(campaignCountries.metAt)));
      }
      // Every country written to has done what was asked: nothing left to remind about.
      if (reached.length > 0 && reached.every((r) => met.includes(r.country))) {
        await complete(tx, id, now);
        report.completed += 1;
        return;
      }
      const every = campaign.reminderEveryDays;
      if (every && campaign.lastRoundAt && campaign.lastRoundAt.getTime() + every * DAY <= now.getTime()) {
        await startRound(tx, campaign, now);
        report.reminded += 1;
      }
    });
  }
  return report;
}
