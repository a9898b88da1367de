import type { Visibility } from '@enlace/domain';
import { type Column, type SQL, eq, inArray, or, sql } from 'drizzle-orm';

/**
 * A visibility rule of the policy as a SQL condition on a table's status and country
 * columns; undefined when the rule lets one see everything. The policy defines the rule;
 * this only translates it.
 */
export function visibilitySql<S extends string>(rule: Visibility<S>, columns: { readonly status: Column; readonly country: Column }): SQL | undefined {
  if (rule.all) return undefined;
  const inStatus = rule.statuses.length > 0 ? inArray(columns.status, [...rule.statuses]) : undefined;
  const ownCountry = rule.country !== null ? eq(columns.country, rule.country) : undefined;
  return or(inStatus, ownCountry) ?? sql`false`;
}
