import type { TestUser } from '@enlace/api/testing';
import { offerBody } from '@enlace/api/testing';
import { deliveries, listings, notifications } from '@enlace/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NotificationStack, startNotificationStack } from './stack.js';
import { publishedListing, storeMatch } from './support.js';

let s: NotificationStack;

beforeAll(async () => {
  s = await startNotificationStack('schedules', { at: '2026-11-21T09:00:00Z' });
});
afterAll(async () => s?.close());

async function notificationsOf(user: TestUser) {
  return s.api.db.select().from(notifications).where(eq(notifications.recipientUserId, user.id)).orderBy(notifications.createdAt);
}

async function deliveryStatuses(user: TestUser) {
  const rows = await s.api.db
    .select({ kind: notifications.kind, channel: deliveries.channel, status: deliveries.status })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .where(eq(notifications.recipientUserId, user.id));
  return rows.map((r) => `${r.kind}/${r.channel}/${r.status}`).sort();
}

describe('daily digests', () => {
  let focal: TestUser;

  beforeAll(async () => {
    focal = await s.api.user('focal_point', { country: 'UY', language: 'es' });
    const put = await s.api.app.inject({
      method: 'PUT',
      url: '/v1/me/subscription',
      headers: focal.headers,
      payload: { channels: ['email', 'in_app'], frequency: 'daily', digestHour: 8, language: 'es' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const demand = await publishedListing(s.api, s.staff, 'UY', {
      kind: 'demand',
      language: 'es',
      title: 'Bancos de leche humana en Montevideo',
      description: 'Apoyo para crear bancos de leche humana.',
    });
    for (const country of ['BR', 'AR', 'CL']) {
      await storeMatch(s.api, await publishedListing(s.api, s.staff, country, { title: `Bancos de leite humano (${country})` }), demand, 0.8);
    }
    await s.settled();
  });

  it('hold email back while the inbox gets each item at once', async () => {
    expect(s.mailTo(focal)).toHaveLength(0);
    expect(await deliveryStatuses(focal)).toEqual([
      'match_new/email/held',
      'match_new/email/held',
      'match_new/email/held',
      'match_new/in_app/sent',
      'match_new/in_app/sent',
      'match_new/in_app/sent',
    ]);
    const inbox = (await s.api.app.inject({ url: '/v1/inbox', headers: focal.headers })).json();
    expect(inbox.unread).toBe(3);
  });

  it("send nothing before the digest hour: items of 09:00 wait for tomorrow's 08:00", async () => {
    expect(await s.runTask('send-digests')).toMatchObject({ digests: 0 });
    await s.settled();
    expect(s.mailTo(focal)).toHaveLength(0);
  });

  it('gather everything held into one email at the digest hour, once', async () => {
    s.clock.set('2026-11-22T08:05:00Z');
    expect(await s.runTask('send-digests')).toMatchObject({ digests: 1 });
    await s.settled();
    const mails = s.mailTo(focal);
    expect(mails).toHaveLength(1);
    for (const country of ['BR', 'AR', 'CL']) expect(mails[0]!.parsed.text).toContain(`Bancos de leite humano (${country})`);
    expect(mails[0]!.parsed.headers.get('content-language')).toBe('es');

    expect(await s.runTask('send-digests')).toMatchObject({ digests: 0 });
    await s.settled();
    expect(s.mailTo(focal)).toHaveLength(1);
    const statuses = await deliveryStatuses(focal);
    expect(statuses.filter((d) => d.startsWith('match_new/email'))).toEqual([
      'match_new/email/digested',
      'match_new/email/digested',
      'match_new/email/digested',
    ]);
    expect(statuses).toContain('digest/email/sent');
  });

  it('a weekly digest waits for its weekday', async () => {
    const weekly = await s.api.user('focal_point', { country: 'PY', language: 'pt' });
    // 2026-11-22 is a Sunday; Wednesday is 3.
    await s.api.app.inject({
      method: 'PUT',
      url: '/v1/me/subscription',
      headers: weekly.headers,
      payload: { channels: ['email'], frequency: 'weekly', digestWeekday: 3, digestHour: 7, language: 'pt' },
    });
    const demand = await publishedListing(s.api, s.staff, 'PY', { kind: 'demand', title: 'Bancos de leite humano no Paraguai' });
    await storeMatch(s.api, await publishedListing(s.api, s.staff, 'BR', { title: 'Rede brasileira de bancos de leite' }), demand, 0.9);
    await s.settled();
    s.clock.set('2026-11-24T10:00:00Z'); // Tuesday
    await s.runTask('send-digests');
    await s.settled();
    expect(s.mailTo(weekly)).toHaveLength(0);
    s.clock.set('2026-11-25T07:30:00Z'); // Wednesday, after 07:00
    expect(await s.runTask('send-digests')).toMatchObject({ digests: 1 });
    await s.settled();
    expect(s.mailTo(weekly)).toHaveLength(1);
    expect(s.mailTo(weekly)[0]!.parsed.text).toContain('Rede brasileira de bancos de leite');
  });
});

describe('expiry reminders', () => {
  it('the owner and the focal point hear 30 and 7 days before validUntil, once each; on the day after, the listing expires', async () => {
    s.clock.set('2026-11-21T09:00:00Z');
    const officer = await s.api.user('agency_officer', { country: 'CR', language: 'es' });
    const focal = await s.api.user('focal_point', { country: 'CR', language: 'fr' });
    const created = await s.api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: officer.headers,
      payload: offerBody('CR', {
        language: 'es',
        title: 'Pago por servicios ambientales',
        description: 'Experiencia de Costa Rica en pago por servicios ambientales.',
        validUntil: '2026-12-21',
      }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await s.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: focal.headers })).statusCode).toBe(200);

    expect(await s.runTask('remind-expiring')).toEqual({ reminders: 1 });
    expect(await s.runTask('remind-expiring')).toEqual({ reminders: 0 });
    await s.settled();
    const first = (await notificationsOf(officer)).filter((n) => n.kind === 'listing_expiring');
    expect(first.map((n) => n.payload)).toEqual([expect.objectContaining({ validUntil: '2026-12-21', daysLeft: 30 })]);
    expect((await notificationsOf(focal)).filter((n) => n.kind === 'listing_expiring')).toHaveLength(1);
    expect(s.mailTo(officer).at(-1)!.parsed.text).toContain('Pago por servicios ambientales');
    expect(s.mailTo(focal).at(-1)!.parsed.headers.get('content-language')).toBe('fr');

    s.clock.set('2026-12-10T09:00:00Z'); // 11 days left: still inside the 30-day window, already reminded
    expect(await s.runTask('remind-expiring')).toEqual({ reminders: 0 });
    s.clock.set('2026-12-14T09:00:00Z'); // 7 days left
    expect(await s.runTask('remind-expiring')).toEqual({ reminders: 1 });
    await s.settled();
    expect((await notificationsOf(officer)).filter((n) => n.kind === 'listing_expiring').map((n) => (n.payload as { daysLeft: number }).daysLeft)).toEqual([
      30, 7,
    ]);

    s.clock.set('2026-12-21T09:00:00Z'); // the last valid day
    await s.runTask('expire-listings');
    expect((await s.api.db.select({ status: listings.status }).from(listings).where(eq(listings.id, id)))[0]!.status).toBe('published');
    s.clock.set('2026-12-22T09:00:00Z');
    await s.runTask('expire-listings');
    expect((await s.api.db.select({ status: listings.status }).from(listings).where(eq(listings.id, id)))[0]!.status).toBe('expired');
  });

  it('extending validUntil starts the reminders afresh; a listing entering the 7-day window directly gets only the 7-day one', async () => {
    s.clock.set('2026-11-21T09:00:00Z');
    const officer = await s.api.user('agency_officer', { country: 'PA', language: 'es' });
    const focal = await s.api.user('focal_point', { country: 'PA', language: 'es' });
    const created = await s.api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: officer.headers,
      payload: offerBody('PA', { language: 'es', title: 'Logística portuaria', description: 'Formación en logística portuaria.', validUntil: '2026-11-25' }),
    });
    const id = created.json().id as string;
    await s.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: focal.headers });
    expect(await s.runTask('remind-expiring')).toEqual({ reminders: 1 });
    await s.settled();
    expect((await notificationsOf(officer)).map((n) => (n.payload as { daysLeft?: number }).daysLeft)).toEqual([4]);

    // The owner extends it by confirming it (an officer's PATCH of a published listing would wait for review).
    const extended = await s.api.app.inject({
      method: 'POST',
      url: `/v1/listings/${id}/confirm`,
      headers: officer.headers,
      payload: { validUntil: '2026-12-20' },
    });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(await s.runTask('remind-expiring')).toEqual({ reminders: 1 });
    await s.settled();
    // Both reminders carry the test clock's time: compare them as a set.
    expect((await notificationsOf(officer)).map((n) => (n.payload as { validUntil?: string }).validUntil).sort()).toEqual(['2026-11-25', '2026-12-20']);
  });
});
