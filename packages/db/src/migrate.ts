import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { connectDatabase } from './client.js';

const JOURNAL = join('meta', '_journal.json');

/**
 * Where the migrations are: `MIGRATIONS_DIR` when set, else the nearest `migrations/`
 * folder holding drizzle's journal above this module. That is the repository root both
 * from the sources and from a built bundle (services/…/dist), wherever the tree is installed.
 */
export function migrationsFolder(source: Record<string, string | undefined> = process.env): string {
  if (source.MIGRATIONS_DIR) {
    const dir = resolve(source.MIGRATIONS_DIR);
    if (!existsSync(join(dir, JOURNAL))) throw new Error(`MIGRATIONS_DIR: ${dir} has no ${JOURNAL}`);
    return dir;
  }
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'migrations', JOURNAL))) return join(dir, 'migrations');
    if (dirname(dir) === dir) throw new Error(`no migrations/${JOURNAL} in ${start} or above it; set MIGRATIONS_DIR`);
  }
}

/** Applies pending migrations with drizzle's migrator (drizzle-kit migrate can fail silently). */
export async function applyMigrations(url: string): Promise<void> {
  const folder = migrationsFolder();
  const handle = connectDatabase(url, { max: 1 });
  try {
    await migrate(handle.db, { migrationsFolder: folder });
  } finally {
    await handle.close();
  }
}
