/*
 * Notification fan-out benchmark: 10,000 notifications, from the commit of the outbox
 * events that cause them to their delivery, next to a raw BullMQ no-op job throughput
 * measured in the same run on the same Redis.
 *   - in-app: the outbox relay, the notify queue and the fan-out write every notification
 *     with its inbox delivery (sent on being written); notifications per second;
 *   - email: the same fan-out, then one deliveries job per message, rendered and sent by
 *     SMTP to a real server in this process (the mail sink); messages per second.
 * Target: in-app rate ≥ 0.3 × raw BullMQ no-op jobs per second.
 */
import os from 'node:os';
import { join } from 'node:path';
import { type TestApi, offerBody, startTestApi } from '@enlace/api/testing';
import { deliveries, listings, notifications, outbox, subscriptions, users } from '@enlace/db';
import { STATE_DIR, type MailSink, ensureMeilisearch, ensurePostgres, ensureRedis, startMailSink } from '@enlace/devstack';
import { TEST_DATABASE_SERVER, TEST_MEILI_KEY, TEST_MEILI_URL, TEST_REDIS_URL, testQueuePrefix } from '@enlace/devstack/testing';
import { type Language, OUTBOX_TOPICS, countryName, systemClock } from '@enlace/domain';
import { QUEUES, redisConnection } from '@enlace/queue';
import { type ScoredCounterpart, replaceMatches } from '@enlace/registry/internal';
import { startWorkers } from '@enlace/worker';
import { Queue, Worker } from 'bullmq';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { pino } from 'pino';
import type { BenchResult, Log } from './run.js';

export const NOTIFICATIONS = 10_000;
export const TARGET_RATIO = 0.3;
/** Focal points per country; a new match tells both countries' focal points. */
const FOCAL_POINTS_PER_COUNTRY = 20;
const RECIPIENTS_PER_EVENT = 2 * FOCAL_POINTS_PER_COUNTRY;
const EVENTS = NOTIFICATIONS / RECIPIENTS_PER_EVENT;
const WARMUP_EVENTS = 10;
/** Measured runs of each path; the best one counts. BENCH_RUNS=1 for a quicker run. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 2));
/** The raw baseline's worker concurrency: where a no-op worker on this machine stops gaining. */
const RAW_CONCURRENCY = Number(process.env.BENCH_RAW_CONCURRENCY ?? 32);

/** 25 OAS member states and the language their people read. */
const COUNTRIES: readonly { code: string; lang: Language }[] = [
  ...['AR', 'BO', 'CL', 'CO', 'CR', 'DO', 'EC', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'PY', 'PE', 'UY'].map((code) => ({ code, lang: 'es' as const })),
  { code: 'BR', lang: 'pt' },
  { code: 'HT', lang: 'fr' },
  ...['JM', 'TT', 'BS', 'BB', 'BZ', 'GY', 'SR'].map((code) => ({ code, lang: 'en' as const })),
];

const TITLES: Readonly<Record<Language, { offer: string; demand: string }>> = {
  es: { offer: 'Asistencia técnica en gestión comunitaria del agua', demand: 'Apoyo para fortalecer la vigilancia epidemiológica' },
  pt: { offer: 'Bancos de leite humano: implantação e qualidade', demand: 'Apoio para fortalecer a agricultura familiar' },
  fr: { offer: 'Partage d’expérience : gestion des risques de catastrophe', demand: 'Besoin de formation en administration fiscale' },
  en: { offer: 'Regional course on early warning systems', demand: 'Support to strengthen teacher training' },
};

const REASONS = [
  { kind: 'sdg_target', codes: ['3.2'], weight: 0.6 },
  { kind: 'sector', codes: ['health'], weight: 1.6 },
];

