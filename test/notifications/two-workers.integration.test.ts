import { type TestApi, type TestUser, startTestApi } from '@enlace/api/testing';
import { deliveries, notifications, outbox, users } from '@enlace/db';
import { type MailSink, TEST_MEILI_KEY, TEST_MEILI_URL, TEST_REDIS_URL, startMailSink } from '@enlace/devstack';
import { QUEUES } from '@enlace/queue';
import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';
import { type OwnProcess, startWorkerProcess } from './processes.js';
import { publishedListing, storeMatch } from './support.js';

/**
 * Scale-out: two worker processes on the same PostgreSQL, Redis and Meilisearch, as
 * `docker compose up --scale worker=2` runs them. Both relay the outbox, fan out and
 * send; both put the maintenance schedules in place. Each message still reaches each
 * person once, and each scheduled task runs once a period, not once per worker.
 */
const FOCAL_POINTS_PER_COUNTRY = 8;
const EVENTS = 3;
const MAINTENANCE_EVERY_MS = 2000;

let api: TestApi;
let sink: MailSink;
const running: OwnProcess[] = [];
const focalPoints: TestUser[] = [];

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
    MAINTENANCE_EVERY_MS: String(MAINTENANCE_EVERY_MS),
    NOTIFY_BURST_SECONDS: '8',
    LOG_LEVEL: 'warn',
  });
  running.push(proc);
  return proc;
}
const workerOutput = () => running.map((p, i) => `--- worker ${i + 1} (pid ${p.pid}) ---\n${p.output()}`).join('\n');

async function emailDeliveries() {
  return api.db
    .select({ id: deliveries.id, status: deliveries.status, email: users.email, kind: notifications.kind })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .innerJoin(users, eq(users.id, notifications.recipientUserId))
    .where(eq(deliveries.channel, 'email'));
}

beforeAll(async () => {
  sink = await startMailSink();
  api = await startTestApi({ label: 'two-workers' });
  for (let i = 0; i < FOCAL_POINTS_PER_COUNTRY; i++) {
    focalPoints.push(await api.user('focal_point', { country: 'BR', language: 'pt' }));
    focalPoints.push(await api.user('focal_point', { country: 'HT', language: 'fr' }));
  }
});
afterAll(async () => {
  for (const proc of running) await proc.kill();
  await api?.close();
  await sink?.close();
});

describe('two worker processes', () => {
  let startedAt = 0;

  it(
    'share the work: every new match reaches every focal point, the first at once and the rest gathered, each message once',
    { timeout: 120_000 },
    async () => {
      worker();
      worker();
      startedAt = Date.now();
      const staff = await api.user('staff');
      const offer = await publishedListing(api, staff, 'BR');
      const demands = [];
      for (let i = 0; i < EVENTS; i++) {
        demands.push(
          await publishedListing(api, staff, 'HT', {
            kind: 'demand',
            language: 'fr',
            title: `Banques de lait maternel ${i}`,
            description: 'Créer des banques de lait maternel dans trois maternités.',
          }),
        );
      }
      // Three new matches for each focal point within moments: a burst.
      for (const demand of demands) await storeMatch(api, offer, demand, 0.8);
      await eventually(
        async () => {
          const rows = await emailDeliveries();
          const suggestions = rows.filter((d) => d.kind === 'match_new');
          const gathered = rows.filter((d) => d.kind === 'match_burst');
          return suggestions.length === focalPoints.length * EVENTS && gathered.length === focalPoints.length && gathered.every((d) => d.status === 'sent');
        },
        90_000,
        'every email delivery sent',
      ).catch(async (err: Error) => {
        throw new Error(`${err.message}: ${JSON.stringify((await emailDeliveries()).filter((d) => d.status !== 'sent').slice(0, 10))}\n${workerOutput()}`);
      });
      // Let a late duplicate show up, if there were one.
      await new Promise((r) => setTimeout(r, 1500));
      const ids = sink.messages.map((m) => m.parsed.messageId);
      expect(new Set(ids).size, 'no Message-ID twice').toBe(ids.length);
      // Each person: the first new match by itself, the other two in one message.
      for (const person of focalPoints)
        expect(
          sink.messages.filter((m) => m.to.includes(person.email)),
          person.email,
        ).toHaveLength(2);
      const rows = await emailDeliveries();
      expect(rows.filter((d) => d.kind === 'match_new' && d.status === 'sent')).toHaveLength(focalPoints.length);
      expect(rows.filter((d) => d.kind === 'match_new' && d.status === 'digested')).toHaveLength(focalPoints.length * (EVENTS - 1));
      // Every outbox row was handed on, and the notification fan-out finished each.
      expect(await api.db.select({ id: outbox.id }).from(outbox).where(isNull(outbox.dispatchedAt))).toEqual([]);
      const newMatches = await api.db.select({ processedAt: outbox.processedAt }).from(outbox).where(eq(outbox.topic, 'match.new'));
      expect(newMatches.length).toBeGreaterThanOrEqual(EVENTS);
      expect(newMatches.every((e) => e.processedAt !== null)).toBe(true);
    },
  );

  it('run each scheduled task once a period, not once per worker', { timeout: 60_000 }, async () => {
    // Long enough for several periods after both workers put their schedules in place.
    const window = 5 * MAINTENANCE_EVERY_MS;
    await new Promise((r) => setTimeout(r, window));
    const elapsed = Date.now() - startedAt;
    const maintenance = api.producer.queue(QUEUES.maintenance);
    const jobs = await maintenance.getJobs(['completed', 'active', 'waiting', 'delayed', 'failed']);
    const expiries = jobs.filter((j) => j.name === 'expire-listings' && j.finishedOn !== undefined);
    // One worker's schedule gives at most one run a period (and one at the start); two independent ones would give twice that.
    const atMost = Math.floor(elapsed / MAINTENANCE_EVERY_MS) + 1;
    expect(expiries.length, `${expiries.length} runs in ${elapsed} ms`).toBeGreaterThanOrEqual(2);
    expect(expiries.length, `${expiries.length} runs in ${elapsed} ms`).toBeLessThanOrEqual(atMost);
    console.info(`two workers: expire-listings ran ${expiries.length} times in ${elapsed} ms (every ${MAINTENANCE_EVERY_MS} ms, at most ${atMost})`);
    const schedulers = await maintenance.getJobSchedulers();
    expect(schedulers.map((s) => s.key).sort()).toEqual(
      [
        'expire-listings',
        'recover-notifications',
        'reconcile-index',
        'remind-expiring',
        'requeue-imports',
        'run-campaigns',
        'send-bursts',
        'send-digests',
      ].sort(),
    );
  });
});
