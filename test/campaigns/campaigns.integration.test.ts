import type { TestUser } from '@enlace/api/testing';
import { offerBody } from '@enlace/api/testing';
import { deliveries, experts, notifications, outbox } from '@enlace/db';
import { fanOut } from '@enlace/registry/internal';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support.js';
import { type NotificationStack, startNotificationStack } from '../notifications/stack.js';

let s: NotificationStack;
const people: Record<string, TestUser> = {};

const MESSAGES = {
  es: {
    subject: '{{country}}: comparta una oferta o una demanda antes del {{deadline}}',
    body: 'Estimado/a {{name}}:\n\n{{country}} tiene hoy {{offers}} ofertas y {{demands}} demandas publicadas.\n\nPublique al menos {{goal}} en Enlace: {{link}}',
  },
  fr: {
    subject: '{{country}} : partagez une offre ou une demande avant le {{deadline}}',
    body: 'Madame, Monsieur {{name}},\n\n{{country}} compte aujourd’hui {{offers}} offres et {{demands}} demandes publiées.\n\nPubliez-en au moins {{goal}} sur Enlace : {{link}}',
  },
  en: {
    subject: '{{country}}: share an offer or a demand by {{deadline}}',
    body: 'Dear {{name}},\n\n{{country}} has {{offers}} offers and {{demands}} demands published today.\n\nPlease publish at least {{goal}} on Enlace: {{link}}',
  },
};

const participation = (extra: Record<string, unknown> = {}) => ({
  name: 'Every member state on Enlace',
  kind: 'participation',
  audience: { countries: ['HT', 'JM', 'BO'] },
  goal: { count: 1, listingKind: 'either' },
  messages: MESSAGES,
  defaultLanguage: 'es',
  deadline: '2026-12-31',
  reminderEveryDays: 7,
  ...extra,
});

