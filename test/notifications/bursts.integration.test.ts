import type { TestUser } from '@enlace/api/testing';
import { deliveries, notifications, outbox } from '@enlace/db';
import { QUEUES } from '@enlace/queue';
import { fanOutMany } from '@enlace/registry/internal';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NotificationStack, startNotificationStack } from './stack.js';
import { publishedListing, startWebhookReceiver, storeMatch } from './support.js';

/*
 * New matches come in bursts (an agency posts many listings in a day, a catalogue is
 * imported): a focal point on the default "immediate" setting hears of the first at once
 * and of the rest in one message when the burst's window closes; an import's matches are
 * announced once, when they stop coming. What needs the person's decision is never held.
 */
let s: NotificationStack;
let focalBR: TestUser;
let focalHT: TestUser;
const MINUTE = 60_000;
const later = (minutes: number) => s.clock.set(new Date(s.clock.now().getTime() + minutes * MINUTE).toISOString());

async function emailsOf(user: TestUser) {
  return s.api.db
    .select({ kind: notifications.kind, status: deliveries.status, digestId: deliveries.digestId })
    .from(deliveries)
    .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
    .where(and(eq(notifications.recipientUserId, user.id), eq(deliveries.channel, 'email')));
}

beforeAll(async () => {
  s = await startNotificationStack('bursts', { env: { WEBHOOK_ALLOW_HOSTS: '127.0.0.1' } });
  focalBR = await s.api.user('focal_point', { country: 'BR', language: 'pt' });
  focalHT = await s.api.user('focal_point', { country: 'HT', language: 'fr' });
});
afterAll(async () => s?.close());

const demandHT = (i: number) => ({
  kind: 'demand',
  language: 'fr',
  title: `Banques de lait maternel ${i}`,
  description: 'Créer des banques de lait maternel dans trois maternités du pays.',
});

