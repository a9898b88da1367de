import { describe, expect, it } from 'vitest';
import { analyzeListingText } from './analyze.js';
import { EXPERT_MIN_SCORE, type ExpertProfile, isExpertEligible, rankExperts, scoreExpert } from './experts.js';
import { expertListingText } from './profile.js';
import { renderReason } from './reasons.js';
import type { MatchProfile } from './score.js';
import { buildCorpusStats } from './stats.js';
import { allFixtures } from './test-fixtures.js';

// Hand-made Spanish pivot texts stand in for Apertium, so that these tests are pure.

/** A French demand from Haiti for school feeding. */
const demand: MatchProfile = {
  language: 'fr',
  country: 'HT',
  sectors: ['education', 'agriculture_livestock'],
  sdgGoals: [2, 4],
  sdgTargets: ['2.1', '4.1'],
  modalities: [],
  workingLanguages: ['fr', 'es'],
  terms: analyzeListingText(
    {
      language: 'fr',
      title: 'Appui aux cantines scolaires et achats locaux',
      description: 'Le ministère souhaite renforcer son programme de cantines scolaires avec des achats auprès des petits producteurs.',
    },
    {
      title: 'Apoyo a los comedores escolares y compras locales',
      description: 'El ministerio desea reforzar su programa de comedores escolares con compras a los pequeños productores.',
      keywords: '',
    },
  ),
};

const SCHOOL_FEEDING = {
  profile: 'Nutricionista com quinze anos de experiência no programa nacional de alimentação escolar e compras da agricultura familiar.',
  pivot: 'Nutricionista con quince años de experiencia en el programa nacional de alimentación escolar y compras de la agricultura familiar.',
};
const PORTS_LAW = {
  profile: 'Advogada especializada em direito marítimo e concessões portuárias.',
  pivot: 'Abogada especializada en derecho marítimo y concesiones portuarias.',
};

const expert = (extra: Partial<ExpertProfile> = {}, text = SCHOOL_FEEDING): ExpertProfile => ({
  language: 'pt',
  country: 'BR',
  status: 'validated',
  sectors: [],
  sdgGoals: [],
  sdgTargets: [],
  workingLanguages: ['pt', 'es'],
  terms: analyzeListingText(expertListingText({ language: 'pt', profile: text.profile }), { title: '', description: text.pivot, keywords: '' }),
  ...extra,
});

// Document frequencies over a few unrelated listings too, as the service counts them.
const stats = buildCorpusStats([demand.terms, ...allFixtures.map((f) => analyzeListingText(f.listing, f.pivot))]);

describe('candidate experts for a demand', () => {
  it('finds a Portuguese-profile expert for a French demand through the profile read across languages, quoting each side', () => {
    const r = scoreExpert(demand, expert(), stats);
    expect(r.score).toBeGreaterThan(0.4);
    const text = r.reasons.find((x) => x.kind === 'text');
    expect(text?.kind === 'text' && text.terms).toContainEqual({ demand: 'cantines scolaires', offer: 'alimentação escolar', type: 'concept' });
    expect(renderReason(text!, 'en')).toContain('“cantines scolaires” = “alimentação escolar”');
    expect(
      renderReason(
        r.reasons.find((x) => x.kind === 'working_language')!,
        'fr',
      ),
    ).toBe('Les deux parties peuvent travailler en espagnol');
  });

  it('ranks the right specialty without tags above a wrong one that shares every tag', () => {
    const tagged = { sectors: demand.sectors, sdgGoals: demand.sdgGoals, sdgTargets: demand.sdgTargets };
    const ranked = rankExperts(demand, [expert(tagged, PORTS_LAW), expert({ country: 'CO' })], stats);
    expect(ranked.map((c) => c.expert.country)).toEqual(['CO', 'BR']);
  });

  it('gains little from tagging everything: shared tags count against all the tags given', () => {
    const focused = scoreExpert(demand, expert({ sdgTargets: ['2.1'] }), stats).score;
    const everything = scoreExpert(
      demand,
      expert({ sdgTargets: ['2.1', '1.1', '1.2', '3.1', '5.1', '6.1', '7.1', '8.1', '9.1', '11.1', '13.1', '15.1'] }),
      stats,
    ).score;
    expect(focused).toBeGreaterThan(everything);
  });

  it('discounts an expert with no working language in common, without dropping them', () => {
    const speaks = scoreExpert(demand, expert(), stats);
    const silent = scoreExpert(demand, expert({ workingLanguages: ['pt'] }), stats);
    expect(silent.score).toBeCloseTo(speaks.score * 0.6, 5);
    expect(silent.reasons.some((x) => x.kind === 'working_language')).toBe(false);
  });

  it('keeps scores in 0..1', () => {
    const twin = expert({
      language: 'fr',
      country: 'CO',
      sectors: demand.sectors,
      sdgGoals: demand.sdgGoals,
      sdgTargets: demand.sdgTargets,
      terms: demand.terms,
    });
    const s = scoreExpert(demand, twin, stats).score;
    expect(s).toBeGreaterThan(0.95);
    expect(s).toBeLessThanOrEqual(1);
  });

  it("never proposes an expert of the demand's own country, nor one not validated, nor one sharing only a language", () => {
    expect(isExpertEligible(demand, expert({ country: 'HT' }))).toBe(false);
    expect(isExpertEligible(demand, expert({ status: 'pending' }))).toBe(false);
    const ranked = rankExperts(demand, [expert({ country: 'HT' }), expert({ status: 'pending' }), expert({}, PORTS_LAW), expert({ country: 'CO' })], stats);
    expect(ranked.map((c) => c.expert.country)).toEqual(['CO']);
    expect(ranked[0]!.score).toBeGreaterThanOrEqual(EXPERT_MIN_SCORE);
  });
});
