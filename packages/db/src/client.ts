import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Database = NodePgDatabase<typeof schema>;
/** A database handle or an open transaction: verbs accept either. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DbOrTx = Database | Tx;

export interface DatabaseHandle {
  readonly db: Database;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

export function connectDatabase(url: string, options: { max?: number; onError?: (err: Error) => void; connectTimeoutMs?: number } = {}): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // How long to wait for a connection (a free one from the pool, or a new one): what
    // lets an API request fail fast, as a 503, while PostgreSQL is away. pg's default,
    // 0, waits without end, which suits batch work that should simply resume.
    connectionTimeoutMillis: options.connectTimeoutMs ?? 0,
    // Notice a peer that vanished without closing the socket (a host gone, a cut network).
    keepAlive: true,
  });
  // An idle client's error is emitted on the pool; unhandled it would crash the process.
  pool.on('error', options.onError ?? ((err) => console.error('postgres pool error', err)));
  const db = drizzle(pool, { schema, casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}