const seconds = (startMs: number) => (performance.now() - startMs) / 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Polls `check` every `everyMs` until it is true; throws after `timeoutMs`, saying what it waited for. */
async function until(check: () => Promise<boolean>, what: () => Promise<string>, log: Log, everyMs = 20, timeoutMs = 120_000): Promise<void> {
  const t0 = performance.now();
  let lastLogged = t0;
  for (;;) {
    if (await check()) return;
    if (performance.now() - t0 > timeoutMs) throw new Error(`${await what()} after ${timeoutMs / 1000} s`);
    if (performance.now() - lastLogged > 5000) {
      lastLogged = performance.now();
      log(`  … ${await what()} after ${seconds(t0).toFixed(1)} s`);
    }
    await sleep(everyMs);
  }
}

// ---------------------------------------------------------------------------------------
// The raw baseline
// ---------------------------------------------------------------------------------------

/**
 * 10,000 no-op jobs on the same Redis: addBulk in chunks of 1,000 (the size the pipeline
 * queues deliveries in), then a worker that does nothing; seconds from the first add to
 * the last completion. Completed jobs are kept as the notify queue keeps them.
 */
async function rawBullmq(jobs: number, concurrency: number): Promise<number> {
  const prefix = testQueuePrefix('rawbench');
  const connection = redisConnection(TEST_REDIS_URL, 'worker');
  const queue = new Queue('noop', { connection, prefix, defaultJobOptions: { removeOnComplete: { count: 1000 } } });
  const worker = new Worker('noop', async () => {}, { connection, prefix, concurrency, autorun: false });
  try {
    let completed = 0;
    let failed = 0;
    const done = new Promise<void>((resolve) => {
      worker.on('completed', () => {
        if (++completed === jobs) resolve();
      });
      worker.on('failed', () => {
        failed += 1;
      });
    });
    await worker.waitUntilReady();
    const t0 = performance.now();
    for (let i = 0; i < jobs; i += 1000) {
      await queue.addBulk(Array.from({ length: Math.min(1000, jobs - i) }, (_, j) => ({ name: 'noop', data: { n: i + j } })));
    }
    void worker.run();
    await done;
    const s = seconds(t0);
    if (failed > 0) throw new Error(`${failed} no-op jobs failed`);
    return s;
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
    connection.disconnect();
  }
}

// ---------------------------------------------------------------------------------------
// The registry: countries, focal points, listings, and the pairs to announce
// ---------------------------------------------------------------------------------------

interface Listing {
  id: string;
  version: number;
  kind: 'offer' | 'demand';
  country: string;
}

interface FocalPoint {
  id: string;
  email: string;
  country: string;
}

/** FOCAL_POINTS_PER_COUNTRY focal points in each country, written directly, with their subscription. */
async function insertFocalPoints(api: TestApi): Promise<FocalPoint[]> {
  const rows = COUNTRIES.flatMap(({ code, lang }) =>
    Array.from({ length: FOCAL_POINTS_PER_COUNTRY }, (_, i) => ({
      email: `focal.${code.toLowerCase()}.${String(i + 1).padStart(2, '0')}@bench.example.org`,
      name: `Focal point ${i + 1} of ${countryName(code, lang)}`,
      role: 'focal_point' as const,
      country: code,
      language: lang,
    })),
  );
  const created = await api.db.insert(users).values(rows).returning({ id: users.id, email: users.email, country: users.country, language: users.language });
  await api.db.insert(subscriptions).values(created.map((u) => ({ userId: u.id, channels: ['in_app' as const], language: u.language })));
  return created.map((u) => ({ id: u.id, email: u.email, country: u.country! }));
}

/** Two offers and two demands per country, posted and published by staff through the API. */
async function publishListings(api: TestApi, headers: Record<string, string>): Promise<Listing[]> {
  const out: Listing[] = [];
  for (const { code, lang } of COUNTRIES) {
    for (const kind of ['offer', 'demand'] as const) {
      for (let i = 0; i < 2; i++) {
        const body = offerBody(code, {
          kind,
          language: lang,
          title: `${TITLES[lang][kind]} (${code} ${i + 1})`,
          ...(kind === 'demand' ? { modalities: undefined } : {}),
        });
        const created = await api.app.inject({ method: 'POST', url: '/v1/listings', headers, payload: body });
        if (created.statusCode !== 201) throw new Error(`POST /v1/listings answered ${created.statusCode}: ${created.body.slice(0, 300)}`);
        const { id } = created.json<{ id: string }>();
        const published = await api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers });
        if (published.statusCode !== 200) throw new Error(`publish answered ${published.statusCode}: ${published.body.slice(0, 300)}`);
        out.push({ id, version: 0, kind, country: code });
      }
    }
  }
  const versions = await api.db.select({ id: listings.id, version: listings.version }).from(listings);
  const byId = new Map(versions.map((v) => [v.id, v.version]));
  for (const l of out) l.version = byId.get(l.id)!;
  return out;
}

