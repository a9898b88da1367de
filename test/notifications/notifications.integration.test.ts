import type { TestUser } from '@enlace/api/testing';
import { offerBody } from '@enlace/api/testing';
import { deliveries, matches, notifications } from '@enlace/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NotificationStack, startNotificationStack } from './stack.js';
import { publishedListing, storeMatch } from './support.js';

let s: NotificationStack;
let focalHT: TestUser;
let focalBR: TestUser;
let officerBR: TestUser;

const demandHT = (extra: Record<string, unknown> = {}) => ({
  kind: 'demand',
  language: 'fr',
  title: 'Banques de lait maternel pour les maternités',
  description: 'Le ministère de la Santé souhaite créer des banques de lait maternel dans trois maternités.',
  ...extra,
});

async function matchIdOf(offerId: string, demandId: string): Promise<string> {
  const [row] = await s.api.db
    .select({ id: matches.id })
    .from(matches)
    .where(and(eq(matches.offerId, offerId), eq(matches.demandId, demandId)));
  return row!.id;
}

async function inbox(user: TestUser, query = '') {
  const res = await s.api.app.inject({ url: `/v1/inbox${query}`, headers: user.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    unread: number;
    nextCursor: string | null;
    items: { id: string; kind: string; title: string; summary: string; link: string; language: string; readAt: string | null; data: Record<string, unknown> }[];
  };
}

/** The List-Unsubscribe URL as the raw message carries it (the header may be folded). */
function unsubscribeUrl(raw: string): string {
  const header = /^List-Unsubscribe:([\s\S]*?)\r?\n(?=\S)/m.exec(raw)?.[1] ?? '';
  return header.replace(/\s+/g, '').replace(/^<|>$/g, '');
}

async function notificationsOf(user: TestUser) {
  return s.api.db.select().from(notifications).where(eq(notifications.recipientUserId, user.id));
}

beforeAll(async () => {
  s = await startNotificationStack('notify');
  focalHT = await s.api.user('focal_point', { country: 'HT', language: 'fr' });
  focalBR = await s.api.user('focal_point', { country: 'BR', language: 'pt' });
  officerBR = await s.api.user('agency_officer', { country: 'BR', language: 'pt' });
});
afterAll(async () => s?.close());

describe('a new match', () => {
  let offer: { id: string; version: number };
  let demand: { id: string; version: number };

  beforeAll(async () => {
    offer = await publishedListing(s.api, s.staff, 'BR');
    demand = await publishedListing(s.api, s.staff, 'HT', demandHT());
    await storeMatch(s.api, offer, demand, 0.82);
    await s.settled();
  });

  it("is emailed to the focal point of each country, in that focal point's language, with what matched, why, and a link", async () => {
    const [toHT] = s.mailTo(focalHT);
    const [toBR] = s.mailTo(focalBR);
    expect(toHT && toBR).toBeTruthy();
    const matchId = await matchIdOf(offer.id, demand.id);

    expect(toHT!.parsed.headers.get('content-language')).toBe('fr');
    expect(toHT!.parsed.text).toContain('Bancos de leite humano');
    expect(toHT!.parsed.text).toContain('Brésil');
    expect(toHT!.parsed.text).toContain('82');
    // The match's page, in the language the email is written in.
    expect(toHT!.parsed.text).toContain(`https://enlace.test/fr/matches/${matchId}`);
    expect(toHT!.parsed.html).toContain('Bancos de leite humano');

    expect(toBR!.parsed.headers.get('content-language')).toBe('pt');
    expect(toBR!.parsed.text).toContain('Banques de lait maternel');
    expect(toBR!.parsed.text).toContain('Haiti');
    expect(toBR!.parsed.subject).not.toEqual(toHT!.parsed.subject);
  });

  it('carries one-click unsubscribe headers (RFC 8058) and a stable message id', () => {
    const [mail] = s.mailTo(focalHT);
    expect(unsubscribeUrl(mail!.raw)).toMatch(/^https:\/\/enlace\.test\/v1\/unsubscribe\/[\w.-]+$/);
    expect(mail!.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(mail!.parsed.messageId).toMatch(/^<delivery-\d+@enlace\.test>$/);
  });

  it("appears once in each inbox, unread, written in the reader's language", async () => {
    const { items, unread } = await inbox(focalHT);
    expect(unread).toBe(1);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'match_new', language: 'fr', readAt: null });
    expect(items[0]!.link).toBe(`https://enlace.test/fr/matches/${await matchIdOf(offer.id, demand.id)}`);
    const inSpanish = await inbox(focalHT, '?lang=es');
    expect(inSpanish.items[0]!.title).not.toEqual(items[0]!.title);
  });

  it('is announced once: scoring the pair again sends nothing new', async () => {
    await storeMatch(s.api, offer, demand, 0.9);
    await s.settled();
    await new Promise((r) => setTimeout(r, 500));
    expect(s.mailTo(focalHT)).toHaveLength(1);
    expect(await notificationsOf(focalHT)).toHaveLength(1);
  });

  it('reaches only those whose filters let it through: sectors, SDG goals and minimum score', async () => {
    const bySector = await s.api.user('focal_point', { country: 'AR', language: 'es' });
    const byScore = await s.api.user('focal_point', { country: 'AR', language: 'es' });
    const byGoal = await s.api.user('focal_point', { country: 'AR', language: 'es' });
    const put = (u: TestUser, payload: Record<string, unknown>) =>
      s.api.app.inject({
        method: 'PUT',
        url: '/v1/me/subscription',
        headers: u.headers,
        payload: { channels: ['email', 'in_app'], language: 'es', ...payload },
      });
    expect((await put(bySector, { sectors: ['agriculture_livestock'] })).statusCode).toBe(200);
    expect((await put(byScore, { minScore: 0.9 })).statusCode).toBe(200);
    expect((await put(byGoal, { sdgGoals: [3] })).statusCode).toBe(200);

    const offerAR = await publishedListing(s.api, s.staff, 'AR', {
      language: 'es',
      title: 'Bancos de leche humana',
      description: 'Asistencia técnica para bancos de leche humana en hospitales.',
    });
    await storeMatch(s.api, offerAR, demand, 0.7);
    await s.settled();
    expect(await notificationsOf(bySector)).toHaveLength(0);
    expect(await notificationsOf(byScore)).toHaveLength(0);
    // Target 3.2 implies goal 3: this one hears.
    expect((await notificationsOf(byGoal)).map((n) => n.kind)).toEqual(['match_new']);
  });
});

