import { deliveries, notifications } from '@enlace/db';
import { requirePerson } from '@enlace/domain';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import type { NotificationRow } from './deliveries.js';

function me(ctx: Ctx): string {
  requirePerson(ctx.actor, 'read your inbox');
  return ctx.actor.userId;
}

// Only what was meant for the inbox: a notification sent by email alone stays out of it.
const inInbox = sql`exists (select 1 from ${deliveries} where ${deliveries.notificationId} = ${notifications.id} and ${deliveries.channel} = 'in_app')`;

/** The signed-in person's inbox, newest first, with a cursor on creation time and id. */
export async function listInbox(
  ctx: Ctx,
  opts: { unread: boolean; limit: number; before?: { at: Date; id: string } },
): Promise<{ items: NotificationRow[]; unread: number }> {
  const userId = me(ctx);
  const mine = and(eq(notifications.recipientUserId, userId), inInbox);
  const items = await ctx.db
    .select()
    .from(notifications)
    .where(
      and(
        mine,
        opts.unread ? isNull(notifications.readAt) : undefined,
        opts.before
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (${opts.before.at.toISOString()}::timestamptz, ${opts.before.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.limit);
  const [{ n }] = (await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(mine, isNull(notifications.readAt)))) as [{ n: number }];
  return { items, unread: n };
}

/** Marks the given notifications (or all, when `ids` is absent) read; returns how many changed. */
export async function markRead(ctx: Ctx, ids?: readonly string[]): Promise<number> {
  const userId = me(ctx);
  const changed = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(eq(notifications.recipientUserId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, [...ids]) : undefined, inInbox))
    .returning({ id: notifications.id });
  return changed.length;
}
