import { type Database, type DbOrTx, deliveries, notifications, users } from '@enlace/db';
import type { Channel, DeliveryStatus } from '@enlace/domain/codes';
import { ConflictError, ForbiddenError, NotFoundError, canManageDeliveries } from '@enlace/domain';
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { type Recipient, recipientsById } from './people.js';

export type DeliveryRow = typeof deliveries.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;

/** What a worker needs to send one delivery. */
export interface ClaimedDelivery {
  readonly delivery: DeliveryRow;
  readonly notification: NotificationRow;
  readonly recipient: Recipient;
}

/**
 * Takes a delivery for sending. Only one worker holds it at a time: it must be waiting,
 * have failed before, or have been taken by a worker that has not reported back for
 * longer than `leaseMs` (it died). Returns null when there is nothing to send: already
 * sent, or held by a live worker (the caller retries later), or skipped because the
 * person no longer wants this channel.
 */
export async function claimDelivery(db: Database, id: number, leaseMs: number): Promise<ClaimedDelivery | 'busy' | null> {
  const [taken] = await db
    .update(deliveries)
    .set({ status: 'sending', attempts: sql`${deliveries.attempts} + 1`, claimedAt: sql`now()`, updatedAt: sql`now()` })
    .where(
      and(
        eq(deliveries.id, id),
        or(
          inArray(deliveries.status, ['pending', 'failed']),
          and(eq(deliveries.status, 'sending'), lt(deliveries.claimedAt, sql`now() - make_interval(secs => ${leaseMs / 1000})`)),
        ),
      ),
    )
    .returning();
  if (!taken) {
    const [row] = await db.select({ status: deliveries.status }).from(deliveries).where(eq(deliveries.id, id));
    return row?.status === 'sending' ? 'busy' : null;
  }
  const [notification] = await db.select().from(notifications).where(eq(notifications.id, taken.notificationId));
  const [recipient] = notification ? await recipientsById(db, [notification.recipientUserId]) : [];
  if (!notification || !recipient || !recipient.prefs.channels.includes(taken.channel)) {
    await finishDelivery(db, id, 'skipped', recipient ? `the person no longer receives ${taken.channel}` : 'the person is disabled');
    return null;
  }
  return { delivery: taken, notification, recipient };
}

/** Records how a send attempt ended. `sent` is final; so are `bounced`, `dead` and `skipped` until a replay. */
export async function finishDelivery(
  db: DbOrTx,
  id: number,
  status: Extract<DeliveryStatus, 'sent' | 'failed' | 'bounced' | 'dead' | 'skipped'>,
  error?: string,
): Promise<void> {
  await db
    .update(deliveries)
    .set({
      status,
      updatedAt: sql`now()`,
      claimedAt: null,
      ...(status === 'sent' ? { sentAt: sql`now()`, lastError: null } : { lastError: error?.slice(0, 2000) ?? null }),
    })
    .where(eq(deliveries.id, id));
}

/**
 * The job of a delivery failed for good without the delivery being finished (it stalled
 * twice, or kept finding it held by another worker): it goes to the dead letters, where
 * staff see it and can replay it, instead of staying `sending` for ever.
 */
export async function abandonDelivery(db: DbOrTx, id: number, error: string): Promise<void> {
  await db
    .update(deliveries)
    .set({ status: 'dead', lastError: error.slice(0, 2000), claimedAt: null, updatedAt: sql`now()` })
    .where(and(eq(deliveries.id, id), inArray(deliveries.status, ['pending', 'sending', 'failed'])));
}

/**
 * Deliveries that should be in the queue but may not be: waiting, failed between
 * attempts, or taken by a worker that died. The sweeper puts them back (the job id keeps
 * a live job from being duplicated), which is what makes a Redis restart lose nothing.
 */
export async function deliveriesToRequeue(db: Database, olderThanMs: number, limit = 5000): Promise<{ id: number; generation: number }[]> {
  const age = sql`now() - make_interval(secs => ${olderThanMs / 1000})`;
  return db
    .select({ id: deliveries.id, generation: deliveries.generation })
    .from(deliveries)
    .where(
      or(
        and(inArray(deliveries.status, ['pending', 'failed']), lt(deliveries.updatedAt, age)),
        and(eq(deliveries.status, 'sending'), lt(deliveries.claimedAt, age)),
      ),
    )
    .orderBy(deliveries.id)
    .limit(limit);
}

export interface DeadLetter {
  readonly id: number;
  readonly channel: Channel;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly kind: string;
  readonly recipientUserId: string;
  readonly recipientEmail: string;
  readonly notificationId: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Deliveries that gave up (retries exhausted, or refused for good by the mail server), newest first. */
export async function listDeadLetters(ctx: Ctx, opts: { limit: number; before?: number }): Promise<DeadLetter[]> {
  if (!canManageDeliveries(ctx.actor)) throw new ForbiddenError('only the secretariat sees failed deliveries');
  return ctx.db
    .select({
      id: deliveries.id,
      channel: deliveries.channel,
      status: deliveries.status,
      attempts: deliveries.attempts,
      lastError: deliveries.lastError,
      kind: notifications.kind,
      recipientUserId: notifications.recipientUserId,
      recipientEmail: users.email,
      notificationId: notifications.id,
      createdAt: deliveries.createdAt,
      updatedAt: deliveries.updatedAt,
    })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .innerJoin(users, eq(users.id, notifications.recipientUserId))
    .where(and(inArray(deliveries.status, ['dead', 'bounced']), opts.before ? lt(deliveries.id, opts.before) : undefined))
    .orderBy(desc(deliveries.id))
    .limit(opts.limit);
}

/**
 * Sends a dead delivery again, from scratch: a new generation (so a new job id), its
 * attempts reset. The caller queues the job; if the queue is away, the sweeper does.
 */
export async function replayDelivery(ctx: Ctx, id: number): Promise<{ id: number; generation: number }> {
  if (!canManageDeliveries(ctx.actor)) throw new ForbiddenError('only the secretariat replays deliveries');
  const [row] = await ctx.db
    .update(deliveries)
    .set({ status: 'pending', attempts: 0, generation: sql`${deliveries.generation} + 1`, claimedAt: null, updatedAt: sql`now()` })
    .where(and(eq(deliveries.id, id), inArray(deliveries.status, ['dead', 'bounced'])))
    .returning({ id: deliveries.id, generation: deliveries.generation });
  if (row) return row;
  const [exists] = await ctx.db.select({ status: deliveries.status }).from(deliveries).where(eq(deliveries.id, id));
  if (!exists) throw new NotFoundError(`delivery ${id} not found`);
  throw new ConflictError(`a ${exists.status} delivery cannot be replayed; only dead or bounced ones can`);
}
