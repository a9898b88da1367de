import { type TestApi, type TestUser, startTestApi } from '@enlace/api/testing';
import { deliveries, notifications, suggestionWindows, users } from '@enlace/db';
import { type MailSink, TEST_MEILI_KEY, TEST_MEILI_URL, TEST_REDIS_URL, startMailSink } from '@enlace/devstack';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';
import { type OwnProcess, startWorkerProcess } from './processes.js';
import { publishedListing, storeMatch } from './support.js';

/**
 * Fault suite: the worker is a process of its own, killed with SIGKILL while the mail
 * server holds messages it has not answered yet, then started again. The mail server
 * keeps a message only once it has answered it, as a real one does: a message whose
 * client died before the answer was never delivered, and must be sent again.
 */

const FOCAL_POINTS_PER_COUNTRY = 20;
const EVENTS = 2;
/** Messages the mail server accepts before it starts holding every message it gets. */
const LET_THROUGH = 8;
/** The worker's SMTP pool has five connections: five held messages means every connection waits. */
const HELD_BEFORE_THE_CRASH = 5;
const JOB_LOCK_MS = 3000;
const BURST_SECONDS = 6;

/** The mail server's answer: the first few at once, then nothing until `open()`. */
function mailGate(letThrough: number) {
  let passed = 0;
  let opened = false;
  const held: (() => void)[] = [];
  return {
    async beforeAccept(): Promise<void> {
      if (opened || passed < letThrough) {
        passed += 1;
        return;
      }
      await new Promise<void>((resolve) => held.push(resolve));
    },
    held: () => held.length,
    /** Answers the held messages and every later one. */
    open() {
      opened = true;
      for (const release of held.splice(0)) release();
    },
  };
}

let api: TestApi;
let sink: MailSink;
const gate = mailGate(LET_THROUGH);
const running: OwnProcess[] = [];
let focalPoints: TestUser[] = [];

function worker(): OwnProcess {
  const proc = startWorkerProcess({
    DATABASE_URL: api.databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: api.prefix,
    MEILI_URL: TEST_MEILI_URL,
    MEILI_MASTER_KEY: TEST_MEILI_KEY,
    MEILI_INDEX_PREFIX: api.prefix,
    SMTP_URL: sink.url,
    PUBLIC_URL: 'https://enlace.test',
    JOB_LOCK_MS: String(JOB_LOCK_MS),
    // Each person's second new match gathers behind the first; its window closes while the worker is down.
    NOTIFY_BURST_SECONDS: String(BURST_SECONDS),
    MAINTENANCE_EVERY_MS: '2000',
    DELIVERY_ATTEMPTS: '8',
    DELIVERY_BACKOFF_MS: '200',
    LOG_LEVEL: 'warn',
  });
  running.push(proc);
  return proc;
}

async function emailDeliveries() {
  return api.db
    .select({ id: deliveries.id, status: deliveries.status, attempts: deliveries.attempts, email: users.email })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .innerJoin(users, eq(users.id, notifications.recipientUserId))
    .where(eq(deliveries.channel, 'email'));
}

/** The delivery a message carries in its Message-ID (`<delivery-42@enlace.test>`). */
const deliveryOf = (messageId: string | undefined) => Number(/^<delivery-(\d+)@/.exec(messageId ?? '')?.[1]);

const workerOutput = () => running.map((p, i) => `--- worker ${i + 1} (pid ${p.pid}) ---\n${p.output()}`).join('\n');

beforeAll(async () => {
  sink = await startMailSink({ beforeAccept: () => gate.beforeAccept() });
  api = await startTestApi({ label: 'crash' });
  focalPoints = [];
  for (let i = 0; i < FOCAL_POINTS_PER_COUNTRY; i++) {
    focalPoints.push(await api.user('focal_point', { country: 'BR', language: 'pt' }));
    focalPoints.push(await api.user('focal_point', { country: 'HT', language: 'fr' }));
  }
});
afterAll(async () => {
  for (const proc of running) await proc.kill();
  gate.open();
  await api?.close();
  await sink?.close();
});

