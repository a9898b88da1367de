import type { TestUser } from '@enlace/api/testing';
import { offerBody } from '@enlace/api/testing';
import { auditLog, listingRevisions, listings, outbox } from '@enlace/db';
import { fixedClock } from '@enlace/domain';
import { QUEUES } from '@enlace/queue';
import { expireListings } from '@enlace/registry/internal';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NotificationStack, startNotificationStack } from '../notifications/stack.js';
import { eventually } from '../support.js';

/*
 * An agency officer's change to a published listing waits for review: the public keeps
 * reading the published version until a focal point of the country, or staff, publishes
 * the change.
 */

let s: NotificationStack;
let officerBR: TestUser;
let focalBR: TestUser;
let officerAR: TestUser;
let focalAR: TestUser;

const REVISED = 'Vigilância epidemiológica hospitalar';

beforeAll(async () => {
  s = await startNotificationStack('revisions');
  // These tests are about the registry; matching would only slow them.
  for (const q of [QUEUES.match, QUEUES.matchBulk]) await s.api.producer.queue(q).pause();
  officerBR = await s.api.user('agency_officer', { country: 'BR' });
  focalBR = await s.api.user('focal_point', { country: 'BR' });
  officerAR = await s.api.user('agency_officer', { country: 'AR' });
  focalAR = await s.api.user('focal_point', { country: 'AR' });
});
afterAll(async () => s?.close());

const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, user?: TestUser, payload?: object) =>
  s.api.app.inject({ method, url, ...(user ? { headers: user.headers } : {}), ...(payload ? { payload } : {}) });

/** A listing of Brazil, written by its officer and published by its focal point. */
async function publishedOffer(extra: Record<string, unknown> = {}): Promise<string> {
  const created = await inject('POST', '/v1/listings', officerBR, offerBody('BR', extra));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  expect((await inject('POST', `/v1/listings/${id}/publish`, focalBR)).statusCode).toBe(200);
  return id;
}

async function row(id: string) {
  const [found] = await s.api.db.select().from(listings).where(eq(listings.id, id));
  return found!;
}

