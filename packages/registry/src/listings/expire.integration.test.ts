import { createTestDatabase } from '@enlace/db/testing';
import { auditLog, listings } from '@enlace/db';
import { type Actor, SYSTEM, fixedClock } from '@enlace/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../users/users.js';
import { createListing } from './create.js';
import { expireListings } from './expire.js';
import { transitionListing } from './transition.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let staff: Actor;
const clock = fixedClock('2026-11-21');

beforeAll(async () => {
  database = await createTestDatabase('expire');
  const user = await createUser({ db: database.db, clock, actor: SYSTEM }, { email: 'staff@x.example.org', name: 'Staff', role: 'staff' });
  staff = { kind: 'user', userId: user.id, role: 'staff', country: null, institutionId: null };
});
afterAll(() => database.drop());

async function publishedOffer(validUntil: string): Promise<string> {
  const ctx = { db: database.db, clock, actor: staff };
  const { id } = await createListing(ctx, {
    kind: 'offer',
    title: 'Bancos de leite humano: implantação e qualidade',
    description: 'Apoio técnico para implantar bancos de leite humano, com formação das equipes e controle de qualidade.',
    language: 'pt',
    country: 'BR',
    institution: { name: 'Fundação Oswaldo Cruz', type: 'government' },
    sectors: ['health'],
    sdgTargets: ['3.2'],
    validUntil,
  });
  await transitionListing(ctx, id, 'publish');
  return id;
}

const auditOf = (id: string) =>
  database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'listing.expired')));

describe('expiring listings by date', () => {
  it('writes an audit record for each listing it expires, naming no person', async () => {
    const past = await publishedOffer('2026-12-31');
    const current = await publishedOffer('2027-06-30');

    expect(await expireListings({ db: database.db, clock: fixedClock('2027-01-01') })).toBe(1);

    const [expired] = await database.db.select({ status: listings.status }).from(listings).where(eq(listings.id, past));
    expect(expired!.status).toBe('expired');
    expect(await auditOf(past)).toEqual([
      expect.objectContaining({ actorUserId: null, entityType: 'listing', detail: { reason: 'validUntil before 2027-01-01', validUntil: '2026-12-31' } }),
    ]);
    expect(await auditOf(current)).toEqual([]);
  });

  it('writes nothing when nothing has expired', async () => {
    const before = await database.db.select().from(auditLog).where(eq(auditLog.action, 'listing.expired'));
    expect(await expireListings({ db: database.db, clock: fixedClock('2027-01-01') })).toBe(0);
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, 'listing.expired'))).toHaveLength(before.length);
  });
});
