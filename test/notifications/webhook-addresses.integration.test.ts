import type { TestUser } from '@enlace/api/testing';
import { deliveries, notifications, subscriptions } from '@enlace/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';
import { type NotificationStack, startNotificationStack } from './stack.js';
import { publishedListing, startWebhookReceiver, storeMatch } from './support.js';

let s: NotificationStack;
/** Reached as localhost:<its port>, the one entry of WEBHOOK_ALLOW_HOSTS. */
let allowed: Awaited<ReturnType<typeof startWebhookReceiver>>;
/** On loopback too, but not on the allow list: nothing may ever reach it. */
let internal: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  allowed = await startWebhookReceiver();
  internal = await startWebhookReceiver();
  s = await startNotificationStack('webhook-addresses', { env: { WEBHOOK_ALLOW_HOSTS: `localhost:${new URL(allowed.url).port}` } });
});
afterAll(async () => {
  await s?.close();
  await allowed?.close();
  await internal?.close();
});

const PUBLIC_URL = 'https://93.184.215.14/hook';
const viaLocalhost = (receiver: { url: string }) => receiver.url.replace('127.0.0.1', 'localhost');

async function subscribe(user: TestUser, webhookUrl: string) {
  return s.api.app.inject({
    method: 'PUT',
    url: '/v1/me/subscription',
    headers: user.headers,
    payload: { channels: ['webhook', 'in_app'], language: 'es', webhookUrl },
  });
}

async function webhookDelivery(user: TestUser) {
  const [row] = await s.api.db
    .select({ status: deliveries.status, attempts: deliveries.attempts, lastError: deliveries.lastError })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .where(and(eq(notifications.recipientUserId, user.id), eq(deliveries.channel, 'webhook')));
  return row;
}

/** A new match between a Brazilian offer and a demand of `country`, announced to its focal points. */
async function matchFor(country: string) {
  const offer = await publishedListing(s.api, s.staff, 'BR');
  const demand = await publishedListing(s.api, s.staff, country, {
    kind: 'demand',
    language: 'es',
    title: 'Bancos de leche humana',
    description: 'Necesitamos apoyo para crear bancos de leche humana.',
  });
  await storeMatch(s.api, offer, demand, 0.8);
}

describe('saving a webhook URL', () => {
  it.each([
    'http://127.0.0.1:7700/indexes',
    'http://localhost:6379/',
    'http://[::1]:3000/v1/me',
    'http://0.0.0.0:5432/',
    'http://2130706433:38571/',
    'http://127.1:38571/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://10.0.0.1/',
    'http://169.254.169.254/',
    'http://100.64.0.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fe80::1]/',
    'http://user:pw@example.com/',
    'ftp://example.com/hook',
    'http://nowhere.invalid/hook',
  ])('refuses %s with a 400 naming webhookUrl', async (url) => {
    const user = await s.api.user('focal_point', { country: 'CO', language: 'es' });
    const res = await subscribe(user, url);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'webhookUrl', reason: expect.any(String) })]);
    expect((await s.api.app.inject({ url: '/v1/me/subscription', headers: user.headers })).json()).toMatchObject({ isDefault: true, webhookUrl: null });
  });

  it('refuses a loopback receiver that is not on the allow list, even on another port of an allowed host', async () => {
    const user = await s.api.user('focal_point', { country: 'CO', language: 'es' });
    expect((await subscribe(user, viaLocalhost(internal))).statusCode).toBe(400);
    expect((await subscribe(user, internal.url)).statusCode).toBe(400);
  });

  it('accepts a public address', async () => {
    const user = await s.api.user('focal_point', { country: 'CO', language: 'es' });
    const res = await subscribe(user, PUBLIC_URL);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ webhookUrl: PUBLIC_URL, hasWebhookSecret: true });
  });
});

describe('sending a webhook', () => {
  /** Subscribes to a public URL, then points the stored URL inside, as a DNS change or an old row would. */
  async function storedInside(country: string, url: string): Promise<TestUser> {
    const user = await s.api.user('focal_point', { country, language: 'es' });
    expect((await subscribe(user, PUBLIC_URL)).statusCode).toBe(200);
    await s.api.db.update(subscriptions).set({ webhookUrl: url }).where(eq(subscriptions.userId, user.id));
    return user;
  }

  it('never connects to a stored loopback address: the delivery is dead at once', async () => {
    const user = await storedInside('PE', internal.url);
    await matchFor('PE');
    await eventually(async () => (await webhookDelivery(user))?.status === 'dead', 20_000, 'delivery dead');
    expect(await webhookDelivery(user)).toMatchObject({ attempts: 1, lastError: expect.stringContaining('webhook URL refused: must reach a public address') });
    expect(internal.calls).toHaveLength(0);
  });

  it('never connects to a name that now resolves to loopback: each attempt is refused until the delivery is dead', async () => {
    const user = await storedInside('CL', viaLocalhost(internal));
    await matchFor('CL');
    await eventually(async () => (await webhookDelivery(user))?.status === 'dead', 20_000, 'delivery dead');
    expect(await webhookDelivery(user)).toMatchObject({ attempts: 5, lastError: expect.stringContaining('is not allowed') });
    expect(internal.calls).toHaveLength(0);
  });

  it('delivers to a loopback receiver named in WEBHOOK_ALLOW_HOSTS', async () => {
    const user = await s.api.user('focal_point', { country: 'UY', language: 'es' });
    const res = await subscribe(user, viaLocalhost(allowed));
    expect(res.statusCode, res.body).toBe(200);
    await matchFor('UY');
    await eventually(async () => (await webhookDelivery(user))?.status === 'sent', 20_000, 'delivery sent');
    expect(allowed.delivered()).toHaveLength(1);
    expect(JSON.parse(allowed.delivered()[0]!.body)).toMatchObject({ type: 'match_new', data: { own: { country: 'UY' } } });
  });
});