async function searchTitles(q: string): Promise<string[]> {
  const res = await inject('GET', `/v1/search?q=${encodeURIComponent(q)}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().hits as { title: string }[]).map((h) => h.title);
}

async function runImport(user: TestUser, lines: object[]) {
  const res = await s.api.app.inject({
    method: 'POST',
    url: '/v1/imports',
    headers: { ...user.headers, 'content-type': 'application/x-ndjson' },
    payload: lines.map((l) => JSON.stringify(l)).join('\n'),
  });
  expect(res.statusCode, res.body).toBe(202);
  const id = res.json().id as string;
  return eventually(
    async () => {
      const report = (await inject('GET', `/v1/imports/${id}`, user)).json();
      return report.status === 'completed' || report.status === 'failed' ? report : undefined;
    },
    30_000,
    `import ${id} finished`,
  );
}

describe("an officer's change to a published listing", () => {
  let id: string;

  beforeAll(async () => {
    id = await publishedOffer();
    await s.settled();
    await eventually(async () => (await searchTitles('leite humano')).length > 0, 20_000, 'the published listing indexed');
  });

  it('leaves the public version, the row and the index unchanged, and waits for the focal point as a revision', async () => {
    // Not yet public, a listing is still its writers' to change directly.
    const draft = (await inject('POST', '/v1/listings', officerBR, offerBody('BR'))).json();
    expect((await inject('PATCH', `/v1/listings/${draft.id}`, officerBR, { title: REVISED })).json()).toMatchObject({ status: 'draft', title: REVISED });

    const before = await row(id);
    const res = await inject('PATCH', `/v1/listings/${id}`, officerBR, { title: REVISED });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({
      status: 'published',
      title: before.title,
      version: before.version,
      pendingRevision: { status: 'pending', changedFields: ['title'], authorUserId: officerBR.id },
    });

    const publicView = (await inject('GET', `/v1/listings/${id}`)).json();
    expect(publicView.title).toBe(before.title);
    expect(publicView).not.toHaveProperty('pendingRevision');
    expect(await row(id)).toMatchObject({ title: before.title, version: before.version, contentHash: before.contentHash });

    const seenByFocal = (await inject('GET', `/v1/listings/${id}`, focalBR)).json();
    expect(seenByFocal.pendingRevision.content).toMatchObject({ title: REVISED });
    const queue = (await inject('GET', '/v1/listings?review=pending', focalBR)).json().items as { id: string }[];
    expect(queue.map((l) => l.id)).toContain(id);

    const changes = await s.api.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.aggregateId, id), eq(outbox.topic, 'listing.changed')));
    expect(changes.every((e) => Number(e.payload.version) <= before.version)).toBe(true);
    await s.settled();
    expect(await searchTitles('epidemiológica hospitalar')).toEqual([]);
  });

  it("is announced to the country's focal points as a review request", async () => {
    await s.settled();
    const inbox = (await inject('GET', '/v1/inbox', focalBR)).json().items as { kind: string; link: string; data: { listings?: { id: string }[] } }[];
    const review = inbox.filter((n) => n.kind === 'review_pending' && n.data.listings?.some((l) => l.id === id));
    expect(review).toHaveLength(1);
    expect(review[0]!.link).toMatch(/\/[a-z]{2}\/review\?country=BR$/);
    const ar = (await inject('GET', '/v1/inbox', focalAR)).json().items as { kind: string }[];
    expect(ar.filter((n) => n.kind === 'review_pending')).toEqual([]);
  });

  it('cannot be seen or published by another country', async () => {
    for (const outsider of [officerAR, focalAR]) {
      const view = (await inject('GET', `/v1/listings/${id}`, outsider)).json();
      expect(view).not.toHaveProperty('pendingRevision');
      const history = (await inject('GET', `/v1/listings/${id}/history`, outsider)).json().items as { kind: string }[];
      expect(history.every((h) => h.kind === 'status')).toBe(true);
      const queue = (await inject('GET', '/v1/listings?review=pending', outsider)).json().items as { id: string }[];
      expect(queue.map((l) => l.id)).not.toContain(id);
    }
    expect((await inject('POST', `/v1/listings/${id}/publish`, focalAR)).statusCode).toBe(403);
    expect((await inject('POST', `/v1/listings/${id}/publish`, officerAR)).statusCode).toBe(403);
    expect((await inject('POST', `/v1/listings/${id}/publish`, officerBR)).statusCode).toBe(403);
    expect((await inject('GET', `/v1/listings/${id}`)).json().title).not.toBe(REVISED);
  });

  it('edited again, updates the same pending revision', async () => {
    const first = (await inject('GET', `/v1/listings/${id}`, officerBR)).json().pendingRevision;
    const res = await inject('PATCH', `/v1/listings/${id}`, officerBR, { keywords: ['vigilância'] });
    expect(res.statusCode, res.body).toBe(202);
    const second = res.json().pendingRevision;
    expect(second.id).toBe(first.id);
    expect(second.content).toMatchObject({ title: REVISED, keywords: ['vigilância'] });
    expect(second.changedFields).toEqual(['keywords', 'title']);
    const pending = await s.api.db
      .select()
      .from(listingRevisions)
      .where(and(eq(listingRevisions.listingId, id), eq(listingRevisions.status, 'pending')));
    expect(pending).toHaveLength(1);
  });

  it('published by the focal point, replaces the public version with history, audit and a reindex', async () => {
    const before = await row(id);
    const res = await inject('POST', `/v1/listings/${id}/publish`, focalBR);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', title: REVISED, keywords: ['vigilância'], version: before.version + 1 });
    expect(res.json()).not.toHaveProperty('pendingRevision');
    expect((await inject('GET', `/v1/listings/${id}`)).json().title).toBe(REVISED);

    const history = (await inject('GET', `/v1/listings/${id}/history`, officerBR)).json().items as { kind: string; to: string; actorUserId: string }[];
    expect(history.filter((h) => h.kind === 'revision').map((h) => [h.to, h.actorUserId])).toEqual([
      ['pending', officerBR.id],
      ['published', focalBR.id],
    ]);
    const audits = await s.api.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['listing.revision_proposed', 'listing.revision_updated', 'listing.revision_published']),
    );
    const [event] = await s.api.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.aggregateId, id), eq(outbox.topic, 'listing.changed')))
      .orderBy(outbox.id)
      .then((e) => e.slice(-1));
    expect(event!.payload).toMatchObject({ change: 'updated', version: before.version + 1 });
    await eventually(async () => (await searchTitles('epidemiológica hospitalar')).includes(REVISED), 20_000, 'the revision indexed');
  });
});

describe('a revision sent back', () => {
  it('keeps the published version and tells the author why', async () => {
    const id = await publishedOffer();
    const title = (await row(id)).title;
    expect((await inject('PATCH', `/v1/listings/${id}`, officerBR, { title: REVISED })).statusCode).toBe(202);
    const missing = await inject('POST', `/v1/listings/${id}/send-back`, focalBR, {});
    expect(missing.statusCode).toBe(400);
    const back = await inject('POST', `/v1/listings/${id}/send-back`, focalBR, { reason: 'O título não descreve a oferta.' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'published', title });
    expect(back.json()).not.toHaveProperty('pendingRevision');
    expect((await inject('GET', `/v1/listings/${id}`)).json().title).toBe(title);

    const history = (await inject('GET', `/v1/listings/${id}/history`, officerBR)).json().items as { kind: string; to: string; reason: string | null }[];
    expect(history.at(-1)).toMatchObject({ kind: 'revision', to: 'sent_back', reason: 'O título não descreve a oferta.' });
    const [revision] = await s.api.db.select().from(listingRevisions).where(eq(listingRevisions.listingId, id));
    expect(revision).toMatchObject({ status: 'sent_back', reason: 'O título não descreve a oferta.', reviewerUserId: focalBR.id });
    // Nothing is left to decide.
    expect((await inject('POST', `/v1/listings/${id}/publish`, focalBR)).statusCode).toBe(409);
  });
});

describe("a reviewer's change", () => {
  it("a focal point's and staff's edits of a published listing are public at once, and leave an officer's revision waiting", async () => {
    const id = await publishedOffer();
    expect((await inject('PATCH', `/v1/listings/${id}`, officerBR, { keywords: ['leite materno'] })).statusCode).toBe(202);
    const byFocal = await inject('PATCH', `/v1/listings/${id}`, focalBR, { title: 'Bancos de leite humano no Nordeste' });
    expect(byFocal.statusCode, byFocal.body).toBe(200);
    expect((await inject('GET', `/v1/listings/${id}`)).json().title).toBe('Bancos de leite humano no Nordeste');
    const byStaff = await inject('PATCH', `/v1/listings/${id}`, s.staff, { title: 'Bancos de leite humano no Norte' });
    expect(byStaff.statusCode, byStaff.body).toBe(200);
    expect((await inject('GET', `/v1/listings/${id}`)).json().title).toBe('Bancos de leite humano no Norte');
    expect(byStaff.json().pendingRevision).toMatchObject({ status: 'pending', changedFields: ['keywords'] });
  });

  it('made while a revision waits is kept when the revision is published', async () => {
    const id = await publishedOffer();
    expect((await inject('PATCH', `/v1/listings/${id}`, officerBR, { title: REVISED })).statusCode).toBe(202);
    expect((await inject('PATCH', `/v1/listings/${id}`, focalBR, { keywords: ['banco de leite'] })).statusCode).toBe(200);
    const published = (await inject('POST', `/v1/listings/${id}/publish`, focalBR)).json();
    expect(published).toMatchObject({ title: REVISED, keywords: ['banco de leite'] });
  });
});

describe('a listing that stops being public', () => {
  it('expiring, withdraws its pending revision', async () => {
    const id = await publishedOffer({ validUntil: '2026-12-31' });
    expect((await inject('PATCH', `/v1/listings/${id}`, officerBR, { title: REVISED })).statusCode).toBe(202);
    expect(await expireListings({ db: s.api.db, clock: fixedClock('2027-01-02') })).toBeGreaterThanOrEqual(1);
    const [revision] = await s.api.db.select().from(listingRevisions).where(eq(listingRevisions.listingId, id));
    expect(revision).toMatchObject({ status: 'withdrawn', reason: expect.stringMatching(/expired/) });
  });

  it('closed, withdraws its pending revision', async () => {
    const id = await publishedOffer();
    expect((await inject('PATCH', `/v1/listings/${id}`, officerBR, { title: REVISED })).statusCode).toBe(202);
    expect((await inject('POST', `/v1/listings/${id}/close`, officerBR)).statusCode).toBe(200);
    const [revision] = await s.api.db.select().from(listingRevisions).where(eq(listingRevisions.listingId, id));
    expect(revision).toMatchObject({ status: 'withdrawn', decidedAt: expect.any(Date) });
    const queue = (await inject('GET', '/v1/listings?review=pending', focalBR)).json().items as { id: string }[];
    expect(queue.map((l) => l.id)).not.toContain(id);
  });
});

describe("an officer's import", () => {
  it('a line for a published listing becomes a revision and leaves the public row unchanged', async () => {
    const id = await publishedOffer({ externalId: 'BR-REV-1' });
    const before = await row(id);
    const line = { ...offerBody('BR', { externalId: 'BR-REV-1', title: REVISED }), status: 'published' };
    const report = await runImport(officerBR, [line]);
    expect(report).toMatchObject({ status: 'completed', updated: 1, linesWithErrors: 0 });
    expect(await row(id)).toMatchObject({ title: before.title, version: before.version, status: 'published' });
    expect((await inject('GET', `/v1/listings/${id}`)).json().title).toBe(before.title);
    const seenByFocal = (await inject('GET', `/v1/listings/${id}`, focalBR)).json();
    expect(seenByFocal.pendingRevision).toMatchObject({ status: 'pending', changedFields: ['title'], content: { title: REVISED }, importId: report.id });

    await s.settled();
    const inbox = (await inject('GET', '/v1/inbox', focalBR)).json().items as { kind: string; data: { listings?: { id: string }[] } }[];
    expect(inbox.filter((n) => n.kind === 'review_pending' && n.data.listings?.some((l) => l.id === id))).toHaveLength(1);

    // The same line again finds the revision as it is.
    expect(await runImport(officerBR, [line])).toMatchObject({ updated: 0, unchanged: 1 });
  });
});

describe('the API document', () => {
  it('declares the 202 answer of an edit that waits for review, the pending revision and the review filter', async () => {
    const doc = (await inject('GET', '/openapi.json')).json();
    const patch = doc.paths['/v1/listings/{id}'].patch;
    expect(Object.keys(patch.responses)).toContain('202');
    // The answer names the Listing component, which holds the pending revision.
    expect(patch.responses['202'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Listing' });
    expect(doc.components.schemas.Listing.properties).toHaveProperty('pendingRevision');
    const list = doc.paths['/v1/listings'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toContain('review');
  });
});
