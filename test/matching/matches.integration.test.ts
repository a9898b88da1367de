import type { TestUser } from '@enlace/api/testing';
import { listings, matches, outbox } from '@enlace/db';
import { isoDay } from '@enlace/domain';
import { createTranslator } from '@enlace/matching';
import { CorpusStatsCache, MATCH_POLICY, findCandidates, findCandidatesOfMany, matchListings } from '@enlace/matchmaking';
import { loadMatchSources, replaceMatches } from '@enlace/registry/internal';
import { and, eq, gte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSettled } from '../eval/settle.js';
import { type Stack, startStack } from '../support.js';

let stack: Stack;
let staff: TestUser;

const listing = (
  externalId: string,
  kind: 'offer' | 'demand',
  country: string,
  language: string,
  title: string,
  description: string,
  extra: Record<string, unknown> = {},
) => ({
  externalId,
  kind,
  title,
  description,
  language,
  country,
  institution: { name: `Institution ${country}` },
  sectors: ['education', 'agriculture_livestock'],
  sdgTargets: ['2.1'],
  modalities: ['technical_assistance', 'study_visit'],
  ...extra,
});

const SCHOOL_FEEDING_PT =
  'Assistência técnica para programas de alimentação escolar que compram alimentos da agricultura familiar local: cardápios nutritivos, compras públicas e gestão descentralizada.';
const SCHOOL_FEEDING_ES =
  'Asistencia técnica en programas de alimentación escolar con compras a la agricultura familiar: menús nutritivos, compras públicas locales y gestión descentralizada de los comedores escolares.';

const CORPUS = [
  listing(
    'D-HT',
    'demand',
    'HT',
    'fr',
    'Cantines scolaires approvisionnées par l’agriculture familiale',
    'Le ministère souhaite étendre les cantines scolaires en achetant les aliments auprès des producteurs de l’agriculture familiale locale, avec des menus nutritifs et une gestion décentralisée.',
  ),
  listing('D-GT', 'demand', 'GT', 'es', 'Alimentación escolar con productos locales', SCHOOL_FEEDING_ES),
  listing('O-BR', 'offer', 'BR', 'pt', 'Alimentação escolar com compras da agricultura familiar', SCHOOL_FEEDING_PT),
  listing('O-CO', 'offer', 'CO', 'es', 'Comedores escolares abastecidos por la agricultura familiar', SCHOOL_FEEDING_ES),
  listing(
    'O-DECOY',
    'offer',
    'AR',
    'es',
    'Becas de posgrado en ingeniería agronómica',
    'Becas completas para estudios de maestría y doctorado en ingeniería agronómica en universidades nacionales, con alojamiento y seguro médico.',
  ),
  // Ineligible for the Haitian demand, each for one reason, however well the topic fits.
  listing(
    'O-HT',
    'offer',
    'HT',
    'fr',
    'Cantines scolaires et agriculture familiale',
    'Expérience haïtienne de cantines scolaires approvisionnées par l’agriculture familiale locale et gestion décentralisée.',
  ),
  listing('O-CL-CLOSED', 'offer', 'CL', 'es', 'Alimentación escolar y agricultura familiar (cerrada)', SCHOOL_FEEDING_ES, { status: 'closed' }),
  listing('O-PE-EXPIRED', 'offer', 'PE', 'es', 'Alimentación escolar y agricultura familiar (vencida)', SCHOOL_FEEDING_ES, { validUntil: '2026-06-30' }),
  listing('O-MX-DRAFT', 'offer', 'MX', 'es', 'Alimentación escolar y agricultura familiar (borrador)', SCHOOL_FEEDING_ES, { status: 'draft' }),
  listing('O-EC-TARGETED', 'offer', 'EC', 'es', 'Alimentación escolar y agricultura familiar (solo Bolivia)', SCHOOL_FEEDING_ES, { targetCountries: ['BO'] }),
  listing('O-UY-LATER', 'offer', 'UY', 'es', 'Alimentación escolar y agricultura familiar (desde 2027)', SCHOOL_FEEDING_ES, { validFrom: '2027-01-01' }),
];

async function idOf(kind: string, externalId: string): Promise<string> {
  const res = await stack.api.app.inject({ url: `/v1/listings?kind=${kind}&externalId=${externalId}`, headers: staff.headers });
  return res.json().items[0].id;
}

