import { type Database, deliveries, notifications, suggestionWindows } from '@enlace/db';
import type { Clock } from '@enlace/domain';
import type { Channel } from '@enlace/domain/codes';
import type { ListingRef, NotificationPayload } from '@enlace/messages';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { inTransaction } from '../context.js';
import { recipientsById } from './people.js';
import { type DeliveryRef, type LastToday, capFate, suggestionEmailsToday, writeNotifications } from './write.js';

/** Listings of the reader's, and matches per listing, a gathered message shows. */
const GROUPS_SHOWN = 10;
const BEST_SHOWN = 3;

type Suggestion = NotificationPayload<'match_new'>;

/** The gathered suggestions as one message: grouped by the reader's listing, the best first, with what is left out counted. */
export function burstPayload(items: readonly Suggestion[]): NotificationPayload<'match_burst'> {
  const byOwn = new Map<string, { own: ListingRef; matches: Suggestion[] }>();
  for (const item of items) {
    const group = byOwn.get(item.own.id) ?? { own: item.own, matches: [] };
    group.matches.push(item);
    byOwn.set(item.own.id, group);
  }
  const groups = [...byOwn.values()]
    .map((g) => ({ ...g, matches: [...g.matches].sort((a, b) => b.score - a.score) }))
    .sort((a, b) => b.matches[0]!.score - a.matches[0]!.score || b.matches.length - a.matches.length);
  const shown = groups.slice(0, GROUPS_SHOWN).map((g) => ({
    own: g.own,
    count: g.matches.length,
    best: g.matches.slice(0, BEST_SHOWN).map((m) => ({ matchId: m.matchId, counterpart: m.counterpart, score: m.score })),
  }));
  const shownMatches = shown.reduce((n, g) => n + g.best.length, 0);
  const withHidden = groups.filter((g, i) => i >= GROUPS_SHOWN || g.matches.length > BEST_SHOWN).length;
  return {
    total: items.length,
    listings: groups.length,
    bulk: items.every((i) => i.bulk === true),
    groups: shown,
    moreMatches: items.length - shownMatches,
    moreListings: withHidden,
  };
}

/**
 * Closes the suggestion windows whose time has come: what gathered in each goes out as
 * one message per person, on the channels it was gathered for (a lone suggestion goes
 * out as itself). The message is named after the window's closing time and its items
 * are marked in the same transaction, so a second run, or a run after a crash, sends
 * nothing twice. A window another worker is writing to is left for the next run.
 */
export async function gatherBursts(db: Database, clock: Clock): Promise<{ deliveries: DeliveryRef[]; bursts: number; released: number }> {
  const now = clock.now();
  const due = await db
    .select({ userId: suggestionWindows.userId })
    .from(suggestionWindows)
    .where(lte(suggestionWindows.closesAt, now))
    .orderBy(asc(suggestionWindows.closesAt))
    .limit(1000);
  const out = { deliveries: [] as DeliveryRef[], bursts: 0, released: 0 };
  for (const { userId } of due) {
    const refs = await inTransaction(db, async (tx) => {
      const [window] = await tx
        .select()
        .from(suggestionWindows)
        .where(and(eq(suggestionWindows.userId, userId), lte(suggestionWindows.closesAt, now)))
        .for('update', { skipLocked: true });
      if (!window?.closesAt) return [];
      await tx.update(suggestionWindows).set({ closesAt: null }).where(eq(suggestionWindows.userId, userId));
      const gathered = await tx
        .select({
          deliveryId: deliveries.id,
          generation: deliveries.generation,
          channel: deliveries.channel,
          notificationId: notifications.id,
          payload: notifications.payload,
        })
        .from(deliveries)
        .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
        .where(and(eq(notifications.recipientUserId, userId), eq(deliveries.status, 'gathering')))
        .orderBy(asc(notifications.createdAt));
      if (gathered.length === 0) return [];
      const [recipient] = await recipientsById(tx, [userId]);
      const mark = (these: typeof gathered, status: 'pending' | 'held' | 'skipped', capped = false) =>
        tx
          .update(deliveries)
          .set({ status, capped, updatedAt: sql`now()` })
          .where(
            and(
              inArray(
                deliveries.id,
                these.map((i) => i.deliveryId),
              ),
              eq(deliveries.status, 'gathering'),
            ),
          );
      // Gone, or gone over to a digest meanwhile: nothing to send now, or the digest's to send.
      if (!recipient || recipient.prefs.frequency !== 'immediate') {
        await mark(gathered, recipient ? 'held' : 'skipped');
        return [];
      }
      // The day's suggestion emails may have reached the person's cap: the email waits for the daily digest.
      let items = gathered;
      let lastToday: LastToday | undefined;
      if (gathered.some((i) => i.channel === 'email')) {
        const fate = capFate((await suggestionEmailsToday(tx, [userId], now)).get(userId) ?? 0, recipient.prefs);
        if (fate.kind === 'capped') {
          await mark(
            gathered.filter((i) => i.channel === 'email'),
            'held',
            true,
          );
          items = gathered.filter((i) => i.channel !== 'email');
        } else if (fate.kind === 'last') lastToday = fate.lastToday;
      }
      if (items.length === 0) return [];
      const suggestions = [...new Map(items.map((i) => [i.notificationId, i.payload as Suggestion])).values()];
      if (suggestions.length === 1) {
        if (lastToday)
          await tx
            .update(notifications)
            .set({ payload: sql`${notifications.payload} || ${JSON.stringify({ lastToday })}::jsonb` })
            .where(eq(notifications.id, items[0]!.notificationId));
        await mark(items, 'pending');
        out.released += 1;
        return items.map((i) => ({ id: i.deliveryId, generation: i.generation }));
      }
      const channels = [...new Set<Channel>(items.map((i) => i.channel))];
      const eventKey = `burst:${userId}:${window.closesAt.toISOString()}`;
      const burstRecipient = { ...recipient, prefs: { ...recipient.prefs, channels, frequency: 'immediate' as const } };
      const payload = { ...burstPayload(suggestions), ...(lastToday ? { lastToday } : {}) };
      const pending = await writeNotifications(tx, eventKey, [{ recipient: burstRecipient, kind: 'match_burst', payload }], now);
      const [burst] = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.eventKey, eventKey), eq(notifications.recipientUserId, userId)));
      await tx
        .update(deliveries)
        .set({ status: 'digested', digestId: burst!.id, updatedAt: sql`now()` })
        .where(
          and(
            inArray(
              deliveries.id,
              items.map((i) => i.deliveryId),
            ),
            eq(deliveries.status, 'gathering'),
          ),
        );
      out.bursts += 1;
      return pending;
    });
    out.deliveries.push(...refs);
  }
  return out;
}
