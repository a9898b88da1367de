import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_DATABASE_SERVER } from '@enlace/db/testing';
import { ensureApertium, ensureMeilisearch, ensurePostgres, ensureRedis, STATE_DIR } from '@enlace/devstack';
import { TEST_REDIS_URL, freePort } from '@enlace/devstack/testing';

/**
 * Once per test run: PostgreSQL and Redis must answer (started if they are local and
 * stopped), Apertium is installed for the ranking, and a Meilisearch of this run's own
 * starts from the bundled binary on a free port with an empty data folder, so that no
 * developer's instance or earlier benchmark can slow or disturb the tests. The test
 * files inherit its address through the environment.
 */
export default async function setup() {
  await ensurePostgres(`${TEST_DATABASE_SERVER}/postgres`);
  await ensureRedis(TEST_REDIS_URL);
  ensureApertium();
  if (process.env.TEST_MEILI_URL) return;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const key = 'enlace-test-run-master-key';
  const dataDir = join(STATE_DIR, `meili-test-run-${port}`);
  const { pid } = await ensureMeilisearch(url, key, dataDir);
  process.env.TEST_MEILI_URL = url;
  process.env.TEST_MEILI_KEY = key;
  return () => {
    if (pid) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
