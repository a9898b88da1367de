import { type SQL, sql } from 'drizzle-orm';

/** The SQL name of a column from its schema key: the schema is declared with `casing: 'snake_case'`. */
export const columnName = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The `set` of an upsert that takes these columns from the incoming row
 * (`excluded.<column>`), as drizzle's docs suggest for conflict updates.
 */
export function fromIncoming<K extends string>(keys: readonly K[]): Record<K, SQL> {
  return Object.fromEntries(keys.map((k) => [k, sql.raw(`excluded.${columnName(k)}`)])) as Record<K, SQL>;
}
