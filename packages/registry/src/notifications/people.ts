import { type DbOrTx, subscriptions, users } from '@enlace/db';
import type { Language } from '@enlace/domain';
import { type Preferences, defaultPreferences } from '@enlace/messages';
import { and, eq, inArray, isNull } from 'drizzle-orm';

/** Someone who may be told something, with how they want to hear it. */
export interface Recipient {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly country: string | null;
  readonly prefs: Preferences;
  /** The sealed webhook signing secret, when the person has a webhook. */
  readonly webhookSecret: string | null;
  /** Signed into the person's unsubscribe links; replaced to invalidate them. */
  readonly unsubscribeNonce: string;
}

const columns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  country: users.country,
  userLanguage: users.language,
  unsubscribeNonce: users.unsubscribeNonce,
  sub: subscriptions,
};

function toRecipient(r: {
  userId: string;
  email: string;
  name: string;
  role: string;
  country: string | null;
  userLanguage: string;
  unsubscribeNonce: string;
  sub: typeof subscriptions.$inferSelect | null;
}): Recipient {
  const prefs: Preferences = r.sub
    ? {
        channels: r.sub.channels,
        frequency: r.sub.frequency,
        sectors: r.sub.sectors,
        sdgGoals: r.sub.sdgGoals,
        minScore: r.sub.minScore,
        language: r.sub.language as Language,
        digestHour: r.sub.digestHour,
        digestWeekday: r.sub.digestWeekday,
        burstMinutes: r.sub.burstMinutes,
        dailySuggestionEmails: r.sub.dailySuggestionEmails,
        webhookUrl: r.sub.webhookUrl,
      }
    : defaultPreferences(r.userLanguage as Language);
  return {
    userId: r.userId,
    email: r.email,
    name: r.name,
    role: r.role,
    country: r.country,
    prefs,
    webhookSecret: r.sub?.webhookSecret ?? null,
    unsubscribeNonce: r.unsubscribeNonce,
  };
}

function select(db: DbOrTx) {
  return db.select(columns).from(users).leftJoin(subscriptions, eq(subscriptions.userId, users.id));
}

/** The active focal points of these countries. */
export async function focalPointsOf(db: DbOrTx, countries: readonly string[]): Promise<Recipient[]> {
  if (countries.length === 0) return [];
  const rows = await select(db).where(and(eq(users.role, 'focal_point'), inArray(users.country, [...countries]), isNull(users.disabledAt)));
  return rows.map(toRecipient);
}

/** These people, if still active. */
export async function recipientsById(db: DbOrTx, ids: readonly string[]): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  const rows = await select(db).where(and(inArray(users.id, [...ids]), isNull(users.disabledAt)));
  return rows.map(toRecipient);
}

/** The people a batch of events may concern, read at once: focal points by country, and named people. */
export interface PeopleBook {
  focalPoints(country: string): readonly Recipient[];
  byId(userId: string): Recipient | undefined;
}

export async function peopleBook(db: DbOrTx, countries: Iterable<string>, ids: Iterable<string>): Promise<PeopleBook> {
  const [focal, named] = await Promise.all([focalPointsOf(db, [...new Set(countries)]), recipientsById(db, [...new Set(ids)])]);
  const byCountry = new Map<string, Recipient[]>();
  for (const r of focal) if (r.country) byCountry.set(r.country, [...(byCountry.get(r.country) ?? []), r]);
  const byId = new Map(named.map((r) => [r.userId, r]));
  return { focalPoints: (country) => byCountry.get(country) ?? [], byId: (userId) => byId.get(userId) };
}
