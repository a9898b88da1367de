import { type TestUser, startTestApi } from '@enlace/api/testing';
import { deliveries, notifications, outbox } from '@enlace/db';
import { join } from 'node:path';
import { STATE_DIR, ensureMeilisearch, ensurePostgres, ensureRedis, startMailSink } from '@enlace/devstack';
import { TEST_DATABASE_SERVER, TEST_MEILI_KEY, TEST_MEILI_URL, TEST_REDIS_URL } from '@enlace/devstack/testing';
import { type Language, NOTIFY_TOPICS, settableClock } from '@enlace/domain';
import { QUEUES, type QueueName } from '@enlace/queue';
import { startWorkers } from '@enlace/worker';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { generateListings, toNdjson } from '../bench/import.bench.js';

/*
 * A catalogue imported at once, as staff do with a few national catalogues, with focal
 * points on the default settings (email and inbox, at once): the import, its indexing
 * and matching run on the real stack, and every message the mail server receives is
 * counted per person. Shared by the test (notifications/catalogue-import) and the
 * benchmark (`npm run bench -- notifications`).
 */

export interface PersonCount {
  readonly country: string;
  readonly email: string;
  /** New matches announced to this person: each was an email of its own before coalescing. */
  readonly newMatches: number;
  /** Messages the person actually received while the import was matched, and in all. */
  readonly emailsDuringImport: number;
  readonly emails: number;
}

export interface CatalogueMailFigures {
  readonly listings: number;
  readonly matchedSeconds: number;
  readonly people: readonly PersonCount[];
  /** New-match email deliveries neither sent nor inside a gathered message that was sent. */
  readonly unreachable: number;
  readonly messages: number;
  readonly distinctMessageIds: number;
}

const FOCAL_LANGUAGE: Readonly<Record<string, Language>> = { BR: 'pt', HT: 'fr', MX: 'es', CO: 'es', JM: 'en', PE: 'es' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function drained(api: Awaited<ReturnType<typeof startTestApi>>, queues: readonly QueueName[]): Promise<boolean> {
  for (const name of queues) {
    const c = await api.producer.queue(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    if (Object.values(c).some((n) => n > 0)) return false;
  }
  const [events] = await api.db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(and(inArray(outbox.topic, [...NOTIFY_TOPICS]), isNull(outbox.processedAt)));
  const [undispatched] = await api.db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(isNull(outbox.dispatchedAt));
  const [open] = await api.db
    .select({ n: sql<number>`count(*)::int` })
    .from(deliveries)
    .where(inArray(deliveries.status, ['pending', 'sending', 'failed']));
  return events!.n === 0 && undispatched!.n === 0 && open!.n === 0;
}

export async function importCatalogueAndCountMail(opts: { listings: number; log: (m: string) => void; timeoutMs?: number }): Promise<CatalogueMailFigures> {
  // What test/global-setup.ts does for the suite, for a benchmark run on its own.
  await ensurePostgres(`${TEST_DATABASE_SERVER}/postgres`);
  await ensureRedis(TEST_REDIS_URL);
  await ensureMeilisearch(TEST_MEILI_URL, TEST_MEILI_KEY, join(STATE_DIR, 'meili-test'));
  const sink = await startMailSink();
  const clock = settableClock('2026-11-21T09:00:00Z');
  const api = await startTestApi({
    label: 'catalogue-mail',
    clock,
    env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://enlace.test', IMPORT_MAX_BYTES: String(50 * 1024 * 1024) },
  });
  const workers = await startWorkers({ env: api.env, db: api.db, search: api.search, clock, log: pino({ level: 'warn' }) });
  try {
    const focal: { person: TestUser; country: string }[] = [];
    for (const [country, language] of Object.entries(FOCAL_LANGUAGE))
      for (let i = 0; i < 2; i++) focal.push({ person: await api.user('focal_point', { country, language }), country });
    const staff = await api.user('staff');

    const t0 = performance.now();
    const body = toNdjson(generateListings(opts.listings, 20261203, 'CATALOGUE'));
    const posted = await api.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...staff.headers, 'content-type': 'application/x-ndjson' },
      payload: body,
    });
    if (posted.statusCode !== 202) throw new Error(`POST /v1/imports answered ${posted.statusCode}: ${posted.body.slice(0, 300)}`);
    const queues = [QUEUES.imports, QUEUES.indexBulk, QUEUES.index, QUEUES.match, QUEUES.matchBulk, QUEUES.notify, QUEUES.notifyBulk, QUEUES.deliveries];
    const deadline = performance.now() + (opts.timeoutMs ?? 30 * 60_000);
    let lastLog = performance.now();
    // Imported, indexed, matched, and every announcement fanned out: quiet for two polls in a row.
    for (let quiet = 0; quiet < 2;) {
      await sleep(1000);
      quiet = (await drained(api, queues)) ? quiet + 1 : 0;
      if (performance.now() > deadline) throw new Error('the import was not matched in time');
      if (performance.now() - lastLog > 15_000) {
        lastLog = performance.now();
        const [m] = await api.db
          .select({ n: sql<number>`count(*)::int` })
          .from(outbox)
          .where(eq(outbox.topic, 'match.new'));
        opts.log(`  … matching: ${m!.n} new matches announced, ${sink.messages.length} emails so far, after ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      }
    }
    const matchedSeconds = (performance.now() - t0) / 1000;
    const during = new Map(focal.map((f) => [f.person.email, sink.messages.filter((m) => m.to.includes(f.person.email)).length]));

    // The import's suggestions went quiet: five minutes later its windows close.
    clock.set(new Date(clock.now().getTime() + 6 * 60_000).toISOString());
    await api.producer.add(QUEUES.maintenance, { task: 'send-bursts' });
    for (let quiet = 0; quiet < 2;) {
      await sleep(500);
      const gathering = await api.db
        .select({ n: sql<number>`count(*)::int` })
        .from(deliveries)
        .where(eq(deliveries.status, 'gathering'));
      quiet = gathering[0]!.n === 0 && (await drained(api, queues)) ? quiet + 1 : 0;
      if (performance.now() > deadline) throw new Error('the gathered messages did not go out in time');
    }

    const people: PersonCount[] = [];
    for (const { person, country } of focal) {
      const [n] = await api.db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(and(eq(notifications.recipientUserId, person.id), eq(notifications.kind, 'match_new')));
      people.push({
        country,
        email: person.email,
        newMatches: n!.n,
        emailsDuringImport: during.get(person.email) ?? 0,
        emails: sink.messages.filter((m) => m.to.includes(person.email)).length,
      });
    }
    const rows = await api.db
      .select({ id: deliveries.id, status: deliveries.status, digestId: deliveries.digestId, kind: notifications.kind, notificationId: notifications.id })
      .from(deliveries)
      .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
      .where(eq(deliveries.channel, 'email'));
    const sentGathered = new Set(rows.filter((r) => r.kind === 'match_burst' && r.status === 'sent').map((r) => r.notificationId));
    const unreachable = rows.filter((r) => r.kind === 'match_new' && r.status !== 'sent' && !(r.status === 'digested' && sentGathered.has(r.digestId!))).length;
    const ids = sink.messages.map((m) => m.parsed.messageId);
    return { listings: opts.listings, matchedSeconds, people, unreachable, messages: ids.length, distinctMessageIds: new Set(ids).size };
  } finally {
    await workers.close();
    await api.close();
    await sink.close();
  }
}
