import { matches } from '@enlace/db';
import ExcelJS from 'exceljs';
import { countriesIn, type ListingView as Listing, SECTORS, settableClock } from '@enlace/domain';
import { replaceMatches } from '@enlace/registry/internal';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi, type TestUser, offerBody, startTestApi } from './testing.js';

/*
 * Every statistic against a count made here, independently, from what the test seeded:
 * published listings of several countries, sectors, goals and months, drafts that must
 * never show to anyone but staff, and matches taken to each stage on known days.
 */
let api: TestApi;
let staff: TestUser;
let focal: Record<string, TestUser>;
// People sign in at the start of June: their sessions outlive the earlier days the seed goes back to.
const clock = settableClock('2026-06-01T00:00:00Z');
const published: Listing[] = [];
const drafts: Listing[] = [];

type Response = Awaited<ReturnType<TestApi['app']['inject']>>;
const get = (url: string, user?: TestUser): Promise<Response> => api.app.inject({ url, ...(user ? { headers: user.headers } : {}) });
const post = (url: string, user: TestUser, payload?: object): Promise<Response> =>
  api.app.inject({ method: 'POST', url, headers: user.headers, ...(payload !== undefined ? { payload } : {}) });

/** The seed: country, kind, sectors, SDG targets, modality, language, the day it is published (or a draft). */
const SEED = [
  ['BR', 'offer', ['health'], ['3.2'], 'training', 'pt', '2026-03-10'],
  ['BR', 'offer', ['education', 'health'], ['4.1'], 'expert_mission', 'pt', '2026-04-02'],
  ['BR', 'demand', ['agriculture_livestock'], ['2.3'], 'training', 'pt', '2026-04-20'],
  ['MX', 'offer', ['water_sanitation'], ['6.1'], 'technical_assistance', 'es', '2026-04-21'],
  ['HT', 'demand', ['health'], ['3.1', '3.2'], 'training', 'fr', '2026-05-05'],
  ['HT', 'demand', ['water_sanitation'], ['6.b'], 'technical_assistance', 'fr', '2026-05-06'],
  ['JM', 'demand', ['education'], ['4.1'], 'training', 'en', '2026-05-07'],
  ['TT', 'demand', ['health'], ['3.2'], 'training', 'en', null],
  ['AR', 'offer', ['environment'], ['13.1'], 'training', 'es', null],
] as const;

async function seed() {
  for (const [country, kind, sectors, sdgTargets, modality, language, day] of SEED) {
    clock.set(day ?? '2026-05-08');
    const created = await post(
      '/v1/listings',
      staff,
      offerBody(country, { kind, sectors, sdgTargets, modalities: [modality], language, title: `${kind} ${country} ${sectors[0]}` }),
    );
    expect(created.statusCode, created.body).toBe(201);
    if (!day) {
      drafts.push(created.json());
      continue;
    }
    const done = await post(`/v1/listings/${created.json().id}/publish`, staff);
    expect(done.statusCode, done.body).toBe(200);
    published.push(done.json());
  }
}

/** A Brazil → Haiti pair found on `day`, then taken through `steps`, one day apart. */
async function matchThrough(offer: Listing, demand: Listing, day: string, steps: ('interestHT' | 'interestBR' | 'agree' | 'start' | 'complete' | 'decline')[]) {
  clock.set(day);
  await replaceMatches(
    api.db,
    { id: offer.id, kind: 'offer', version: offer.version },
    [{ counterpartId: demand.id, counterpartVersion: demand.version, score: 0.8, reasons: [] }],
    {
      announceAt: 0.6,
      now: clock.now(),
    },
  );
  const [row] = await api.db
    .select({ id: matches.id })
    .from(matches)
    .where(and(eq(matches.offerId, offer.id), eq(matches.demandId, demand.id)));
  const id = row!.id;
  const STEP = {
    interestHT: () => post(`/v1/matches/${id}/interest`, focal.HT!, { message: 'Nous sommes intéressés.' }),
    interestBR: () => post(`/v1/matches/${id}/interest`, focal.BR!, { message: 'Com prazer.' }),
    agree: () => post(`/v1/matches/${id}/agree`, staff, { modality: 'training', startDate: '2026-09-01', responsibilities: 'Fiocruz trains; MSPP hosts.' }),
    start: () => post(`/v1/matches/${id}/start`, staff),
    complete: () => post(`/v1/matches/${id}/complete`, staff, { summary: 'Two milk banks opened.', lessonsLearned: 'Train on site, not remotely.' }),
    decline: () => post(`/v1/matches/${id}/decline`, focal.BR!, { reason: 'Our trainers are busy this year.' }),
  };
  let at = Date.parse(`${day}T12:00:00Z`);
  for (const step of steps) {
    at += 86_400_000 * 2;
    clock.set(new Date(at));
    const res = await STEP[step]();
    expect(res.statusCode, `${step}: ${res.body}`).toBe(200);
  }
  return id;
}

