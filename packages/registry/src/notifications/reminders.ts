import { expiryReminders, listings, outbox } from '@enlace/db';
import { OUTBOX_TOPICS, isoDay, parseOutboxPayload } from '@enlace/domain';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../context.js';
import { wakeOutboxRelay } from '../outbox.js';

/** Days before validUntil when owners and focal points are reminded. */
export const REMINDER_DAYS = [30, 7] as const;

const DAY = 86_400_000;
const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(day) + n * DAY));

/**
 * Writes a reminder event for each published listing that has entered its 30-day or its
 * 7-day window. Each (listing, validUntil, threshold) is written once; a listing that
 * enters the 7-day window directly gets the 7-day reminder only. Extending validUntil
 * starts the reminders afresh.
 */
export async function writeExpiryReminders(ctx: Pick<Ctx, 'db' | 'clock'>): Promise<number> {
  const today = isoDay(ctx.clock.now());
  const [far, near] = REMINDER_DAYS;
  return inTransaction(ctx.db, async (tx) => {
    const due = await tx
      .select({ id: listings.id, validUntil: listings.validUntil })
      .from(listings)
      .where(and(eq(listings.status, 'published'), gte(listings.validUntil, today), lte(listings.validUntil, addDays(today, far))));
    let written = 0;
    for (const l of due) {
      const daysBefore = l.validUntil! <= addDays(today, near) ? near : far;
      const payload = parseOutboxPayload(OUTBOX_TOPICS.listingExpiring, { listingId: l.id, validUntil: l.validUntil, daysBefore });
      // The reminder row takes the outbox id first, so that the event exists only if the
      // reminder is new: hence SQL of its own rather than recordEvent, with the same check.
      const inserted = await tx.execute(sql`
        with reminder as (
          insert into ${expiryReminders} (listing_id, valid_until, days_before, outbox_id, at)
          values (${l.id}, ${l.validUntil}, ${daysBefore}, nextval(pg_get_serial_sequence('outbox', 'id')), ${ctx.clock.now().toISOString()})
          on conflict do nothing
          returning outbox_id)
        insert into ${outbox} (id, topic, aggregate_id, payload)
        select outbox_id, ${OUTBOX_TOPICS.listingExpiring}, ${l.id}, ${JSON.stringify(payload)}::jsonb from reminder
        returning id`);
      if (inserted.rows.length === 0) continue;
      written += 1;
    }
    if (written > 0) await wakeOutboxRelay(tx);
    return written;
  });
}
