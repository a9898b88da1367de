import { type TestUser, expertBody } from '@enlace/api/testing';
import { auditLog, expertRevisions, experts, notifications, outbox } from '@enlace/db';
import { OUTBOX_TOPICS } from '@enlace/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NotificationStack, startNotificationStack } from '../notifications/stack.js';
import { eventually } from '../support.js';
import { expertChangesSettled } from './settled.js';

/*
 * An expert manages their own registration without an account: they ask for a link at
 * their contact address, the worker emails it through a real SMTP server, and the link
 * opens that registration and nothing else. Their change to a validated profile waits
 * for their country's review while the validated text stays public.
 */

let s: NotificationStack;
let focalBR: TestUser;
let focalCO: TestUser;

type Method = 'GET' | 'POST' | 'PATCH';
const inject = (opts: { method?: Method; url: string; headers?: Record<string, string>; payload?: object }) =>
  s.api.app.inject({ method: opts.method ?? 'GET', url: opts.url, headers: opts.headers ?? {}, ...(opts.payload ? { payload: opts.payload } : {}) });
const asExpert = (token: string) => ({ authorization: `ExpertLink ${token}` });

const PROFILE =
  'Hidróloga com quinze anos de experiência em sistemas de alerta precoce de cheias, estações hidrométricas automáticas e avisos às comunidades ribeirinhas.';

