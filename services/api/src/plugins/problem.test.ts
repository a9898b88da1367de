import { InvalidError } from '@enlace/domain';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemPlugin } from './problem.js';

/** What pg throws, wrapped the way drizzle wraps a failed query. */
function pgError(code: string | undefined, message: string): Error {
  const cause = Object.assign(new Error(message), code ? { code } : {});
  return Object.assign(new Error('Failed query: select 1\nparams: '), { cause });
}

const thrown: Record<string, () => Error> = {
  'out-of-range': () => pgError('22003', 'value "9223372036854775808" is out of range for type bigint'),
  nul: () => pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'),
  'bad-json': () => pgError('22P05', 'unsupported Unicode escape sequence'),
  refused: () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
  'admin-shutdown': () => pgError('57P01', 'terminating connection due to administrator command'),
  'starting-up': () => pgError('57P03', 'the database system is starting up'),
  'connection-exception': () => pgError('08006', 'connection failure'),
  terminated: () => pgError(undefined, 'Connection terminated unexpectedly'),
  'pool-timeout': () => new Error('timeout exceeded when trying to connect'),
  'redis-offline': () => new Error("Stream isn't writeable and enableOfflineQueue options is false"),
  'domain-invalid': () =>
    new InvalidError('the name is not right', [
      { field: 'name', reason: 'too plain' },
      { field: 'country', code: 'forbidden_country', reason: 'not yours' },
    ]),
};

const app = Fastify({ logger: false });
beforeAll(async () => {
  await app.register(problemPlugin);
  app.get('/throw/:what', async (req) => {
    throw thrown[(req.params as { what: string }).what]!();
  });
  await app.ready();
});
afterAll(() => app.close());

describe('errors of the database and the queue leave as problems, never as a 500', () => {
  it.each(['out-of-range', 'nul', 'bad-json'])('a value PostgreSQL refuses as data (%s) is a 400', async (what) => {
    const res = await app.inject({ url: `/throw/${what}` });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().errors).toHaveLength(1);
    // What PostgreSQL was asked is not the caller's business.
    expect(res.body).not.toMatch(/select|Failed query/);
  });

  it.each(['refused', 'admin-shutdown', 'starting-up', 'connection-exception', 'terminated', 'pool-timeout'])(
    'PostgreSQL out of reach (%s) is a 503 with Retry-After naming the database',
    async (what) => {
      const res = await app.inject({ url: `/throw/${what}` });
      expect(res.statusCode).toBe(503);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.json().errors).toEqual([{ field: 'database', code: 'unavailable', reason: 'unavailable' }]);
    },
  );

  it('Redis out of reach is a 503 with Retry-After naming the queue', async () => {
    const res = await app.inject({ url: '/throw/redis-offline' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.json().errors).toEqual([{ field: 'queue', code: 'unavailable', reason: 'unavailable' }]);
  });
});

describe('field errors', () => {
  it('keep the code the domain gave, and read `invalid` where it gave none', async () => {
    const res = await app.inject({ url: '/throw/domain-invalid' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'name', code: 'invalid', reason: 'too plain' },
      { field: 'country', code: 'forbidden_country', reason: 'not yours' },
    ]);
  });
});
