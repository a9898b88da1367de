import { auditLog } from '@enlace/db';
import { settableClock } from '@enlace/domain';
import { processImport } from '@enlace/registry/internal';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, type TestUser, offerBody, startTestApi } from './testing.js';

/*
 * The secretariat's view of people and imports: who never signed in, deactivating an
 * account (its sessions and tokens stop at once) and reactivating it, and everyone's
 * imports page by page.
 */

const PASSWORD = 'a long and correct password';
const clock = settableClock('2026-11-21T12:00:00Z');
let api: TestApi;
let staff: TestUser;
let admin: TestUser;

beforeAll(async () => {
  api = await startTestApi({ label: 'people', clock });
  staff = await api.user('staff');
  admin = await api.user('admin');
});
afterAll(() => api?.close());

type UserView = { id: string; email: string; role: string; lastSignInAt?: string | null; deactivatedAt?: string | null };
type Page<T> = { items: T[]; nextCursor?: string };

const get = (url: string, headers: Record<string, string>) => api.app.inject({ url, headers });
const post = (url: string, headers: Record<string, string>, payload?: unknown) =>
  api.app.inject({ method: 'POST', url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

async function listed(query: string, headers = staff.headers): Promise<Page<UserView>> {
  const res = await get(`/v1/users${query}`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page<UserView>>();
}

async function signIn(email: string) {
  return post('/v1/auth/sign-in', {}, { email, password: PASSWORD });
}

/** A focal point created by staff through the API, with a password. */
async function newFocalPoint(country = 'HT'): Promise<UserView> {
  const email = `focal.${Math.random().toString(36).slice(2, 8)}@people.example.org`;
  const res = await post('/v1/users', staff.headers, { email, name: 'Marie Joseph', role: 'focal_point', country, language: 'fr', password: PASSWORD });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<UserView>();
}

describe('who has signed in', () => {
  it('a new account has never signed in; its first sign-in is recorded and shown to the secretariat only', async () => {
    const focal = await newFocalPoint();
    expect(focal).toMatchObject({ lastSignInAt: null, deactivatedAt: null });
    expect((await listed('?signedIn=never&limit=500')).items.map((u) => u.id)).toContain(focal.id);

    const res = await signIn(focal.email);
    expect(res.statusCode, res.body).toBe(200);
    const [me] = (await listed(`?id=${focal.id}`)).items;
    expect(me!.lastSignInAt).toBe(api.clock.now().toISOString());
    expect((await listed('?signedIn=never&limit=500')).items.map((u) => u.id)).not.toContain(focal.id);
    expect((await listed('?signedIn=ever&limit=500')).items.map((u) => u.id)).toContain(focal.id);

    // The person's own view does not carry the secretariat's fields.
    const own = await get('/v1/me', { authorization: `Bearer ${res.json().token}` });
    expect(own.json()).not.toHaveProperty('lastSignInAt');
    expect(res.json().user).not.toHaveProperty('lastSignInAt');
  });

  it('pages by email with a cursor, and filters by role and ids', async () => {
    await Promise.all([api.user('agency_officer'), api.user('focal_point'), api.user('focal_point')]);
    const first = await listed('?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await listed(`?limit=2&cursor=${first.nextCursor!}`);
    const emails = [...first.items, ...second.items].map((u) => u.email);
    expect(new Set(emails).size).toBe(4);
    const everyone = (await listed('?limit=500')).items.map((u) => u.email);
    expect(everyone.slice(0, 4)).toEqual(emails);

    const admins = await listed('?role=admin,staff&limit=500');
    expect(new Set(admins.items.map((u) => u.role))).toEqual(new Set(['admin', 'staff']));
    expect((await listed(`?id=${staff.id},${admin.id}`)).items.map((u) => u.id).sort()).toEqual([staff.id, admin.id].sort());

    const bad = await get('/v1/users?cursor=not-ours', staff.headers);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'cursor', code: 'invalid_cursor' })]);
  });

  it('is for the secretariat only', async () => {
    const officer = await api.user('agency_officer');
    expect((await get('/v1/users', officer.headers)).statusCode).toBe(403);
    expect((await get('/v1/users', {})).statusCode).toBe(401);
  });
});

