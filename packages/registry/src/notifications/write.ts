import { type DbOrTx, deliveries, notifications, suggestionWindows } from '@enlace/db';
import type { Channel } from '@enlace/domain/codes';
import { type BurstPolicy, DEFAULT_BURST_POLICY, type NotificationKind, type NotificationPayload, burstDecision, channelPlan } from '@enlace/messages';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
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
  /**
   * A suggestion (a new match): it interrupts at most once per burst. Its email and
   * webhook deliveries gather in the person's window unless it is the first of a quiet
   * period; `bulk` ones (an import's) always gather.
   */
  readonly gather?: { readonly bulk: boolean };
}

/**
 * Writes the notifications of one event and a delivery per channel, once: the event key
 * and the recipient make a notification unique, so a retried fan-out writes nothing new.
 * The inbox copy is delivered by being written; email and webhook wait for a worker, or
 * for the digest when the person asked for one. Returns the deliveries that still need
 * a worker, including those a previous, interrupted run left behind.
 */
export async function writeNotifications(
  tx: DbOrTx,
  eventKey: string,
  tells: readonly Tell[],
  now: Date,
  burst: BurstPolicy = DEFAULT_BURST_POLICY,
): Promise<DeliveryRef[]> {
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
    const byUser = new Map(wanted.map((t) => [t.recipient.userId, t]));
    const gathering = await gatheringNow(
      tx,
      created.map((n) => byUser.get(n.recipientUserId)!),
      now,
      burst,
    );
    const rows = created.flatMap((n) => {
      const plan = channelPlan(byUser.get(n.recipientUserId)!.recipient.prefs);
      const waits = gathering.has(n.recipientUserId);
      const status = (channel: Channel, held: boolean) =>
        channel === 'in_app'
          ? { status: 'sent' as const, sentAt: now }
          : { status: held ? ('held' as const) : waits ? ('gathering' as const) : ('pending' as const) };
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

/**
 * Which of these people's suggestions gather rather than go out now, moving each
 * person's window on. Only suggestions that would interrupt now (an email or a webhook
 * at once) have a window: a digest already gathers, the inbox does not interrupt. The
 * windows are locked in a fixed order, so that two fan-outs never wait on each other.
 */
async function gatheringNow(tx: DbOrTx, tells: readonly Tell[], now: Date, burst: BurstPolicy): Promise<Set<string>> {
  const interrupting = tells.filter((t) => t.gather && channelPlan(t.recipient.prefs).immediate.some((c) => c !== 'in_app'));
  const gather = new Set<string>();
  if (interrupting.length === 0) return gather;
  const ids = [...new Set(interrupting.map((t) => t.recipient.userId))];
  // A person without a window has been quiet forever.
  const never = new Date(0);
  await tx
    .insert(suggestionWindows)
    .values(ids.map((userId) => ({ userId, lastAt: never, openedAt: never, closesAt: null })))
    .onConflictDoNothing();
  const current = await tx.select().from(suggestionWindows).where(inArray(suggestionWindows.userId, ids)).orderBy(asc(suggestionWindows.userId)).for('update');
  for (const row of current) {
    const tell = interrupting.find((t) => t.recipient.userId === row.userId)!;
    const decision = burstDecision(row.lastAt.getTime() === 0 ? null : row, now, { bulk: tell.gather!.bulk }, burst);
    if (decision.send === 'gather') gather.add(row.userId);
    await tx.update(suggestionWindows).set(decision.window).where(eq(suggestionWindows.userId, row.userId));
  }
  return gather;
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