async function create(body: Record<string, unknown>, as = s.staff) {
  const res = await s.api.app.inject({ method: 'POST', url: '/v1/campaigns', headers: as.headers, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string };
}

const act = (id: string, action: string, payload?: Record<string, unknown>) =>
  s.api.app.inject({ method: 'POST', url: `/v1/campaigns/${id}/${action}`, headers: s.staff.headers, ...(payload ? { payload } : {}) });

async function progress(id: string) {
  const res = await s.api.app.inject({ url: `/v1/campaigns/${id}/progress`, headers: s.staff.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function publishAs(user: TestUser, country: string, extra: Record<string, unknown> = {}) {
  const created = await s.api.app.inject({
    method: 'POST',
    url: '/v1/listings',
    headers: user.headers,
    payload: offerBody(country, { language: 'es', title: `Oferta de ${country}`, ...extra }),
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const published = await s.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: user.headers });
  expect(published.statusCode, published.body).toBe(200);
  return id;
}

const campaignMails = (campaignId: string) => s.sink.messages.filter((m) => m.parsed.text?.includes(`/campaigns/${campaignId}/countries/`));

beforeAll(async () => {
  s = await startNotificationStack('campaigns', { at: '2026-11-21T09:00:00Z', env: { CAMPAIGN_SEND_RATE: '4' } });
  people.HT = await s.api.user('focal_point', { country: 'HT', language: 'fr', name: 'Marie Joseph' });
  people.JM = await s.api.user('focal_point', { country: 'JM', language: 'en', name: 'Andre Campbell' });
  people.BO = await s.api.user('focal_point', { country: 'BO', language: 'es', name: 'Rosa Quispe' });
  people.BOofficer = await s.api.user('agency_officer', { country: 'BO', language: 'pt', name: 'Paulo Mamani' });
  people.TT = await s.api.user('focal_point', { country: 'TT', language: 'en' });
  people.AR = await s.api.user('focal_point', { country: 'AR', language: 'es' });
});
afterAll(async () => s?.close());

describe('who manages campaigns', () => {
  it('only staff write, read and send campaigns', async () => {
    const body = participation();
    for (const who of [people.HT!, people.BOofficer!]) {
      expect((await s.api.app.inject({ method: 'POST', url: '/v1/campaigns', headers: who.headers, payload: body })).statusCode).toBe(403);
      expect((await s.api.app.inject({ url: '/v1/campaigns', headers: who.headers })).statusCode).toBe(403);
    }
    expect((await s.api.app.inject({ method: 'POST', url: '/v1/campaigns', payload: body })).statusCode).toBe(401);
    const { id } = await create(body);
    for (const url of [`/v1/campaigns/${id}`, `/v1/campaigns/${id}/progress`, `/v1/campaigns/${id}/recipients`]) {
      expect((await s.api.app.inject({ url, headers: people.HT!.headers })).statusCode).toBe(403);
    }
    expect((await s.api.app.inject({ method: 'POST', url: `/v1/campaigns/${id}/schedule`, headers: people.HT!.headers })).statusCode).toBe(403);
    expect((await act(id, 'cancel')).statusCode).toBe(200);
  });

  it('a message with an unknown placeholder is refused, naming where it is', async () => {
    const res = await s.api.app.inject({
      method: 'POST',
      url: '/v1/campaigns',
      headers: s.staff.headers,
      payload: participation({ messages: { es: { subject: 'Hola {{pais}}', body: 'Publique una oferta antes del {{deadline}}.' } } }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ field: 'messages.es.subject', reason: expect.stringContaining('{{pais}}') }));
  });
});

describe('audiences', () => {
  async function recipients(audience: Record<string, unknown>) {
    const { id } = await create(participation({ audience }));
    const res = await s.api.app.inject({ url: `/v1/campaigns/${id}/recipients`, headers: s.staff.headers });
    expect(res.statusCode, res.body).toBe(200);
    await act(id, 'cancel');
    return res.json() as { total: number; countries: { country: string; recipients: { userId: string; role: string; language: string }[] }[] };
  }

  it('a grouping resolves to its member states and to the people who speak for them', async () => {
    const caricom = await recipients({ groups: ['caricom'] });
    expect(caricom.countries.map((c) => c.country)).toEqual(expect.arrayContaining(['HT', 'JM', 'TT', 'BB']));
    expect(caricom.countries.map((c) => c.country)).not.toContain('BO');
    expect(caricom.countries.find((c) => c.country === 'HT')!.recipients).toEqual([
      expect.objectContaining({ userId: people.HT!.id, role: 'focal_point', language: 'fr' }),
    ]);
    expect(caricom.total).toBe(3);
  });

  it('subregions, LDC and SIDS resolve too, and an explicit list is taken as given', async () => {
    expect((await recipients({ groups: ['ldc'] })).countries.map((c) => c.country)).toContain('HT');
    expect((await recipients({ groups: ['sids'] })).countries.map((c) => c.country)).toEqual(expect.arrayContaining(['HT', 'JM', 'TT']));
    expect((await recipients({ groups: ['south_america'] })).countries.map((c) => c.country)).toEqual(expect.arrayContaining(['AR', 'BO']));
    const list = await recipients({ countries: ['BO', 'AR'] });
    expect(list.countries.map((c) => c.country)).toEqual(['AR', 'BO']);
    expect(
      list.countries
        .find((c) => c.country === 'BO')!
        .recipients.map((r) => r.role)
        .sort(),
    ).toEqual(['agency_officer', 'focal_point']);
    expect((await recipients({ countries: ['BO'], roles: ['focal_point'] })).total).toBe(1);
  });

  it('a live condition is checked when resolved: a country that publishes an offer leaves "countries with no published offer"', async () => {
    const before = await recipients({ countries: ['TT', 'AR'], condition: 'no_published_offer' });
    expect(before.countries.map((c) => c.country)).toEqual(['AR', 'TT']);
    await publishAs(people.AR!, 'AR');
    const after = await recipients({ countries: ['TT', 'AR'], condition: 'no_published_offer' });
    expect(after.countries.map((c) => c.country)).toEqual(['TT']);
    expect((await recipients({ countries: ['TT', 'AR'], condition: 'no_published_demand' })).countries.map((c) => c.country)).toEqual(['AR', 'TT']);
  });
});

describe('previews', () => {
  it('show the message as a country would read it, in its language or the default one, placeholders filled', async () => {
    const { id } = await create(participation());
    const fr = (await s.api.app.inject({ url: `/v1/campaigns/${id}/preview?country=HT&lang=fr&name=Marie`, headers: s.staff.headers })).json();
    expect(fr.language).toBe('fr');
    expect(fr.subject).toBe('Haïti : partagez une offre ou une demande avant le 31 décembre 2026');
    expect(fr.body).toContain('Madame, Monsieur Marie');
    // The link opens the web interface's page of the campaign for the country, in the message's language.
    expect(fr.body).toContain(`https://enlace.test/fr/campaigns/${id}/countries/HT`);
    expect(fr.link).toBe(`https://enlace.test/fr/campaigns/${id}/countries/HT`);
    const pt = (await s.api.app.inject({ url: `/v1/campaigns/${id}/preview?country=BO&lang=pt`, headers: s.staff.headers })).json();
    expect(pt.language).toBe('es');
    expect(pt.subject).toBe('Bolivia: comparta una oferta o una demanda antes del 31 de diciembre de 2026');
    await act(id, 'cancel');
  });
});

describe('a participation campaign, end to end', () => {
  let id: string;

  it('sends each person one message in their language when it is scheduled now', async () => {
    ({ id } = await create(participation()));
    const scheduled = await act(id, 'schedule');
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    expect(scheduled.json()).toMatchObject({ status: 'active', rounds: 1 });
    await s.settled(30_000);
    const mails = campaignMails(id);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([people.BO!.email, people.BOofficer!.email, people.HT!.email, people.JM!.email].sort());
    const toHT = mails.find((m) => m.to.includes(people.HT!.email))!;
    expect(toHT.parsed.subject).toBe('Haïti : partagez une offre ou une demande avant le 31 décembre 2026');
    expect(toHT.parsed.text).toContain('Madame, Monsieur Marie Joseph');
    expect(toHT.parsed.text).toContain(`https://enlace.test/fr/campaigns/${id}/countries/HT`);
    expect(toHT.parsed.headers.get('content-language')).toBe('fr');
    expect(toHT.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    // The Bolivian officer reads Portuguese; the campaign has none, so Spanish, its default.
    expect(mails.find((m) => m.to.includes(people.BOofficer!.email))!.parsed.subject).toContain('Bolivia: comparta');

    const p = await progress(id);
    expect(p.countries).toMatchObject({ targeted: 3, met: 0, notMet: 3 });
    expect(p.deliveries).toMatchObject({ sent: 4, queued: 0, failed: 0, bounced: 0 });
    expect(p.table.find((r: { country: string }) => r.country === 'BO')).toMatchObject({ recipients: 2, met: false, deliveries: { sent: 2 } });
  });

  it('a retried round writes nothing twice', async () => {
    const [round] = await s.api.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.topic, 'campaign.round'), eq(outbox.aggregateId, id)));
    const again = await fanOut(s.api.db, round!.id, s.clock, { webUrl: 'https://enlace.test' });
    expect(again.deliveries).toEqual([]);
    expect(await s.runTask('run-campaigns')).toMatchObject({ started: 0, reminded: 0 });
    await s.settled();
    expect(campaignMails(id)).toHaveLength(4);
  });

  it("reminds only the countries that have not met the goal, on the campaign's schedule", async () => {
    s.clock.set('2026-11-23T09:00:00Z');
    await publishAs(people.HT!, 'HT', { title: 'Expérience haïtienne en gestion des risques', language: 'fr' });
    expect(await s.runTask('run-campaigns')).toMatchObject({ reminded: 0 }); // not a week yet
    s.clock.set('2026-11-28T09:30:00Z');
    expect(await s.runTask('run-campaigns')).toMatchObject({ reminded: 1 });
    await s.settled(30_000);
    const reminders = campaignMails(id).slice(4);
    expect(reminders.map((m) => m.to[0]).sort()).toEqual([people.BO!.email, people.BOofficer!.email, people.JM!.email].sort());
    const p = await progress(id);
    expect(p.countries).toMatchObject({ targeted: 3, met: 1, metCountries: ['HT'] });
    expect(p.listings).toEqual([expect.objectContaining({ country: 'HT', title: 'Expérience haïtienne en gestion des risques' })]);
    expect(p.table.find((r: { country: string }) => r.country === 'HT')).toMatchObject({ met: true, metAt: '2026-11-23T09:00:00.000Z', offers: 1 });
  });

  it('a listing published before the campaign wrote to a country is not attributed to it', async () => {
    const p = await progress(id);
    expect(p.listings.map((l: { country: string }) => l.country)).not.toContain('AR');
  });

  it('ends when every country has met the goal, and sends no more reminders', async () => {
    s.clock.set('2026-11-30T09:00:00Z');
    await publishAs(people.JM!, 'JM', { title: 'Jamaican disaster preparedness', language: 'en' });
    await publishAs(people.BO!, 'BO', { title: 'Oferta boliviana' });
    s.clock.set('2026-12-05T10:00:00Z');
    expect(await s.runTask('run-campaigns')).toMatchObject({ completed: 1, reminded: 0 });
    const p = await progress(id);
    expect(p.campaign.status).toBe('completed');
    expect(p.countries).toMatchObject({ targeted: 3, met: 3, notMet: 0 });
    s.clock.set('2026-12-20T10:00:00Z');
    await s.runTask('run-campaigns');
    await s.settled();
    expect(campaignMails(id)).toHaveLength(7);

    const csv = await s.api.app.inject({ url: `/v1/campaigns/${id}/progress.csv`, headers: s.staff.headers });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toMatch(/^country,name,met,metAt,/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['BO,Bolivia,true', 'HT,Haiti,true', 'JM,Jamaica,true']);
  });

  it("the link in the message shows a country its own standing, and no one else's", async () => {
    const own = await s.api.app.inject({ url: `/v1/campaigns/${id}/countries/HT`, headers: people.HT!.headers });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().progress).toMatchObject({ country: 'HT', met: true });
    expect((await s.api.app.inject({ url: `/v1/campaigns/${id}/countries/HT`, headers: people.JM!.headers })).statusCode).toBe(403);
  });

  it("a country's sheet shows the campaigns that wrote to it, named only for the country's people and the secretariat", async () => {
    const participation = async (headers?: Record<string, string>, country = 'HT') => {
      const res = await s.api.app.inject({ url: `/v1/stats/campaigns?country=${country}`, ...(headers ? { headers } : {}) });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const own = await participation(people.HT!.headers);
    expect(own).toMatchObject({ country: 'HT', reached: 1, met: 1 });
    expect(own.items).toEqual([
      expect.objectContaining({
        id,
        name: 'Every member state on Enlace',
        kind: 'participation',
        status: 'completed',
        met: true,
        metAt: '2026-11-23T09:00:00.000Z',
        offers: 1,
        demands: 0,
      }),
    ]);
    expect((await participation(s.staff.headers)).items[0]).toMatchObject({ id, name: 'Every member state on Enlace' });
    for (const headers of [undefined, people.JM!.headers]) {
      const other = await participation(headers);
      expect(other).toMatchObject({ reached: 1, met: 1 });
      expect(other.items[0]).toMatchObject({ id: null, name: null, kind: 'participation', met: true, offers: 1 });
    }
    // A country no campaign wrote to has nothing to show.
    expect(await participation(people.AR!.headers, 'AR')).toMatchObject({ reached: 0, met: 0, items: [] });
    const bad = await s.api.app.inject({ url: '/v1/stats/campaigns?country=XX' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('country');
  });
});

describe('reminders and the calendar', () => {
  it('stop at the deadline even when countries have not met the goal', async () => {
    s.clock.set('2026-11-21T09:00:00Z');
    const { id } = await create(participation({ audience: { countries: ['TT'] }, deadline: '2026-11-30', reminderEveryDays: 3 }));
    await act(id, 'schedule');
    await s.settled();
    s.clock.set('2026-11-24T09:00:00Z');
    expect(await s.runTask('run-campaigns')).toMatchObject({ reminded: 1 });
    s.clock.set('2026-12-01T00:00:01Z');
    expect(await s.runTask('run-campaigns')).toMatchObject({ reminded: 0, completed: 1 });
    await s.settled();
    expect(campaignMails(id)).toHaveLength(2);
  });

  it('a campaign scheduled for later waits for its time', async () => {
    s.clock.set('2026-11-21T09:00:00Z');
    const { id } = await create(participation({ audience: { countries: ['TT'] }, reminderEveryDays: null }));
    expect((await act(id, 'schedule', { sendAt: '2026-11-25T08:00:00Z' })).json()).toMatchObject({ status: 'scheduled', rounds: 0 });
    expect(await s.runTask('run-campaigns')).toMatchObject({ started: 0 });
    s.clock.set('2026-11-25T08:01:00Z');
    expect(await s.runTask('run-campaigns')).toMatchObject({ started: 1 });
    await s.settled();
    expect(campaignMails(id)).toHaveLength(1);
    expect((await act(id, 'schedule')).statusCode).toBe(409);
  });
});

describe('pause, resume and cancel', () => {
  it('pausing holds the messages not yet sent; resuming sends each of them once; cancelling drops them', async () => {
    s.clock.set('2026-11-21T09:00:00Z');
    const many: TestUser[] = [];
    for (let i = 0; i < 12; i++) many.push(await s.api.user('agency_officer', { country: 'GY', language: 'en' }));
    const { id } = await create(participation({ audience: { countries: ['GY'] }, reminderEveryDays: null }));
    // Sending is throttled (CAMPAIGN_SEND_RATE), so most messages are still queued when staff pause.
    await act(id, 'schedule');
    await eventually(
      async () =>
        (
          await s.api.db
            .select()
            .from(notifications)
            .where(and(eq(notifications.kind, 'campaign'), sql`${notifications.payload} ->> 'campaignId' = ${id}`))
        ).length === 12,
    );
    const paused = await act(id, 'pause');
    expect(paused.json().status).toBe('paused');
    const statuses = async () =>
      (
        await s.api.db
          .select({ status: deliveries.status, n: sql<number>`count(*)::int` })
          .from(deliveries)
          .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
          .where(and(eq(notifications.kind, 'campaign'), sql`${notifications.payload} ->> 'campaignId' = ${id}`, eq(deliveries.channel, 'email')))
          .groupBy(deliveries.status)
      ).reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: r.n }), {});
    const held = await statuses();
    expect((held.paused ?? 0) + (held.sent ?? 0) + (held.sending ?? 0)).toBe(12);
    expect(held.paused).toBeGreaterThan(0);

    expect((await act(id, 'resume')).json().status).toBe('active');
    await s.settled(40_000);
    expect(await statuses()).toEqual({ sent: 12 });
    const mails = campaignMails(id);
    expect(new Set(mails.map((m) => m.to[0])).size).toBe(12);
    expect(mails).toHaveLength(12);

    expect((await act(id, 'cancel')).json().status).toBe('cancelled');
    expect((await act(id, 'resume')).statusCode).toBe(409);
  });
});

describe('other kinds', () => {
  it('expert recruitment counts validated experts of the targeted country in the asked sectors', async () => {
    s.clock.set('2026-11-21T09:00:00Z');
    const { id } = await create({
      name: 'Experts in disaster risk',
      kind: 'expert_recruitment',
      audience: { countries: ['TT'] },
      goal: { count: 1, sectors: ['disaster_management'] },
      messages: { en: { subject: 'Experts wanted in {{country}}', body: 'Register experts by {{deadline}}: {{link}}' } },
      defaultLanguage: 'en',
      deadline: '2026-12-31',
    });
    await act(id, 'schedule');
    await s.settled();
    const expert = (sectors: string[]) => ({
      name: 'Expert',
      country: 'TT',
      sectors,
      sdgGoals: [13],
      workingLanguages: ['en'],
      profile: 'Twenty years in disaster risk reduction.',
      language: 'en',
      contact: { name: 'Expert', email: 'x@example.org' },
      status: 'validated' as const,
      validatedAt: new Date('2026-11-22T10:00:00Z'),
    });
    await s.api.db.insert(experts).values([expert(['health']), expert(['disaster_management'])]);
    s.clock.set('2026-11-23T09:00:00Z');
    await s.runTask('run-campaigns');
    const p = await progress(id);
    expect(p.table[0]).toMatchObject({ country: 'TT', experts: 1, met: true });
  });

  it('renewal is met when the owners confirm or update their stale listings', async () => {
    // The people (and so their tokens, which expire) are of today; their listing is old.
    s.clock.set('2026-11-21T09:00:00Z');
    const officer = await s.api.user('agency_officer', { country: 'SV', language: 'es' });
    const focal = await s.api.user('focal_point', { country: 'SV', language: 'es' });
    s.clock.set('2025-06-01T09:00:00Z');
    const created = await s.api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: officer.headers,
      payload: offerBody('SV', { language: 'es', title: 'Ciudad Mujer' }),
    });
    const listingId = created.json().id as string;
    await s.api.app.inject({ method: 'POST', url: `/v1/listings/${listingId}/publish`, headers: focal.headers });
    s.clock.set('2026-11-21T09:00:00Z');
    const { id } = await create({
      name: 'Keep your listings current',
      kind: 'renewal',
      audience: { countries: ['SV'], roles: ['agency_officer'] },
      goal: { staleAfterDays: 365 },
      messages: {
        es: { subject: '{{country}}: {{toRenew}} publicaciones por revisar', body: 'Confirme o actualice sus publicaciones antes del {{deadline}}: {{link}}' },
      },
      deadline: '2026-12-31',
      reminderEveryDays: 7,
    });
    await act(id, 'schedule');
    await s.settled();
    expect(campaignMails(id)[0]!.parsed.subject).toBe('El Salvador: 1 publicaciones por revisar');
    expect((await progress(id)).table[0]).toMatchObject({ toRenew: 1, met: false });
    s.clock.set('2026-11-22T09:00:00Z');
    const confirmed = await s.api.app.inject({
      method: 'POST',
      url: `/v1/listings/${listingId}/confirm`,
      headers: officer.headers,
      payload: { validUntil: '2027-12-31' },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((await s.api.app.inject({ method: 'POST', url: `/v1/listings/${listingId}/confirm`, headers: people.AR!.headers })).statusCode).toBe(403);
    expect(await s.runTask('run-campaigns')).toMatchObject({ completed: 1 });
    expect((await progress(id)).table[0]).toMatchObject({ toRenew: 0, met: true });
  });
});