async function register(name: string, email: string): Promise<string> {
  const res = await inject({
    method: 'POST',
    url: '/v1/experts',
    payload: expertBody(name, email, { profile: PROFILE }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** Asks for the link at `email` and reads the token out of the email the worker sent. */
async function linkFor(email: string, language = 'pt'): Promise<string> {
  const before = s.sink.messages.filter((m) => m.to.includes(email)).length;
  const res = await inject({ method: 'POST', url: '/v1/experts/links', payload: { email: email.toUpperCase(), language } });
  expect(res.statusCode, res.body).toBe(202);
  const mail = await eventually(async () => s.sink.messages.filter((m) => m.to.includes(email))[before], 20_000, `link emailed to ${email}`);
  const match = /\/roster\/self\/([^\s"<>]+)/.exec(mail.parsed.text ?? '');
  expect(match, mail.parsed.text).not.toBeNull();
  return match![1]!;
}

beforeAll(async () => {
  s = await startNotificationStack('expert-self-service', { at: '2026-12-04T09:00:00Z' });
  focalBR = await s.api.user('focal_point', { country: 'BR', language: 'pt' });
  focalCO = await s.api.user('focal_point', { country: 'CO' });
});
afterAll(() => s?.close());

describe("an expert's own link", () => {
  it('is emailed to the contact address in the language asked for, and an unknown address gets the same answer and no email', async () => {
    const id = await register('Marina Duarte', 'marina.duarte@example.org');
    const unknown = await inject({ method: 'POST', url: '/v1/experts/links', payload: { email: 'nobody@example.org', language: 'fr' } });
    const known = await inject({ method: 'POST', url: '/v1/experts/links', payload: { email: 'Marina.Duarte@example.org', language: 'fr' } });
    expect([unknown.statusCode, unknown.body]).toEqual([known.statusCode, known.body]);

    const mail = await eventually(async () => s.sink.messages.find((m) => m.to.includes('marina.duarte@example.org')), 20_000, 'link emailed');
    expect(mail.parsed.subject).toBe('Votre lien pour gérer votre inscription d’expert');
    expect(mail.parsed.text).toContain('Bonjour Marina Duarte,');
    expect(mail.parsed.headers.get('list-unsubscribe')).toBeUndefined();
    const token = /\/fr\/roster\/self\/([^\s"<>]+)/.exec(mail.parsed.text ?? '')![1]!;
    expect(token.startsWith(`${id}.`)).toBe(true);
    // Asked again at once, the same answer and no second email: nobody can flood the expert's inbox.
    const again = await inject({ method: 'POST', url: '/v1/experts/links', payload: { email: 'marina.duarte@example.org', language: 'fr' } });
    expect([again.statusCode, again.body]).toEqual([known.statusCode, known.body]);
    await s.settled();
    expect(s.sink.messages.some((m) => m.to.includes('nobody@example.org'))).toBe(false);
    expect(s.sink.messages.filter((m) => m.to.includes('marina.duarte@example.org'))).toHaveLength(1);
    const links = await s.api.db
      .select()
      .from(outbox)
      .where(sql`${outbox.aggregateId} = ${id} and ${outbox.topic} = ${OUTBOX_TOPICS.expertLinkRequested}`);
    expect(links).toHaveLength(1);

    // The token is made by the worker and stored nowhere.
    const [stored] = await s.api.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(sql`${outbox.payload}::text like ${`%${token.split('.')[1]!.slice(-20)}%`}`);
    expect(stored!.n).toBe(0);
    const [event] = await s.api.db.select().from(outbox).where(eq(outbox.topic, OUTBOX_TOPICS.expertLinkRequested));
    expect(event!.processedAt).not.toBeNull();
  });

  it('opens that registration and no other, for what the expert may do, until it expires or the address changes', async () => {
    const id = await register('Tiago Lemos', 'tiago.lemos@example.org');
    const other = await register('Paula Reis', 'paula.reis@example.org');
    const token = await linkFor('tiago.lemos@example.org');

    const own = await inject({ url: '/v1/experts/self', headers: asExpert(token) });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ id, status: 'pending', contact: { email: 'tiago.lemos@example.org' } });
    expect((await inject({ url: `/v1/experts/${other}`, headers: asExpert(token) })).statusCode).toBe(404);
    expect((await inject({ method: 'PATCH', url: `/v1/experts/${other}`, headers: asExpert(token), payload: { name: 'Paula R.' } })).statusCode).toBe(404);
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, headers: asExpert(token) })).statusCode).toBe(401);
    const deactivate = await inject({ method: 'POST', url: `/v1/experts/${id}/deactivate`, headers: asExpert(token), payload: { reason: 'x' } });
    expect(deactivate.statusCode).toBe(401);
    expect((await inject({ url: '/v1/experts/self', headers: focalBR.headers })).statusCode).toBe(401);
    expect((await inject({ url: '/v1/experts/self', headers: asExpert(token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))) })).statusCode).toBe(401);

    // A registration under review changes at once, whoever edits it.
    const edited = await inject({
      method: 'PATCH',
      url: `/v1/experts/${id}`,
      headers: asExpert(token),
      payload: { availability: 'Duas semanas por trimestre' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ availability: 'Duas semanas por trimestre' });
    expect(edited.json().revision).toBeUndefined();

    s.clock.set('2026-12-07T09:00:01Z');
    expect((await inject({ url: '/v1/experts/self', headers: asExpert(token) })).statusCode).toBe(401);
    s.clock.set('2026-12-04T09:00:00Z');
    expect((await inject({ url: '/v1/experts/self', headers: asExpert(token) })).statusCode).toBe(200);
    await inject({
      method: 'PATCH',
      url: `/v1/experts/${id}`,
      headers: focalBR.headers,
      payload: { contact: { name: 'Tiago Lemos', email: 'tiago@example.org' } },
    });
    const moved = await inject({ url: '/v1/experts/self', headers: asExpert(token) });
    expect(moved.statusCode).toBe(401);
    expect(moved.json().detail).toContain('ask for a new one');
  });
});

describe("an expert's own change to a validated profile", () => {
  it('waits for review while the validated text stays public; sent back, then published, it moves the index and the suggestions', async () => {
    const id = await register('Helena Prado', 'helena.prado@example.org');
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, headers: focalBR.headers })).statusCode).toBe(200);
    const token = await linkFor('helena.prado@example.org');
    const notified = async () =>
      (await s.api.db.select().from(notifications).where(eq(notifications.recipientUserId, focalBR.id))).filter(
        (n) => n.kind === 'expert_pending' && (n.payload as { change?: string }).change === 'revision',
      ).length;

    const changed = `${PROFILE} Coordena agora a modelagem de secas com sensoriamento remoto.`;
    const proposed = await inject({ method: 'PATCH', url: `/v1/experts/${id}`, headers: asExpert(token), payload: { profile: changed, name: 'Helena Prado' } });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json()).toMatchObject({
      status: 'validated',
      profile: PROFILE,
      revision: { status: 'pending', changedFields: ['profile'], changes: { profile: changed } },
    });
    const seenByAll = (await inject({ url: `/v1/experts/${id}` })).json();
    expect(seenByAll.profile).toBe(PROFILE);
    expect(seenByAll.revision).toBeUndefined();
    await eventually(async () => (await notified()) === 1, 20_000, 'the focal point asked to review the change');

    // Only the country's reviewers decide, and sending back says why.
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/revision/publish`, headers: focalCO.headers })).statusCode).toBe(403);
    const noReason = await inject({ method: 'POST', url: `/v1/experts/${id}/revision/send-back`, headers: focalBR.headers, payload: {} });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/revision/publish`, headers: asExpert(token) })).statusCode).toBe(401);
    const sentBack = await inject({
      method: 'POST',
      url: `/v1/experts/${id}/revision/send-back`,
      headers: focalBR.headers,
      payload: { reason: 'Diga em que países trabalhou com secas.' },
    });
    expect(sentBack.statusCode, sentBack.body).toBe(200);
    const own = (await inject({ url: '/v1/experts/self', headers: asExpert(token) })).json();
    expect(own).toMatchObject({ profile: PROFILE, revision: { status: 'sent_back', reason: 'Diga em que países trabalhou com secas.' } });

    // A day later (each revision has its own time, as it would in use).
    s.clock.set('2026-12-05T09:00:00Z');
    const second = `${PROFILE} Coordena agora a modelagem de secas no semiárido com sensoriamento remoto.`;
    await inject({ method: 'PATCH', url: `/v1/experts/${id}`, headers: asExpert(token), payload: { profile: second } });
    const published = await inject({ method: 'POST', url: `/v1/experts/${id}/revision/publish`, headers: focalBR.headers });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'validated', profile: second });
    expect(published.json().revision).toBeUndefined();
    s.clock.set('2026-12-04T09:00:00Z');
    await expertChangesSettled(s);
    const hits = (await inject({ url: '/v1/experts?q=semiárido' })).json() as { items: { id: string }[] };
    expect(hits.items.map((h) => h.id)).toContain(id);

    // The audit names the fields, never the values.
    const trail = await s.api.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(['expert.revision_proposed', 'expert.revision_sent_back', 'expert.revision_published']));
    expect(JSON.stringify(trail)).not.toContain('semiárido');
    expect(trail.find((a) => a.action === 'expert.revision_proposed')!.detail).toEqual({ by: 'expert', fields: ['profile'] });
  });

  it('is taken back by an edit back to the published values, and withdrawn when the expert leaves', async () => {
    const id = await register('Rui Matos', 'rui.matos@example.org');
    await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, headers: focalBR.headers });
    const token = await linkFor('rui.matos@example.org');
    await inject({ method: 'PATCH', url: `/v1/experts/${id}`, headers: asExpert(token), payload: { workingLanguages: ['pt'] } });
    const back = await inject({ method: 'PATCH', url: `/v1/experts/${id}`, headers: asExpert(token), payload: { workingLanguages: ['pt', 'es'] } });
    expect(back.json().revision).toBeUndefined();

    await inject({ method: 'PATCH', url: `/v1/experts/${id}`, headers: asExpert(token), payload: { availability: 'A partir de março' } });
    const withdrawn = await inject({ method: 'POST', url: `/v1/experts/${id}/withdraw`, headers: asExpert(token) });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const [revision] = await s.api.db
      .select()
      .from(expertRevisions)
      .where(eq(expertRevisions.expertId, id))
      .orderBy(sql`${expertRevisions.createdAt} desc`);
    expect(revision!.status).toBe('withdrawn');
    // A withdrawn registration is kept for the record: the link no longer opens it.
    expect((await inject({ url: '/v1/experts/self', headers: asExpert(token) })).statusCode).toBe(401);
  });
});

