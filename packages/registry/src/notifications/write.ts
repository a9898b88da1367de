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
    const decided = await suggestionsNow(
      tx,
      created.map((n) => byUser.get(n.recipientUserId)!),
      now,
      burst,
    );
    for (const n of created) {
      const last = decided.get(n.recipientUserId);
      if (last?.kind !== 'last') continue;
      // The day's last suggestion email says that the rest will wait for the digest.
      await tx
        .update(notifications)
        .set({ payload: sql`${notifications.payload} || ${JSON.stringify({ lastToday: last.lastToday })}::jsonb` })
        .where(eq(notifications.id, n.id));
    }
    const rows = created.flatMap((n) => {
      const plan = channelPlan(byUser.get(n.recipientUserId)!.recipient.prefs);
      const decision = decided.get(n.recipientUserId)?.kind;
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
  return pendingDeliveriesOf(tx, eventKey);
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
 * What becomes of these people's suggestions, moving each person's window on. Only
 * suggestions that would interrupt now (an email or a webhook at once) have a window: a
 * digest already gathers, the inbox does not interrupt. Each person's window lasts their
 * `burstMinutes` (at most the service's bound). The windows are locked in a fixed
 * order, so that two fan-outs never wait on each other.
 */
async function suggestionsNow(tx: DbOrTx, tells: readonly Tell[], now: Date, burst: BurstPolicy): Promise<Map<string, SuggestionFate>> {
  const interrupting = tells.filter((t) => t.gather && channelPlan(t.recipient.prefs).immediate.some((c) => c !== 'in_app'));
  const fates = new Map<string, SuggestionFate>();
  if (interrupting.length === 0) return fates;
  const ids = [...new Set(interrupting.map((t) => t.recipient.userId))];
  // A person without a window has been quiet forever.
  const never = new Date(0);
  await tx
    .insert(suggestionWindows)
    .values(ids.map((userId) => ({ userId, lastAt: never, openedAt: never, closesAt: null })))
    .onConflictDoNothing();
  const current = await tx.select().from(suggestionWindows).where(inArray(suggestionWindows.userId, ids)).orderBy(asc(suggestionWindows.userId)).for('update');
  const sentToday = await suggestionEmailsToday(tx, ids, now);
  for (const row of current) {
    const { recipient, gather } = interrupting.find((t) => t.recipient.userId === row.userId)!;
    const policy = { ...burst, windowMs: Math.min(recipient.prefs.burstMinutes * 60_000, burst.windowMs) };
    const decision = burstDecision(row.lastAt.getTime() === 0 ? null : row, now, { bulk: gather!.bulk }, policy);
    const byEmail = channelPlan(recipient.prefs).immediate.includes('email');
    fates.set(
      row.userId,
      decision.send === 'gather' ? { kind: 'gather' } : byEmail ? capFate(sentToday.get(row.userId) ?? 0, recipient.prefs) : { kind: 'now' },
    );
    await tx.update(suggestionWindows).set(decision.window).where(eq(suggestionWindows.userId, row.userId));
  }
  return fates;
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