describe('following a match up', () => {
  it('tells the other side of an interest, with the message, and both sides when it becomes mutual', async () => {
    const offer = await publishedListing(s.api, s.staff, 'BR', { title: 'Vigilância epidemiológica da dengue' });
    const demand = await publishedListing(s.api, s.staff, 'HT', demandHT({ title: 'Surveillance de la dengue' }));
    await storeMatch(s.api, offer, demand, 0.75);
    await s.settled();
    const id = await matchIdOf(offer.id, demand.id);
    const before = { ht: s.mailTo(focalHT).length, br: s.mailTo(focalBR).length };

    const interest = await s.api.app.inject({
      method: 'POST',
      url: `/v1/matches/${id}/interest`,
      headers: focalHT.headers,
      payload: { message: 'Nous aimerions organiser une visite en mars.' },
    });
    expect(interest.statusCode, interest.body).toBe(200);
    await s.settled();
    const toBR = s.mailTo(focalBR).slice(before.br);
    expect(toBR).toHaveLength(1);
    expect(toBR[0]!.parsed.text).toContain('Nous aimerions organiser une visite en mars.');
    expect(s.mailTo(focalHT)).toHaveLength(before.ht); // the one who acted is not told

    const mutual = await s.api.app.inject({
      method: 'POST',
      url: `/v1/matches/${id}/interest`,
      headers: officerBR.headers,
      payload: { message: 'Com prazer.' },
    });
    expect(mutual.statusCode, mutual.body).toBe(200);
    await s.settled();
    const kinds = async (u: TestUser) =>
      (await notificationsOf(u))
        .filter((n) => (n.payload as { matchId?: string }).matchId === id)
        .map((n) => n.kind)
        .sort();
    expect(await kinds(focalHT)).toEqual(['match_mutual', 'match_new']);
    expect(await kinds(focalBR)).toEqual(['match_interest', 'match_mutual', 'match_new']);
  });
});