describe('deactivating an account', () => {
  it('ends every session and token of the person at once, refuses their sign-in, and is audited', async () => {
    const focal = await newFocalPoint();
    const session = (await signIn(focal.email)).json().token as string;
    const bearer = { authorization: `Bearer ${session}` };
    const token = (await post('/v1/me/tokens', bearer, { name: 'sync' })).json().token as string;
    expect((await get('/v1/me', bearer)).statusCode).toBe(200);

    const res = await post(`/v1/users/${focal.id}/deactivate`, staff.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UserView>().deactivatedAt).toBe(api.clock.now().toISOString());

    expect((await get('/v1/me', bearer)).statusCode).toBe(401);
    expect((await get('/v1/me', { authorization: `Bearer ${token}` })).statusCode).toBe(401);
    expect((await signIn(focal.email)).statusCode).toBe(401);
    expect((await listed('?state=deactivated&limit=500')).items.map((u) => u.id)).toContain(focal.id);
    expect((await listed('?state=active&limit=500')).items.map((u) => u.id)).not.toContain(focal.id);

    const again = await post(`/v1/users/${focal.id}/deactivate`, staff.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([expect.objectContaining({ code: 'already_deactivated' })]);

    const records = await api.db
      .select({ action: auditLog.action, actorUserId: auditLog.actorUserId, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, focal.id)))
      .orderBy(asc(auditLog.id));
    expect(records.map((r) => r.action)).toEqual(['user.created', 'user.deactivated']);
    expect(records[1]).toMatchObject({ actorUserId: staff.id, detail: { role: 'focal_point', country: 'HT', tokensRevoked: 2 } });
  });

  it('reactivating lets the person sign in again, while the old sessions stay ended', async () => {
    const focal = await newFocalPoint();
    const old = (await signIn(focal.email)).json().token as string;
    expect((await post(`/v1/users/${focal.id}/deactivate`, staff.headers)).statusCode).toBe(200);
    const res = await post(`/v1/users/${focal.id}/reactivate`, staff.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UserView>().deactivatedAt).toBeNull();
    expect((await get('/v1/me', { authorization: `Bearer ${old}` })).statusCode).toBe(401);
    const fresh = await signIn(focal.email);
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect((await get('/v1/me', { authorization: `Bearer ${fresh.json().token}` })).statusCode).toBe(200);
    expect((await post(`/v1/users/${focal.id}/reactivate`, staff.headers)).statusCode).toBe(409);
    const [record] = await api.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, focal.id), eq(auditLog.action, 'user.reactivated')));
    expect(record).toMatchObject({ actorUserId: staff.id, entityType: 'user' });
  });

  it('staff deactivate officers and focal points; admins anyone; nobody themselves; others nobody', async () => {
    const officer = await api.user('agency_officer');
    const focal = await api.user('focal_point');
    const otherStaff = await api.user('staff');
    const otherAdmin = await api.user('admin');
    expect((await post(`/v1/users/${officer.id}/deactivate`, staff.headers)).statusCode).toBe(200);
    expect((await post(`/v1/users/${otherStaff.id}/deactivate`, staff.headers)).statusCode).toBe(403);
    expect((await post(`/v1/users/${otherAdmin.id}/deactivate`, staff.headers)).statusCode).toBe(403);
    expect((await post(`/v1/users/${staff.id}/deactivate`, staff.headers)).statusCode).toBe(403);
    expect((await post(`/v1/users/${admin.id}/deactivate`, admin.headers)).statusCode).toBe(403);
    expect((await post(`/v1/users/${focal.id}/deactivate`, officer.headers)).statusCode).toBe(401);
    const otherOfficer = await api.user('agency_officer');
    expect((await post(`/v1/users/${focal.id}/deactivate`, otherOfficer.headers)).statusCode).toBe(403);
    expect((await post(`/v1/users/${otherStaff.id}/deactivate`, admin.headers)).statusCode).toBe(200);
    expect((await post(`/v1/users/${otherStaff.id}/reactivate`, staff.headers)).statusCode).toBe(403);
    expect((await post(`/v1/users/${otherStaff.id}/reactivate`, admin.headers)).statusCode).toBe(200);
    expect((await post('/v1/users/00000000-0000-4000-8000-000000000000/deactivate', admin.headers)).statusCode).toBe(404);
    expect((await post(`/v1/users/${focal.id}/deactivate`, {})).statusCode).toBe(401);
  });
});

describe('the list of imports', () => {
  async function startImport(who: TestUser, externalId: string): Promise<string> {
    const line = JSON.stringify({ ...offerBody('BR'), externalId, status: 'draft' });
    const res = await api.app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...who.headers, 'content-type': 'application/x-ndjson' },
      payload: `${line}\n`,
    });
    expect(res.statusCode, res.body).toBe(202);
    return res.json().id;
  }
  type Summary = { id: string; status: string; startedBy: { id: string; name: string }; totalLines: number; created: number };

  it('staff see everyone’s, newest first, page by page; others only their own; filtered by status', async () => {
    const officers = await Promise.all([api.user('agency_officer'), api.user('agency_officer'), api.user('agency_officer')]);
    const ids: string[] = [];
    for (const [i, o] of officers.entries()) {
      ids.push(await startImport(o, `LIST-${i}`));
      // Distinct instants: the list is ordered by them.
      clock.set(new Date(clock.now().getTime() + 1000));
    }
    await processImport({ db: api.db, clock: api.clock }, ids[0]!);

    const all = await get('/v1/imports?limit=2', staff.headers);
    expect(all.statusCode, all.body).toBe(200);
    const first = all.json<Page<Summary>>();
    expect(first.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    const rest = (await get(`/v1/imports?limit=2&cursor=${first.nextCursor!}`, staff.headers)).json<Page<Summary>>();
    expect(rest.items.map((i) => i.id)).toEqual([ids[0]]);
    expect(rest.nextCursor).toBeUndefined();
    expect(rest.items[0]).toMatchObject({ status: 'completed', totalLines: 1, created: 1, startedBy: { id: officers[0]!.id } });

    const queued = (await get('/v1/imports?status=queued,running', admin.headers)).json<Page<Summary>>();
    expect(queued.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);

    const own = (await get('/v1/imports', officers[1]!.headers)).json<Page<Summary>>();
    expect(own.items.map((i) => i.id)).toEqual([ids[1]]);
    expect((await get('/v1/imports', {})).statusCode).toBe(401);
    expect((await get('/v1/imports?status=lost', staff.headers)).statusCode).toBe(400);
    expect((await get('/v1/imports?cursor=abc', staff.headers)).statusCode).toBe(400);
  });
});
