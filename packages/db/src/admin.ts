import pg from 'pg';

/** The server's maintenance database, for creating and dropping others. */
export function adminUrl(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  u.pathname = '/postgres';
  return u.toString();
}

/** Runs `fn` on a connection to the server's maintenance database, for `databaseUrl`'s database name. */
async function onServer(databaseUrl: string, fn: (client: pg.Client, quotedName: string, name: string) => Promise<void>): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const client = new pg.Client({ connectionString: adminUrl(databaseUrl) });
  await client.connect();
  try {
    await fn(client, `"${name.replaceAll('"', '""')}"`, name);
  } finally {
    await client.end();
  }
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  await onServer(databaseUrl, async (client, quoted, name) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${quoted}`);
  });
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  await onServer(databaseUrl, async (client, quoted) => {
    await client.query(`drop database if exists ${quoted} with (force)`);
  });
}