describe('the worker killed mid-delivery and restarted', () => {
  let started: number;
  let crashedAt: number;
  let claimed: { id: number }[] = [];

  it('killed while the mail server holds its messages, it leaves their deliveries claimed and the messages undelivered', async () => {
    started = Date.now();
    const first = worker();
    const staff = await api.user('staff');
    // One offer, so that the only pairs the worker's own matcher could announce are these.
    const offer = await publishedListing(api, staff, 'BR');
    for (let i = 0; i < EVENTS; i++) {
      const demand = await publishedListing(api, staff, 'HT', {
        kind: 'demand',
        language: 'fr',
        title: `Banques de lait maternel ${i}`,
        description: 'Créer des banques de lait maternel dans trois maternités.',
      });
      await storeMatch(api, offer, demand, 0.8);
    }

    // The mail server answers the first messages, then holds one on every connection the
    // worker has open; only then is the worker killed, so that no message is accepted by
    // the server and not yet recorded as sent.
    await eventually(
      async () => {
        if (gate.held() < HELD_BEFORE_THE_CRASH || sink.messages.length < LET_THROUGH) return false;
        const accepted = sink.messages.map((m) => deliveryOf(m.parsed.messageId));
        const rows = await api.db.select({ status: deliveries.status }).from(deliveries).where(inArray(deliveries.id, accepted));
        return rows.length === LET_THROUGH && rows.every((r) => r.status === 'sent');
      },
      60_000,
      `${HELD_BEFORE_THE_CRASH} messages held and the accepted ones recorded as sent`,
    ).catch((err: Error) => {
      throw new Error(`${err.message}\n${workerOutput()}`);
    });
    await first.kill();
    crashedAt = Date.now();

    claimed = (await emailDeliveries()).filter((d) => d.status === 'sending');
    expect(claimed.length).toBeGreaterThanOrEqual(HELD_BEFORE_THE_CRASH);
    // The second new match of each person was gathering when the worker died; its window closes while it is down.
    expect((await emailDeliveries()).filter((d) => d.status === 'gathering').length).toBeGreaterThan(0);
    const [last] = await api.db.select({ at: sql<Date>`max(${suggestionWindows.closesAt})` }).from(suggestionWindows);
    await new Promise((r) => setTimeout(r, Math.max(0, new Date(last!.at).getTime() - Date.now()) + 500));

    // The server answers what it held once the client is gone: none of it is delivered.
    await new Promise((r) => setTimeout(r, 300));
    gate.open();
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages).toHaveLength(LET_THROUGH);
  });

  it("restarted, it takes the dead worker's deliveries over once their lease is past, and every delivery ends sent", { timeout: 90_000 }, async () => {
    worker();
    await eventually(
      async () => {
        const rows = await emailDeliveries();
        return rows.length === focalPoints.length * EVENTS && rows.every((d) => d.status === 'sent');
      },
      60_000,
      'every email delivery sent after the restart',
    ).catch(async (err: Error) => {
      throw new Error(`${err.message}: ${JSON.stringify((await emailDeliveries()).filter((d) => d.status !== 'sent'))}\n${workerOutput()}`);
    });
    const recoveredAt = Date.now();
    const rows = await emailDeliveries();
    for (const d of claimed) expect(rows.find((r) => r.id === d.id)!.attempts, `delivery ${d.id} tried again`).toBeGreaterThanOrEqual(2);
    console.info(
      `worker crash: ${rows.length} emails; killed ${crashedAt - started} ms after the start with ${claimed.length} deliveries claimed, every delivery sent ${recoveredAt - crashedAt} ms after the crash`,
    );
  });

  it('each person receives each message exactly once', async () => {
    // Let a late duplicate show up, if there were one.
    await new Promise((r) => setTimeout(r, 2 * JOB_LOCK_MS));
    const rows = await emailDeliveries();
    expect(rows.filter((d) => d.status !== 'sent')).toEqual([]);
    const ids = sink.messages.map((m) => m.parsed.messageId);
    expect(new Set(ids).size, 'no Message-ID twice').toBe(ids.length);
    expect(ids.map(deliveryOf).sort((a, b) => a - b)).toEqual(rows.map((d) => d.id).sort((a, b) => a - b));
    for (const person of focalPoints) {
      expect(
        sink.messages.filter((m) => m.to.includes(person.email)),
        person.email,
      ).toHaveLength(EVENTS);
    }
  });
});
