import type { ListingStatus, ListingView, Role } from '@enlace/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, type TestUser, offerBody, startTestApi } from './testing.js';

/*
 * The access matrix, end to end: every role against every write endpoint, with
 * cross-country writes refused, refused requests leaving nothing changed, and
 * contacts shown only to the secretariat and the listing's own country.
 *
 * The signed-in callers are an agency officer and a focal point of BR, staff and an
 * admin; "another country" is always AR.
 */

type Who = 'anonymous' | 'officer' | 'focalPoint' | 'staff' | 'admin';
type SignedIn = Exclude<Who, 'anonymous'>;
type Verb = 'submit' | 'publish' | 'send-back' | 'close';
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Response = Awaited<ReturnType<TestApi['app']['inject']>>;

const HOME = 'BR';
const ABROAD = 'AR';

const SUBJECT: Record<Who, string> = {
  anonymous: 'an anonymous caller',
  officer: `an officer of ${HOME}`,
  focalPoint: `a focal point of ${HOME}`,
  staff: 'staff',
  admin: 'an admin',
};

const STATUS_WORD: Record<ListingStatus, string> = {
  draft: 'draft',
  pending_review: 'pending',
  published: 'published',
  closed: 'closed',
  expired: 'expired',
};

/** Where each verb takes a listing. */
const TARGET: Record<Verb, ListingStatus> = {
  submit: 'pending_review',
  publish: 'published',
  'send-back': 'draft',
  close: 'closed',
};

let api: TestApi;
const users = {} as Record<SignedIn, TestUser>;

beforeAll(async () => {
  api = await startTestApi({ label: 'access' });
  users.officer = await api.user('agency_officer', { country: HOME });
  users.focalPoint = await api.user('focal_point', { country: HOME });
  users.staff = await api.user('staff');
  users.admin = await api.user('admin');
});

afterAll(async () => {
  await api?.close();
});

// ---------------------------------------------------------------- helpers

let seq = 0;
function unique(prefix: string): string {
  seq += 1;
  return `${prefix}-${seq}-${Math.random().toString(36).slice(2, 8)}`;
}

/** it.each rows as [title, row], so that '%s' prints the title as the sentence it is. */
function named<T extends { title: string }>(rows: readonly T[]): [string, T][] {
  return rows.map((row): [string, T] => [row.title, row]);
}

function headersOf(who: Who): Record<string, string> {
  return who === 'anonymous' ? {} : users[who].headers;
}

