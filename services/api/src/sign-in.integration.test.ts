import { settableClock } from '@enlace/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, startTestApi } from './testing.js';

const PASSWORD = 'correct horse battery staple';
const clock = settableClock('2026-11-21T12:00:00Z');
let api: TestApi;

beforeAll(async () => {
  // The proxy is trusted only at 127.0.0.1, where app.inject's requests come from unless told otherwise.
  api = await startTestApi({ label: 'sign-in', clock, env: { TRUST_PROXY: '127.0.0.1' } });
});
afterAll(async () => api?.close());

let n = 0;
const person = async () => api.user('agency_officer', { country: 'CO', password: PASSWORD });
const unknownEmail = () => `nobody.${++n}@aicd.example.org`;
const signIn = (email: string, password: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  api.app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email, password }, remoteAddress, headers });
const later = (seconds: number) => clock.set(new Date(clock.now().getTime() + seconds * 1000));

function expectWait(res: Awaited<ReturnType<typeof signIn>>) {
  expect(res.statusCode, res.body).toBe(429);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.json()).toMatchObject({ status: 429, title: 'Too many requests' });
  return Number(res.headers['retry-after']);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function timed(attempt: () => Promise<{ statusCode: number }>) {
  const start = process.hrtime.bigint();
  expect((await attempt()).statusCode).toBe(401);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

describe('password sign-in', () => {
  it('an unknown email, or an account without a password, costs what a wrong password for a real account costs', async () => {
    const known = await Promise.all([1, 2, 3, 4, 5, 6].map(() => person()));
    const noPassword = await Promise.all([1, 2, 3, 4, 5, 6].map(() => api.user('agency_officer', { country: 'CO' })));
    const tries = { unknown: [] as number[], known: [] as number[], noPassword: [] as number[] };
    for (let i = 0; i < known.length; i++) {
      // One failure per account and address, so that no delay gets in the way of the measure.
      tries.unknown.push(await timed(() => signIn(unknownEmail(), 'wrong password', `10.20.0.${i}`)));
      tries.known.push(await timed(() => signIn(known[i]!.email, 'wrong password', `10.21.0.${i}`)));
      tries.noPassword.push(await timed(() => signIn(noPassword[i]!.email, 'wrong password', `10.22.0.${i}`)));
    }
    // The check is a 32 MiB scrypt (tens of milliseconds); skipping it costs a few milliseconds.
    expect(median(tries.unknown) / median(tries.known)).toBeGreaterThan(0.5);
    expect(median(tries.noPassword) / median(tries.known)).toBeGreaterThan(0.5);
  });

  it('after five wrong passwords for an account, the next attempt from that address must wait, even with the right password, and then succeeds', async () => {
    const ana = await person();
    for (let i = 0; i < 5; i++) expect((await signIn(ana.email, `wrong password ${i}`, '10.1.0.1')).statusCode).toBe(401);
    const wait = expectWait(await signIn(ana.email, PASSWORD, '10.1.0.1'));
    expect(wait).toBeLessThanOrEqual(60);
    expectWait(await signIn(ana.email.toUpperCase(), PASSWORD, '10.1.0.1'));
    later(wait);
    expect((await signIn(ana.email, PASSWORD, '10.1.0.1')).statusCode).toBe(200);
    // A success clears the count: a later typo costs nothing.
    expect((await signIn(ana.email, 'wrong password', '10.1.0.1')).statusCode).toBe(401);
    expect((await signIn(ana.email, PASSWORD, '10.1.0.1')).statusCode).toBe(200);
  });

  it('each failure past the free ones doubles the wait', async () => {
    const ana = await person();
    for (let i = 0; i < 5; i++) await signIn(ana.email, 'wrong password', '10.2.0.1');
    const first = expectWait(await signIn(ana.email, 'wrong password', '10.2.0.1'));
    later(first);
    expect((await signIn(ana.email, 'wrong password', '10.2.0.1')).statusCode).toBe(401);
    expect(expectWait(await signIn(ana.email, 'wrong password', '10.2.0.1'))).toBe(first * 2);
  });

  it('one address trying many accounts, known or not, is slowed down too', async () => {
    const ana = await person();
    for (let i = 0; i < 5; i++) expect((await signIn(unknownEmail(), 'wrong password', '10.3.0.1')).statusCode).toBe(401);
    expectWait(await signIn(ana.email, PASSWORD, '10.3.0.1'));
    expect((await signIn(ana.email, PASSWORD, '10.3.0.2')).statusCode).toBe(200);
  });

  it('guesses against one account spread over many addresses are slowed down, for unknown emails alike', async () => {
    for (const email of [(await person()).email, unknownEmail()]) {
      for (let i = 0; i < 5; i++) expect((await signIn(email, 'wrong password', `10.4.${n}.${i}`)).statusCode).toBe(401);
      expectWait(await signIn(email, 'wrong password', `10.4.${n}.99`));
    }
  });

  it('a stranger failing on purpose cannot lock a person out: their usual address gets in at once, a new one within a minute', async () => {
    const ana = await person();
    expect((await signIn(ana.email, PASSWORD, '10.5.0.1')).statusCode).toBe(200);
    for (let i = 0; i < 40; i++) await signIn(ana.email, 'wrong password', `10.66.0.${i}`);

    expect((await signIn(ana.email, PASSWORD, '10.5.0.1')).statusCode).toBe(200);
    const wait = expectWait(await signIn(ana.email, PASSWORD, '10.5.0.2'));
    expect(wait).toBeLessThanOrEqual(60);
    later(wait);
    expect((await signIn(ana.email, PASSWORD, '10.5.0.2')).statusCode).toBe(200);
  });

  it('behind a trusted proxy, the limits see the client address it forwards', async () => {
    const ana = await person();
    const via = (client: string) => ({ 'x-forwarded-for': client });
    for (let i = 0; i < 5; i++) expect((await signIn(unknownEmail(), 'wrong password', '127.0.0.1', via('203.0.113.5'))).statusCode).toBe(401);
    expectWait(await signIn(ana.email, PASSWORD, '127.0.0.1', via('203.0.113.5')));
    expect((await signIn(ana.email, PASSWORD, '127.0.0.1', via('203.0.113.6'))).statusCode).toBe(200);
    // Any other sender is the client itself, whatever it forwards.
    for (let i = 0; i < 5; i++) await signIn(unknownEmail(), 'wrong password', '198.51.100.7', via('203.0.113.8'));
    expectWait(await signIn(ana.email, PASSWORD, '198.51.100.7', via('203.0.113.9')));
  });
});