describe('a burst of new matches', () => {
  let offers: { id: string; version: number }[];

  it('sends the first at once and gathers the rest, while the inbox shows each', async () => {
    offers = [await publishedListing(s.api, s.staff, 'BR'), await publishedListing(s.api, s.staff, 'BR', { title: 'Alimentação escolar' })];
    const demands = [];
    for (let i = 0; i < 4; i++) demands.push(await publishedListing(s.api, s.staff, 'HT', demandHT(i)));
    await storeMatch(s.api, offers[0]!, demands[0]!, 0.7);
    await s.settled();
    later(2);
    await storeMatch(s.api, offers[0]!, demands[1]!, 0.9);
    await storeMatch(s.api, offers[0]!, demands[2]!, 0.8);
    await storeMatch(s.api, offers[1]!, demands[3]!, 0.75);
    await s.settled();
    expect(s.mailTo(focalBR)).toHaveLength(1);
    const inbox = await s.api.app.inject({ url: '/v1/inbox?limit=50', headers: focalBR.headers });
    expect(inbox.json().items).toHaveLength(4);
    expect((await emailsOf(focalBR)).filter((d) => d.status === 'gathering')).toHaveLength(3);
    // The window has not closed: nothing goes out yet.
    expect(await s.runTask('send-bursts')).toMatchObject({ bursts: 0 });
    // Staff see who has what waiting, and when it goes out; nobody else does.
    const waiting = await s.api.app.inject({ url: '/v1/deliveries/waiting', headers: s.staff.headers });
    expect(waiting.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ email: focalBR.email, country: 'BR', gathering: 3, held: 0, windowClosesAt: expect.any(String) })]),
    );
    expect((await s.api.app.inject({ url: '/v1/deliveries/waiting', headers: focalBR.headers })).statusCode).toBe(403);
  });

  it('never holds back what needs a decision: interest shown in a listing arrives at once', async () => {
    const [match] = await s.api.db.select({ id: notifications.payload }).from(notifications).where(eq(notifications.kind, 'match_new')).limit(1);
    const matchId = (match!.id as { matchId: string }).matchId;
    const res = await s.api.app.inject({
      method: 'POST',
      url: `/v1/matches/${matchId}/interest`,
      headers: focalHT.headers,
      payload: { message: 'Nous sommes intéressés.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    await s.settled();
    expect(s.mailTo(focalBR).map((m) => m.parsed.subject)).toEqual([expect.any(String), expect.stringContaining('Haiti')]);
  });

  it('sends the gathered matches as one message when the window closes, grouped by listing, best first, once', async () => {
    later(14);
    expect(await s.runTask('send-bursts')).toMatchObject({ bursts: 2 });
    await s.settled();
    const mail = s.mailTo(focalBR);
    expect(mail).toHaveLength(3);
    const burst = mail[2]!.parsed;
    expect(burst.subject).toBe('3 novas correspondências para 2 dos seus anúncios');
    const text = burst.text ?? '';
    expect(text).toContain('Novas correspondências desde a última mensagem');
    // The best match first, each linking to its page; one link to see them all.
    expect(text.indexOf('90')).toBeLessThan(text.indexOf('80'));
    expect(text).toContain('https://enlace.test/pt/matches/');
    expect(burst.html).toContain('href="https://enlace.test/pt/matches"');
    const emails = await emailsOf(focalBR);
    expect(
      emails
        .filter((d) => d.kind === 'match_new')
        .map((d) => d.status)
        .sort(),
    ).toEqual(['digested', 'digested', 'digested', 'sent']);
    // Run again: nothing twice.
    expect(await s.runTask('send-bursts')).toMatchObject({ bursts: 0, released: 0 });
    await s.settled();
    expect(s.mailTo(focalBR)).toHaveLength(3);
  });
});

describe("an import's new matches", () => {
  it('are announced once, when they stop coming, as one summary per person that counts them all', async () => {
    later(60);
    const before = s.mailTo(focalBR).length;
    const offer = await publishedListing(s.api, s.staff, 'BR', { title: 'Bancos de leite humano: implantação' });
    for (let i = 0; i < 14; i++) {
      await storeMatch(s.api, offer, await publishedListing(s.api, s.staff, 'HT', demandHT(10 + i)), 0.61 + i / 100, { bulk: true });
      if (i === 6) later(3);
    }
    await s.settled();
    // Not one by one, not even the first.
    expect(s.mailTo(focalBR)).toHaveLength(before);
    later(4);
    // Still within five quiet minutes of the last one.
    expect(await s.runTask('send-bursts')).toMatchObject({ bursts: 0 });
    later(2);
    expect(await s.runTask('send-bursts')).toMatchObject({ bursts: 2 });
    await s.settled();
    const [summary, ...rest] = s.mailTo(focalBR).slice(before);
    expect(rest).toEqual([]);
    expect(summary!.parsed.subject).toBe('14 novas correspondências para 1 dos seus anúncios');
    expect(summary!.parsed.text).toContain('Correspondências encontradas com os anúncios recém-importados');
    expect(summary!.parsed.text).toContain('E mais 11 correspondências para 1 dos seus anúncios');
    expect(s.mailTo(focalHT).slice(-1)[0]!.parsed.subject).toBe('14 nouvelles correspondances pour 14 de vos fiches');
  });
});

describe("a day's cap on suggestion emails", () => {
  it('lets the set number through, says so in the last, and keeps the rest for the next daily digest', async () => {
    s.clock.set('2026-11-25T10:00:00Z');
    const focalCL = await s.api.user('focal_point', { country: 'CL', language: 'es' });
    const saved = await s.api.app.inject({
      method: 'PUT',
      url: '/v1/me/subscription',
      headers: focalCL.headers,
      payload: { channels: ['email', 'in_app'], language: 'es', dailySuggestionEmails: 2, burstMinutes: 5 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ dailySuggestionEmails: 2, burstMinutes: 5, digestHour: 8 });
    const bad = await s.api.app.inject({
      method: 'PUT',
      url: '/v1/me/subscription',
      headers: focalCL.headers,
      payload: { channels: ['email'], language: 'es', dailySuggestionEmails: 0 },
    });
    expect(bad.json().errors[0].field).toBe('dailySuggestionEmails');

    const offer = await publishedListing(s.api, s.staff, 'CL', { title: 'Sistemas de alerta temprana' });
    for (let i = 0; i < 3; i++) {
      // Quiet periods between them, longer than the person's five-minute window: each would go out at once.
      if (i > 0) later(30);
      await storeMatch(s.api, offer, await publishedListing(s.api, s.staff, 'HT', demandHT(40 + i)), 0.8);
      await s.settled();
    }
    const mail = s.mailTo(focalCL);
    expect(mail).toHaveLength(2);
    expect(mail[1]!.parsed.text).toContain('Este es el último de los 2 correos de sugerencias que recibe al día');
    expect(mail[1]!.parsed.text).toContain('08:00 UTC');
    const inbox = await s.api.app.inject({ url: '/v1/inbox?limit=50', headers: focalCL.headers });
    expect(inbox.json().items).toHaveLength(3);

    const waiting = (await s.api.app.inject({ url: '/v1/deliveries/waiting', headers: s.staff.headers })).json().items;
    expect(waiting.find((w: { email: string }) => w.email === focalCL.email)).toMatchObject({ held: 1, capped: 1 });
    // The next morning's digest brings the third.
    s.clock.set('2026-11-26T08:05:00Z');
    expect(await s.runTask('send-digests')).toMatchObject({ digests: 1 });
    await s.settled();
    const [digest] = s.mailTo(focalCL).slice(2);
    expect(digest!.parsed.text).toContain('Banques de lait maternel 42');
  });
});

describe('a webhook', () => {
  it('is interrupted once per burst too: the first new match at once, the rest in one call', async () => {
    s.clock.set('2026-11-27T10:00:00Z');
    const hooks = await startWebhookReceiver();
    try {
      const focalPE = await s.api.user('focal_point', { country: 'PE', language: 'es' });
      const saved = await s.api.app.inject({
        method: 'PUT',
        url: '/v1/me/subscription',
        headers: focalPE.headers,
        payload: { channels: ['webhook', 'in_app'], language: 'es', webhookUrl: hooks.url },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const offer = await publishedListing(s.api, s.staff, 'PE', { title: 'Gestión comunitaria del agua' });
      for (let i = 0; i < 3; i++) await storeMatch(s.api, offer, await publishedListing(s.api, s.staff, 'HT', demandHT(60 + i)), 0.7 + i / 100);
      await s.settled();
      expect(hooks.delivered()).toHaveLength(1);
      later(16);
      expect(await s.runTask('send-bursts')).toMatchObject({ bursts: expect.any(Number) });
      await s.settled();
      const calls = hooks.delivered();
      expect(calls).toHaveLength(2);
      expect(calls[0]!.body).toContain('match_new');
      expect(calls[1]!.body).toContain('match_burst');
      expect(JSON.parse(calls[1]!.body)).toMatchObject({ data: { total: 2 } });
    } finally {
      await hooks.close();
    }
  });
});

describe('new matches fanned out many at a time', () => {
  it('tell each person of each match once, decide their emails as one by one would, and write nothing twice', async () => {
    s.clock.set('2026-11-28T10:00:00Z');
    const focalEC = await s.api.user('focal_point', { country: 'EC', language: 'es' });
    // Only this test's events wait, and nothing but this test fans them out.
    const lanes = [QUEUES.match, QUEUES.matchBulk, QUEUES.notify, QUEUES.notifyBulk].map((q) => s.api.producer.queue(q));
    for (const q of lanes) await q.pause();
    try {
      const offer = await publishedListing(s.api, s.staff, 'EC', { title: 'Gestión integrada de cuencas hidrográficas' });
      // A publication's match first, then three of an import's.
      for (let i = 0; i < 4; i++) await storeMatch(s.api, offer, await publishedListing(s.api, s.staff, 'HT', demandHT(80 + i)), 0.7, { bulk: i > 0 });
      const events = await s.api.db
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(eq(outbox.topic, 'match.new'), isNull(outbox.processedAt), sql`${outbox.payload}->>'offerId' = ${offer.id}`))
        .orderBy(asc(outbox.id));
      expect(events).toHaveLength(4);
      const ids = events.map((e) => e.id);

      const once = await fanOutMany(s.api.db, ids, s.clock, { webUrl: 'https://enlace.test' });
      const mine = async () => (await emailsOf(focalEC)).map((d) => d.status).sort();
      // The publication's match interrupts at once; the import's gather, as they would one by one.
      expect(await mine()).toEqual(['gathering', 'gathering', 'gathering', 'pending']);
      const inbox = await s.api.app.inject({ url: '/v1/inbox?limit=50', headers: focalEC.headers });
      expect(inbox.json().items).toHaveLength(4);
      const processed = await s.api.db.select({ at: outbox.processedAt }).from(outbox).where(inArray(outbox.id, ids));
      expect(processed.every((e) => e.at !== null)).toBe(true);

      const again = await fanOutMany(s.api.db, ids, s.clock, { webUrl: 'https://enlace.test' });
      expect(again.tells).toBe(once.tells);
      expect(again.deliveries).toEqual(once.deliveries);
      expect(await mine()).toEqual(['gathering', 'gathering', 'gathering', 'pending']);
    } finally {
      for (const q of lanes) await q.resume();
    }
    await s.settled();
    expect(s.mailTo(focalEC)).toHaveLength(1);
  });
});
