import { randomBytes } from 'node:crypto';
import { connectDatabase, type DatabaseHandle, applyMigrations } from '@enlace/db';
import { dropDatabase, ensureDatabase, ensurePostgres } from './services.js';

export const TEST_DATABASE_SERVER = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A fresh, migrated database of its own for one test file; `drop()` removes it. */
export async function createTestDatabase(label = 'test'): Promise<DatabaseHandle & { url: string; drop(): Promise<void> }> {
  const url = `${TEST_DATABASE_SERVER}/enlace_${label}_${randomBytes(4).toString('hex')}`;
  await ensurePostgres(url);
  await ensureDatabase(url);
  await applyMigrations(url);
  const handle = connectDatabase(url, { max: 5, onError: () => {} });
  return {
    ...handle,
    url,
    async drop() {
      await handle.close();
      await dropDatabase(url);
    },
  };
}

/** A queue prefix of its own, so parallel test files never share BullMQ keys. */
export function testQueuePrefix(label = 'test'): string {
  return `enlace-${label}-${randomBytes(4).toString('hex')}`;
}
