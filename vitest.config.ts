import { defineConfig } from 'vitest/config';

/*
 * Two tiers, named by the file (see README, tests):
 * - unit: `*.test.ts` beside the code, pure logic; needs no PostgreSQL, Redis, Meilisearch
 *   or SMTP, so it has no global setup (`npm run test:unit`);
 * - integration: `*.integration.test.ts` and the cross-service suites in test/; the global
 *   setup makes sure PostgreSQL and Redis answer and starts this run's own Meilisearch.
 * `vitest run` (npm test) runs both.
 */
const roots = ['packages/**/src/**', 'services/**/src/**', 'test/**'];

export default defineConfig({
  test: {
    exclude: ['**/node_modules/**'],
    // Integration tests each create their own database and queue prefix, so files may run in parallel.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: roots.map((r) => `${r}/*.test.ts`),
          exclude: ['**/node_modules/**', '**/*.integration.test.ts'],
          // No service is reachable from here: a unit test that reaches for one fails instead of passing on a developer's machine.
          env: {
            DATABASE_URL: 'postgres://unit-tier@127.0.0.1:1/none',
            TEST_DATABASE_SERVER: 'postgres://unit-tier@127.0.0.1:1',
            REDIS_URL: 'redis://127.0.0.1:1',
            TEST_REDIS_URL: 'redis://127.0.0.1:1',
            MEILI_URL: 'http://127.0.0.1:1',
            TEST_MEILI_URL: 'http://127.0.0.1:1',
            SMTP_URL: 'smtp://127.0.0.1:1',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: roots.map((r) => `${r}/*.integration.test.ts`),
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
