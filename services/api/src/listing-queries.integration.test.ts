import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, type TestUser, offerBody, startTestApi } from './testing.js';

let api: TestApi;
let staff: TestUser;
let focalCO: TestUser;

/** Publishes a listing as staff and returns its id. */
async function published(body: Record<string, unknown>): Promise<string> {
  const created = await api.app.inject({ method: 'POST', url: '/v1/listings', headers: staff.headers, payload: body });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json();
  await api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: staff.headers });
  return id;
}

beforeAll(async () => {
  api = await startTestApi({ label: 'queries' });
  staff = await api.user('staff');
  focalCO = await api.user('focal_point', { country: 'CO' });
  for (let i = 0; i < 7; i++) await published(offerBody('BR', { externalId: `BR-OF-${i}` }));
  await published(
    offerBody('CO', {
      kind: 'demand',
      externalId: 'CO-DM-1',
      language: 'es',
      title: 'Vigilancia epidemiológica de campo',
      sectors: ['health'],
      sdgTargets: ['3.d'],
      modalities: ['training', 'internship'],
    }),
  );
  await published(
    offerBody('HT', {
      kind: 'demand',
      externalId: 'HT-DM-1',
      language: 'fr',
      title: 'Cantines scolaires et achats locaux',
      sectors: ['education', 'agriculture_livestock'],
      sdgTargets: ['2.1'],
      sdgGoals: [4],
      modalities: ['study_visit'],
    }),
  );
  // A draft of Colombia: visible to Colombia and the secretariat only.
  await api.app.inject({ method: 'POST', url: '/v1/listings', headers: focalCO.headers, payload: offerBody('CO', { externalId: 'CO-DRAFT', language: 'es' }) });
});
afterAll(() => api.close());

const ids = async (query: string, user?: TestUser) => {
  const res = await api.app.inject({ url: `/v1/listings?${query}`, ...(user ? { headers: user.headers } : {}) });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { externalId: string }[]).map((l) => l.externalId);
};

describe('listing filters', () => {
  it.each([
    ['kind=demand', ['HT-DM-1', 'CO-DM-1']],
    ['kind=demand&externalId=CO-DM-1', ['CO-DM-1']],
    ['country=HT,CO', ['HT-DM-1', 'CO-DM-1']],
    ['sector=agriculture_livestock', ['HT-DM-1']],
    ['sdgGoal=2', ['HT-DM-1']], // implied by target 2.1
    ['sdgGoal=4', ['HT-DM-1']], // declared
    ['sdgTarget=3.d', ['CO-DM-1']],
    ['modality=internship,study_visit', ['HT-DM-1', 'CO-DM-1']],
    ['language=fr', ['HT-DM-1']],
    ['status=draft', []],
  ])('%s', async (query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  it('a country sees its own drafts; others and the public do not', async () => {
    expect(await ids('status=draft', focalCO)).toEqual(['CO-DRAFT']);
    expect(await ids('status=draft', staff)).toEqual(['CO-DRAFT']);
    expect(await ids('externalId=CO-DRAFT')).toEqual([]);
  });
});

describe('cursor pagination', () => {
  it('walks every listing once, newest first, and says when it is done', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await api.app.inject({ url: `/v1/listings?limit=3${cursor ? `&cursor=${cursor}` : ''}` });
      const page = res.json();
      seen.push(...page.items.map((l: { externalId: string }) => l.externalId));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['HT-DM-1', 'CO-DM-1', ...Array.from({ length: 7 }, (_, i) => `BR-OF-${6 - i}`)]);
  });

  it('refuses a cursor it did not issue', async () => {
    const res = await api.app.inject({ url: '/v1/listings?cursor=abc' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('cursor');
  });
});

describe('institutions', () => {
  it('are listed by country and found by name or acronym', async () => {
    const res = await api.app.inject({ url: '/v1/institutions?country=BR&q=fiocruz' });
    expect(res.json().items).toEqual([expect.objectContaining({ country: 'BR', name: 'Fundação Oswaldo Cruz', acronym: 'Fiocruz' })]);
  });
});