/** Every (offer, demand) pair of two different countries, in a fixed interleaved order. */
function allPairs(all: readonly Listing[]): { offer: Listing; demand: Listing }[] {
  const offers = all.filter((l) => l.kind === 'offer');
  const demands = all.filter((l) => l.kind === 'demand');
  const pairs: { offer: Listing; demand: Listing }[] = [];
  // Shift the demand by one more each round, so consecutive pairs spread over countries.
  for (let shift = 1; shift < demands.length; shift++) {
    for (let i = 0; i < offers.length; i++) {
      const offer = offers[i]!;
      const demand = demands[(i + shift) % demands.length]!;
      if (offer.country !== demand.country) pairs.push({ offer, demand });
    }
  }
  return pairs;
}

/**
 * Stores the pairs as the matcher does (replaceMatches per demand, with its score and
 * reasons), all in one transaction: its commit writes the `match.new` outbox events at
 * once. Returns the new events' ids and the moment the commit returned.
 */
async function announce(
  api: TestApi,
  pairs: readonly { offer: Listing; demand: Listing }[],
  seed: number,
): Promise<{ eventIds: number[]; committedAt: number }> {
  const [{ before }] = (await api.db.select({ before: sql<number>`coalesce(max(${outbox.id}), 0)::bigint` }).from(outbox)) as [{ before: number }];
  const byDemand = new Map<string, { demand: Listing; found: ScoredCounterpart[] }>();
  pairs.forEach(({ offer, demand }, i) => {
    const entry = byDemand.get(demand.id) ?? { demand, found: [] };
    entry.found.push({ counterpartId: offer.id, counterpartVersion: offer.version, score: 0.6 + ((seed + i * 37) % 39) / 100, reasons: REASONS });
    byDemand.set(demand.id, entry);
  });
  const now = api.clock.now();
  let announced = 0;
  await api.db.transaction(async (tx) => {
    for (const { demand, found } of byDemand.values()) {
      announced += (await replaceMatches(tx, { id: demand.id, kind: 'demand', version: demand.version }, found, { announceAt: 0.6, now })).announced;
    }
  });
  const committedAt = performance.now();
  if (announced !== pairs.length) throw new Error(`expected ${pairs.length} new-match events, got ${announced}`);
  const events = await api.db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(gt(outbox.id, Number(before)), eq(outbox.topic, OUTBOX_TOPICS.matchNew)))
    .orderBy(outbox.id);
  return { eventIds: events.map((e) => e.id), committedAt };
}

// ---------------------------------------------------------------------------------------
// What the pipeline did
// ---------------------------------------------------------------------------------------

const lastDeliveryId = async (api: TestApi) =>
  Number(((await api.db.select({ n: sql<number>`coalesce(max(${deliveries.id}), 0)::bigint` }).from(deliveries)) as [{ n: number }])[0].n);

