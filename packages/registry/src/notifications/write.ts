import { type DbOrTx, deliveries, notifications, suggestionWindows } from '@enlace/db';
import type { Channel } from '@enlace/domain/codes';
import {
  type BurstPolicy,
  DEFAULT_BURST_POLICY,
  type NotificationKind,
  type NotificationPayload,
  type SuggestionWindow,
  burstDecision,
  channelPlan,
} from '@enlace/messages';
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

/** One event's notifications to write, under the key that makes them unique. */
export interface EventTells {
  readonly eventKey: string;
  readonly tells: readonly Tell[];
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
  return (await writeEventsNotifications(tx, [{ eventKey, tells }], now, burst)).get(eventKey) ?? [];
}

/**
 * `writeNotifications` for many events in a few statements, whatever their number: an
 * import's new matches come by the thousand. A person's suggestions are decided in the
 * events' order, as if each event had been written after the one before. Returns each
 * event's deliveries still waiting for a worker.
 */
export async function writeEventsNotifications(
  tx: DbOrTx,
  events: readonly EventTells[],
  now: Date,
  burst: BurstPolicy = DEFAULT_BURST_POLICY,
): Promise<Map<string, DeliveryRef[]>> {
  const wanted = events.flatMap(({ eventKey, tells }) => tells.filter((t) => t.recipient.prefs.channels.length > 0).map((tell) => ({ eventKey, tell })));
  if (wanted.length > 0) {
    const inserted = await tx
      .insert(notifications)
      .values(
        wanted.map(({ eventKey, tell: t }) => ({
          eventKey,
          recipientUserId: t.recipient.userId,
          kind: t.kind,
          payload: t.payload as Record<string, unknown>,
          language: t.recipient.prefs.language,
          createdAt: now,
        })),
      )
      .onConflictDoNothing({ target: [notifications.eventKey, notifications.recipientUserId] })
      .returning({ id: notifications.id, eventKey: notifications.eventKey, recipientUserId: notifications.recipientUserId });
    const wantedAt = new Map(wanted.map((w, at) => [`${w.eventKey}\u0000${w.tell.recipient.userId}`, { at, tell: w.tell }]));
    // In the events' order, which RETURNING does not promise.
    const created = inserted.map((n) => ({ id: n.id, ...wantedAt.get(`${n.eventKey}\u0000${n.recipientUserId}`)! })).sort((a, b) => a.at - b.at);
    const decided = await suggestionsNow(tx, created, now, burst);
    for (const n of created) {
      const fate = decided.get(n.id);
      if (fate?.kind !== 'last') continue;
      // The day's last suggestion email says that the rest will wait for the digest.
      await tx
        .update(notifications)
        .set({ payload: sql`${notifications.payload} || ${JSON.stringify({ lastToday: fate.lastToday })}::jsonb` })
        .where(eq(notifications.id, n.id));
    }
    const rows = created.flatMap((n) => {
      const plan = channelPlan(n.tell.recipient.prefs);
      const decision = decided.get(n.id)?.kind;
      const status = (channel: Channel, held: boolean) =>
        channel === 'in_app'
          ? { status: 'sent' as const, sentAt: now }
          : channel === 'email' && decision === 'capped' && !held
            ? { status: 'held' as const, capped: true }
            : { status: held ? ('held' as const) : decision === 'gather' ? ('gathering' as const) : ('pending' as const) };
      // updatedAt is the database's time, like the claims: the sweeper ages waiting
      // deliveries by it against the database's now(), not against the caller's clock.
      return [
        ...plan.immediate.map((channel) => ({ notificationId: n.id, channel, ...status(channel, false), createdAt: now, updatedAt: sql`now()` })),
        ...plan.held.map((channel) => ({ notificationId: n.id, channel, ...status(channel, true), createdAt: now, updatedAt: sql`now()` })),
      ];
    });
    if (rows.length > 0) await tx.insert(deliveries).values(rows).onConflictDoNothing();
  }
  return pendingDeliveriesOf(
    tx,
    events.map((e) => e.eventKey),
  );
}

/** What becomes of one person's suggestion: gathered, sent now, sent now as the day's last email, or (the email) held for the digest. */
export type SuggestionFate = { kind: 'gather' } | { kind: 'now' } | { kind: 'last'; lastToday: LastToday } | { kind: 'capped' };
export type LastToday = NonNullable<NotificationPayload<'match_new'>['lastToday']>;

const DAY_MS = 86_400_000;

/**
 * Suggestion emails these people received over the last day (one by one or gathered):
 * what their daily cap counts.
 */