async function call(who: Who, method: Method, url: string, payload?: unknown): Promise<Response> {
  return api.app.inject({
    method,
    url,
    headers: headersOf(who),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

function expectProblem(res: Response, status: number): void {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ status });
}

function withArticle(country: string): string {
  return /^[AEFHILMNORSX]/.test(country) ? `an ${country}` : `a ${country}`;
}

/** "its own country's draft offer", "another country's published offer", "an AR pending offer". */
function offerPhrase(who: Who, country: string, status: ListingStatus): string {
  const bound = who === 'officer' || who === 'focalPoint';
  const owner = bound ? (country === HOME ? "its own country's" : "another country's") : withArticle(country);
  return `${owner} ${STATUS_WORD[status]} offer`;
}

function outcome(expected: number): string {
  if (expected < 400) return '';
  if (expected === 404) return ' (404: it may not even see it)';
  return ` (${expected})`;
}

function verbWord(verb: Verb): string {
  return verb === 'send-back' ? 'send back' : verb;
}

function contactFor(country: string) {
  return { name: `Contato ${country}`, email: `cooperacao@${country.toLowerCase()}.example.org` };
}

/** A listing created by staff and moved into `status` through the API. */
async function listingIn(country: string, status: Exclude<ListingStatus, 'expired'>): Promise<ListingView> {
  const created = await call(
    'staff',
    'POST',
    '/v1/listings',
    offerBody(country, { title: `Oferta ${unique(country)}`, externalId: unique('access'), contact: contactFor(country) }),
  );
  expect(created.statusCode, created.body).toBe(201);
  let view = created.json<ListingView>();
  const path: Verb[] = status === 'pending_review' ? ['submit'] : status === 'published' ? ['publish'] : status === 'closed' ? ['close'] : [];
  for (const verb of path) {
    const res = await call('staff', 'POST', `/v1/listings/${view.id}/${verb}`);
    expect(res.statusCode, res.body).toBe(200);
    view = res.json<ListingView>();
  }
  expect(view.status).toBe(status);
  return view;
}

async function readAsStaff(id: string): Promise<ListingView> {
  const res = await call('staff', 'GET', `/v1/listings/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ListingView>();
}

/** Re-reads a listing as staff and checks that nothing about it moved. */
async function expectUnchanged(before: ListingView): Promise<void> {
  const after = await readAsStaff(before.id);
  expect(after.status).toBe(before.status);
  expect(after.title).toBe(before.title);
  expect(after.version).toBe(before.version);
}

/** Every page of GET /v1/listings as `who` sees it. */
async function listAll(who: Who, query: Record<string, string> = {}): Promise<ListingView[]> {
  const items: ListingView[] = [];
  let cursor: string | undefined;
  do {
    const qs = new URLSearchParams({ ...query, limit: '200', ...(cursor ? { cursor } : {}) });
    const res = await call(who, 'GET', `/v1/listings?${qs.toString()}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<{ items: ListingView[]; nextCursor?: string }>();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

// ---------------------------------------------------------------- creating listings

describe('POST /v1/listings', () => {
  const rows: { who: Who; country: string; expected: number }[] = [
    { who: 'anonymous', country: HOME, expected: 401 },
    { who: 'officer', country: HOME, expected: 201 },
    { who: 'officer', country: ABROAD, expected: 403 },
    { who: 'focalPoint', country: HOME, expected: 201 },
    { who: 'focalPoint', country: ABROAD, expected: 403 },
    { who: 'staff', country: HOME, expected: 201 },
    { who: 'staff', country: ABROAD, expected: 201 },
    { who: 'admin', country: HOME, expected: 201 },
    { who: 'admin', country: ABROAD, expected: 201 },
  ];
  const cases = rows.map((c) => {
    const bound = c.who === 'officer' || c.who === 'focalPoint';
    const forWhom = bound ? (c.country === HOME ? 'its own country' : 'another country') : c.country;
    const verb = c.expected === 201 ? 'may create' : 'cannot create';
    return { ...c, title: `${SUBJECT[c.who]} ${verb} a draft offer for ${forWhom}${outcome(c.expected)}` };
  });

  it.each(named(cases))('%s', async (_title, { who, country, expected }) => {
    const externalId = unique('create');
    const res = await call(who, 'POST', '/v1/listings', offerBody(country, { externalId, contact: contactFor(country) }));
    if (expected === 201) {
      expect(res.statusCode, res.body).toBe(201);
      const view = res.json<ListingView>();
      expect(view).toMatchObject({ status: 'draft', country, externalId });
      expect((await readAsStaff(view.id)).status).toBe('draft');
    } else {
      expectProblem(res, expected);
      // Nothing was stored.
      expect(await listAll('staff', { externalId })).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------- editing listings

describe('PATCH /v1/listings/:id', () => {
  const rows: { who: Who; country: string; status: Exclude<ListingStatus, 'expired'>; expected: number }[] = [
    { who: 'anonymous', country: HOME, status: 'published', expected: 401 },
    { who: 'anonymous', country: HOME, status: 'draft', expected: 401 },
    { who: 'officer', country: HOME, status: 'draft', expected: 200 },
    // An officer's change to what the public reads waits for the focal point (202).
    { who: 'officer', country: HOME, status: 'published', expected: 202 },
    { who: 'officer', country: ABROAD, status: 'published', expected: 403 },
    { who: 'officer', country: ABROAD, status: 'draft', expected: 404 },
    { who: 'focalPoint', country: HOME, status: 'pending_review', expected: 200 },
    { who: 'focalPoint', country: HOME, status: 'published', expected: 200 },
    { who: 'focalPoint', country: ABROAD, status: 'published', expected: 403 },
    { who: 'focalPoint', country: ABROAD, status: 'pending_review', expected: 404 },
    { who: 'staff', country: ABROAD, status: 'draft', expected: 200 },
    { who: 'staff', country: ABROAD, status: 'published', expected: 200 },
    { who: 'admin', country: ABROAD, status: 'pending_review', expected: 200 },
    { who: 'admin', country: HOME, status: 'published', expected: 200 },
  ];
  const cases = rows.map((c) => ({
    ...c,
    title:
      c.expected === 202
        ? `${SUBJECT[c.who]} may only propose a change to ${offerPhrase(c.who, c.country, c.status)} (202: a revision waits for review)`
        : `${SUBJECT[c.who]} ${c.expected === 200 ? 'may edit' : 'cannot edit'} ${offerPhrase(c.who, c.country, c.status)}${outcome(c.expected)}`,
  }));

  it.each(named(cases))('%s', async (_title, { who, country, status, expected }) => {
    const before = await listingIn(country, status);
    const title = `Edited ${unique('title')}`;
    const res = await call(who, 'PATCH', `/v1/listings/${before.id}`, { title });
    if (expected === 200) {
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<ListingView>()).toMatchObject({ title, status });
      const after = await readAsStaff(before.id);
      expect(after).toMatchObject({ title, status, version: before.version + 1 });
    } else if (expected === 202) {
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json<ListingView>()).toMatchObject({ title: before.title, status, pendingRevision: { status: 'pending', content: { title } } });
      await expectUnchanged(before);
    } else {
      expectProblem(res, expected);
      await expectUnchanged(before);
    }
  });

  it('nobody may edit a closed offer, not even staff (409: the listing is closed)', async () => {
    const before = await listingIn(HOME, 'closed');
    for (const who of ['officer', 'focalPoint', 'staff', 'admin'] as const) {
      const res = await call(who, 'PATCH', `/v1/listings/${before.id}`, { title: 'Edited after closing' });
      expectProblem(res, 409);
      expect(res.json<{ detail: string }>().detail).toMatch(/closed/);
    }
    await expectUnchanged(before);
  });
});

// ---------------------------------------------------------------- the review workflow

describe('POST /v1/listings/:id/{submit,publish,send-back,close}', () => {
  /** The status each verb is tried from, so that a refusal is about who asks, not about state. */
  const FROM: Record<Verb, Exclude<ListingStatus, 'expired'>> = {
    submit: 'draft',
    publish: 'pending_review',
    'send-back': 'pending_review',
    close: 'published',
  };
  const VERBS = Object.keys(FROM) as Verb[];

  type Row = { who: Who; verb: Verb; country: string; status: Exclude<ListingStatus, 'expired'>; expected: number };
  const rows: Row[] = [
    // Anonymous: never.
    ...VERBS.map((verb): Row => ({ who: 'anonymous', verb, country: HOME, status: FROM[verb], expected: 401 })),
    // Its own country: an officer writes but does not review, a focal point does both.
    { who: 'officer', verb: 'submit', country: HOME, status: 'draft', expected: 200 },
    { who: 'officer', verb: 'publish', country: HOME, status: 'pending_review', expected: 403 },
    { who: 'officer', verb: 'publish', country: HOME, status: 'draft', expected: 403 },
    { who: 'officer', verb: 'send-back', country: HOME, status: 'pending_review', expected: 403 },
    { who: 'officer', verb: 'close', country: HOME, status: 'published', expected: 200 },
    { who: 'officer', verb: 'close', country: HOME, status: 'draft', expected: 200 },
    ...VERBS.map((verb): Row => ({ who: 'focalPoint', verb, country: HOME, status: FROM[verb], expected: 200 })),
    // Another country: 403 where the listing is readable (published), 404 where it is not.
    ...(['officer', 'focalPoint'] as const).flatMap((who): Row[] => [
      { who, verb: 'submit', country: ABROAD, status: 'draft', expected: 404 },
      { who, verb: 'submit', country: ABROAD, status: 'published', expected: 403 },
      { who, verb: 'publish', country: ABROAD, status: 'pending_review', expected: 404 },
      { who, verb: 'publish', country: ABROAD, status: 'published', expected: 403 },
      { who, verb: 'send-back', country: ABROAD, status: 'pending_review', expected: 404 },
      { who, verb: 'send-back', country: ABROAD, status: 'published', expected: 403 },
      { who, verb: 'close', country: ABROAD, status: 'published', expected: 403 },
      { who, verb: 'close', country: ABROAD, status: 'draft', expected: 404 },
    ]),
    // The secretariat: everything, on every country.
    ...(['staff', 'admin'] as const).flatMap((who) =>
      [HOME, ABROAD].flatMap((country) => VERBS.map((verb): Row => ({ who, verb, country, status: FROM[verb], expected: 200 }))),
    ),
  ];
  const cases = rows.map((r) => ({
    ...r,
    title: `${SUBJECT[r.who]} ${r.expected === 200 ? 'may' : 'cannot'} ${verbWord(r.verb)} ${offerPhrase(r.who, r.country, r.status)}${outcome(r.expected)}`,
  }));

  it.each(named(cases))('%s', async (_title, { who, verb, country, status, expected }) => {
    const before = await listingIn(country, status);
    const res = await call(who, 'POST', `/v1/listings/${before.id}/${verb}`, verb === 'send-back' ? { reason: 'please add the budget' } : undefined);
    if (expected === 200) {
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<ListingView>().status).toBe(TARGET[verb]);
      const after = await readAsStaff(before.id);
      expect(after.status).toBe(TARGET[verb]);
      expect(after.version).toBe(before.version + 1);
    } else {
      expectProblem(res, expected);
      await expectUnchanged(before);
    }
  });

  const wrongStateRows: { who: SignedIn; verb: Verb; country: string; status: Exclude<ListingStatus, 'expired'> }[] = [
    { who: 'staff', verb: 'publish', country: ABROAD, status: 'closed' },
    { who: 'admin', verb: 'publish', country: HOME, status: 'published' },
    { who: 'staff', verb: 'submit', country: HOME, status: 'published' },
    { who: 'admin', verb: 'submit', country: ABROAD, status: 'pending_review' },
    { who: 'staff', verb: 'send-back', country: HOME, status: 'draft' },
    { who: 'staff', verb: 'send-back', country: ABROAD, status: 'published' },
    { who: 'admin', verb: 'close', country: HOME, status: 'closed' },
    { who: 'focalPoint', verb: 'publish', country: HOME, status: 'closed' },
    { who: 'focalPoint', verb: 'send-back', country: HOME, status: 'draft' },
    { who: 'officer', verb: 'submit', country: HOME, status: 'closed' },
    { who: 'officer', verb: 'close', country: HOME, status: 'closed' },
  ];
  const wrongState = wrongStateRows.map((c) => ({
    ...c,
    title: `${SUBJECT[c.who]} gets 409 trying to ${verbWord(c.verb)} ${offerPhrase(c.who, c.country, c.status)}`,
  }));

  it.each(named(wrongState))('%s', async (_title, { who, verb, country, status }) => {
    const before = await listingIn(country, status);
    const res = await call(who, 'POST', `/v1/listings/${before.id}/${verb}`, verb === 'send-back' ? { reason: 'please add the budget' } : undefined);
    expectProblem(res, 409);
    await expectUnchanged(before);
  });

  it('an officer is told 403, not 409, for publishing its own closed offer: who asks is checked before the state', async () => {
    const before = await listingIn(HOME, 'closed');
    expectProblem(await call('officer', 'POST', `/v1/listings/${before.id}/publish`), 403);
    await expectUnchanged(before);
  });

  it('a full review round trip works for the own country: officer submits, focal point sends back, officer resubmits, focal point publishes', async () => {
    const created = await call('officer', 'POST', '/v1/listings', offerBody(HOME, { externalId: unique('trip') }));
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<ListingView>();
    const step = async (who: Who, verb: Verb, to: ListingStatus) => {
      const res = await call(who, 'POST', `/v1/listings/${id}/${verb}`, verb === 'send-back' ? { reason: 'please add the budget' } : undefined);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<ListingView>().status).toBe(to);
    };
    await step('officer', 'submit', 'pending_review');
    await step('focalPoint', 'send-back', 'draft');
    const seen = await call('officer', 'GET', `/v1/listings/${id}`);
    expect(seen.json<ListingView>().reviewNote).toBe('please add the budget');
    await step('officer', 'submit', 'pending_review');
    await step('focalPoint', 'publish', 'published');
  });
});

// ---------------------------------------------------------------- imports

describe('POST /v1/imports', () => {
  const cases = (['anonymous', 'officer', 'focalPoint', 'staff', 'admin'] as const).map((who) => ({
    who,
    expected: who === 'anonymous' ? 401 : 202,
    title: `${SUBJECT[who]} ${who === 'anonymous' ? 'cannot start an import (401)' : 'may start an import'}`,
  }));

  it.each(named(cases))('%s', async (_title, { who, expected }) => {
    const line = JSON.stringify({ ...offerBody(HOME), externalId: unique('import'), status: 'draft' });
    const res = await api.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...headersOf(who), 'content-type': 'application/x-ndjson' },
      payload: `${line}\n`,
    });
    if (expected === 202) {
      expect(res.statusCode, res.body).toBe(202);
      const body = res.json<{ id: string; totalLines: number; status: string }>();
      expect(body).toMatchObject({ totalLines: 1, status: 'queued' });
      expect(res.headers.location).toBe(`/v1/imports/${body.id}`);
      // The one who started it may follow it.
      const followed = await call(who, 'GET', `/v1/imports/${body.id}`);
      expect(followed.statusCode, followed.body).toBe(200);
    } else {
      expectProblem(res, expected);
    }
  });
});

// ---------------------------------------------------------------- accounts

describe('POST /v1/users', () => {
  const ROLES: Role[] = ['agency_officer', 'focal_point', 'staff', 'admin'];
  const allowed: Record<Who, readonly Role[]> = {
    anonymous: [],
    officer: [],
    focalPoint: [],
    staff: ['agency_officer', 'focal_point'],
    admin: ROLES,
  };
  const cases = (['anonymous', 'officer', 'focalPoint', 'staff', 'admin'] as const).flatMap((who) =>
    ROLES.map((role) => {
      const expected = who === 'anonymous' ? 401 : allowed[who].includes(role) ? 201 : 403;
      const account = `${role === 'agency_officer' || role === 'admin' ? 'an' : 'a'} ${role.replace('_', ' ')} account`;
      return { who, role, expected, title: `${SUBJECT[who]} ${expected === 201 ? 'may create' : 'cannot create'} ${account}${outcome(expected)}` };
    }),
  );

  function newUserBody(role: Role) {
    const email = `${unique(role)}@new.example.org`;
    return {
      email,
      name: `New ${role}`,
      role,
      ...(role === 'agency_officer' || role === 'focal_point' ? { country: ABROAD } : {}),
      ...(role === 'agency_officer' ? { institution: { name: 'Agencia Argentina de Cooperación' } } : {}),
    };
  }

  async function emailsAsAdmin(): Promise<string[]> {
    const res = await call('admin', 'GET', '/v1/users');
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: { email: string }[] }>().items.map((u) => u.email);
  }

  it.each(named(cases))('%s', async (_title, { who, role, expected }) => {
    const body = newUserBody(role);
    const res = await call(who, 'POST', '/v1/users', body);
    if (expected === 201) {
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ email: body.email, role });
      expect(await emailsAsAdmin()).toContain(body.email);
    } else {
      expectProblem(res, expected);
      expect(await emailsAsAdmin()).not.toContain(body.email);
    }
  });
});