/** Notifications, deliveries by channel and status, and send attempts, of these events. */
async function outcome(api: TestApi, eventIds: readonly number[]) {
  const keys = eventIds.map((id) => `outbox:${id}`);
  const [n] = (await api.db
    .select({ n: sql<number>`count(*)::int`, recipients: sql<number>`count(distinct ${notifications.recipientUserId})::int` })
    .from(notifications)
    .where(inArray(notifications.eventKey, keys))) as [{ n: number; recipients: number }];
  const rows = await api.db
    .select({
      channel: deliveries.channel,
      status: deliveries.status,
      n: sql<number>`count(*)::int`,
      attempts: sql<number>`coalesce(sum(${deliveries.attempts}), 0)::int`,
    })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .where(inArray(notifications.eventKey, keys))
    .groupBy(deliveries.channel, deliveries.status);
  const byChannel: Record<string, Record<string, number>> = {};
  let attempts = 0;
  for (const r of rows) {
    (byChannel[r.channel] ??= {})[r.status] = r.n;
    attempts += r.attempts;
  }
  const [processed] = (await api.db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(and(inArray(outbox.id, [...eventIds]), sql`${outbox.processedAt} is not null`))) as [{ n: number }];
  return { notifications: n.n, recipients: n.recipients, deliveries: byChannel, sendAttempts: attempts, eventsProcessed: processed.n };
}

/** The notify jobs of these events, read back from BullMQ: how many ran, how often, how long. */
async function notifyJobs(api: TestApi, eventIds: readonly number[], committedAt: number) {
  const queue = api.producer.queue(QUEUES.notify);
  const jobs = await Promise.all(eventIds.map((id) => queue.getJob(`outbox-${id}`)));
  const found = jobs.filter((j) => j !== undefined);
  const durations = found.filter((j) => j.processedOn && j.finishedOn).map((j) => j.finishedOn! - j.processedOn!);
  const firstStart = Math.min(...found.map((j) => j.processedOn ?? Number.POSITIVE_INFINITY));
  // Job timestamps are wall-clock; the commit was taken on the monotonic clock.
  const commitWall = Date.now() - (performance.now() - committedAt);
  return {
    jobs: found.length,
    attempts: found.reduce((s, j) => s + Math.max(1, j.attemptsMade), 0),
    completed: found.filter((j) => j.finishedOn && !j.failedReason).length,
    commitToFirstJobMs: Math.round(firstStart - commitWall),
    jobMs: { p50: Math.round(percentile(durations, 50)), p95: Math.round(percentile(durations, 95)), max: Math.round(Math.max(...durations)) },
  };
}

// ---------------------------------------------------------------------------------------
// The two paths
// ---------------------------------------------------------------------------------------

interface Ctx {
  api: TestApi;
  sink: MailSink;
  pairs: { offer: Listing; demand: Listing }[];
  next: number;
  log: Log;
}

function takePairs(ctx: Ctx, n: number) {
  if (ctx.next + n > ctx.pairs.length) throw new Error(`only ${ctx.pairs.length} pairs of listings; ${ctx.next + n} needed`);
  const taken = ctx.pairs.slice(ctx.next, ctx.next + n);
  ctx.next += n;
  return taken;
}

/** In-app: from the commit of the events until every notification and its inbox delivery is written. */
async function inAppRun(ctx: Ctx, events: number) {
  const { api, log } = ctx;
  const expected = events * RECIPIENTS_PER_EVENT;
  const from = await lastDeliveryId(api);
  const written = async () =>
    (
      (await api.db
        .select({ n: sql<number>`count(*)::int` })
        .from(deliveries)
        .where(and(gt(deliveries.id, from), eq(deliveries.channel, 'in_app'), eq(deliveries.status, 'sent')))) as [{ n: number }]
    )[0].n;
  const { eventIds, committedAt } = await announce(api, takePairs(ctx, events), ctx.next);
  await until(
    async () => (await written()) >= expected,
    async () => `${await written()}/${expected} in-app notifications written`,
    log,
  );
  const s = seconds(committedAt);
  const result = await outcome(api, eventIds);
  if (
    result.notifications !== expected ||
    result.deliveries.in_app?.sent !== expected ||
    Object.keys(result.deliveries).length !== 1 ||
    result.eventsProcessed !== events
  ) {
    throw new Error(
      `in-app: expected ${expected} notifications, each with one sent in-app delivery, and ${events} events processed; got ${JSON.stringify(result)}`,
    );
  }
  return { seconds: s, ...result, notify: await notifyJobs(api, eventIds, committedAt) };
}

