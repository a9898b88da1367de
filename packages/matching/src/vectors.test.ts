import { describe, expect, it } from 'vitest';
import { buildCorpusStats, MutableCorpusStats } from './stats.js';
import { fillers, fixtureStats, floodDemand, floodOffer, profileOf, sameTagDecoy } from './test-fixtures.js';
import { cosine, startTermNumberingOver } from './vectors.js';

/** The cosine as its definition reads, term by term through maps: what the arrays must agree with. */
function plainCosine(a: Record<string, number>, b: Record<string, number>, idfOf: (t: string) => number): number {
  const weights = (p: Record<string, number>) => new Map(Object.entries(p).map(([t, tf]) => [t, Math.log1p(tf) * idfOf(t)]));
  const [wa, wb] = [weights(a), weights(b)];
  const norm = (w: Map<string, number>) => Math.sqrt([...w.values()].reduce((s, x) => s + x * x, 0));
  let dot = 0;
  for (const [t, x] of wa) dot += x * (wb.get(t) ?? 0);
  return Math.min(1, dot / (norm(wa) * norm(wb)));
}

describe('cosine', () => {
  const stats = fixtureStats();
  const demand = profileOf(floodDemand);
  const others = [profileOf(floodOffer), profileOf(sameTagDecoy), ...fillers.map(profileOf)];
  const idfOf = (s: { documents: number; df(t: string): number }) => (t: string) => {
    const df = Math.min(s.df(t), s.documents);
    return Math.log(1 + (s.documents - df + 0.5) / (df + 0.5));
  };

  it('is the cosine of the TF-IDF vectors, with each shared term heard once', () => {
    for (const o of others) {
      const heard: string[] = [];
      const value = cosine(demand.terms, o.terms, stats, (t) => heard.push(t));
      expect(value).toBeCloseTo(plainCosine(demand.terms.terms, o.terms.terms, idfOf(stats)), 12);
      expect(heard.sort()).toEqual(
        Object.keys(demand.terms.terms)
          .filter((t) => t in o.terms.terms)
          .sort(),
      );
    }
  });

  it('follows the corpus when its statistics change version', () => {
    const corpus = new MutableCorpusStats();
    for (const o of [demand, ...others]) corpus.add(o.terms);
    const offer = others[0]!;
    expect(cosine(demand.terms, offer.terms, corpus)).toBeCloseTo(plainCosine(demand.terms.terms, offer.terms.terms, idfOf(corpus)), 12);
    // The offer's words become common: their IDF falls, and so does the cosine.
    for (let i = 0; i < 20; i++) corpus.add(offer.terms);
    const after = cosine(demand.terms, offer.terms, corpus);
    expect(after).toBeCloseTo(plainCosine(demand.terms.terms, offer.terms.terms, idfOf(corpus)), 12);
    expect(after).toBeLessThan(cosine(demand.terms, offer.terms, buildCorpusStats([demand.terms, ...others.map((o) => o.terms)])));
  });

  it('keeps its values when the numbering of terms passes its bound and starts over', () => {
    const expected = others.map((o) => plainCosine(demand.terms.terms, o.terms.terms, idfOf(stats)));
    try {
      // The demand's terms fit the bound; each other listing's pass it, so the next comparison numbers afresh.
      startTermNumberingOver(Object.keys(demand.terms.terms).length + 3);
      others.forEach((o, i) => expect(cosine(demand.terms, o.terms, stats)).toBeCloseTo(expected[i]!, 12));
    } finally {
      startTermNumberingOver(1_000_000);
    }
    expect(expected[0]).toBeGreaterThan(0.1);
  });
});
