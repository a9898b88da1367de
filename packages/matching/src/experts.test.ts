import { describe, expect, it } from 'vitest';
import { EXPERT_MIN_SCORE, type ExpertDemandSide, type ExpertSide, isExpertEligible, rankExperts, scoreExpert } from './experts.js';
import { renderReason } from './reasons.js';

/** A French demand from Haiti for school feeding. */
const demand: ExpertDemandSide = {
  language: 'fr',
  country: 'HT',
  title: 'Appui aux cantines scolaires et achats locaux',
  description: 'Le ministère souhaite renforcer son programme de cantines scolaires avec des achats auprès des petits producteurs.',
  sectors: ['education', 'agriculture_livestock'],
  sdgGoals: [2, 4],
  sdgTargets: ['2.1', '4.1'],
  workingLanguages: ['fr', 'es'],
};

const expert = (extra: Partial<ExpertSide>): ExpertSide => ({
  language: 'pt',
  country: 'BR',
  status: 'validated',
  profile: 'Nutricionista com quinze anos de experiência no programa nacional de alimentação escolar e compras da agricultura familiar.',
  sectors: ['education'],
  sdgGoals: [2],
  sdgTargets: ['2.1'],
  workingLanguages: ['pt', 'es'],
  ...extra,
});

describe('candidate experts for a demand', () => {
  it('finds a Portuguese-profile expert for a French demand through shared targets, sectors and a glossary concept', () => {
    const r = scoreExpert(demand, expert({}));
    expect(r.score).toBeGreaterThan(0.5);
    expect(r.reasons.map((x) => x.kind)).toEqual(expect.arrayContaining(['sdg_target', 'sector', 'text', 'working_language']));
    const text = r.reasons.find((x) => x.kind === 'text');
    expect(text?.kind === 'text' && text.terms).toContainEqual({ demand: 'cantines scolaires', offer: 'alimentação escolar', type: 'concept' });
    expect(renderReason(text!, 'fr')).toBe(
      'Les textes ont en commun «\u00a0cantines scolaires\u00a0» = «\u00a0alimentação escolar\u00a0», «\u00a0petits producteurs\u00a0» = «\u00a0agricultura familiar\u00a0»',
    );
    expect(
      renderReason(
        r.reasons.find((x) => x.kind === 'working_language')!,
        'fr',
      ),
    ).toBe('Les deux parties peuvent travailler en espagnol');
  });

  it('ranks a closer expert above one who shares only a goal', () => {
    const close = scoreExpert(demand, expert({}));
    const far = scoreExpert(
      demand,
      expert({
        profile: 'Engenheira florestal dedicada ao manejo de bacias e reflorestamento.',
        sectors: ['forestry'],
        sdgTargets: ['15.2'],
        sdgGoals: [2, 15],
      }),
    );
    expect(close.score).toBeGreaterThan(far.score);
    expect(far.reasons.map((x) => x.kind)).toEqual(['sdg_goal', 'working_language']);
  });

  it('uses the search relevance of the profile when it is stronger than the shared concepts', () => {
    const bare = expert({ profile: 'Especialista em gestão pública e orçamento participativo municipal.' });
    expect(scoreExpert(demand, bare, 0.8).score).toBeGreaterThan(scoreExpert(demand, bare, 0).score);
    expect(scoreExpert(demand, bare, 0.8).reasons).toContainEqual({ kind: 'text', weight: 0.2, similarity: 0.8, terms: [] });
  });

  it('discounts an expert with no working language in common, without dropping them', () => {
    const speaks = scoreExpert(demand, expert({}));
    const silent = scoreExpert(demand, expert({ workingLanguages: ['pt'] }));
    expect(silent.score).toBeCloseTo(speaks.score * 0.6, 5);
    expect(silent.reasons.some((x) => x.kind === 'working_language')).toBe(false);
  });

  it('keeps scores in 0..1', () => {
    const twin = expert({
      language: 'fr',
      profile: demand.description,
      sectors: demand.sectors,
      sdgGoals: demand.sdgGoals,
      sdgTargets: demand.sdgTargets,
      workingLanguages: ['fr'],
    });
    const s = scoreExpert(demand, twin, 1).score;
    expect(s).toBeGreaterThan(0.95);
    expect(s).toBeLessThanOrEqual(1);
  });

  it("never proposes an expert of the demand's own country, nor one not validated, nor one sharing only a language", () => {
    expect(isExpertEligible(demand, expert({ country: 'HT' }))).toBe(false);
    expect(isExpertEligible(demand, expert({ status: 'pending' }))).toBe(false);
    const ranked = rankExperts(demand, [
      { expert: expert({ country: 'HT' }) },
      { expert: expert({ status: 'pending' }) },
      {
        expert: expert({
          profile: 'Advogada especializada em direito marítimo e portos.',
          sectors: ['legal_judicial_human_rights'],
          sdgTargets: [],
          sdgGoals: [16],
        }),
      },
      { expert: expert({ country: 'CO' }) },
    ]);
    expect(ranked.map((c) => c.expert.country)).toEqual(['CO']);
    expect(ranked[0]!.score).toBeGreaterThanOrEqual(EXPERT_MIN_SCORE);
  });
});
