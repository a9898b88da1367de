import { campaigns, type DbOrTx, deliveries, notifications } from '@enlace/db';
import {
  type CampaignAction,
  type CampaignInput,
  type CampaignView,
  CAMPAIGN_ACTIONS,
  ConflictError,
  canApplyCampaignAction,
  resumedStatus,
} from '@enlace/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import type { DeliveryRef } from '../notifications/write.js';
import { requireSecretariat } from './access.js';
import { loadCampaign, toCampaignView } from './read.js';
import { startRound } from './rounds.js';

/** The last instant of the deadline day: countries have the whole day. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`);

function columns(input: CampaignInput) {
  return {
    name: input.name,
    kind: input.kind,
    audience: { groups: input.audience.groups, countries: input.audience.countries, condition: input.audience.condition ?? null, roles: input.audience.roles },
    goal: input.goal,
    messages: input.messages,
    defaultLanguage: input.defaultLanguage,
    deadline: endOfDay(input.deadline),
    reminderEveryDays: input.reminderEveryDays ?? null,
  };
}

export async function createCampaign(ctx: Ctx, input: CampaignInput): Promise<CampaignView> {
  const userId = requireSecretariat(ctx);
  return inTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(campaigns)
      .values({ ...columns(input), createdBy: userId, createdAt: now, updatedAt: now })
      .returning();
    await audit(tx, { actorUserId: userId, action: 'campaign.created', entityType: 'campaign', entityId: row!.id, detail: { kind: input.kind } });
    return toCampaignView(row!);
  });
}

/** A draft can be rewritten; once it is scheduled, what people were told must stay what it was. */
export async function updateCampaign(ctx: Ctx, id: string, input: CampaignInput): Promise<CampaignView> {
  const userId = requireSecretariat(ctx);
  return inTransaction(ctx.db, async (tx) => {
    const current = await loadCampaign(tx, id, { forUpdate: true });
    if (current.status !== 'draft') throw new ConflictError(`a ${current.status} campaign cannot be rewritten; only drafts can`);
    const [row] = await tx
      .update(campaigns)
      .set({ ...columns(input), updatedAt: ctx.clock.now() })
      .where(eq(campaigns.id, id))
      .returning();
    await audit(tx, { actorUserId: userId, action: 'campaign.updated', entityType: 'campaign', entityId: id });
    return toCampaignView(row!);
  });
}

/** Pending messages of a campaign: held back on pause, released on resume, dropped on cancel. */
export async function moveCampaignDeliveries(
  tx: DbOrTx,
  campaignId: string,
  from: ('pending' | 'failed' | 'paused')[],
  to: 'paused' | 'pending' | 'skipped',
): Promise<DeliveryRef[]> {
  return tx
    .update(deliveries)
    .set({ status: to, updatedAt: sql`now()`, ...(to === 'pending' ? { generation: sql`${deliveries.generation} + 1` } : {}) })
    .where(
      and(
        inArray(deliveries.status, from),
        inArray(
          deliveries.notificationId,
          tx
            .select({ id: notifications.id })
            .from(notifications)
            .where(and(eq(notifications.kind, 'campaign'), sql`${notifications.payload} ->> 'campaignId' = ${campaignId}`)),
        ),
      ),
    )
    .returning({ id: deliveries.id, generation: deliveries.generation });
}

/**
 * Schedules (at a time, or now: the first round is written at once), pauses, resumes or
 * cancels a campaign. Returns the campaign and the deliveries a resume released, which
 * the caller queues.
 */
export async function actOnCampaign(
  ctx: Ctx,
  id: string,
  action: CampaignAction,
  opts: { sendAt?: Date } = {},
): Promise<{ campaign: CampaignView; released: DeliveryRef[] }> {
  const userId = requireSecretariat(ctx);
  return inTransaction(ctx.db, async (tx) => {
    const current = await loadCampaign(tx, id, { forUpdate: true });
    if (!canApplyCampaignAction(action, current.status))
      throw new ConflictError(`a ${current.status} campaign cannot be ${action === 'schedule' ? 'scheduled' : `${action}d`}`);
    const now = ctx.clock.now();
    if (action === 'schedule' && current.deadline < now) throw new ConflictError('the deadline has passed; set a later one before scheduling');
    const to = action === 'resume' ? resumedStatus(current.rounds) : CAMPAIGN_ACTIONS[action].to;
    const sendAt = action === 'schedule' ? (opts.sendAt ?? now) : current.sendAt;
    const [row] = await tx
      .update(campaigns)
      .set({ status: to, sendAt, updatedAt: now, ...(action === 'cancel' ? { endedAt: now } : {}) })
      .where(eq(campaigns.id, id))
      .returning();
    let released: DeliveryRef[] = [];
    if (action === 'pause') await moveCampaignDeliveries(tx, id, ['pending', 'failed'], 'paused');
    if (action === 'resume') released = await moveCampaignDeliveries(tx, id, ['paused'], 'pending');
    if (action === 'cancel') await moveCampaignDeliveries(tx, id, ['pending', 'failed', 'paused'], 'skipped');
    await audit(tx, {
      actorUserId: userId,
      action: `campaign.${action}`,
      entityType: 'campaign',
      entityId: id,
      detail: sendAt && action === 'schedule' ? { sendAt: sendAt.toISOString() } : {},
    });
    // "Send now" sends now, not at the scheduler's next tick.
    if (to === 'scheduled' && sendAt && sendAt <= now) await startRound(tx, row!, now);
    return { campaign: toCampaignView(await loadCampaign(tx, id)), released };
  });
}

/**
 * Called in the transaction that writes a round's messages: if staff paused the campaign
 * meanwhile, its messages wait as paused instead of going out. The share lock orders
 * this against a concurrent pause, which takes the row for update.
 */
export async function holdIfPaused(tx: DbOrTx, campaignId: string): Promise<boolean> {
  const [row] = await tx.select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, campaignId)).for('share');
  if (row?.status !== 'paused') return false;
  await moveCampaignDeliveries(tx, campaignId, ['pending'], 'paused');
  return true;
}
