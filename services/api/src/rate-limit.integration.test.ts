import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, startTestApi } from './testing.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ label: 'limits', env: { RATE_LIMIT_PER_HOUR: '2' } });
});
afterAll(async () => api?.close());

const expert = (n: number) => ({
  name: `Expert ${n}`,
  country: 'CO',
  institution: { name: 'Universidad Nacional de Colombia' },
  sectors: ['health'],
  workingLanguages: ['es'],
  profile: 'Veinte años en salud pública y vigilancia epidemiológica.',
  language: 'es',
  contact: { name: `Expert ${n}`, email: `expert${n}@example.org` },
});

describe('rate limits', () => {
  it('an address registering experts without an account is slowed down, with a problem saying when to retry', async () => {
    for (const n of [1, 2]) expect((await api.app.inject({ method: 'POST', url: '/v1/experts', payload: expert(n) })).statusCode).toBe(201);
    const third = await api.app.inject({ method: 'POST', url: '/v1/experts', payload: expert(3) });
    expect(third.statusCode).toBe(429);
    expect(third.headers['content-type']).toContain('application/problem+json');
    expect(third.headers['retry-after']).toBeDefined();
    expect(third.json()).toMatchObject({ status: 429, title: 'Too many requests' });
    // Another address is not affected.
    expect((await api.app.inject({ method: 'POST', url: '/v1/experts', payload: expert(4), remoteAddress: '10.0.0.9' })).statusCode).toBe(201);
  });

  it('the secretariat registering experts from that same address is not', async () => {
    const staff = await api.user('staff');
    for (const n of [5, 6, 7])
      expect((await api.app.inject({ method: 'POST', url: '/v1/experts', payload: expert(n), headers: staff.headers })).statusCode).toBe(201);
  });
});