// ---------------------------------------------------------------- personal tokens

describe('POST /v1/me/tokens and DELETE /v1/me/tokens/:id', () => {
  const SIGNED_IN = ['officer', 'focalPoint', 'staff', 'admin'] as const;

  async function newToken(headers: Record<string, string>): Promise<{ id: string; token: string }> {
    const res = await api.app.inject({ method: 'POST', url: '/v1/me/tokens', headers, payload: { name: 'script' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; token: string }>();
  }

  async function meWith(token: string): Promise<Response> {
    return api.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
  }

  it('an anonymous caller cannot create a token (401)', async () => {
    expectProblem(await call('anonymous', 'POST', '/v1/me/tokens', { name: 'script' }), 401);
  });

  it('an anonymous caller cannot revoke a token (401), and the token keeps working', async () => {
    const victim = await newToken(users.officer.headers);
    expectProblem(await call('anonymous', 'DELETE', `/v1/me/tokens/${victim.id}`), 401);
    expect((await meWith(victim.token)).statusCode).toBe(200);
  });

  const ownTokens = SIGNED_IN.map((who) => ({ who, title: `${SUBJECT[who]} may create a token of its own and revoke it` }));
  it.each(named(ownTokens))('%s', async (_title, { who }) => {
    const created = await newToken(users[who].headers);
    const me = await meWith(created.token);
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json<{ id: string }>().id).toBe(users[who].id);

    const revoked = await call(who, 'DELETE', `/v1/me/tokens/${created.id}`);
    expect(revoked.statusCode, revoked.body).toBe(204);
    expectProblem(await meWith(created.token), 401);
    // Revoking twice finds nothing to revoke.
    expectProblem(await call(who, 'DELETE', `/v1/me/tokens/${created.id}`), 404);
  });

  const othersTokens = SIGNED_IN.map((who) => ({ who, title: `${SUBJECT[who]} cannot revoke another user's token (404)` }));
  it.each(named(othersTokens))('%s', async (_title, { who }) => {
    const other = await api.user('agency_officer', { country: ABROAD });
    const victim = await newToken(other.headers);
    expectProblem(await call(who, 'DELETE', `/v1/me/tokens/${victim.id}`), 404);
    const me = await meWith(victim.token);
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json<{ id: string }>().id).toBe(other.id);
  });
});

