import type { TestUser } from '@enlace/api/testing';
import { deliveries, notifications } from '@enlace/db';
import { enqueueDeliveries } from '@enlace/queue';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';
import { type NotificationStack, startNotificationStack } from './stack.js';
import { publishedListing, signatureIsValid, startWebhookReceiver, storeMatch } from './support.js';

let s: NotificationStack;
let flaky: Awaited<ReturnType<typeof startWebhookReceiver>>;
let broken: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  s = await startNotificationStack('retries', {
    // The receivers listen on loopback, which webhooks may reach only when allowed.
    env: { WEBHOOK_ALLOW_HOSTS: '127.0.0.1' },
    // The mail server refuses one mailbox for good, as a real one refuses an unknown user.
    sink: {
      beforeAccept: async ({ to }) => {
        if (to.some((a) => a.startsWith('bounce'))) throw Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 });
      },
    },
  });
  flaky = await startWebhookReceiver({ failFirst: 3 });
  broken = await startWebhookReceiver();
  broken.failAlways();
});
afterAll(async () => {
  await s?.close();
  await flaky?.close();
  await broken?.close();
});

async function webhookFocalPoint(country: string, url: string): Promise<{ user: TestUser; secret: string }> {
  const user = await s.api.user('focal_point', { country, language: 'es' });
  const res = await s.api.app.inject({
    method: 'PUT',
    url: '/v1/me/subscription',
    headers: user.headers,
    payload: { channels: ['webhook', 'in_app'], language: 'es', webhookUrl: url },
  });
  expect(res.statusCode, res.body).toBe(200);
  return { user, secret: res.json().webhookSecret };
}

async function deliveriesOf(user: TestUser) {
  return s.api.db
    .select({ id: deliveries.id, channel: deliveries.channel, status: deliveries.status, attempts: deliveries.attempts, lastError: deliveries.lastError })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .where(eq(notifications.recipientUserId, user.id));
}

async function matchFor(country: string, score = 0.8) {
  const offer = await publishedListing(s.api, s.staff, 'BR');
  const demand = await publishedListing(s.api, s.staff, country, {
    kind: 'demand',
    language: 'es',
    title: 'Bancos de leche humana',
    description: 'Necesitamos apoyo para crear bancos de leche humana.',
  });
  await storeMatch(s.api, offer, demand, score);
}