describe('review requests', () => {
  it("a listing submitted for review is announced to its country's focal points only", async () => {
    const created = await s.api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: officerBR.headers,
      payload: offerBody('BR', { title: 'Gestão de resíduos sólidos urbanos' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const htBefore = (await notificationsOf(focalHT)).length;
    expect((await s.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/submit`, headers: officerBR.headers })).statusCode).toBe(200);
    await s.settled();
    const review = (await notificationsOf(focalBR)).filter((n) => n.kind === 'review_pending');
    expect(review).toHaveLength(1);
    expect(review[0]!.payload).toMatchObject({ country: 'BR', total: 1, listings: [{ id, title: 'Gestão de resíduos sólidos urbanos' }] });
    expect((await notificationsOf(focalHT)).length).toBe(htBefore);
    const mail = s.mailTo(focalBR).at(-1)!;
    expect(mail.parsed.text).toMatch(/https:\/\/enlace\.test\/(es|en|pt|fr)\/review\?country=BR/);
  });
});

describe('the expert roster', () => {
  it('a new expert is announced to the focal points of their country, who validate them', async () => {
    const res = await s.api.app.inject({
      method: 'POST',
      url: '/v1/experts',
      payload: {
        name: 'Jean-Baptiste Pierre',
        country: 'HT',
        institution: { name: 'Université d’État d’Haïti' },
        sectors: ['health'],
        sdgTargets: ['3.2'],
        workingLanguages: ['fr', 'es'],
        profile: 'Pédiatre, vingt ans d’expérience en banques de lait maternel.',
        language: 'fr',
        contact: { name: 'Jean-Baptiste Pierre', email: 'jbp@example.org' },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    await s.settled();
    const asked = (await notificationsOf(focalHT)).filter((n) => n.kind === 'expert_pending');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.payload).toMatchObject({ expertId: res.json().id, name: 'Jean-Baptiste Pierre', country: 'HT' });
    expect((await notificationsOf(focalBR)).filter((n) => n.kind === 'expert_pending')).toHaveLength(0);
    expect((await inbox(focalHT)).items.find((i) => i.kind === 'expert_pending')).toMatchObject({ link: `https://enlace.test/fr/experts/${res.json().id}` });
  });
});

describe('the inbox', () => {
  it('counts unread items, marks one or all read, pages with a cursor, and is private', async () => {
    const all = await inbox(focalBR);
    expect(all.unread).toBeGreaterThanOrEqual(3);
    const first = all.items[0]!;
    const mark = await s.api.app.inject({ method: 'POST', url: '/v1/inbox/read', headers: focalBR.headers, payload: { ids: [first.id] } });
    expect(mark.json()).toEqual({ marked: 1 });
    expect((await inbox(focalBR)).unread).toBe(all.unread - 1);
    expect((await inbox(focalBR, '?unread=true')).items.map((i) => i.id)).not.toContain(first.id);

    // Someone else cannot mark my notifications.
    const other = await s.api.app.inject({ method: 'POST', url: '/v1/inbox/read', headers: focalHT.headers, payload: { ids: [all.items[1]!.id] } });
    expect(other.json()).toEqual({ marked: 0 });

    const page1 = await inbox(focalBR, '?limit=2');
    const page2 = await inbox(focalBR, `?limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items[0]!.id).toBe(all.items[2]!.id);
    expect((await s.api.app.inject({ url: '/v1/inbox?cursor=nonsense', headers: focalBR.headers })).statusCode).toBe(400);

    const everything = await s.api.app.inject({ method: 'POST', url: '/v1/inbox/read', headers: focalBR.headers });
    expect(everything.statusCode, everything.body).toBe(200);
    expect((await inbox(focalBR)).unread).toBe(0);
    expect((await s.api.app.inject({ url: '/v1/inbox' })).statusCode).toBe(401);
  });
});

describe('subscriptions', () => {
  it('start from defaults, and refuse a webhook channel without a URL, naming the field', async () => {
    const fresh = await s.api.user('focal_point', { country: 'CO', language: 'es' });
    const got = await s.api.app.inject({ url: '/v1/me/subscription', headers: fresh.headers });
    expect(got.json()).toMatchObject({ channels: ['email', 'in_app'], frequency: 'immediate', language: 'es', isDefault: true });
    const bad = await s.api.app.inject({
      method: 'PUT',
      url: '/v1/me/subscription',
      headers: fresh.headers,
      payload: { channels: ['webhook'], language: 'es' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ field: 'webhookUrl' }));
    const badLang = await s.api.app.inject({
      method: 'PUT',
      url: '/v1/me/subscription',
      headers: fresh.headers,
      payload: { channels: ['email'], language: 'de', frequency: 'hourly' },
    });
    expect(
      badLang
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['frequency', 'language']);
  });

  it('a webhook secret is shown once when issued, never again, and rotates on request', async () => {
    const u = await s.api.user('focal_point', { country: 'CO', language: 'es' });
    const body = { channels: ['webhook'], language: 'es', webhookUrl: 'https://93.184.215.14/enlace' };
    const first = await s.api.app.inject({ method: 'PUT', url: '/v1/me/subscription', headers: u.headers, payload: body });
    expect(first.json().webhookSecret).toMatch(/^whsec_/);
    const again = await s.api.app.inject({ method: 'PUT', url: '/v1/me/subscription', headers: u.headers, payload: body });
    expect(again.json().webhookSecret).toBeUndefined();
    expect(again.json().hasWebhookSecret).toBe(true);
    expect((await s.api.app.inject({ url: '/v1/me/subscription', headers: u.headers })).json().webhookSecret).toBeUndefined();
    const rotated = await s.api.app.inject({ method: 'PUT', url: '/v1/me/subscription?rotateWebhookSecret=true', headers: u.headers, payload: body });
    expect(rotated.json().webhookSecret).toMatch(/^whsec_/);
    expect(rotated.json().webhookSecret).not.toBe(first.json().webhookSecret);
  });
});

describe('one-click unsubscribe', () => {
  it('the link only reads on GET, stops email on POST, and the inbox keeps receiving', async () => {
    const url = unsubscribeUrl(s.mailTo(focalHT)[0]!.raw).replace('https://enlace.test', '');
    const read = await s.api.app.inject({ url });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ language: 'fr', email: true });
    expect((await s.api.app.inject({ url: '/v1/me/subscription', headers: focalHT.headers })).json().channels).toContain('email');

    const post = await s.api.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(post.statusCode, post.body).toBe(200);
    expect(post.json()).toEqual({ language: 'fr', email: false });
    expect((await s.api.app.inject({ url: '/v1/me/subscription', headers: focalHT.headers })).json().channels).toEqual(['in_app']);

    const mailsBefore = s.mailTo(focalHT).length;
    const offer = await publishedListing(s.api, s.staff, 'BR', { title: 'Telessaúde para maternidades' });
    const demand = await publishedListing(s.api, s.staff, 'HT', demandHT({ title: 'Télésanté pour les maternités' }));
    await storeMatch(s.api, offer, demand, 0.8);
    await s.settled();
    expect(s.mailTo(focalHT)).toHaveLength(mailsBefore);
    const latest = (await notificationsOf(focalHT)).filter((n) => (n.payload as { own?: { id: string } }).own?.id === demand.id);
    expect(latest).toHaveLength(1);
    const channels = await s.api.db.select({ channel: deliveries.channel }).from(deliveries).where(eq(deliveries.notificationId, latest[0]!.id));
    expect(channels).toEqual([{ channel: 'in_app' }]);

    expect((await s.api.app.inject({ method: 'POST', url: '/v1/unsubscribe/forged.token-value' })).statusCode).toBe(404);
  });
});

describe('every email is sent once', () => {
  it('over the whole suite, the mail server got each delivery once and only deliveries marked sent', async () => {
    // The suggestions that gathered behind the first of their burst go out when the window closes.
    s.clock.set(new Date(s.clock.now().getTime() + 16 * 60_000).toISOString());
    await s.runTask('send-bursts');
    await s.settled();
    const ids = s.sink.messages.map((m) => m.parsed.messageId);
    // New matches that came in a burst went out together: fewer messages than events.
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
    const sent = await s.api.db
      .select({ id: deliveries.id })
      .from(deliveries)
      .where(and(eq(deliveries.channel, 'email'), eq(deliveries.status, 'sent')));
    expect(ids.map((id) => Number(/delivery-(\d+)@/.exec(id ?? '')?.[1])).sort((a, b) => a - b)).toEqual(sent.map((d) => d.id).sort((a, b) => a - b));
  });
});
