import { describe, expect, it } from 'vitest';
import { fillers, fixtureStats, floodDemand, floodOffer, profileOf, sameTagDecoy } from './test-fixtures.js';
import { matchScore, scoreMatch, textSimilarity } from './score.js';

describe('scoreMatch', () => {
  const stats = fixtureStats();
  const demand = profileOf(floodDemand);
  const offer = profileOf(floodOffer);
  const decoy = profileOf(sameTagDecoy);

  it('ranks a cross-lingual offer on the same subject above a decoy with identical tags', () => {
    const good = scoreMatch(demand, offer, stats);
    const bad = scoreMatch(demand, decoy, stats);
    expect(good.score).toBeGreaterThan(bad.score);
    expect(good.score).toBeGreaterThan(0.5);
    expect(bad.score).toBeLessThan(0.5);
    // The decoy's tags all match, and say so.
    expect(bad.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['sdg_target', 'sector', 'modality']));
  });

  it('explains a text match with words from each side, the glossary concept included', () => {
    const { reasons } = scoreMatch(demand, offer, stats);
    const text = reasons.find((r) => r.kind === 'text');
    expect(text?.kind).toBe('text');
    if (text?.kind !== 'text') return;
    expect(text.terms.length).toBeGreaterThan(0);
    expect(text.terms).toContainEqual({ demand: 'alerta precoce', offer: 'early warning', type: 'concept' });
    // Strongest reason first.
    expect(reasons[0]!.kind).toBe('text');
    expect(reasons.map((r) => r.weight)).toEqual([...reasons.map((r) => r.weight)].sort((a, b) => b - a));
  });

  it('keeps scores in 0..1 and unrelated listings near 0', () => {
    for (const f of fillers) {
      const r = scoreMatch(demand, profileOf(f), stats);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThan(0.05);
    }
  });

  it('scores without reasons exactly as with them', () => {
    for (const other of [offer, decoy, demand, ...fillers.map(profileOf)]) {
      expect(matchScore(demand, other, stats)).toBe(scoreMatch(demand, other, stats).score);
      expect(matchScore(other, demand, stats)).toBe(scoreMatch(other, demand, stats).score);
    }
  });

  it('text similarity is symmetric and 1 for a listing with itself', () => {
    const ab = textSimilarity(demand.terms, offer.terms, stats).cosine;
    const ba = textSimilarity(offer.terms, demand.terms, stats).cosine;
    expect(ab).toBeCloseTo(ba, 10);
    expect(textSimilarity(demand.terms, demand.terms, stats).cosine).toBeCloseTo(1, 10);
  });
});