export async function suggestionEmailsToday(tx: DbOrTx, userIds: readonly string[], now: Date): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select({ userId: notifications.recipientUserId, n: sql<number>`count(*)::int` })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .where(
      and(
        inArray(notifications.recipientUserId, [...userIds]),
        eq(deliveries.channel, 'email'),
        inArray(notifications.kind, ['match_new', 'match_burst']),
        inArray(deliveries.status, ['pending', 'sending', 'sent', 'failed', 'bounced', 'dead']),
        sql`${deliveries.createdAt} > ${new Date(now.getTime() - DAY_MS)}`,
      ),
    )
    .groupBy(notifications.recipientUserId);
  return new Map(rows.map((r) => [r.userId, r.n]));
}

/** Where a person stands against their daily cap, for one more suggestion email. */
export function capFate(sentToday: number, prefs: { dailySuggestionEmails: number; digestHour: number }): SuggestionFate {
  if (sentToday >= prefs.dailySuggestionEmails) return { kind: 'capped' };
  if (sentToday === prefs.dailySuggestionEmails - 1) return { kind: 'last', lastToday: { cap: prefs.dailySuggestionEmails, digestHour: prefs.digestHour } };
  return { kind: 'now' };
}

/**
 * What becomes of each new notification that is a suggestion, by notification id, moving
 * each person's window on. Only suggestions that would interrupt now (an email or a
 * webhook at once) have a window: a digest already gathers, the inbox does not interrupt.
 * Each person's window lasts their `burstMinutes` (at most the service's bound). The
 * windows are locked in a fixed order, so that two fan-outs never wait on each other;
 * a person's several suggestions are decided one after the other, in the given order.
 */
async function suggestionsNow(tx: DbOrTx, created: readonly { id: string; tell: Tell }[], now: Date, burst: BurstPolicy): Promise<Map<string, SuggestionFate>> {
  const fates = new Map<string, SuggestionFate>();
  const byPerson = new Map<string, { id: string; tell: Tell }[]>();
  for (const n of created) {
    if (!n.tell.gather || !channelPlan(n.tell.recipient.prefs).immediate.some((c) => c !== 'in_app')) continue;
    byPerson.set(n.tell.recipient.userId, [...(byPerson.get(n.tell.recipient.userId) ?? []), n]);
  }
  if (byPerson.size === 0) return fates;
  const ids = [...byPerson.keys()];
  // A person without a window has been quiet forever.
  const never = new Date(0);
  await tx
    .insert(suggestionWindows)
    .values(ids.map((userId) => ({ userId, lastAt: never, openedAt: never, closesAt: null })))
    .onConflictDoNothing();
  const current = await tx.select().from(suggestionWindows).where(inArray(suggestionWindows.userId, ids)).orderBy(asc(suggestionWindows.userId)).for('update');
  const sentToday = await suggestionEmailsToday(tx, ids, now);
  for (const row of current) {
    const theirs = byPerson.get(row.userId)!;
    const { prefs } = theirs[0]!.tell.recipient;
    const policy = { ...burst, windowMs: Math.min(prefs.burstMinutes * 60_000, burst.windowMs) };
    const byEmail = channelPlan(prefs).immediate.includes('email');
    let window: SuggestionWindow | null = row.lastAt.getTime() === 0 ? null : row;
    let sent = sentToday.get(row.userId) ?? 0;
    for (const n of theirs) {
      const decision = burstDecision(window, now, { bulk: n.tell.gather!.bulk }, policy);
      const fate: SuggestionFate = decision.send === 'gather' ? { kind: 'gather' } : byEmail ? capFate(sent, prefs) : { kind: 'now' };
      if (byEmail && (fate.kind === 'now' || fate.kind === 'last')) sent++;
      fates.set(n.id, fate);
      window = decision.window;
    }
    await tx.update(suggestionWindows).set(window!).where(eq(suggestionWindows.userId, row.userId));
  }
  return fates;
}

/** Each event's deliveries still waiting for a worker. */
async function pendingDeliveriesOf(db: DbOrTx, eventKeys: readonly string[]): Promise<Map<string, DeliveryRef[]>> {
  const rows = await db
    .select({ id: deliveries.id, generation: deliveries.generation, eventKey: notifications.eventKey })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .where(and(inArray(notifications.eventKey, [...eventKeys]), inArray(deliveries.status, ['pending', 'failed'])))
    .orderBy(sql`${deliveries.id}`);
  const byEvent = new Map<string, DeliveryRef[]>(eventKeys.map((k) => [k, []]));
  for (const { eventKey, ...ref } of rows) byEvent.get(eventKey)?.push(ref);
  return byEvent;
}