describe('webhooks', () => {
  it('a receiver failing three times gets the event on the fourth try, signed, with the same id each time', async () => {
    const { user, secret } = await webhookFocalPoint('CL', flaky.url);
    await matchFor('CL');
    await eventually(async () => flaky.delivered().length === 1, 20_000, 'webhook delivered');
    expect(flaky.calls.map((c) => c.status)).toEqual([500, 500, 500, 204]);
    expect(new Set(flaky.calls.map((c) => c.headers['webhook-id'])).size).toBe(1);
    const hook = flaky.delivered()[0]!;
    expect(signatureIsValid(secret, hook)).toBe(true);
    expect(signatureIsValid(secret, { ...hook, body: hook.body.replace('match_new', 'match_old') })).toBe(false);
    expect(Math.abs(Number(hook.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    const body = JSON.parse(hook.body);
    expect(body).toMatchObject({ type: 'match_new', language: 'es', data: { own: { country: 'CL' }, counterpart: { country: 'BR' } } });
    expect(body.link).toMatch(/^https:\/\/enlace\.test\/es\/matches\//);
    await eventually(async () => (await deliveriesOf(user)).find((d) => d.channel === 'webhook')?.status === 'sent');
    expect((await deliveriesOf(user)).find((d) => d.channel === 'webhook')).toMatchObject({ status: 'sent', attempts: 4, lastError: null });
    await new Promise((r) => setTimeout(r, 300));
    expect(flaky.delivered()).toHaveLength(1);
  });

  it('a delivery that exhausts its retries is a dead letter that staff see and replay, once', async () => {
    const { user } = await webhookFocalPoint('PE', broken.url);
    await matchFor('PE');
    await eventually(async () => (await deliveriesOf(user)).find((d) => d.channel === 'webhook')?.status === 'dead', 20_000, 'delivery dead');
    const dead = (await deliveriesOf(user)).find((d) => d.channel === 'webhook')!;
    expect(dead).toMatchObject({ attempts: 5, lastError: 'webhook answered 500' });
    expect(broken.calls).toHaveLength(5);

    const list = await s.api.app.inject({ url: '/v1/deliveries/dead', headers: s.staff.headers });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toContainEqual(
      expect.objectContaining({ id: dead.id, channel: 'webhook', status: 'dead', kind: 'match_new', recipientUserId: user.id }),
    );
    expect((await s.api.app.inject({ url: '/v1/deliveries/dead', headers: user.headers })).statusCode).toBe(403);
    expect((await s.api.app.inject({ method: 'POST', url: `/v1/deliveries/${dead.id}/replay`, headers: user.headers })).statusCode).toBe(403);

    broken.recover();
    const replay = await s.api.app.inject({ method: 'POST', url: `/v1/deliveries/${dead.id}/replay`, headers: s.staff.headers });
    expect(replay.statusCode, replay.body).toBe(202);
    await eventually(async () => broken.delivered().length === 1, 20_000, 'replayed webhook delivered');
    await eventually(async () => (await deliveriesOf(user)).find((d) => d.channel === 'webhook')?.status === 'sent');
    const again = await s.api.app.inject({ method: 'POST', url: `/v1/deliveries/${dead.id}/replay`, headers: s.staff.headers });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect((await s.api.app.inject({ method: 'POST', url: '/v1/deliveries/999999/replay', headers: s.staff.headers })).statusCode).toBe(404);
  });
});

describe('email', () => {
  it('a message the mail server refuses for good is not retried: it is bounced, and listed with the dead letters', async () => {
    const user = await s.api.user('focal_point', { country: 'EC', language: 'es', email: `bounce.${Date.now()}@test.example.org` });
    await matchFor('EC');
    await eventually(async () => (await deliveriesOf(user)).find((d) => d.channel === 'email')?.status === 'bounced', 20_000, 'email bounced');
    const email = (await deliveriesOf(user)).find((d) => d.channel === 'email')!;
    expect(email.attempts).toBe(1);
    expect(email.lastError).toContain('550');
    expect((await deliveriesOf(user)).find((d) => d.channel === 'in_app')?.status).toBe('sent');
    const list = (await s.api.app.inject({ url: '/v1/deliveries/dead', headers: s.staff.headers })).json().items;
    expect(list).toContainEqual(expect.objectContaining({ id: email.id, status: 'bounced' }));
  });
});

describe('a delivery whose job gives up', () => {
  it('goes to the dead letters instead of staying claimed for ever', async () => {
    const user = await s.api.user('focal_point', { country: 'UY', language: 'es' });
    const [n] = await s.api.db
      .insert(notifications)
      .values({
        eventKey: 'test:stuck',
        recipientUserId: user.id,
        kind: 'campaign',
        payload: { campaignId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d', subject: 'Hola', body: 'Un mensaje.' },
        language: 'es',
      })
      .returning();
    // Claimed a moment ago by a worker that never reports back: every attempt finds it busy.
    const [d] = await s.api.db
      .insert(deliveries)
      .values({ notificationId: n!.id, channel: 'email', status: 'sending', claimedAt: sql`now()` })
      .returning();
    await enqueueDeliveries(s.api.producer, [{ id: d!.id, generation: 0 }], { attempts: 3, backoffMs: 20 });
    await eventually(
      async () => (await s.api.db.select().from(deliveries).where(eq(deliveries.id, d!.id)))[0]!.status === 'dead',
      20_000,
      'stuck delivery abandoned',
    );
    const list = (await s.api.app.inject({ url: '/v1/deliveries/dead', headers: s.staff.headers })).json().items;
    expect(list).toContainEqual(expect.objectContaining({ id: d!.id, lastError: expect.stringContaining('held by another worker') }));
  });
});