/** Email: from the commit of the events until the sink has accepted the last message. */
async function emailRun(ctx: Ctx, events: number, seen: { ids: Set<string>; to: Map<string, number> }, focal: readonly FocalPoint[]) {
  const { api, sink, log } = ctx;
  const expected = events * RECIPIENTS_PER_EVENT;
  const before = sink.received();
  seen.ids.clear();
  seen.to.clear();
  const pairs = takePairs(ctx, events);
  const { eventIds, committedAt } = await announce(api, pairs, ctx.next);
  let lastLogged = performance.now();
  const progress = setInterval(() => {
    if (performance.now() - lastLogged < 5000) return;
    lastLogged = performance.now();
    log(`  … ${sink.received() - before}/${expected} messages accepted after ${seconds(committedAt).toFixed(1)} s`);
  }, 1000);
  try {
    await sink.waitFor(before + expected, 240_000);
  } finally {
    clearInterval(progress);
  }
  const s = seconds(committedAt);
  // Every delivery marked sent (the worker records it after the server's answer).
  const t = performance.now();
  const open = async () => {
    const r = await outcome(api, eventIds);
    return expected - (r.deliveries.email?.sent ?? 0);
  };
  await until(
    async () => (await open()) === 0,
    async () => `${await open()} email deliveries not yet marked sent`,
    log,
    50,
    60_000,
  );
  const markedSentSeconds = s + seconds(t);
  // Anything sent twice would arrive now.
  await sleep(1000);
  const result = await outcome(api, eventIds);
  const received = sink.received() - before;
  if (
    result.notifications !== expected ||
    result.deliveries.email?.sent !== expected ||
    Object.keys(result.deliveries).length !== 1 ||
    result.sendAttempts !== expected
  ) {
    throw new Error(`email: expected ${expected} notifications, each with one email delivery sent at the first attempt; got ${JSON.stringify(result)}`);
  }
  if (received !== expected) throw new Error(`email: the sink accepted ${received} messages, expected ${expected}`);
  if (seen.ids.size !== expected) throw new Error(`email: ${seen.ids.size} distinct Message-IDs among ${received} messages`);
  // Each focal point received one message per event that concerns its country.
  const perCountry = new Map<string, number>();
  for (const { offer, demand } of pairs) for (const c of [offer.country, demand.country]) perCountry.set(c, (perCountry.get(c) ?? 0) + 1);
  const wrong = focal.filter((f) => (seen.to.get(f.email) ?? 0) !== (perCountry.get(f.country) ?? 0));
  if (wrong.length > 0)
    throw new Error(`email: ${wrong.length} focal points received the wrong number of messages, e.g. ${wrong[0]!.email}: ${seen.to.get(wrong[0]!.email) ?? 0}`);
  return { seconds: s, markedSentSeconds, received, distinctMessageIds: seen.ids.size, ...result, notify: await notifyJobs(api, eventIds, committedAt) };
}

