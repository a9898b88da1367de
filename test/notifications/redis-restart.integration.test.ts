import type { TestUser } from '@enlace/api/testing';
import { deliveries, notifications, outbox, users } from '@enlace/db';
import { NOTIFY_TOPICS } from '@enlace/domain';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';
import { freePort } from '@enlace/devstack/testing';
import { type OwnProcess, startRedisServer } from './processes.js';
import { type NotificationStack, startNotificationStack } from './stack.js';
import { publishedListing, storeMatch } from './support.js';

/**
 * Fault suite: the Redis the queues live in is killed during a burst of notifications and
 * a new, empty one starts on the same port, as a Redis without persistence comes back
 * from a restart. Every queued job is gone; PostgreSQL still knows what was to be done.
 * A Redis of the suite's own, so that the other suites' Redis is left alone.
 */

const FOCAL_POINTS_PER_COUNTRY = 10;
/** Events whose emails are going out when Redis dies. */
const FIRST_WAVE = 10;
/** Events committed together and just handed to the queue when Redis dies, most of them not fanned out yet. */
const SECOND_WAVE = 20;
/** Events committed while Redis is away. */
const DURING_THE_OUTAGE = 5;
const JOB_LOCK_MS = 2000;

let redisPort: number;
let redis: OwnProcess & { url: string };
let s: NotificationStack;
let focalPoints: TestUser[] = [];

beforeAll(async () => {
  redisPort = await freePort();
  redis = await startRedisServer(redisPort);
  s = await startNotificationStack('redis-restart', {
    // The application's clock runs a day ahead of the database's: recovery must not depend on them agreeing.
    at: new Date(Date.now() + 24 * 3600_000).toISOString(),
    env: { REDIS_URL: redis.url, JOB_LOCK_MS: String(JOB_LOCK_MS), DELIVERY_ATTEMPTS: '8', DELIVERY_BACKOFF_MS: '100' },
    // A mail server that takes a moment per message, so that the burst is still going out when Redis dies.
    sink: { beforeAccept: () => new Promise((r) => setTimeout(r, 10)) },
  });
  focalPoints = [];
  for (let i = 0; i < FOCAL_POINTS_PER_COUNTRY; i++) {
    focalPoints.push(await s.api.user('focal_point', { country: 'BR', language: 'pt' }));
    focalPoints.push(await s.api.user('focal_point', { country: 'HT', language: 'fr' }));
  }
});
afterAll(async () => {
  await s?.close();
  await redis?.kill();
});

const notifyEvents = inArray(outbox.topic, [...NOTIFY_TOPICS]);

async function undispatched(): Promise<number> {
  return (
    await s.api.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(notifyEvents, isNull(outbox.dispatchedAt)))
  ).length;
}

async function deliveryRows() {
  return s.api.db
    .select({
      id: deliveries.id,
      channel: deliveries.channel,
      status: deliveries.status,
      notificationId: deliveries.notificationId,
      eventKey: notifications.eventKey,
      email: users.email,
      digestId: deliveries.digestId,
    })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .innerJoin(users, eq(users.id, notifications.recipientUserId));
}

async function unprocessedEvents(): Promise<number> {
  return (
    await s.api.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(notifyEvents, isNotNull(outbox.dispatchedAt), isNull(outbox.processedAt)))
  ).length;
}