async function matchesOf(kind: string, externalId: string, query = '', as?: TestUser) {
  const res = await stack.api.app.inject({
    url: `/v1/listings/${await idOf(kind, externalId)}/matches?limit=20${query}`,
    ...(as ? { headers: as.headers } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    language: string;
    items: { listing: { externalId: string; kind: string; contact?: unknown }; score: number; reasons: { kind: string; text: string }[] }[];
  };
}

beforeAll(async () => {
  stack = await startStack('matching');
  staff = await stack.api.user('staff');
  const res = await stack.api.app.inject({
    method: 'POST',
    url: '/v1/imports',
    headers: { ...staff.headers, 'content-type': 'application/x-ndjson' },
    payload: CORPUS.map((l) => JSON.stringify(l)).join('\n'),
  });
  expect(res.statusCode).toBe(202);
  await waitUntilSettled(stack.api.db, stack.api.producer, { quietMs: 1000 });
});
afterAll(() => stack.close());

describe('matches of a demand', () => {
  it('finds the offers written in other languages that meet it, best first, above a decoy sharing its tags', async () => {
    const { items } = await matchesOf('demand', 'D-HT');
    const ids = items.map((m) => m.listing.externalId);
    expect(ids.slice(0, 2).sort()).toEqual(['O-BR', 'O-CO']);
    expect(ids.indexOf('O-DECOY')).toBeGreaterThan(1);
    for (const m of items) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
    expect(items[0]!.score).toBeGreaterThan(items.find((m) => m.listing.externalId === 'O-DECOY')?.score ?? 0);
  });

  it('never proposes a listing of the same kind, the same country, or one that is not open to the demand', async () => {
    const ids = (await matchesOf('demand', 'D-HT')).items.map((m) => m.listing.externalId);
    for (const ineligible of ['D-GT', 'O-HT', 'O-CL-CLOSED', 'O-PE-EXPIRED', 'O-MX-DRAFT', 'O-EC-TARGETED', 'O-UY-LATER']) {
      expect(ids, ineligible).not.toContain(ineligible);
    }
  });

  it("explains each match in the reader's language, never showing contacts to the public", async () => {
    const fr = await matchesOf('demand', 'D-HT', '&lang=fr');
    const pt = await matchesOf('demand', 'D-HT', '&lang=pt');
    expect(fr.language).toBe('fr');
    const top = fr.items.find((m) => m.listing.externalId === 'O-BR')!;
    expect(top.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['text', 'sdg_target', 'sector']));
    const frText = top.reasons.map((r) => r.text).join(' ');
    const ptText = pt.items
      .find((m) => m.listing.externalId === 'O-BR')!
      .reasons.map((r) => r.text)
      .join(' ');
    expect(frText).not.toEqual(ptText);
    expect(frText).toMatch(/Faim|ODD|cible|secteur/i);
    expect(ptText).toMatch(/Fome|ODS|meta|setor/i);
    expect(fr.items.every((m) => m.listing.contact === undefined)).toBe(true);

    const byHeader = await stack.api.app.inject({
      url: `/v1/listings/${await idOf('demand', 'D-HT')}/matches`,
      headers: { 'accept-language': 'es-419,es;q=0.9,en;q=0.5' },
    });
    expect(byHeader.json().language).toBe('es');
  });
});

describe('matches of an offer', () => {
  it('lists the demands it could serve, from other countries', async () => {
    const ids = (await matchesOf('offer', 'O-BR')).items.map((m) => m.listing.externalId);
    expect(ids).toEqual(expect.arrayContaining(['D-HT', 'D-GT']));
    expect(ids.every((id) => id.startsWith('D-'))).toBe(true);
  });

  it("an offer open only to Bolivia is matched with no other country's demand", async () => {
    expect((await matchesOf('offer', 'O-EC-TARGETED')).items).toEqual([]);
  });
});

describe('stored matches follow the listings', () => {
  it('announces each pair that crosses the threshold once, and drops a closed offer at once', async () => {
    const events = await stack.api.db.select().from(outbox).where(eq(outbox.topic, 'match.new'));
    const pairs = events.map((e) => e.aggregateId);
    expect(new Set(pairs).size).toBe(pairs.length);
    const strong = await stack.api.db.select().from(matches).where(gte(matches.score, MATCH_POLICY.announceAt));
    expect(strong.length).toBeGreaterThan(0);
    expect(pairs.sort()).toEqual(strong.map((m) => `${m.offerId}:${m.demandId}`).sort());
    const coId = await idOf('offer', 'O-CO');
    const htId = await idOf('demand', 'D-HT');
    expect(pairs).toContain(`${coId}:${htId}`);

    // An edit recomputes the offer's matches: nothing is announced twice.
    await stack.api.app.inject({ method: 'PATCH', url: `/v1/listings/${coId}`, headers: staff.headers, payload: { keywords: ['comedores escolares'] } });
    await waitUntilSettled(stack.api.db, stack.api.producer, { quietMs: 1000 });
    const again = await stack.api.db.select().from(outbox).where(eq(outbox.topic, 'match.new'));
    expect(again.filter((e) => e.aggregateId === `${coId}:${htId}`)).toHaveLength(1);

    await stack.api.app.inject({ method: 'POST', url: `/v1/listings/${coId}/close`, headers: staff.headers });
    const ids = (await matchesOf('demand', 'D-HT')).items.map((m) => m.listing.externalId);
    expect(ids).not.toContain('O-CO');
    expect(ids).toContain('O-BR');
  });

  it('a listing that is not published has no matches to show', async () => {
    expect((await matchesOf('offer', 'O-MX-DRAFT', '', staff)).items).toEqual([]);
  });
});

describe('a batch being matched', () => {
  it('reports how far it is after each group it stores, ending with every open listing', async () => {
    const { db, search, clock } = stack.api;
    const published = await db.select({ id: listings.id }).from(listings).where(eq(listings.status, 'published'));
    const translator = createTranslator();
    const progress: { matched: number; toMatch: number }[] = [];
    try {
      const report = await matchListings(
        { db, search, translator, clock, stats: new CorpusStatsCache(db) },
        published.map((l) => l.id),
        { onProgress: (p) => void progress.push(p) },
      );
      expect(report.matched).toBeGreaterThan(0);
      expect(report.matched).toBeLessThanOrEqual(published.length);
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.map((p) => p.matched)).toEqual([...progress.map((p) => p.matched)].sort((a, b) => a - b));
      expect(progress.at(-1)).toEqual({ matched: report.matched, toMatch: report.matched });
    } finally {
      await translator.close();
    }
  });
});

