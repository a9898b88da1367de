import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from './admin.js';
import { connectDatabase, type DatabaseHandle } from './client.js';
import { applyMigrations } from './migrate.js';

export const TEST_DATABASE_SERVER = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

/** A fresh, migrated database of its own for one test file; `drop()` removes it. */
export async function createTestDatabase(label = 'test'): Promise<DatabaseHandle & { url: string; drop(): Promise<void> }> {
  const url = `${TEST_DATABASE_SERVER}/enlace_${label}_${randomBytes(4).toString('hex')}`;
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