describe('Redis restarted during a burst', () => {
  const events = FIRST_WAVE + SECOND_WAVE + DURING_THE_OUTAGE;
  let expected: number;
  let restartedAt: number;

  it('Redis is killed mid-burst, events keep being committed, and a new, empty Redis takes its place', async () => {
    const offer = await publishedListing(s.api, s.staff, 'BR');
    const demands: { id: string; version: number }[] = [];
    for (let i = 0; i < events; i++) {
      demands.push(
        await publishedListing(s.api, s.staff, 'HT', {
          kind: 'demand',
          language: 'fr',
          title: `Banques de lait maternel ${i}`,
          description: 'Créer des banques de lait maternel dans les maternités.',
        }),
      );
    }
    expected = events * focalPoints.length;
    const [first, second, outage] = [
      demands.slice(0, FIRST_WAVE),
      demands.slice(FIRST_WAVE, FIRST_WAVE + SECOND_WAVE),
      demands.slice(FIRST_WAVE + SECOND_WAVE),
    ];

    const started = Date.now();
    for (const demand of first) await storeMatch(s.api, offer, demand, 0.8);
    await eventually(async () => s.sink.messages.length >= 5, 30_000, 'the first emails out');
    await Promise.all(second.map((demand) => storeMatch(s.api, offer, demand, 0.8)));
    // Redis dies the moment the relay has handed the second wave to the queue.
    const deadline = Date.now() + 10_000;
    while ((await undispatched()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    await redis.kill();
    const killedAt = Date.now();
    const sentBefore = s.sink.messages.length;

    // While Redis is away, events are still committed: they wait in PostgreSQL.
    for (const demand of outage) await storeMatch(s.api, offer, demand, 0.8);
    await new Promise((r) => setTimeout(r, 1000));
    // What the restart leaves to recover: events handed to the lost queue and never fanned
    // out, deliveries whose jobs were lost.
    const lost = { events: await unprocessedEvents(), deliveries: (await deliveryRows()).filter((d) => d.status !== 'sent').length };
    expect(lost.events + lost.deliveries).toBeGreaterThan(0);
    redis = await startRedisServer(redisPort);
    restartedAt = Date.now();
    console.info(
      `redis restart: ${expected} emails and ${expected} inbox items to deliver; Redis killed ${killedAt - started} ms into the burst with ${sentBefore} emails out, ` +
        `down ${restartedAt - killedAt} ms, leaving ${lost.events} events and ${lost.deliveries} deliveries to recover`,
    );
  });

  it('every event is fanned out and every delivery sent in the end: the outbox has no unprocessed notification event', { timeout: 90_000 }, async () => {
    await s.settled(60_000).catch(async (err: Error) => {
      const open = (await deliveryRows()).filter((d) => d.status !== 'sent');
      throw new Error(
        `${err.message}: ${open.length} deliveries not sent (${JSON.stringify(open.slice(0, 5))}), ${await unprocessedEvents()} events unprocessed, ${s.sink.messages.length} emails`,
      );
    });
    console.info(`redis restart: everything delivered ${Date.now() - restartedAt} ms after the restart`);
    // The suggestions that gathered behind each person's first go out as one message when the window closes.
    s.clock.set(new Date(s.clock.now().getTime() + 16 * 60_000).toISOString());
    await s.runTask('send-bursts');
    await s.settled(60_000);
    // Let a late duplicate show up, if there were one.
    await new Promise((r) => setTimeout(r, 2 * JOB_LOCK_MS));
    expect(await unprocessedEvents()).toBe(0);
    expect(await undispatched()).toBe(0);
    const rows = await deliveryRows();
    // Each delivery went out, by itself or inside a gathered message that went out.
    const sentBursts = new Set(rows.filter((d) => d.eventKey.startsWith('burst:') && d.status === 'sent').map((d) => d.notificationId));
    expect(rows.filter((d) => d.status !== 'sent' && !(d.status === 'digested' && sentBursts.has(d.digestId!)))).toEqual([]);
  });

  it('each (event, recipient, channel) has one delivery: each person is told of each event once by email and once in the inbox', async () => {
    const rows = (await deliveryRows()).filter((d) => d.eventKey.startsWith('outbox:'));
    const keys = rows.map((d) => `${d.eventKey} ${d.email} ${d.channel}`);
    expect(new Set(keys).size, 'one delivery per (event, recipient, channel)').toBe(keys.length);
    expect(new Set(rows.map((d) => d.eventKey)).size).toBe(events);
    for (const channel of ['email', 'in_app'] as const)
      expect(
        rows.filter((d) => d.channel === channel),
        channel,
      ).toHaveLength(expected);
    for (const person of focalPoints) {
      const inbox = await s.api.app.inject({ url: '/v1/inbox?limit=100', headers: person.headers });
      expect(inbox.json().items, person.email).toHaveLength(events);
    }
  });

  it('every email arrived exactly once, and a burst of new matches made a handful of messages, not one each', async () => {
    const ids = s.sink.messages.map((m) => m.parsed.messageId);
    expect(new Set(ids).size, 'no Message-ID twice').toBe(ids.length);
    const sent = (await deliveryRows()).filter((d) => d.channel === 'email' && d.status === 'sent');
    expect(ids.map((id) => Number(/delivery-(\d+)@/.exec(id ?? '')?.[1])).sort((a, b) => a - b)).toEqual(sent.map((d) => d.id).sort((a, b) => a - b));
    for (const person of focalPoints) {
      const mail = s.mailTo(person).length;
      expect(mail, person.email).toBeGreaterThanOrEqual(2);
      expect(mail, person.email).toBeLessThanOrEqual(4);
    }
  });
});