// ---------------------------------------------------------------- reading and contacts

describe('reading listings and their contacts', () => {
  const fx = {} as Record<'homePublished' | 'homeDraft' | 'abroadPublished' | 'abroadDraft', ListingView>;

  beforeAll(async () => {
    fx.homePublished = await listingIn(HOME, 'published');
    fx.homeDraft = await listingIn(HOME, 'draft');
    fx.abroadPublished = await listingIn(ABROAD, 'published');
    fx.abroadDraft = await listingIn(ABROAD, 'draft');
  });

  it('an anonymous caller lists only published listings, never with a contact', async () => {
    const items = await listAll('anonymous');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.status).toBe('published');
      expect(item).not.toHaveProperty('contact');
    }
    const ids = items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([fx.homePublished.id, fx.abroadPublished.id]));
    expect(ids).not.toContain(fx.homeDraft.id);
    expect(ids).not.toContain(fx.abroadDraft.id);
  });

  it('an anonymous caller asking for drafts gets none', async () => {
    expect(await listAll('anonymous', { status: 'draft' })).toEqual([]);
    expect(await listAll('anonymous', { externalId: fx.homeDraft.externalId })).toEqual([]);
  });

  type Sees = 'contact' | 'no contact' | 404;
  const rows: { who: Who; fixture: keyof typeof fx; sees: Sees }[] = [
    { who: 'anonymous', fixture: 'homePublished', sees: 'no contact' },
    { who: 'anonymous', fixture: 'abroadPublished', sees: 'no contact' },
    { who: 'anonymous', fixture: 'homeDraft', sees: 404 },
    { who: 'officer', fixture: 'homePublished', sees: 'contact' },
    { who: 'officer', fixture: 'homeDraft', sees: 'contact' },
    { who: 'officer', fixture: 'abroadPublished', sees: 'no contact' },
    { who: 'officer', fixture: 'abroadDraft', sees: 404 },
    { who: 'focalPoint', fixture: 'homePublished', sees: 'contact' },
    { who: 'focalPoint', fixture: 'homeDraft', sees: 'contact' },
    { who: 'focalPoint', fixture: 'abroadPublished', sees: 'no contact' },
    { who: 'focalPoint', fixture: 'abroadDraft', sees: 404 },
    { who: 'staff', fixture: 'homePublished', sees: 'contact' },
    { who: 'staff', fixture: 'abroadPublished', sees: 'contact' },
    { who: 'staff', fixture: 'abroadDraft', sees: 'contact' },
    { who: 'admin', fixture: 'abroadPublished', sees: 'contact' },
    { who: 'admin', fixture: 'homeDraft', sees: 'contact' },
  ];
  const FIXTURE: Record<keyof typeof fx, [string, ListingStatus]> = {
    homePublished: [HOME, 'published'],
    homeDraft: [HOME, 'draft'],
    abroadPublished: [ABROAD, 'published'],
    abroadDraft: [ABROAD, 'draft'],
  };
  const cases = rows.map((r) => {
    const [country, status] = FIXTURE[r.fixture];
    const what = offerPhrase(r.who, country, status);
    const title =
      r.sees === 404
        ? `${SUBJECT[r.who]} cannot read ${what} (404)`
        : `${SUBJECT[r.who]} reads ${what} ${r.sees === 'contact' ? 'with' : 'without'} its contact`;
    return { ...r, title };
  });

  it.each(named(cases))('%s', async (_title, { who, fixture, sees }) => {
    const listing = fx[fixture];
    const res = await call(who, 'GET', `/v1/listings/${listing.id}`);
    if (sees === 404) {
      expectProblem(res, 404);
      return;
    }
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<ListingView>();
    if (sees === 'contact') expect(view.contact).toEqual(contactFor(listing.country));
    else expect(view).not.toHaveProperty('contact');

    // The list says the same as the single read.
    const listed = (await listAll(who, { externalId: listing.externalId }))[0];
    expect(listed?.id).toBe(listing.id);
    if (sees === 'contact') expect(listed?.contact).toEqual(contactFor(listing.country));
    else expect(listed).not.toHaveProperty('contact');
  });

  const boundLists = (['officer', 'focalPoint'] as const).map((who) => ({
    who,
    title: `${SUBJECT[who]} lists its own country's listings in every status with contacts, and only other countries' published ones, without`,
  }));
  it.each(named(boundLists))('%s', async (_title, { who }) => {
    const items = await listAll(who);
    const ids = items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([fx.homePublished.id, fx.homeDraft.id, fx.abroadPublished.id]));
    expect(ids).not.toContain(fx.abroadDraft.id);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get(fx.homePublished.id)?.contact).toEqual(contactFor(HOME));
    expect(byId.get(fx.homeDraft.id)?.contact).toEqual(contactFor(HOME));
    for (const item of items.filter((i) => i.country !== HOME)) {
      expect(item.status, item.id).toBe('published');
      expect(item).not.toHaveProperty('contact');
    }
  });

  const secretariatLists = (['staff', 'admin'] as const).map((who) => ({
    who,
    title: `${SUBJECT[who]} lists every country's listings in every status, with contacts`,
  }));
  it.each(named(secretariatLists))('%s', async (_title, { who }) => {
    const items = await listAll(who);
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const listing of Object.values(fx)) {
      expect(byId.get(listing.id)?.contact, listing.id).toEqual(contactFor(listing.country));
    }
  });
});

describe('the sign-in check comes before anything else', () => {
  it('an anonymous write with an invalid body is refused as unauthorized, not as invalid', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/v1/users', payload: { email: 'not-an-email' } });
    expect(res.statusCode).toBe(401);
  });
});
