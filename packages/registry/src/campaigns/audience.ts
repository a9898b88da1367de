import { type CampaignAudience, type DbOrTx, listings, users } from '@enlace/db';
import { countriesIn } from '@enlace/domain';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Recipient, recipientsById } from '../notifications/people.js';

/**
 * The countries an audience names today: its groupings and countries, narrowed by its
 * live condition (a country that has since published an offer no longer has "no
 * published offer").
 */
export async function resolveCountries(db: DbOrTx, audience: CampaignAudience): Promise<string[]> {
  const named = new Set<string>([...(audience.countries ?? []), ...(audience.groups ?? []).flatMap((g) => countriesIn(g) ?? [])]);
  if (!audience.condition || named.size === 0) return [...named].sort();
  const kind = audience.condition === 'no_published_offer' ? 'offer' : audience.condition === 'no_published_demand' ? 'demand' : undefined;
  const having = await db
    .selectDistinct({ country: listings.country })
    .from(listings)
    .where(and(eq(listings.status, 'published'), inArray(listings.country, [...named]), kind ? eq(listings.kind, kind) : undefined));
  const excluded = new Set(having.map((r) => r.country));
  return [...named].filter((c) => !excluded.has(c)).sort();
}

/** The people who speak for these countries in the roles the audience names, active only. */
export async function resolveRecipients(
  db: DbOrTx,
  countries: readonly string[],
  roles: readonly ('focal_point' | 'agency_officer')[] = ['focal_point', 'agency_officer'],
): Promise<Recipient[]> {
  if (countries.length === 0) return [];
  const ids = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.country, [...countries]), inArray(users.role, [...roles]), isNull(users.disabledAt)))
    .orderBy(users.country, sql`lower(${users.email})`);
  const people = await recipientsById(
    db,
    ids.map((r) => r.id),
  );
  const order = new Map(ids.map((r, i) => [r.id, i]));
  return people.sort((a, b) => order.get(a.userId)! - order.get(b.userId)!);
}
