import { loadEnv } from '@enlace/config';
import { createTestDatabase, TEST_MEILI_KEY, TEST_MEILI_URL, TEST_REDIS_URL, testQueuePrefix } from '@enlace/devstack/testing';
import { applyIndexSettings, connectSearch, dropIndex } from '@enlace/search';
import { type Actor, type Clock, type Role, SYSTEM, fixedClock } from '@enlace/domain';
import { glossarySynonyms } from '@enlace/matching';
import { Producer, QUEUES, redisConnection } from '@enlace/queue';
import { type CreateUserInput, createUser, issueToken } from '@enlace/registry/people';
import { buildApp } from './app.js';

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly token: string;
  readonly actor: Actor;
  readonly headers: { authorization: string };
}

/**
 * A real API on a database of its own, with a queue prefix of its own: what the
 * integration tests drive through `app.inject`.
 */
export async function startTestApi(opts: { label?: string; clock?: Clock; env?: Record<string, string> } = {}) {
  const database = await createTestDatabase(opts.label ?? 'api');
  const prefix = testQueuePrefix(opts.label ?? 'api');
  const env = loadEnv({
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    MEILI_URL: TEST_MEILI_URL,
    MEILI_MASTER_KEY: TEST_MEILI_KEY,
    MEILI_INDEX_PREFIX: prefix,
    // Suites register many experts from one address; the limit has a test of its own.
    RATE_LIMIT_PER_HOUR: '100000',
    // Suites read a listing's matches anonymously right after changing them; sharing has a test of its own.
    MATCHES_CACHE_SECONDS: '0',
    ...opts.env,
  });
  const search = connectSearch(env.MEILI_URL, env.MEILI_MASTER_KEY, env.MEILI_INDEX_PREFIX);
  await applyIndexSettings(search, { synonyms: glossarySynonyms() });
  const redis = redisConnection(env.REDIS_URL, 'producer');
  redis.on('error', () => {});
  const producer = new Producer(redis, prefix);
  const clock = opts.clock ?? fixedClock('2026-11-21');
  const app = await buildApp({ env, db: database.db, producer, search, clock });

  async function user(role: Role, extra: Partial<CreateUserInput> = {}): Promise<TestUser> {
    const n = Math.random().toString(36).slice(2, 8);
    const country = role === 'agency_officer' || role === 'focal_point' ? (extra.country ?? 'BR') : undefined;
    const created = await createUser(
      { db: database.db, clock, actor: SYSTEM },
      {
        email: `${role}.${n}@test.example.org`,
        name: `${role} ${n}`,
        role,
        ...(country ? { country } : {}),
        ...(role === 'agency_officer' ? { institution: { name: `Agency of ${country}` } } : {}),
        ...extra,
      },
    );
    const { token } = await issueToken({ db: database.db, clock, actor: SYSTEM }, created.id, { name: 'test' });
    return {
      id: created.id,
      email: created.email,
      token,
      actor: { kind: 'user', userId: created.id, role, country: created.country, institutionId: created.institutionId },
      headers: { authorization: `Bearer ${token}` },
    };
  }

  return {
    app,
    env,
    db: database.db,
    databaseUrl: database.url,
    prefix,
    producer,
    search,
    clock,
    user,
    async close() {
      await app.close();
      // Leave nothing in the shared Redis: each suite's queues live under its own prefix.
      for (const name of Object.values(QUEUES))
        await producer
          .queue(name)
          .obliterate({ force: true })
          .catch(() => {});
      await dropIndex(search);
      await producer.close();
      redis.disconnect();
      await database.drop();
    },
  };
}
export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

/** A listing as an officer of `country` would post it; override any field. */
export function offerBody(country = 'BR', extra: Record<string, unknown> = {}) {
  return {
    kind: 'offer',
    title: 'Bancos de leite humano: implantação e qualidade',
    description: 'Apoio técnico para implantar bancos de leite humano, com formação das equipes e controle de qualidade.',
    language: 'pt',
    country,
    institution: { name: 'Fundação Oswaldo Cruz', acronym: 'Fiocruz', type: 'government' },
    sectors: ['health'],
    sdgTargets: ['3.2'],
    modalities: ['training'],
    ...extra,
  };
}

/** A Brazilian hydrologist's registration on the roster, as the expert would send it; override any field. */
export function expertBody(name: string, email: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    country: 'BR',
    institution: { name: 'Agência Nacional de Águas' },
    sectors: ['disaster_management'],
    workingLanguages: ['pt', 'es'],
    language: 'pt',
    profile: 'Hidróloga com quinze anos de experiência em sistemas de alerta precoce de cheias e avisos às comunidades ribeirinhas.',
    contact: { name, email },
    ...extra,
  };
}
