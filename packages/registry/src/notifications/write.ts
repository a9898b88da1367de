import { type DbOrTx, deliveries, notifications } from '@enlace/db';
import type { Channel } from '@enlace/domain/codes';
import { type NotificationKind, type NotificationPayload, channelPlan } from '@enlace/messages';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Recipient } from './people.js';

/** A delivery as the queue names it (a replay is a new generation, hence a new job). */
export interface DeliveryRef {
  readonly id: number;
  readonly generation: number;
}

/** One thing to tell one person. */
export interface Tell<K extends NotificationKind = NotificationKind> {
  readonly recipient: Recipient;
  readonly kind: K;
  readonly payload: NotificationPayload<K>;
}

/**
 * Writes the notifications of one event and a delivery per channel, once: the event key
 * and the recipient make a notification unique, so a retried fan-out writes nothing new.
 * The inbox copy is delivered by being written; email and webhook wait for a worker, or
 * for the digest when the person asked for one. Returns the deliveries that still need
 * a worker, including those a previous, interrupted run left behind.
 */
export async function writeNotifications(tx: DbOrTx, eventKey: string, tells: readonly Tell[], now: Date): Promise<DeliveryRef[]> {
  const wanted = tells.filter((t) => t.recipient.prefs.channels.length > 0);
  if (wanted.length > 0) {
    const created = await tx
      .insert(notifications)
      .values(
        wanted.map((t) => ({
          eventKey,
          recipientUserId: t.recipient.userId,
          kind: t.kind,
          payload: t.payload as Record<string, unknown>,
          language: t.recipient.prefs.language,
          createdAt: now,
        })),
      )
      .onConflictDoNothing({ target: [notifications.eventKey, notifications.recipientUserId] })
      .returning({ id: notifications.id, recipientUserId: notifications.recipientUserId });
    const byUser = new Map(wanted.map((t) => [t.recipient.userId, t.recipient]));
    const rows = created.flatMap((n) => {
      const plan = channelPlan(byUser.get(n.recipientUserId)!.prefs);
      const status = (channel: Channel, held: boolean) =>
        channel === 'in_app' ? { status: 'sent' as const, sentAt: now } : { status: held ? ('held' as const) : ('pending' as const) };
      // updatedAt is the database's time, like the claims: the sweeper ages waiting
      // deliveries by it against the database's now(), not against the caller's clock.
      return [
        ...plan.immediate.map((channel) => ({ notificationId: n.id, channel, ...status(channel, false), createdAt: now, updatedAt: sql`now()` })),
        ...plan.held.map((channel) => ({ notificationId: n.id, channel, ...status(channel, true), createdAt: now, updatedAt: sql`now()` })),
      ];
    });
    if (rows.length > 0) await tx.insert(deliveries).values(rows).onConflictDoNothing();
  }
  return pendingDeliveriesOf(tx, eventKey);
}

/** Deliveries of an event still waiting for a worker. */
export async function pendingDeliveriesOf(db: DbOrTx, eventKey: string): Promise<DeliveryRef[]> {
  return db
    .select({ id: deliveries.id, generation: deliveries.generation })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .where(and(eq(notifications.eventKey, eventKey), inArray(deliveries.status, ['pending', 'failed'])))
    .orderBy(sql`${deliveries.id}`);
}
