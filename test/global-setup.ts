import { join } from 'node:path';
import { ensureApertium, ensureMeilisearch, ensurePostgres, ensureRedis, STATE_DIR } from '@enlace/devstack';
import { TEST_DATABASE_SERVER } from '@enlace/db/testing';
import { TEST_MEILI_KEY, TEST_MEILI_URL, TEST_REDIS_URL } from '@enlace/devstack/testing';

/**
 * Once per test run: PostgreSQL and Redis must answer (started if they are local and
 * stopped), a Meilisearch of the tests' own runs from the bundled binary, and Apertium
 * is installed for the ranking.
 */
export default async function setup() {
  await ensurePostgres(`${TEST_DATABASE_SERVER}/postgres`);
  await ensureRedis(TEST_REDIS_URL);
  await ensureMeilisearch(TEST_MEILI_URL, TEST_MEILI_KEY, join(STATE_DIR, 'meili-test'));
  ensureApertium();
}
