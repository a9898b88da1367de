import { createHmac } from 'node:crypto';
import { users } from '@enlace/db';
import { unsubscribeToken } from '@enlace/messages';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { type TestApi, type TestUser, startTestApi } from './testing.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ label: 'secrets' });
});
afterAll(async () => api?.close());

async function linkOf(person: TestUser): Promise<string> {
  const [row] = await api.db.select({ unsubscribeNonce: users.unsubscribeNonce }).from(users).where(eq(users.id, person.id));
  return `/v1/unsubscribe/${unsubscribeToken(api.env.APP_SECRET, { userId: person.id, unsubscribeNonce: row!.unsubscribeNonce })}`;
}

const oneClick = (url: string) =>
  api.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });

const channelsOf = async (person: TestUser) => (await api.app.inject({ url: '/v1/me/subscription', headers: person.headers })).json().channels;

describe('unsubscribe links', () => {
  it('a link signed with the application secret over the user id alone, as anyone knowing the secret could forge, is refused', async () => {
    const person = await api.user('focal_point', { country: 'HT' });
    const forged = `${person.id}.${createHmac('sha256', api.env.APP_SECRET).update(`unsubscribe:${person.id}`).digest('base64url')}`;
    expect((await api.app.inject({ url: `/v1/unsubscribe/${forged}` })).statusCode).toBe(404);
    expect((await oneClick(`/v1/unsubscribe/${forged}`)).statusCode).toBe(404);
    expect(await channelsOf(person)).toContain('email');
  });

  it("a link made for one person cannot be altered to stop another person's email", async () => {
    const ana = await api.user('focal_point', { country: 'HT' });
    const luis = await api.user('focal_point', { country: 'HT' });
    const altered = (await linkOf(ana)).replace(ana.id, luis.id);
    expect((await oneClick(altered)).statusCode).toBe(404);
    expect(await channelsOf(luis)).toContain('email');
    expect((await api.app.inject({ url: await linkOf(ana) })).statusCode).toBe(200);
  });

  it('a person can invalidate every unsubscribe link sent so far, and new links work', async () => {
    const person = await api.user('agency_officer', { country: 'CO' });
    const old = await linkOf(person);
    expect((await api.app.inject({ url: old })).statusCode).toBe(200);

    const reset = await api.app.inject({ method: 'POST', url: '/v1/me/unsubscribe-links/reset', headers: person.headers });
    expect(reset.statusCode, reset.body).toBe(204);

    expect((await api.app.inject({ url: old })).statusCode).toBe(404);
    expect((await oneClick(old)).statusCode).toBe(404);
    expect(await channelsOf(person)).toContain('email');
    expect((await oneClick(await linkOf(person))).statusCode).toBe(200);
    expect(await channelsOf(person)).not.toContain('email');
  });

  it('turning email back on invalidates the links in the emails sent before', async () => {
    const person = await api.user('focal_point', { country: 'BR' });
    const old = await linkOf(person);
    expect((await oneClick(old)).statusCode).toBe(200);
    const resubscribe = await api.app.inject({
      method: 'PUT',
      url: '/v1/me/subscription',
      headers: person.headers,
      payload: { channels: ['email', 'in_app'], language: 'pt' },
    });
    expect(resubscribe.statusCode, resubscribe.body).toBe(200);

    expect((await oneClick(old)).statusCode).toBe(404);
    expect(await channelsOf(person)).toContain('email');
  });
});

describe('request logs', () => {
  it('never contain an unsubscribe token, however the path is spelled, nor a bearer token', async () => {
    const lines: string[] = [];
    const app = await buildApp(
      { env: api.env, db: api.db, producer: api.producer, search: api.search, clock: api.clock },
      { logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } } },
    );
    try {
      const person = await api.user('focal_point', { country: 'HT' });
      const url = await linkOf(person);
      const token = url.split('/').pop()!;
      expect((await app.inject({ url })).statusCode).toBe(200);
      await app.inject({ url: url.replace('/v1/unsubscribe/', '/V1//Unsubscribe/') });
      await app.inject({ url: `/v1/listings?note=${token}` });
      expect((await app.inject({ url: '/v1/me', headers: person.headers })).statusCode).toBe(200);

      const log = lines.join('');
      expect(log).toContain('/v1/unsubscribe/[redacted]');
      expect(log).not.toContain(token);
      expect(log).not.toContain(token.split('.')[1]);
      expect(log).not.toContain(person.token);
    } finally {
      await app.close();
    }
  });
});