/** Waits until no notify or deliveries job is left, so the next measurement has the machine to itself. */
async function settle(api: TestApi, log: Log) {
  const queues = [api.producer.queue(QUEUES.notify), api.producer.queue(QUEUES.deliveries)];
  const left = async () => {
    let n = 0;
    for (const q of queues) n += Object.values(await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized')).reduce((a, b) => a + b, 0);
    return n;
  };
  await until(
    async () => (await left()) === 0,
    async () => `${await left()} notify/deliveries jobs left`,
    log,
    100,
    60_000,
  );
}

export interface NotificationFigures {
  notifications: number;
  events: number;
  recipientsPerEvent: number;
  focalPoints: number;
  countries: number;
  raw: { jobs: number; concurrency: number; seconds: number; jobsPerSecond: number; runsSeconds: number[] };
  inApp: {
    seconds: number;
    notificationsPerSecond: number;
    ratio: number;
    runsSeconds: number[];
    bullmqJobs: { notify: number; notifyAttempts: number; deliveries: number };
    notifyJobMs: { p50: number; p95: number; max: number };
    commitToFirstJobMs: number;
  };
  email: {
    seconds: number;
    messagesPerSecond: number;
    ratio: number;
    runsSeconds: number[];
    markedSentSeconds: number;
    received: number;
    distinctMessageIds: number;
    bullmqJobs: { notify: number; notifyAttempts: number; deliveries: number };
    deliveryConcurrency: number;
    smtpConnections: number;
  };
  target: number;
  meetsTarget: boolean;
  runs: number;
  /** The machine is shared: its 1-minute load average when the bench started and ended. */
  loadAverage: { start: number; end: number };
  machine: { cpus: number; cpuModel: string; totalMemoryGiB: number; platform: string; node: string };
  date: string;
}

export async function runNotificationsBench(log: Log = console.log): Promise<NotificationFigures> {
  const loadAtStart = os.loadavg()[0]!;
  await ensurePostgres(`${TEST_DATABASE_SERVER}/postgres`);
  await ensureRedis(TEST_REDIS_URL);
  await ensureMeilisearch(TEST_MEILI_URL, TEST_MEILI_KEY, join(STATE_DIR, 'meili-test'));

  // The sink counts and checks each message as it comes, without parsing or keeping it.
  const seen = { ids: new Set<string>(), to: new Map<string, number>() };
  const sink = await startMailSink({
    keep: false,
    beforeAccept: async ({ raw, to }) => {
      const id = /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(raw)?.[1];
      if (id) seen.ids.add(id);
      for (const t of to) seen.to.set(t, (seen.to.get(t) ?? 0) + 1);
    },
  });
  log('starting the API and the workers on a fresh database, with an SMTP sink in this process');
  const api = await startTestApi({ label: 'notifybench', clock: systemClock, env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://enlace.test' } });
  const workers = await startWorkers({ env: api.env, db: api.db, search: api.search, clock: api.clock, log: pino({ level: 'warn' }) });
  // Indexing and matching the listings set up below would announce matches of their own.
  await api.producer.queue(QUEUES.indexBulk).pause();
  await api.producer.queue(QUEUES.index).pause();
  for (const q of [QUEUES.match, QUEUES.matchBulk]) await api.producer.queue(q).pause();
  const rawRunsSeconds: number[] = [];
  const inAppRuns: Awaited<ReturnType<typeof inAppRun>>[] = [];
  const emailRuns: Awaited<ReturnType<typeof emailRun>>[] = [];
  let focalPoints: number;
  try {
    const staff = await api.user('staff');
    const t0 = performance.now();
    const focal = await insertFocalPoints(api);
    focalPoints = focal.length;
    const all = await publishListings(api, staff.headers);
    const ctx: Ctx = { api, sink, pairs: allPairs(all), next: 0, log };
    log(
      `  ${focal.length} focal points in ${COUNTRIES.length} countries (subscribed to in_app), ${all.length} published listings, ${ctx.pairs.length} possible pairs; ${seconds(t0).toFixed(1)} s`,
    );
    await settle(api, log);

    log(`raw BullMQ: warm-up of 1000 no-op jobs`);
    await rawBullmq(1000, RAW_CONCURRENCY);
    log(`in-app: warm-up of ${WARMUP_EVENTS} events`);
    await inAppRun(ctx, WARMUP_EVENTS);
    await settle(api, log);
    for (let r = 0; r < RUNS; r++) {
      log(`raw BullMQ ${r + 1}/${RUNS}: ${NOTIFICATIONS} no-op jobs, concurrency ${RAW_CONCURRENCY}`);
      const s = await rawBullmq(NOTIFICATIONS, RAW_CONCURRENCY);
      rawRunsSeconds.push(s);
      log(`  ${s.toFixed(2)} s, ${Math.round(NOTIFICATIONS / s)} jobs/s`);
      log(`in-app ${r + 1}/${RUNS}: ${EVENTS} new-match events × ${RECIPIENTS_PER_EVENT} focal points`);
      const m = await inAppRun(ctx, EVENTS);
      inAppRuns.push(m);
      log(
        `  ${m.seconds.toFixed(2)} s, ${Math.round(NOTIFICATIONS / m.seconds)} notifications/s; ${m.notify.jobs} notify jobs, p50 ${m.notify.jobMs.p50} ms p95 ${m.notify.jobMs.p95} ms each, first started ${m.notify.commitToFirstJobMs} ms after the commit`,
      );
      await settle(api, log);
    }

    await api.db.update(subscriptions).set({ channels: ['email'] });
    log(`email: the same focal points now subscribed to email only; warm-up of ${WARMUP_EVENTS} events`);
    await emailRun(ctx, WARMUP_EVENTS, seen, focal);
    await settle(api, log);
    for (let r = 0; r < RUNS; r++) {
      log(`email ${r + 1}/${RUNS}: ${EVENTS} new-match events × ${RECIPIENTS_PER_EVENT} focal points, to the SMTP sink`);
      const m = await emailRun(ctx, EVENTS, seen, focal);
      emailRuns.push(m);
      log(
        `  ${m.seconds.toFixed(2)} s, ${Math.round(NOTIFICATIONS / m.seconds)} messages/s (all marked sent after ${m.markedSentSeconds.toFixed(2)} s); ${m.distinctMessageIds} distinct Message-IDs`,
      );
      await settle(api, log);
    }
  } finally {
    await workers.close();
    await api.close();
    await sink.close();
  }

  const rawSeconds = Math.min(...rawRunsSeconds);
  const rawRate = NOTIFICATIONS / rawSeconds;
  const bestInApp = inAppRuns.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const bestEmail = emailRuns.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const inAppRate = NOTIFICATIONS / bestInApp.seconds;
  const emailRate = NOTIFICATIONS / bestEmail.seconds;
  const ratio = inAppRate / rawRate;
  const cpus = os.cpus();
  return {
    notifications: NOTIFICATIONS,
    events: EVENTS,
    recipientsPerEvent: RECIPIENTS_PER_EVENT,
    focalPoints,
    countries: COUNTRIES.length,
    raw: {
      jobs: NOTIFICATIONS,
      concurrency: RAW_CONCURRENCY,
      seconds: round(rawSeconds, 3),
      jobsPerSecond: Math.round(rawRate),
      runsSeconds: rawRunsSeconds.map((s) => round(s, 3)),
    },
    inApp: {
      seconds: round(bestInApp.seconds, 3),
      notificationsPerSecond: Math.round(inAppRate),
      ratio: round(ratio, 3),
      runsSeconds: inAppRuns.map((m) => round(m.seconds, 3)),
      bullmqJobs: { notify: bestInApp.notify.jobs, notifyAttempts: bestInApp.notify.attempts, deliveries: 0 },
      notifyJobMs: bestInApp.notify.jobMs,
      commitToFirstJobMs: bestInApp.notify.commitToFirstJobMs,
    },
    email: {
      seconds: round(bestEmail.seconds, 3),
      messagesPerSecond: Math.round(emailRate),
      ratio: round(emailRate / rawRate, 3),
      runsSeconds: emailRuns.map((m) => round(m.seconds, 3)),
      markedSentSeconds: round(bestEmail.markedSentSeconds, 3),
      received: bestEmail.received,
      distinctMessageIds: bestEmail.distinctMessageIds,
      bullmqJobs: { notify: bestEmail.notify.jobs, notifyAttempts: bestEmail.notify.attempts, deliveries: bestEmail.sendAttempts },
      deliveryConcurrency: 32,
      smtpConnections: 5,
    },
    target: TARGET_RATIO,
    meetsTarget: ratio >= TARGET_RATIO,
    runs: RUNS,
    loadAverage: { start: round(loadAtStart, 2), end: round(os.loadavg()[0]!, 2) },
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      totalMemoryGiB: round(os.totalmem() / 1024 ** 3, 1),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
    },
    date: new Date().toISOString(),
  };
}

export async function run(log: Log): Promise<BenchResult> {
  const f = await runNotificationsBench(log);
  return {
    name: 'notifications',
    title: 'Notifications: fan-out of 10,000 vs raw BullMQ',
    figures: f,
    table: {
      columns: ['path', 'items', 'BullMQ jobs', 'seconds', 'items/s', '/ raw'],
      rows: [
        ['raw BullMQ no-op jobs (baseline)', String(f.raw.jobs), String(f.raw.jobs), f.raw.seconds.toFixed(2), String(f.raw.jobsPerSecond), '1'],
        [
          'in-app: commit → notifications written',
          String(f.notifications),
          String(f.inApp.bullmqJobs.notify),
          f.inApp.seconds.toFixed(2),
          String(f.inApp.notificationsPerSecond),
          String(f.inApp.ratio),
        ],
        [
          'email: commit → last message accepted by SMTP',
          String(f.email.received),
          String(f.email.bullmqJobs.notify + f.email.bullmqJobs.deliveries),
          f.email.seconds.toFixed(2),
          String(f.email.messagesPerSecond),
          String(f.email.ratio),
        ],
      ],
    },
    verdict: `in-app notifications/s / raw BullMQ jobs/s: **${f.inApp.ratio}** (target ≥ ${f.target}: ${f.meetsTarget ? 'met' : 'NOT met'}); email ${f.email.ratio} of raw`,
    notes: [
      `${f.focalPoints} focal points (${FOCAL_POINTS_PER_COUNTRY} in each of ${f.countries} OAS countries, in es/en/pt/fr), users and subscriptions inserted directly; ${f.events} \`match.new\` events, each between an offer and a demand of two countries (published through the API by staff, so no listing owner is told), each telling the ${f.recipientsPerEvent} focal points of its two countries: ${f.notifications} notifications per run.`,
      `The events are written by \`replaceMatches\` (as the matcher does) in one transaction; timing starts when its commit returns. The outbox relay (woken by NOTIFY), the notify queue (concurrency 8) and the fan-out run in \`startWorkers\` in this process, with indexing and matching paused.`,
      `In-app: until all ${f.notifications} notifications exist with their in-app delivery sent, polled every 20 ms; ${f.inApp.bullmqJobs.notify} notify jobs (${f.inApp.bullmqJobs.notifyAttempts} attempts), p50 ${f.inApp.notifyJobMs.p50} ms, p95 ${f.inApp.notifyJobMs.p95} ms each; the first started ${f.inApp.commitToFirstJobMs} ms after the commit. Checked: exactly one notification per event and recipient, one in-app delivery each, every event processed.`,
      `Email: the same focal points subscribed to email only; ${f.email.bullmqJobs.notify} notify jobs and ${f.email.bullmqJobs.deliveries} deliveries jobs (concurrency ${f.email.deliveryConcurrency}, pooled nodemailer with ${f.email.smtpConnections} connections) to a real SMTP server in this process (smtp-server, messages counted, not parsed); until the sink accepted the last of ${f.email.received} messages (all marked sent in PostgreSQL after ${f.email.markedSentSeconds} s). Checked: ${f.email.distinctMessageIds} distinct Message-IDs, each focal point received one message per event of its country, each delivery sent at its first attempt.`,
      `Raw BullMQ: ${f.raw.jobs} no-op jobs, addBulk by 1000 then a worker of concurrency ${f.raw.concurrency}, same Redis, from the first add to the last completion (completed jobs kept as the notify queue keeps them). Runs interleaved with the in-app runs.`,
      `Each path warmed up first (1000 no-op jobs; ${WARMUP_EVENTS} events); best of ${f.runs} measured runs (raw: ${f.raw.runsSeconds.join(', ')} s; in-app: ${f.inApp.runsSeconds.join(', ')} s; email: ${f.email.runsSeconds.join(', ')} s).`,
      `Machine: ${f.machine.cpus} × ${f.machine.cpuModel}, ${f.machine.totalMemoryGiB} GiB, ${f.machine.platform}, Node ${f.machine.node}, shared (1-minute load average ${f.loadAverage.start} at the start, ${f.loadAverage.end} at the end); ${f.date}.`,
    ],
  };
}
