import { runCli } from '@enlace/api/cli';
import { offerBody, type TestUser } from '@enlace/api/testing';
import { QUEUES } from '@enlace/queue';
import { settled } from '@enlace/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSettled } from '../eval/settle.js';
import { eventually, type Stack, startStack } from '../support.js';

let stack: Stack;
let staff: TestUser;
let focalBR: TestUser;

beforeAll(async () => {
  stack = await startStack('indexsync');
  staff = await stack.api.user('staff');
  focalBR = await stack.api.user('focal_point', { country: 'BR' });
});
afterAll(() => stack.close());

const search = async (query: string, user?: TestUser) => {
  const res = await stack.api.app.inject({ url: `/v1/search?${query}`, ...(user ? { headers: user.headers } : {}) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    hits: { id: string; title: string; status: string; highlight: { title: string } }[];
    facets: Record<string, Record<string, number>>;
    totalHits: number;
  };
};
/** The operator's repair, as `enlace search reconcile` runs it. */
const reconcile = () =>
  runCli(['search', 'reconcile'], { db: stack.api.db, clock: stack.api.clock, databaseUrl: stack.api.databaseUrl, search: stack.api.search });
const post = (url: string, user: TestUser, payload?: object) =>
  stack.api.app.inject({ method: 'POST', url, headers: user.headers, ...(payload ? { payload } : {}) });

describe('the search index follows the registry', () => {
  it('follows a listing through create, publish, update, close and delete', async () => {
    const created = await post('/v1/listings', focalBR, offerBody('BR', { title: 'Bancos de leite humano na atenção neonatal' }));
    const { id } = created.json();

    // A draft is indexed for those who may see it, and hidden from the public.
    await eventually(async () => (await search('q=leite humano', focalBR)).hits.some((h) => h.id === id), 20_000, 'draft indexed');
    expect((await search('q=leite humano')).hits).toEqual([]);

    await post(`/v1/listings/${id}/publish`, focalBR);
    const publicHit = await eventually(async () => (await search('q=leite humano')).hits.find((h) => h.id === id), 20_000, 'published searchable');
    expect(publicHit.highlight.title).toContain('<mark>');
    expect(JSON.stringify(publicHit)).not.toContain('contact');

    await stack.api.app.inject({ method: 'PATCH', url: `/v1/listings/${id}`, headers: focalBR.headers, payload: { title: 'Rede de bancos de leite materno' } });
    const updated = await eventually(async () => (await search('q=materno')).hits.find((h) => h.id === id), 20_000, 'update searchable');
    expect(updated.title).toBe('Rede de bancos de leite materno');
    expect((await search('q=neonatal')).hits.some((h) => h.id === id)).toBe(false);

    await post(`/v1/listings/${id}/close`, focalBR);
    await eventually(async () => !(await search('q=materno')).hits.some((h) => h.id === id), 20_000, 'closed hidden');
    expect((await search('q=materno&status=closed', staff)).hits.map((h) => h.id)).toEqual([id]);

    const draft = (await post('/v1/listings', focalBR, offerBody('BR', { title: 'Rascunho sobre vacinação de rotina' }))).json();
    await eventually(async () => (await search('q=vacinação', focalBR)).totalHits === 1, 20_000, 'draft indexed');
    expect((await stack.api.app.inject({ method: 'DELETE', url: `/v1/listings/${draft.id}`, headers: focalBR.headers })).statusCode).toBe(204);
    await eventually(async () => (await search('q=vacinação', staff)).totalHits === 0, 20_000, 'deleted removed');
  });

  it('filters by grouping, sector and target, and counts facets', async () => {
    for (const [country, lang, title, sectors, targets] of [
      ['JM', 'en', 'Hurricane early warning for small island states', ['disaster_management'], ['13.1']],
      ['HT', 'fr', 'Alerte précoce cyclonique communautaire', ['disaster_management'], ['11.5']],
      ['CL', 'es', 'Alerta temprana de tsunamis', ['disaster_management', 'science_technology'], ['11.5']],
    ] as const) {
      const { id } = (await post('/v1/listings', staff, offerBody(country, { language: lang, title, sectors, sdgTargets: targets }))).json();
      await post(`/v1/listings/${id}/publish`, staff);
    }
    await eventually(async () => (await search('sector=disaster_management')).totalHits === 3, 20_000, 'three indexed');
    const caricom = await search('group=caricom&sector=disaster_management');
    expect(caricom.hits.map((h) => h.title).sort()).toEqual(['Alerte précoce cyclonique communautaire', 'Hurricane early warning for small island states']);
    expect((await search('group=south_america&sector=disaster_management')).hits.map((h) => h.title)).toEqual(['Alerta temprana de tsunamis']);
    expect((await search('sdgTarget=11.5')).totalHits).toBe(2);
    const facets = (await search('sector=disaster_management')).facets;
    expect(facets.country).toEqual({ CL: 1, HT: 1, JM: 1 });
    expect(facets.sectors!.disaster_management).toBe(3);
  });

  it('tolerates typos', async () => {
    const hits = (await search('q=huricane warnnig')).hits;
    expect(hits.map((h) => h.title)).toContain('Hurricane early warning for small island states');
  });

  it('says which query parameter is wrong', async () => {
    const res = await stack.api.app.inject({ url: '/v1/search?group=Not-A-Group' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('group');
  });
});

describe('reconciliation', () => {
  it('repairs documents missing from the index or left behind by deleted listings', async () => {
    const { id } = (await post('/v1/listings', staff, offerBody('BR', { title: 'Reconciliação do índice de busca' }))).json();
    await post(`/v1/listings/${id}/publish`, staff);
    await eventually(async () => (await search('q=reconciliação')).totalHits === 1, 20_000, 'indexed');
    await waitUntilSettled(stack.api.db, stack.api.producer);

    // Drift: the document disappears behind the registry's back, and a ghost appears.
    await settled(stack.api.search.listings.deleteDocuments([id]));
    const ghost = { ...(await stack.api.search.listings.getDocument(id).catch(() => undefined)), id: '00000000-0000-4000-8000-000000000000' };
    await settled(stack.api.search.listings.addDocuments([{ ...ghost, title: 'ghost', status: 'published' } as never]));
    expect((await search('q=reconciliação')).totalHits).toBe(0);

    const out = await reconcile();
    expect(out).toMatch(/repaired [1-9]\d* documents, removed 1/);
    expect((await search('q=reconciliação')).totalHits).toBe(1);
    await expect(stack.api.search.listings.getDocument(ghost.id)).rejects.toThrow();
  });
});

describe('the candidates index', () => {
  it("holds each listing's pivot text for the matcher, and is repaired with the listings index", async () => {
    const { id } = (await post('/v1/listings', staff, offerBody('BR', { title: 'Vigilância epidemiológica nas fronteiras' }))).json();
    await post(`/v1/listings/${id}/publish`, staff);
    // Once profiled, the Portuguese listing is a candidate in the pivot language.
    const doc = await eventually(
      async () => {
        const d = await stack.api.search.candidates.getDocument(id, { fields: ['title', 'status', 'country'] }).catch(() => undefined);
        return d?.title.includes('epidemiológica') && d.title !== 'Vigilância epidemiológica nas fronteiras' ? d : undefined;
      },
      30_000,
      'pivot text in the candidates index',
    );
    expect(doc).toMatchObject({ status: 'published', country: 'BR' });
    await waitUntilSettled(stack.api.db, stack.api.producer);

    // Drift in the candidates index alone: the document is lost and a ghost appears.
    await settled(stack.api.search.candidates.deleteDocuments([id]));
    const ghost = '00000000-0000-4000-8000-00000000abcd';
    await settled(stack.api.search.candidates.addDocuments([{ ...doc, id: ghost, updatedAt: 0 } as never]));
    const out = await reconcile();
    expect(out).toMatch(/repaired [1-9]\d* documents, removed 1/);
    await expect(stack.api.search.candidates.getDocument(id)).resolves.toMatchObject({ id });
    await expect(stack.api.search.candidates.getDocument(ghost)).rejects.toThrow();
  });
});

describe('an imported listing', () => {
  it('reaches both indexes with its pivot text in its first index write, before any matching', async () => {
    const lanes = [QUEUES.match, QUEUES.matchBulk].map((q) => stack.api.producer.queue(q));
    for (const q of lanes) await q.pause();
    try {
      const line = JSON.stringify({
        externalId: 'PIVOT-1',
        kind: 'offer',
        title: 'Cooperativas de catadores de materiais recicláveis',
        description: 'Formação de cooperativas de catadores e coleta seletiva nos municípios.',
        language: 'pt',
        country: 'BR',
        institution: { name: 'Ministério do Meio Ambiente', type: 'government' },
        sectors: ['environment'],
        sdgTargets: ['11.6'],
        modalities: ['training'],
        validUntil: '2028-12-31',
        contact: { name: 'Assessoria internacional', email: 'cooperacao@mma.example.org' },
      });
      const posted = await stack.api.app.inject({
        method: 'POST',
        url: '/v1/imports',
        headers: { ...staff.headers, 'content-type': 'application/x-ndjson' },
        payload: `${line}\n`,
      });
      expect(posted.statusCode, posted.body).toBe(202);
      const hit = await eventually(async () => (await search('q=catadores')).hits[0], 30_000, 'imported listing searchable');
      // Matching is paused: the pivot text can only have come with the first write.
      const doc = await eventually(
        () => stack.api.search.candidates.getDocument(hit.id, { fields: ['title'] }).catch(() => undefined),
        10_000,
        'imported listing a candidate',
      );
      expect(doc.title).not.toBe('Cooperativas de catadores de materiais recicláveis');
      const listed = await stack.api.search.listings.getDocument(hit.id, { fields: ['pivotTitle'] });
      expect(listed.pivotTitle).toBe(doc.title);
    } finally {
      for (const q of lanes) await q.resume();
    }
  });
});

describe('cross-lingual search', () => {
  it('finds a listing in Portuguese from the same concept asked in French', async () => {
    const { id } = (await post('/v1/listings', staff, offerBody('BR', { title: 'Programa de alimentação escolar e compras locais' }))).json();
    await post(`/v1/listings/${id}/publish`, staff);
    await eventually(async () => (await search('q=cantines scolaires')).hits.some((h) => h.id === id), 20_000, 'found through the glossary');
  });

  it('finds a Portuguese listing from French words no glossary holds, through their Spanish translation, and still finds words as typed', async () => {
    const body = offerBody('BR', {
      title: 'Bancos de leite humano nas maternidades',
      description: 'Criação de bancos de leite humano e formação das equipes no controle de qualidade do leite doado.',
    });
    const { id } = (await post('/v1/listings', staff, body)).json();
    await post(`/v1/listings/${id}/publish`, staff);
    await eventually(async () => (await search('q=leite')).hits.some((h) => h.id === id), 20_000, 'indexed');
    const french = await search(`q=${encodeURIComponent('banques de lait')}&qLanguage=fr`);
    expect(french.hits.map((h) => h.id)).toContain(id);
    expect(french.facets.country?.BR).toBeGreaterThanOrEqual(1);
    // Words in another language than the one declared are still looked for as typed.
    expect((await search(`q=${encodeURIComponent('leite humano')}&qLanguage=fr`)).hits.map((h) => h.id)).toContain(id);
    // Without the translation, the French words alone find nothing: the pivot is what finds it.
    expect((await search(`q=${encodeURIComponent('banques de lait')}&qLanguage=es`)).hits.map((h) => h.id)).not.toContain(id);
  });
});
