import { offerBody, type TestUser } from '@enlace/api/testing';
import { listingProfiles } from '@enlace/db';
import type { TermProfile } from '@enlace/matching';
import { CorpusStatsCache } from '@enlace/matchmaking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSettled } from '../eval/settle.js';
import { type Stack, startStack } from '../support.js';

/*
 * The ranking's document frequencies: read in full from the stored profiles, and kept.
 * A catalogue's new profiles are counted in as they come rather than every profile read
 * again per batch; a small corpus, where each listing moves the counts, is read again.
 */
let stack: Stack;
let staff: TestUser;

beforeAll(async () => {
  stack = await startStack('corpusstats');
  staff = await stack.api.user('staff');
  for (const title of ['Bancos de leite humano nas maternidades', 'Vigilância epidemiológica nas fronteiras']) {
    const { id } = (await stack.api.app.inject({ method: 'POST', url: '/v1/listings', headers: staff.headers, payload: offerBody('BR', { title }) })).json();
    await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: staff.headers });
  }
  await waitUntilSettled(stack.api.db, stack.api.producer);
});
afterAll(() => stack.close());

const newProfile: TermProfile = { terms: { zzyzx: 1, leite: 1 }, surface: {}, pivotWords: {} };

describe('the corpus statistics', () => {
  it('of a large corpus count new profiles in, under a new version, without reading the corpus again', async () => {
    const cache = new CorpusStatsCache(stack.api.db, { largeFrom: 1 });
    const before = await cache.get();
    expect(before.documents).toBe(2);
    const leite = before.df('leite');
    // Were the corpus read again, these would be gone.
    await stack.api.db.delete(listingProfiles);
    cache.added([newProfile]);
    const after = await cache.get();
    expect(after.documents).toBe(3);
    expect(after.df('zzyzx')).toBe(1);
    expect(after.df('leite')).toBe(leite + 1);
    expect(after.version).not.toBe(before.version);
    // The counts a batch was scoring with stay as they were.
    expect(before.df('zzyzx')).toBe(0);
  });

  it('of a small corpus are read again after new profiles, and in any case once they are old', async () => {
    // The test before emptied the profiles table.
    const small = new CorpusStatsCache(stack.api.db);
    expect((await small.get()).documents).toBe(0);
    small.added([newProfile]);
    // Read again: the profiles are gone from the table, so is the one just counted.
    expect((await small.get()).documents).toBe(0);

    // Counted in at once (every corpus is large here), then read again in full once old.
    const aging = new CorpusStatsCache(stack.api.db, { largeFrom: 0, maxAgeMs: 0 });
    await aging.get();
    aging.added([newProfile]);
    await new Promise((r) => setTimeout(r, 5));
    expect((await aging.get()).documents).toBe(0);
    const fresh = new CorpusStatsCache(stack.api.db, { largeFrom: 0 });
    await fresh.get();
    fresh.added([newProfile]);
    expect((await fresh.get()).documents).toBe(1);
  });
});
