import { type Database, type DbOrTx, deliveries, notifications, suggestionWindows, users } from '@enlace/db';
import type { Channel, DeliveryStatus } from '@enlace/domain/codes';
import { ConflictError, ForbiddenError, NotFoundError, canManageDeliveries } from '@enlace/domain';
import { type SQL, and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
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

/** One person's notifications waiting to go out by email or webhook: gathering in a burst, or held for a digest. */
export interface WaitingForPerson {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly country: string | null;
  /** New matches gathering behind the first of a burst, and when they go out together. */
  readonly gathering: number;
  readonly windowClosesAt: Date | null;
  /** Held for the person's digest; `capped` of them because the day's suggestion emails reached the cap. */
  readonly held: number;
  readonly capped: number;
}

/** Who has notifications waiting, and why, most first (the secretariat). */
export async function listWaitingDeliveries(ctx: Ctx, opts: { limit: number }): Promise<WaitingForPerson[]> {
  if (!canManageDeliveries(ctx.actor)) throw new ForbiddenError('only the secretariat sees what waits to be sent');
  const count = (where: SQL) => sql<number>`count(*) filter (where ${where})::int`;
  const rows = await ctx.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      country: users.country,
      gathering: count(sql`${deliveries.status} = 'gathering'`),
      held: count(sql`${deliveries.status} = 'held'`),
      capped: count(sql`${deliveries.status} = 'held' and ${deliveries.capped}`),
      windowClosesAt: suggestionWindows.closesAt,
    })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .innerJoin(users, eq(users.id, notifications.recipientUserId))
    .leftJoin(suggestionWindows, eq(suggestionWindows.userId, users.id))
    .where(inArray(deliveries.status, ['gathering', 'held']))
    .groupBy(users.id, suggestionWindows.closesAt)
    .orderBy(desc(sql`count(*)`), users.email)
    .limit(opts.limit);
  return rows.map((r) => ({ ...r, country: r.country?.trim() ?? null }));
}
