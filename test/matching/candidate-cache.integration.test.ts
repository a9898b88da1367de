import { offerBody, type TestUser } from '@enlace/api/testing';
import { listings } from '@enlace/db';
import { CandidateCache, candidateReader } from '@enlace/matchmaking';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSettled } from '../eval/settle.js';
import { type Stack, startStack } from '../support.js';

/*
 * The worker keeps candidates' rows and profiles from one match batch to the next; a
 * kept copy must never stand in for a row that changed since.
 */
let stack: Stack;
let staff: TestUser;

beforeAll(async () => {
  stack = await startStack('candidatecache');
  staff = await stack.api.user('staff');
});
afterAll(() => stack.close());

async function publishedOffer(title: string): Promise<string> {
  const created = await stack.api.app.inject({ method: 'POST', url: '/v1/listings', headers: staff.headers, payload: offerBody('BR', { title }) });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json() as { id: string };
  await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: staff.headers });
  return id;
}

describe('candidates kept between match batches', () => {
  it('are served from the cache while their row is unchanged, and read again once it changes', async () => {
    const id = await publishedOffer('Bancos de leite humano nas maternidades');
    // Matched, hence profiled.
    await waitUntilSettled(stack.api.db, stack.api.producer);
    const cache = new CandidateCache();
    const [first] = await candidateReader(stack.api.db, cache)([id]);
    expect(first?.source.title).toBe('Bancos de leite humano nas maternidades');
    // Another batch: the same copy, not a new read.
    const [again] = await candidateReader(stack.api.db, cache)([id]);
    expect(again).toBe(first);

    // Any write to the row, even one no code path announces, makes the copy stale.
    await stack.api.db.update(listings).set({ title: 'Bancos de leite humano e doação' }).where(eq(listings.id, id));
    const [changed] = await candidateReader(stack.api.db, cache)([id]);
    expect(changed).not.toBe(first);
    expect(changed?.source.title).toBe('Bancos de leite humano e doação');
  });

  it('never keeps a candidate without its profile, which would outlive the profile', async () => {
    const id = await publishedOffer('Vigilância epidemiológica nas fronteiras');
    // Read before the worker has profiled it (or right after its content changed).
    await stack.api.db.update(listings).set({ contentHash: 'not-yet-profiled' }).where(eq(listings.id, id));
    const cache = new CandidateCache();
    const [first] = await candidateReader(stack.api.db, cache)([id]);
    const [again] = await candidateReader(stack.api.db, cache)([id]);
    expect(first).toBeDefined();
    expect(again).not.toBe(first);
  });

  it('skips a candidate deleted since it was indexed', async () => {
    const id = await publishedOffer('Gestão de resíduos sólidos urbanos');
    await waitUntilSettled(stack.api.db, stack.api.producer);
    const cache = new CandidateCache();
    await candidateReader(stack.api.db, cache)([id]);
    await stack.api.db.delete(listings).where(eq(listings.id, id));
    expect(await candidateReader(stack.api.db, cache)([id])).toEqual([]);
  });
});