describe('candidate searches', () => {
  it('give each listing searched with others in one request the candidates it gets alone', async () => {
    const { db, search, clock } = stack.api;
    const published = await db.select({ id: listings.id }).from(listings).where(eq(listings.status, 'published'));
    const sources = (
      await loadMatchSources(
        db,
        published.map((l) => l.id),
      )
    ).flatMap((r) => (r.profile ? [{ source: r.source, profile: r.profile }] : []));
    expect(sources.length).toBeGreaterThan(4);
    const stats = await new CorpusStatsCache(db).get();
    const today = isoDay(clock.now());
    const together = await findCandidatesOfMany(search, sources, stats, today);
    const alone = await Promise.all(sources.map(({ source, profile }) => findCandidates(search, source, profile, stats, today)));
    expect(together).toEqual(alone);
    // Offers and demands were searched together, and each got listings of the other kind only.
    const kindOf = new Map(sources.map(({ source }) => [source.id, source.kind]));
    sources.forEach(({ source }, i) => expect(together[i]!.every((id) => kindOf.get(id) !== source.kind)).toBe(true));
    for (const kind of ['offer', 'demand']) expect(sources.some(({ source }, i) => source.kind === kind && together[i]!.length > 0)).toBe(true);
  });
});

describe('a listing matched again after a change', () => {
  it('loses the pairs it no longer finds, from either side, but keeps those people acted on', async () => {
    const { db } = stack.api;
    const rows = await db.select({ id: listings.id, kind: listings.kind }).from(listings);
    const offer = rows.find((r) => r.kind === 'offer')!.id;
    const demands = rows.filter((r) => r.kind === 'demand').map((r) => r.id);
    expect(demands.length).toBeGreaterThanOrEqual(2);
    const [kept, dropped] = demands as [string, string];
    const opts = { announceAt: 2, now: new Date() };
    const found = (id: string, version = 1) => ({ counterpartId: id, counterpartVersion: version, score: 0.5, reasons: [] });
    const pairsOf = () => db.select({ demandId: matches.demandId, offerVersion: matches.offerVersion }).from(matches).where(eq(matches.offerId, offer));

    // Version 50 of the offer found both demands; someone acted on one of the pairs.
    await replaceMatches(db, { id: offer, kind: 'offer', version: 50 }, [found(kept), found(dropped)], opts);
    await db
      .update(matches)
      .set({ stage: 'interested' })
      .where(and(eq(matches.offerId, offer), eq(matches.demandId, kept)));
    // Version 51 finds neither: the untouched pair goes, the one acted on stays.
    await replaceMatches(db, { id: offer, kind: 'offer', version: 51 }, [], opts);
    expect((await pairsOf()).map((p) => p.demandId)).toContain(kept);
    expect((await pairsOf()).map((p) => p.demandId)).not.toContain(dropped);

    // From the demand's side likewise: its version moved on, and the offer was not found again.
    await replaceMatches(db, { id: dropped, kind: 'demand', version: 7 }, [found(offer, 51)], opts);
    expect((await pairsOf()).map((p) => p.demandId)).toContain(dropped);
    await replaceMatches(db, { id: dropped, kind: 'demand', version: 8 }, [], opts);
    expect((await pairsOf()).map((p) => p.demandId)).not.toContain(dropped);
  });
});