describe('with their link, an expert', () => {
  it('corrects a rejected registration and sends it again for review', async () => {
    const id = await register('Lia Castro', 'lia.castro@example.org');
    await s.settled(); // the focal point is asked to review the registration
    const rejected = await inject({ method: 'POST', url: `/v1/experts/${id}/reject`, headers: focalBR.headers, payload: { reason: 'Diga onde trabalhou.' } });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const token = await linkFor('lia.castro@example.org');
    expect((await inject({ url: '/v1/experts/self', headers: asExpert(token) })).json()).toMatchObject({
      status: 'rejected',
      reviewNote: 'Diga onde trabalhou.',
    });

    const corrected = `${PROFILE} Trabalhou no Pantanal e no semiárido nordestino.`;
    const edited = await inject({ method: 'PATCH', url: `/v1/experts/${id}`, headers: asExpert(token), payload: { profile: corrected } });
    expect(edited.json()).toMatchObject({ status: 'rejected', profile: corrected });
    const resubmitted = await inject({ method: 'POST', url: `/v1/experts/${id}/resubmit`, headers: asExpert(token) });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(resubmitted.json().status).toBe('pending');
    await s.settled();
    const asked = (await s.api.db.select().from(notifications).where(eq(notifications.recipientUserId, focalBR.id))).filter(
      (n) => n.kind === 'expert_pending' && (n.payload as { expertId: string }).expertId === id,
    );
    expect(asked).toHaveLength(2); // the registration, then the resubmission
  });

  it('pauses and resumes their availability, and erases their registration; the audit says the expert did it', async () => {
    const id = await register('Clara Nunes', 'clara.nunes@example.org');
    await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, headers: focalBR.headers });
    const token = await linkFor('clara.nunes@example.org');
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/pause`, headers: asExpert(token) })).json().status).toBe('paused');
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/resume`, headers: asExpert(token) })).json().status).toBe('validated');
    await inject({ method: 'PATCH', url: `/v1/experts/${id}`, headers: asExpert(token), payload: { availability: 'Só em 2027' } });

    const erased = await inject({ method: 'POST', url: `/v1/experts/${id}/erase`, headers: asExpert(token) });
    expect(erased.statusCode, erased.body).toBe(204);
    expect(await s.api.db.select().from(experts).where(eq(experts.id, id))).toEqual([]);
    expect(await s.api.db.select().from(expertRevisions).where(eq(expertRevisions.expertId, id))).toEqual([]);
    const trail = await s.api.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(trail.find((a) => a.action === 'expert.erased')!.detail).toEqual({ country: 'BR', by: 'expert' });
    expect(trail.find((a) => a.action === 'expert.paused')!.detail).toEqual({ by: 'expert' });
    expect((await inject({ url: '/v1/experts/self', headers: asExpert(token) })).statusCode).toBe(401);
  });
});