beforeAll(async () => {
  api = await startTestApi({ label: 'stats', clock });
  staff = await api.user('staff');
  focal = { BR: await api.user('focal_point', { country: 'BR' }), HT: await api.user('focal_point', { country: 'HT' }) };
  await seed();
  const [brHealth, brEducation] = published;
  const htHealth = published.find((l) => l.country === 'HT' && l.sectors.includes('health'))!;
  const htWater = published.find((l) => l.country === 'HT' && l.sectors.includes('water_sanitation'))!;
  await matchThrough(brHealth!, htHealth, '2026-06-01', ['interestHT', 'interestBR', 'agree', 'start', 'complete']);
  await matchThrough(brEducation!, htHealth, '2026-06-02', ['interestHT', 'interestBR', 'agree']);
  await matchThrough(brHealth!, htWater, '2026-06-03', ['interestHT', 'decline']);
  await matchThrough(brEducation!, htWater, '2026-06-04', []);
}, 120_000);
afterAll(() => api?.close());

/** Counts by key, offers and demands apart, from listings and a way to read their keys. */
function countBy(listings: readonly Listing[], keys: (l: Listing) => readonly string[]) {
  const out = new Map<string, { offers: number; demands: number; total: number }>();
  for (const l of listings)
    for (const k of new Set(keys(l))) {
      const c = out.get(k) ?? { offers: 0, demands: 0, total: 0 };
      c[l.kind === 'offer' ? 'offers' : 'demands'] += 1;
      c.total += 1;
      out.set(k, c);
    }
  return out;
}
const asMap = (items: { key: string; offers: number; demands: number; total: number }[]) => new Map(items.map(({ key, ...c }) => [key, c]));

