import { describe, expect, it } from 'vitest';
import { evaluate, hitsAt, ndcgAt, parseListings, parseQrels, type PairScorer } from './eval.js';
import type { MatchProfile } from './score.js';
import { buildCorpusStats } from './stats.js';
import { isEligible, whyIneligible } from './eligibility.js';

describe('metrics', () => {
  const rel = new Map([
    ['a', 2],
    ['b', 1],
  ]);

  it('nDCG@10 is 1 for the ideal order and lower otherwise', () => {
    expect(ndcgAt(['a', 'b', 'x'], rel)).toBeCloseTo(1, 10);
    const swapped = ndcgAt(['b', 'a'], rel);
    expect(swapped).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)), 10);
    expect(ndcgAt(['x', 'y'], rel)).toBe(0);
  });

  it('recall counts relevant offers in the top k', () => {
    expect(hitsAt(['x', 'b'], ['a', 'b'])).toEqual({ hits: 1, total: 2 });
  });

  it('parses qrels', () => {
    expect(parseQrels('D1\tO1\t2\nD1\tO2\t1\n').get('D1')).toEqual(
      new Map([
        ['O1', 2],
        ['O2', 1],
      ]),
    );
  });
});

describe('eligibility', () => {
  const today = '2026-11-21';
  const demand = { kind: 'demand' as const, country: 'HN' };
  const offer = { kind: 'offer' as const, country: 'CO', validFrom: '2026-01-01', validUntil: '2027-12-31' };

  it('accepts an open offer from another country', () => {
    expect(isEligible(demand, offer, today)).toBe(true);
    expect(isEligible(demand, { ...offer, validUntil: today }, today)).toBe(true);
  });

  it('applies every rule', () => {
    expect(whyIneligible(demand, { ...offer, kind: 'demand' }, today)).toBe('same_kind');
    expect(whyIneligible(demand, { ...offer, country: 'HN' }, today)).toBe('same_country');
    expect(whyIneligible(demand, { ...offer, status: 'closed' }, today)).toBe('not_published');
    expect(whyIneligible(demand, { ...offer, status: 'draft' }, today)).toBe('not_published');
    expect(whyIneligible(demand, { ...offer, validUntil: '2026-11-20' }, today)).toBe('expired');
    expect(whyIneligible(demand, { ...offer, validFrom: '2026-11-22' }, today)).toBe('not_valid_yet');
    expect(whyIneligible(demand, { ...offer, targetCountries: ['GT', 'SV'] }, today)).toBe('not_targeted');
    expect(whyIneligible(demand, { ...offer, targetCountries: ['GT', 'HN'] }, today)).toBeUndefined();
    // A demand's targetCountries are a preference, not a rule.
    expect(whyIneligible({ ...demand, targetCountries: ['BR'] }, offer, today)).toBeUndefined();
  });
});

describe('a ranking among unjudged listings', () => {
  const line = (externalId: string, kind: 'offer' | 'demand', country: string) =>
    JSON.stringify({
      externalId,
      kind,
      title: `Listing ${externalId}`,
      description: 'A listing written for this test.',
      language: 'es',
      country,
      institution: { name: 'Agencia' },
      sectors: ['health'],
    });
  const listings = parseListings([line('D', 'demand', 'HN'), line('JUDGED', 'offer', 'CO'), line('U1', 'offer', 'CO'), line('U2', 'offer', 'CO')].join('\n'));
  const scores: Record<string, number> = { JUDGED: 0.5, U1: 0.9, U2: 0.8 };
  const profile = (id: string): MatchProfile => ({
    id,
    language: 'es',
    country: 'CO',
    sectors: [],
    sdgGoals: [],
    sdgTargets: [],
    modalities: [],
    workingLanguages: [],
    terms: { terms: {}, surface: {}, pivotWords: {} },
  });
  const evalListings = listings.map((l) => ({ listing: l, profile: profile(l.externalId) }));
  const scorer: PairScorer = (_d, o) => scores[o.id!] ?? 0;
  const qrels = parseQrels('D\tJUDGED\t2\n');
  const stats = buildCorpusStats([]);
  const today = '2026-11-21';

  it('scores the judged offers once the unjudged are taken out of the ranking', () => {
    const report = evaluate(evalListings, stats, qrels, { today, scorer, unjudged: new Set(['U1', 'U2']), depth: 3 });
    expect(report.perDemand[0]!.top.map((r) => r.id)).toEqual(['JUDGED']);
    expect(report.ndcg10).toBe(1);
  });

  it('loses a judged offer that the unjudged push past the depth a ranking is read to', () => {
    const report = evaluate(evalListings, stats, qrels, { today, scorer, unjudged: new Set(['U1', 'U2']), depth: 2 });
    expect(report.perDemand[0]!.top).toEqual([]);
    expect(report.ndcg10).toBe(0);
  });
});
