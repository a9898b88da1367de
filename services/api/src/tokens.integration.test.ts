import { apiTokens } from '@enlace/db';
import { InvalidError } from '@enlace/domain';
import { newToken } from '@enlace/registry/people';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { type TestApi, startTestApi } from './testing.js';

const PASSWORD = 'correct horse battery staple';
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ label: 'tokens', env: { TOKEN_DEFAULT_DAYS: '30', TOKEN_MAX_DAYS: '200' } });
});
afterAll(async () => api?.close());

const inDays = (days: number) => new Date(api.clock.now().getTime() + days * 86_400_000).toISOString();
const createToken = (headers: Record<string, string>, payload: Record<string, unknown>) =>
  api.app.inject({ method: 'POST', url: '/v1/me/tokens', headers, payload });

type Listed = { id: string; kind: string; name: string; prefix: string; userAgent: string | null; current: boolean; expiresAt: string };
const listed = async (headers: Record<string, string>, query = '') =>
  (await api.app.inject({ url: `/v1/me/tokens${query}`, headers })).json<{ items: Listed[] }>().items;

describe('personal tokens', () => {
  it('a token made without a lifetime expires after the configured default', async () => {
    const officer = await api.user('agency_officer');
    const res = await createToken(officer.headers, { name: 'catalogue sync' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().expiresAt).toBe(inDays(30));
  });

  it('a token asked to live one day expires after one day', async () => {
    const officer = await api.user('agency_officer');
    const res = await createToken(officer.headers, { name: 'one-off', days: 1 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().expiresAt).toBe(inDays(1));
  });

  it('a token asked to live longer than the maximum is refused, naming the field and the maximum', async () => {
    const officer = await api.user('agency_officer');
    const res = await createToken(officer.headers, { name: 'forever', days: 201 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'days', code: 'too_big', reason: 'must be at most 200 days' }]);
  });

  it('a token made before tokens had a lifetime stops working once it is older than the maximum', async () => {
    const officer = await api.user('agency_officer');
    const old = (days: number) => {
      const { secret, hash, prefix } = newToken();
      const createdAt = new Date(api.clock.now().getTime() - days * 86_400_000);
      return {
        secret,
        row: { userId: officer.id, kind: 'personal' as const, name: `made ${days} days ago`, tokenHash: hash, prefix, createdAt, expiresAt: null },
      };
    };
    const [recent, ancient] = [old(199), old(201)];
    await api.db.insert(apiTokens).values([recent.row, ancient.row]);
    const me = (secret: string) => api.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${secret}` } });
    expect((await me(recent.secret)).statusCode).toBe(200);
    expect((await me(ancient.secret)).statusCode).toBe(401);
    expect((await listed(officer.headers)).map((t) => t.name)).not.toContain('made 201 days ago');
  });

  it('the CLI gives its tokens the same lifetimes and refuses a longer one', async () => {
    const officer = await api.user('agency_officer');
    const deps = { db: api.db, clock: api.clock, databaseUrl: api.databaseUrl, tokenLifetime: { defaultDays: 30, maxDays: 200 } };
    expect(await runCli(['tokens', 'create', '--email', officer.email, '--days', '7'], deps)).toContain(`expires: ${inDays(7)}`);
    expect(await runCli(['tokens', 'create', '--email', officer.email], deps)).toContain(`expires: ${inDays(30)}`);
    await expect(runCli(['tokens', 'create', '--email', officer.email, '--days', '201'], deps)).rejects.toThrow(InvalidError);
    const created = await runCli(['users', 'create', '--email', 'new.admin@aicd.example.org', '--role', 'admin', '--print-token', '--days', '2'], deps);
    expect(created).toContain(`expires: ${inDays(2)}`);
  });
});

describe('sessions and tokens of my own', () => {
  it('a person sees their live sessions and tokens, with the browser that signed in and which one is in use', async () => {
    const officer = await api.user('agency_officer', { password: PASSWORD });
    const signIn = await api.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' },
      payload: { email: officer.email, password: PASSWORD },
    });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const session = { authorization: `Bearer ${signIn.json().token}` };
    const program = (await createToken(officer.headers, { name: 'catalogue sync' })).json();

    const items = await listed(session);
    const mine = items.find((t) => t.kind === 'session')!;
    expect(mine).toMatchObject({ name: 'session', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', current: true });
    expect(items.find((t) => t.id === program.id)).toMatchObject({ kind: 'personal', name: 'catalogue sync', current: false, prefix: program.prefix });
    expect(JSON.stringify(items)).not.toContain(signIn.json().token);
    expect((await listed(session, '?kind=session')).map((t) => t.kind)).toEqual(['session']);
  });

  it('a person revokes a session from another one, and it is no longer listed nor accepted', async () => {
    const officer = await api.user('agency_officer', { password: PASSWORD });
    const sessionOn = async (browser: string) => {
      const res = await api.app.inject({
        method: 'POST',
        url: '/v1/auth/sign-in',
        headers: { 'user-agent': browser },
        payload: { email: officer.email, password: PASSWORD },
      });
      return { authorization: `Bearer ${res.json().token}` };
    };
    const phone = await sessionOn('phone');
    const laptop = await sessionOn('laptop');
    const phoneId = (await listed(phone)).find((t) => t.current)!.id;

    expect((await api.app.inject({ method: 'DELETE', url: `/v1/me/tokens/${phoneId}`, headers: laptop })).statusCode).toBe(204);
    expect((await api.app.inject({ url: '/v1/me', headers: phone })).statusCode).toBe(401);
    expect((await listed(laptop)).map((t) => t.userAgent)).not.toContain('phone');
    expect((await listed(laptop)).map((t) => t.userAgent)).toContain('laptop');
  });

  it("another person's session can be neither seen nor revoked", async () => {
    const ana = await api.user('agency_officer', { password: PASSWORD });
    const luis = await api.user('focal_point', { country: 'BR' });
    const res = await api.app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email: ana.email, password: PASSWORD } });
    const anaSession = { authorization: `Bearer ${res.json().token}` };
    const sessionId = (await listed(anaSession)).find((t) => t.current)!.id;

    expect((await listed(luis.headers)).map((t) => t.id)).not.toContain(sessionId);
    expect((await api.app.inject({ method: 'DELETE', url: `/v1/me/tokens/${sessionId}`, headers: luis.headers })).statusCode).toBe(404);
    expect((await api.app.inject({ url: '/v1/me', headers: anaSession })).statusCode).toBe(200);
  });
});