describe('listings counted', () => {
  it('by country, each country a provider (offers) and a recipient (demands), published only for everyone', async () => {
    const stats = (await get('/v1/stats/listings?by=country')).json();
    expect(stats.scope).toBe('published');
    expect(asMap(stats.items)).toEqual(countBy(published, (l) => [l.country]));
    expect(stats.totals).toEqual({ offers: 3, demands: 4, total: 7 });
    // The drafts of Trinidad and Tobago and Argentina's: no figure shows them to anyone but staff.
    for (const who of [undefined, focal.BR]) {
      const items = (await get('/v1/stats/listings?by=country', who)).json().items as { key: string }[];
      expect(items.map((i) => i.key)).not.toContain('TT');
    }
    const all = (await get('/v1/stats/listings?by=country', staff)).json();
    expect(all.scope).toBe('all');
    expect(asMap(all.items)).toEqual(countBy([...published, ...drafts], (l) => [l.country]));
  });

  it('by sector, sector area, SDG goal and target, modality, language and month, as counted here', async () => {
    const area = new Map<string, string>(SECTORS.map((s) => [s.code, s.area]));
    const expected: Record<string, (l: Listing) => readonly string[]> = {
      sector: (l) => l.sectors,
      sectorArea: (l) => l.sectors.map((s) => area.get(s)!),
      sdgGoal: (l) => l.sdgGoalsEffective.map(String),
      sdgTarget: (l) => l.sdgTargets ?? [],
      modality: (l) => l.modalities ?? [],
      language: (l) => [l.language],
      month: (l) => [l.publishedAt!.slice(0, 7)],
    };
    for (const [by, keys] of Object.entries(expected)) {
      const stats = (await get(`/v1/stats/listings?by=${by}`)).json();
      expect(asMap(stats.items), by).toEqual(countBy(published, keys));
    }
    const months = (await get('/v1/stats/listings?by=month')).json().items.map((i: { key: string }) => i.key);
    expect(months).toEqual(['2026-03', '2026-04', '2026-05']);
  });

  it('narrowed by period, grouping, country, sector and SDG goal', async () => {
    const caricom = new Set(countriesIn('caricom'));
    const cases: [string, (l: Listing) => boolean][] = [
      ['from=2026-04-01&to=2026-04-30', (l) => l.publishedAt! >= '2026-04-01' && l.publishedAt! < '2026-05-01'],
      ['group=caricom', (l) => caricom.has(l.country)],
      ['country=HT', (l) => l.country === 'HT'],
      ['sector=health', (l) => l.sectors.includes('health')],
      ['sdgGoal=6', (l) => l.sdgGoalsEffective.includes(6)],
    ];
    for (const [query, keep] of cases) {
      const stats = (await get(`/v1/stats/listings?by=country&${query}`)).json();
      expect(asMap(stats.items), query).toEqual(countBy(published.filter(keep), (l) => [l.country]));
    }
  });

  it('names the field of a bad request', async () => {
    for (const [query, field] of [
      ['by=planet', 'by'],
      ['group=atlantis', 'group'],
      ['from=2026-05-01&to=2026-04-01', 'to'],
      ['sdgGoal=18', 'sdgGoal'],
    ]) {
      const res = await get(`/v1/stats/listings?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors[0].field, query).toBe(field);
    }
  });
});

describe('matches counted', () => {
  it('the funnel: how many reached each stage, the conversion, and the median days of each step', async () => {
    const funnel = (await get('/v1/stats/funnel')).json();
    const by = Object.fromEntries(funnel.stages.map((s: { stage: string }) => [s.stage, s]));
    // Four pairs found; three with interest; two mutual and agreed; one started and completed.
    expect(funnel.stages.map((s: { reached: number }) => s.reached)).toEqual([4, 3, 2, 2, 1, 1]);
    expect(by.interested.conversion).toBe(0.75);
    expect(by.mutual.conversion).toBe(0.667);
    expect(by.agreed.conversion).toBe(1);
    expect(by.in_progress.conversion).toBe(0.5);
    // Each step was taken two days after the previous one.
    for (const stage of ['interested', 'mutual', 'agreed', 'in_progress', 'completed']) expect(by[stage].medianDays, stage).toBe(2);
    expect(funnel.declined).toBe(1);
    expect(funnel.dismissed).toBe(0);

    const june2 = (await get('/v1/stats/funnel?from=2026-06-02&to=2026-06-03')).json();
    expect(june2.stages[0].reached).toBe(2);
    expect((await get('/v1/stats/funnel?country=AR')).json().stages[0].reached).toBe(0);
  });

  it('cooperation flows from provider to recipient, agreed or further', async () => {
    const flows = (await get('/v1/stats/flows')).json();
    expect(flows.items).toEqual([{ provider: 'BR', recipient: 'HT', agreed: 1, inProgress: 0, completed: 1, total: 2 }]);
    expect((await get('/v1/stats/flows?sector=water_sanitation')).json().items).toEqual([]);
  });
});

describe('coverage of the member states', () => {
  it('counts the OAS member states with at least one published offer or demand, drafts never', async () => {
    const cov = (await get('/v1/stats/coverage', staff)).json();
    const members = countriesIn('oas')!;
    expect(cov.members).toBe(members.length);
    const present = new Set(published.map((l) => l.country));
    expect(cov.covered).toBe(members.filter((c) => present.has(c)).length);
    expect(cov.items.find((i: { country: string }) => i.country === 'TT')).toEqual({ country: 'TT', offers: 0, demands: 0, covered: false });
    expect(cov.items.find((i: { country: string }) => i.country === 'HT')).toEqual({ country: 'HT', offers: 0, demands: 2, covered: true });
    const caricom = (await get('/v1/stats/coverage?group=caricom')).json();
    expect(caricom.members).toBe(countriesIn('caricom')!.length);
    expect(caricom.covered).toBe(countriesIn('caricom')!.filter((c) => present.has(c)).length);
  });

  it('every statistic is in the OpenAPI document, under statistics', async () => {
    const doc = (await get('/openapi.json')).json();
    for (const path of ['/v1/stats/listings', '/v1/stats/funnel', '/v1/stats/flows', '/v1/stats/coverage'])
      expect(doc.paths[path].get.tags).toEqual(['statistics']);
  });
});

describe('the concise report', () => {
  it('compares a period with the one before, names the themes, the unmet demands and the cooperation completed, for staff only', async () => {
    const june = (await get('/v1/stats/report?from=2026-06-01&to=2026-06-30', staff)).json();
    expect(june.previous).toEqual({ from: '2026-05-02', to: '2026-05-31' });
    const figure = (key: string) => june.figures.find((f: { key: string }) => f.key === key);
    // Nothing was published in June; Haiti's two demands and Jamaica's were in May.
    expect(figure('demands')).toEqual({ key: 'demands', current: 0, previous: 3 });
    expect(figure('matchesFound')).toEqual({ key: 'matchesFound', current: 4, previous: 0 });
    expect(figure('cooperationCompleted')).toEqual({ key: 'cooperationCompleted', current: 1, previous: 0 });
    // Demands with no cooperation agreed: Brazil's, Haiti's water demand (declined, then only suggested) and Jamaica's; oldest first.
    expect(june.unmet.total).toBe(3);
    expect(june.unmet.items.map((d: { country: string; sectors: string[] }) => `${d.country} ${d.sectors[0]}`)).toEqual([
      'BR agriculture_livestock',
      'HT water_sanitation',
      'JM education',
    ]);
    expect(june.completed).toEqual([
      expect.objectContaining({ provider: 'BR', recipient: 'HT', summary: 'Two milk banks opened.', lessonsLearned: 'Train on site, not remotely.' }),
    ]);

    const spring = (await get('/v1/stats/report?from=2026-03-01&to=2026-05-31', staff)).json();
    expect(spring.themes.offered[0]).toEqual({ sector: 'health', count: 2 });
    expect(spring.themes.asked.map((t: { sector: string }) => t.sector).sort()).toEqual(['agriculture_livestock', 'education', 'health', 'water_sanitation']);

    expect((await get('/v1/stats/report', focal.BR)).statusCode).toBe(403);
    expect((await get('/v1/stats/report')).statusCode).toBe(401);
  });

  it('downloads each table as CSV and all of them as a workbook, in the reader’s language', async () => {
    const csv = await get('/v1/stats/report.csv?table=completed&from=2026-06-01&to=2026-06-30&lang=fr', staff);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('enlace-report-completed.csv');
    const [header, row] = csv.body.trim().split('\n');
    expect(header).toBe('Pays offrant,Pays bénéficiaire,Offre,Demande,Achevée,Ce qui a été fait,Enseignements tirés');
    expect(row).toContain('Brésil,Haïti');
    expect(row).toContain('Train on site, not remotely.');
    expect((await get('/v1/stats/report.csv?table=secrets', staff)).json().errors[0].field).toBe('table');

    const xlsx = await api.app.inject({ url: '/v1/stats/report.xlsx?from=2026-06-01&to=2026-06-30&lang=es', headers: staff.headers });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Cifras clave', 'Temas', 'Demandas sin atender', 'Cooperación concluida']);
    expect(book.getWorksheet('Demandas sin atender')!.rowCount).toBe(4);
    expect(book.getWorksheet('Cifras clave')!.getRow(2).getCell(1).value).toBe('Ofertas publicadas');
  });
});
