import { type Database, deliveries, notifications } from '@enlace/db';
import type { Clock } from '@enlace/domain';
import type { Channel } from '@enlace/domain/codes';
import { type NotificationPayload, lastDigestDue } from '@enlace/messages';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { inTransaction } from '../context.js';
import { recipientsById } from './people.js';
import { type DeliveryRef, writeNotifications } from './write.js';

/**
 * Gathers each person's held deliveries into the digest that is due for them now, and
 * returns the digest deliveries to send. Someone who went back to immediate delivery
 * gets their held items released one by one instead. The digest is named after the
 * moment it was due, so a second run for the same moment writes nothing.
 */
export async function gatherDigests(db: Database, clock: Clock): Promise<{ deliveries: DeliveryRef[]; digests: number; released: number }> {
  const now = clock.now();
  const held = await db
    .select({
      deliveryId: deliveries.id,
      generation: deliveries.generation,
      channel: deliveries.channel,
      notificationId: notifications.id,
      userId: notifications.recipientUserId,
      kind: notifications.kind,
      payload: notifications.payload,
      createdAt: notifications.createdAt,
      capped: deliveries.capped,
    })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .where(and(eq(deliveries.status, 'held'), lte(notifications.createdAt, now)))
    .orderBy(notifications.createdAt);
  const byUser = new Map<string, typeof held>();
  for (const h of held) byUser.set(h.userId, [...(byUser.get(h.userId) ?? []), h]);
  const people = new Map((await recipientsById(db, [...byUser.keys()])).map((r) => [r.userId, r]));
  const out = { deliveries: [] as DeliveryRef[], digests: 0, released: 0 };

  for (const [userId, all] of byUser) {
    const recipient = people.get(userId);
    const immediate = recipient?.prefs.frequency === 'immediate';
    // Disabled, or no longer on a digest: send what was held as it is. Suggestions held
    // because the day's emails reached the person's cap wait for the daily digest instead.
    const release = !recipient ? all : immediate ? all.filter((i) => !i.capped) : [];
    const items = all.filter((i) => !release.includes(i));
    if (release.length > 0) {
      const ids = release.map((i) => i.deliveryId);
      await db
        .update(deliveries)
        .set({ status: recipient ? 'pending' : 'skipped', updatedAt: sql`now()` })
        .where(and(inArray(deliveries.id, ids), eq(deliveries.status, 'held')));
      if (recipient) out.deliveries.push(...release.map((i) => ({ id: i.deliveryId, generation: i.generation })));
      out.released += ids.length;
    }
    const due = recipient && items.length > 0 ? lastDigestDue(now, immediate ? { ...recipient.prefs, frequency: 'daily' } : recipient.prefs) : null;
    if (!recipient || !due) continue;
    const ready = items.filter((i) => i.createdAt <= due);
    if (ready.length === 0) continue;
    const notificationsInIt = [...new Map(ready.map((i) => [i.notificationId, i])).values()];
    const payload: NotificationPayload<'digest'> = {
      period: recipient.prefs.frequency === 'weekly' ? 'weekly' : 'daily',
      items: notificationsInIt.map((i) => ({ notificationId: i.notificationId, kind: i.kind, payload: i.payload, createdAt: i.createdAt.toISOString() })),
    };
    const channels = new Set<Channel>(ready.map((i) => i.channel));
    const eventKey = `digest:${userId}:${due.toISOString()}`;
    const ids = await inTransaction(db, async (tx) => {
      // The digest goes out on the channels its items were held for; the inbox already has them.
      const digestRecipient = { ...recipient, prefs: { ...recipient.prefs, channels: [...channels], frequency: 'immediate' as const } };
      const pending = await writeNotifications(tx, eventKey, [{ recipient: digestRecipient, kind: 'digest', payload }], now);
      const [digest] = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.eventKey, eventKey), eq(notifications.recipientUserId, userId)));
      await tx
        .update(deliveries)
        .set({ status: 'digested', digestId: digest!.id, updatedAt: now })
        .where(
          and(
            inArray(
              deliveries.id,
              ready.map((i) => i.deliveryId),
            ),
            eq(deliveries.status, 'held'),
          ),
        );
      return pending;
    });
    out.digests += 1;
    out.deliveries.push(...ids);
  }
  return out;
}
