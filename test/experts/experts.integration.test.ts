import { runCli } from '@enlace/api/cli';
import type { TestUser } from '@enlace/api/testing';
import { settled as taskSettled } from '@enlace/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type Stack, startStack } from '../support.js';
import { expertChangesSettled } from './settled.js';

/*
 * The expert roster with the real worker and Meilisearch: review decides what the
 * experts index holds, and a published demand's matches carry candidate experts from
 * other countries, ranked by the worker and explained in the reader's language.
 */

let stack: Stack;
let staff: TestUser;

beforeAll(async () => {
  stack = await startStack('experts');
  staff = await stack.api.user('staff');
});
afterAll(() => stack.close());

type Hit = { id: string; name: string; highlight?: { profile?: string }; contact?: unknown };
type Page = { items: Hit[]; facets: Record<string, Record<string, number>>; totalHits: number; source: string };

const inject = (opts: { method?: 'GET' | 'POST'; url: string; user?: TestUser; headers?: Record<string, string>; payload?: object }) =>
  stack.api.app.inject({
    method: opts.method ?? 'GET',
    url: opts.url,
    headers: { ...opts.headers, ...opts.user?.headers },
    ...(opts.payload ? { payload: opts.payload } : {}),
  });

const search = async (query: string): Promise<Page> => {
  const res = await inject({ url: `/v1/experts?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

async function expert(country: string, extra: Record<string, unknown>, review: 'validate' | 'reject' | 'none' = 'validate'): Promise<string> {
  const res = await inject({
    method: 'POST',
    url: '/v1/experts',
    payload: {
      country,
      institution: { name: `Instituto de ${country}` },
      workingLanguages: ['es'],
      language: 'es',
      contact: { name: 'Contacto', email: `contact.${country.toLowerCase()}@example.org` },
      ...extra,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const { id } = res.json();
  if (review === 'validate') expect((await inject({ method: 'POST', url: `/v1/experts/${id}/validate`, user: staff })).statusCode).toBe(200);
  if (review === 'reject')
    expect((await inject({ method: 'POST', url: `/v1/experts/${id}/reject`, user: staff, payload: { reason: 'Registro duplicado' } })).statusCode).toBe(200);
  return id;
}

const settled = () => expertChangesSettled(stack);

describe('the experts index follows the review', () => {
  it('makes a validated expert searchable, never a rejected or pending one, and never their contact', async () => {
    const validated = await expert('CL', {
      name: 'Rosa Valdivia',
      sectors: ['disaster_management'],
      sdgTargets: ['11.5'],
      profile: 'Sismóloga con experiencia en sistemas de alerta temprana de tsunamis y simulacros comunitarios.',
    });
    const rejected = await expert(
      'PE',
      {
        name: 'Rodrigo Quispe',
        sectors: ['disaster_management'],
        sdgTargets: ['11.5'],
        profile: 'Ingeniero con experiencia en sistemas de alerta temprana de tsunamis en la costa.',
      },
      'reject',
    );
    const pending = await expert(
      'EC',
      {
        name: 'Elena Mora',
        sectors: ['disaster_management'],
        profile: 'Vulcanóloga; monitoreo de volcanes y alerta temprana para las comunidades andinas.',
      },
      'none',
    );

    const hit = await eventually(async () => (await search('q=tsunamis')).items.find((h) => h.id === validated), 20_000, 'validated searchable');
    expect(hit.name).toBe('Rosa Valdivia');
    expect(hit.highlight?.profile).toContain('<mark>');
    await settled();
    const ids = (await search('q=alerta temprana')).items.map((h) => h.id);
    expect(ids).toContain(validated);
    expect(ids).not.toContain(rejected);
    expect(ids).not.toContain(pending);
    const all = await stack.api.search.experts.getDocuments({ limit: 1000 });
    expect(all.results.map((d) => d.id)).not.toContain(rejected);
    expect(JSON.stringify(all.results)).not.toContain('@example.org');
    expect(JSON.stringify(await search('q=tsunamis'))).not.toContain('@example.org');
  });

  it('filters by sector and working language, and counts facets', async () => {
    await expert('JM', {
      name: 'Marcia Brown',
      sectors: ['health'],
      workingLanguages: ['en', 'es'],
      language: 'en',
      profile: 'Epidemiologist who set up dengue surveillance across Caribbean islands.',
    });
    await expert('CA', {
      name: 'Jean Pierre',
      sectors: ['health', 'education'],
      workingLanguages: ['fr'],
      language: 'fr',
      profile: 'Médecin de santé publique, formation des agents de santé communautaires.',
    });
    await eventually(async () => (await search('sector=health')).totalHits === 2, 20_000, 'both indexed');
    const health = await search('sector=health');
    expect(health.source).toBe('search');
    expect(health.facets.country).toEqual({ CA: 1, JM: 1 });
    expect(health.facets.workingLanguages).toEqual({ en: 1, es: 1, fr: 1 });
    expect((await search('sector=health&workingLanguage=fr')).items.map((h) => h.name)).toEqual(['Jean Pierre']);
    expect((await search('group=caricom&sector=health')).items.map((h) => h.name)).toEqual(['Marcia Brown']);
    expect((await search('sdgGoal=11')).items.map((h) => h.name)).toEqual(['Rosa Valdivia']);
  });
});

describe('candidate experts for a demand', () => {
  it("lists validated experts of other countries with reasons in the reader's language, found across languages", async () => {
    const tags = { sectors: ['education'], sdgTargets: ['2.1', '4.1'] };
    const brazilian = await expert('BR', {
      name: 'Ana Souza',
      ...tags,
      sdgTargets: ['2.1'],
      workingLanguages: ['pt', 'es', 'fr'],
      language: 'pt',
      profile: 'Nutricionista com quinze anos no programa nacional de alimentação escolar e compras da agricultura familiar.',
    });
    // Nothing in common with the demand's words: found on its SDG target and sector alone.
    const tagsOnly = await expert('BR', {
      name: 'Beatriz Lima',
      sectors: ['education'],
      sdgTargets: ['4.1'],
      workingLanguages: ['pt'],
      language: 'pt',
      profile: 'Professora universitária, forma docentes de matemática do ensino fundamental em redes municipais.',
    });
    const haitian = await expert('HT', {
      name: 'Marie Joseph',
      ...tags,
      language: 'fr',
      workingLanguages: ['fr'],
      profile: 'Gestionnaire du programme national de cantines scolaires en Haïti.',
    });
    const pending = await expert('CO', { name: 'Carlos Ruiz', ...tags, profile: 'Experto en alimentación escolar y compras públicas locales.' }, 'none');
    const rejected = await expert('GT', { name: 'Luis Ajú', ...tags, profile: 'Experto en alimentación escolar y compras públicas locales.' }, 'reject');

    const created = await inject({
      method: 'POST',
      url: '/v1/listings',
      user: staff,
      payload: {
        kind: 'demand',
        title: 'Appui aux cantines scolaires et achats locaux',
        description: 'Le ministère de l’Éducation souhaite renforcer son programme de cantines scolaires avec des achats auprès des petits producteurs.',
        language: 'fr',
        country: 'HT',
        institution: { name: 'Ministère de l’Éducation nationale' },
        ...tags,
        workingLanguages: ['fr'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const demandId = created.json().id;
    expect((await inject({ method: 'POST', url: `/v1/listings/${demandId}/publish`, user: staff })).statusCode).toBe(200);
    await settled();
    // The worker ranks the roster when the demand is matched; the read serves what it stored.
    const stored = await eventually(
      async () => {
        const res = await inject({ url: `/v1/listings/${demandId}/matches?lang=fr` });
        expect(res.statusCode, res.body).toBe(200);
        return res.json().experts.length >= 2 ? res : undefined;
      },
      30_000,
      'candidate experts stored',
    );
    const body = stored.json() as {
      language: string;
      experts: { expert: { id: string; country: string; contact?: unknown }; score: number; reasons: { kind: string; text: string }[] }[];
    };
    expect(body.language).toBe('fr');
    const ids = body.experts.map((c) => c.expert.id);
    expect(ids).toContain(brazilian);
    expect(ids).not.toContain(haitian);
    expect(ids).not.toContain(pending);
    expect(ids).not.toContain(rejected);
    expect(body.experts.every((c) => c.expert.country !== 'HT' && c.expert.contact === undefined)).toBe(true);
    expect(body.experts.length).toBeLessThanOrEqual(5);

    const candidate = body.experts.find((c) => c.expert.id === brazilian)!;
    expect(candidate.score).toBeGreaterThan(0.3);
    expect(candidate.reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining(['Les deux visent la cible ODD 2.1', 'Même secteur\u00a0: Éducation', 'Les deux parties peuvent travailler en français']),
    );
    expect(candidate.reasons.find((r) => r.kind === 'text')?.text).toContain('«\u00a0cantines scolaires\u00a0» = «\u00a0alimentação escolar\u00a0»');
    const byTags = body.experts.find((c) => c.expert.id === tagsOnly)!;
    // No working language in common either (French demand, Portuguese-only expert): shown, with a lower score.
    expect(byTags.reasons.map((r) => r.text).sort()).toEqual(['Les deux visent la cible ODD 4.1', 'Même secteur\u00a0: Éducation']);
    expect(byTags.score).toBeLessThan(candidate.score);

    // The same candidates, explained in Portuguese for a Portuguese reader.
    const pt = await inject({ url: `/v1/listings/${demandId}/matches`, headers: { 'accept-language': 'pt-BR,pt;q=0.9' } });
    expect(
      pt
        .json()
        .experts.find((c: { expert: { id: string } }) => c.expert.id === brazilian)
        .reasons.map((r: { text: string }) => r.text),
    ).toContain('Ambas visam a meta ODS 2.1');
  });

  it('gives an offer no candidate experts', async () => {
    const offer = await inject({
      method: 'POST',
      url: '/v1/listings',
      user: staff,
      payload: {
        kind: 'offer',
        title: 'Formation en cantines scolaires',
        description: 'Nous partageons notre expérience des cantines scolaires et des achats locaux avec les pays de la région.',
        language: 'fr',
        country: 'HT',
        institution: { name: 'Ministère de l’Éducation nationale' },
        sectors: ['education'],
        sdgTargets: ['2.1'],
      },
    });
    const id = offer.json().id;
    await inject({ method: 'POST', url: `/v1/listings/${id}/publish`, user: staff });
    expect((await inject({ url: `/v1/listings/${id}/matches` })).json().experts).toEqual([]);
  });
});

describe("a demand's stored experts", () => {
  type Candidate = { expert: { id: string; country: string }; score: number; reasons: { kind: string; text: string }[] };
  type ExpertsPage = { language: string; items: Candidate[]; nextCursor: string | null };

  it('takes in an expert validated after the demand was published, and pages with a cursor', async () => {
    const created = await inject({
      method: 'POST',
      url: '/v1/listings',
      user: staff,
      payload: {
        kind: 'demand',
        title: 'Sistema de alerta temprana de inundaciones en cuencas',
        description:
          'La Autoridad Nacional del Agua quiere instalar un sistema de alerta temprana de inundaciones con estaciones hidrométricas automáticas y avisos por SMS a las comunidades ribereñas.',
        language: 'es',
        country: 'PE',
        institution: { name: 'Autoridad Nacional del Agua' },
        sectors: ['disaster_management'],
        workingLanguages: ['es', 'en'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const demandId = created.json().id;
    expect((await inject({ method: 'POST', url: `/v1/listings/${demandId}/publish`, user: staff })).statusCode).toBe(200);

    // Registered after the demand: each expert's own change suggests them, untagged or not.
    const english = await expert('JM', {
      name: 'Andre Campbell',
      sectors: ['science_technology'],
      language: 'en',
      workingLanguages: ['en'],
      profile:
        'Hydrologist who built the national flood early warning system: automatic river gauges, rainfall thresholds and SMS alerts to riverside communities.',
    });
    const portuguese = await expert('BR', {
      name: 'Paulo Nunes',
      sectors: ['disaster_management'],
      language: 'pt',
      workingLanguages: ['pt', 'es'],
      profile: 'Coordenou o sistema de alerta precoce de cheias com estações hidrométricas automáticas e avisos por SMS às comunidades ribeirinhas.',
    });
    const peruvian = await expert('PE', {
      name: 'Rosa Quispe',
      sectors: ['disaster_management'],
      profile: 'Diseñó el sistema de alerta temprana de inundaciones con estaciones hidrométricas y avisos por SMS.',
    });
    const unrelated = await expert('CL', {
      name: 'Jorge Muñoz',
      sectors: ['culture'],
      profile: 'Restaurador de pintura colonial y gestor de museos regionales.',
    });
    await settled();

    const all = await eventually(
      async () => {
        const res = await inject({ url: `/v1/listings/${demandId}/experts?lang=en` });
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json() as ExpertsPage;
        return page.items.length >= 2 ? page : undefined;
      },
      30_000,
      'experts suggested to the demand',
    );
    const ids = all.items.map((c) => c.expert.id);
    expect(ids).toEqual(expect.arrayContaining([english, portuguese]));
    expect(ids).not.toContain(peruvian);
    expect(ids).not.toContain(unrelated);
    expect(all.nextCursor).toBeNull();
    expect(all.items.every((c) => c.expert.country !== 'PE')).toBe(true);
    const fromJamaica = all.items.find((c) => c.expert.id === english)!;
    expect(fromJamaica.reasons.find((r) => r.kind === 'text')?.text).toMatch(/^The texts have in common .*= “flood”/);

    // One at a time, the same experts in the same order, then no cursor.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await inject({ url: `/v1/listings/${demandId}/experts?limit=1${cursor ? `&cursor=${cursor}` : ''}` });
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as ExpertsPage;
      expect(page.items.length).toBeLessThanOrEqual(1);
      paged.push(...page.items.map((c) => c.expert.id));
      cursor = page.nextCursor;
    } while (cursor && paged.length < 10);
    expect(paged).toEqual(ids);

    // The matches page carries as many as asked, and none when asked for none.
    expect((await inject({ url: `/v1/listings/${demandId}/matches?expertsLimit=1` })).json().experts.map((c: Candidate) => c.expert.id)).toEqual(
      ids.slice(0, 1),
    );
    expect((await inject({ url: `/v1/listings/${demandId}/matches?expertsLimit=0` })).json().experts).toEqual([]);

    const bad = await inject({ url: `/v1/listings/${demandId}/experts?cursor=not-a-cursor` });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.json())).toContain('cursor');
  });
});

describe('reconciling the experts index', () => {
  it('puts back a validated expert the index lost and removes a ghost', async () => {
    const id = await expert('UY', {
      name: 'Sofía Pereira',
      sectors: ['culture'],
      profile: 'Gestora cultural especializada en patrimonio inmaterial y museos comunitarios.',
    });
    await eventually(async () => (await search('q=patrimonio')).items.some((h) => h.id === id), 20_000, 'indexed');
    await settled();
    const doc = await stack.api.search.experts.getDocument(id);
    await taskSettled(stack.api.search.experts.deleteDocuments([id]));
    await taskSettled(stack.api.search.experts.addDocuments([{ ...doc, id: '00000000-0000-4000-8000-0000000000aa', name: 'Ghost' }]));
    // The API re-reads hits from PostgreSQL, so the ghost never shows there; the index has it.
    expect((await stack.api.search.experts.search('patrimonio')).hits.map((h) => h.name)).toEqual(['Ghost']);
    expect((await search('q=patrimonio')).items).toEqual([]);

    const out = await runCli(['search', 'reconcile'], {
      db: stack.api.db,
      clock: stack.api.clock,
      databaseUrl: stack.api.databaseUrl,
      search: stack.api.search,
    });
    expect(out).toMatch(/experts, repaired 1 documents, removed 1$/);
    expect((await search('q=patrimonio')).items.map((h) => h.id)).toEqual([id]);
  });
});
