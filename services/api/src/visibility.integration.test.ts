import { experts, listings } from '@enlace/db';
import {
  ANONYMOUS,
  type Actor,
  EXPERT_STATUSES,
  LISTING_STATUSES,
  type Role,
  SYSTEM,
  canReadExpert,
  canReadListing,
  type ExpertStatus,
  type ListingStatus,
} from '@enlace/domain';
import { listExperts, registerExpert } from '@enlace/registry/experts';
import { createListing, listListings } from '@enlace/registry/listings';
import { listingsForIndex } from '@enlace/registry/internal';
import { searchListings, toListingDocument, upsertDocuments } from '@enlace/search';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, offerBody, startTestApi } from './testing.js';

/*
 * The visibility rules are defined once, in the policy, and turned into a SQL condition
 * and a Meilisearch filter. This walks a table of actors over records of every status in
 * two countries and asks the three the same question.
 */

let api: TestApi;
const COUNTRIES = ['BR', 'AR'] as const;
const listingRows: { id: string; country: string; status: ListingStatus }[] = [];
const expertRows: { id: string; country: string; status: ExpertStatus }[] = [];

const person = (role: Role, country: string | null = null): Actor => ({ kind: 'user', userId: randomUUID(), role, country, institutionId: null });
const ACTORS: [string, Actor][] = [
  ['an anonymous caller', ANONYMOUS],
  ['the service itself', SYSTEM],
  ['an officer of BR', person('agency_officer', 'BR')],
  ['a focal point of AR', person('focal_point', 'AR')],
  ['staff', person('staff')],
  ['an admin', person('admin')],
];

beforeAll(async () => {
  api = await startTestApi({ label: 'visibility' });
  const staff = await api.user('staff');
  const ctx = { db: api.db, clock: api.clock, actor: staff.actor };
  for (const country of COUNTRIES) {
    for (const status of LISTING_STATUSES) {
      const { id } = await createListing(ctx, { ...offerBody(country), externalId: `VIS-${country}-${status}` } as Parameters<typeof createListing>[1]);
      await api.db.update(listings).set({ status }).where(eq(listings.id, id));
      listingRows.push({ id, country, status });
    }
    for (const status of EXPERT_STATUSES) {
      const { id } = await registerExpert(
        { ...ctx, actor: ANONYMOUS },
        {
          name: `Expert ${country} ${status}`,
          country,
          institution: { name: 'Ministerio', type: 'government' },
          sectors: ['health'],
          sdgTargets: ['3.2'],
          workingLanguages: ['es'],
          profile: 'Epidemióloga con diez años de experiencia en vigilancia de enfermedades transmisibles.',
          language: 'es',
          contact: { name: 'Contacto', email: `${country}.${status}@x.example.org` },
        },
      );
      await api.db.update(experts).set({ status }).where(eq(experts.id, id));
      expertRows.push({ id, country, status });
    }
  }
  const { found } = await listingsForIndex(
    api.db,
    listingRows.map((r) => r.id),
  );
  await upsertDocuments(
    api.search,
    found.map((s) => toListingDocument(s.listing, s.pivot)),
  );
});
afterAll(() => api?.close());

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('the listing visibility rule, in the policy, in SQL and in the search index', () => {
  it.each(ACTORS)('%s sees the same listings through all three', async (_who, actor) => {
    const policy = sorted(listingRows.filter((r) => canReadListing(actor, r)).map((r) => r.id));
    const page = await listListings({ db: api.db, clock: api.clock, actor }, { limit: 200 });
    const index = await searchListings(api.search, actor, { page: 1, hitsPerPage: 100 });
    expect(sorted(page.items.map((l) => l.id))).toEqual(policy);
    expect(sorted(index.hits.map((h) => h.id))).toEqual(policy);
  });
});

describe('the expert visibility rule, in the policy and in SQL', () => {
  it.each(ACTORS)('%s sees the same experts through both', async (_who, actor) => {
    const policy = sorted(expertRows.filter((r) => canReadExpert(actor, r)).map((r) => r.id));
    const page = await listExperts({ db: api.db, clock: api.clock, actor }, { hitsPerPage: 100 });
    expect(sorted(page.items.map((e) => e.id))).toEqual(policy);
  });
});
