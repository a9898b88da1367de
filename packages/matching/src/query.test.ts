import { describe, expect, it } from 'vitest';
import { isStopword } from './stopwords.js';
import { candidateQuery, candidateQueryWords, MAX_QUERY_WORDS } from './query.js';
import { allFixtures, fixtureStats, floodDemand, profileOf } from './test-fixtures.js';

describe('candidateQuery', () => {
  const stats = fixtureStats();

  it('has at most ten words, all Spanish content words', () => {
    for (const f of allFixtures) {
      const q = candidateQuery(profileOf(f), stats);
      const words = q.split(' ');
      expect(words.length).toBeGreaterThan(0);
      expect(words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
      for (const w of words) expect(isStopword(w, 'es')).toBe(false);
      expect(new Set(words).size).toBe(words.length);
    }
  });

  it('puts the words the demand shares with other listings first, in the pivot language', () => {
    const words = candidateQueryWords(profileOf(floodDemand), stats);
    expect(words.slice(0, 4)).toEqual(expect.arrayContaining(['alerta', 'temprana']));
    expect(words).not.toContain('cheias');
  });

  it('can be asked for fewer words', () => {
    expect(candidateQueryWords(profileOf(floodDemand), stats, 3)).toHaveLength(3);
  });
});
