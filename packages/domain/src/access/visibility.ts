/*
 * A visibility rule as data. Listings and experts are seen the same way: everything by
 * the secretariat; otherwise those in a public status by anyone, and the rest by the
 * record's own country. The policy answers for one record from this value, the registry
 * turns it into SQL and the search package into a Meilisearch filter, so the three cannot
 * disagree.
 */

export type Visibility<S extends string> =
  /** Every record, whatever its status or country. */
  | { readonly all: true }
  /** Records in one of `statuses`, plus every record of `country` (when not null). */
  | { readonly all: false; readonly statuses: readonly S[]; readonly country: string | null };

/** Whether a record with this status and country is inside what the rule lets one see. */
export function isVisible<S extends string>(rule: Visibility<S>, record: { readonly status: S; readonly country: string }): boolean {
  if (rule.all) return true;
  return rule.statuses.includes(record.status) || (rule.country !== null && rule.country === record.country);
}
