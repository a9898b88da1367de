import { LANGUAGES } from '@enlace/domain';
import { describe, expect, it } from 'vitest';
import { isMatchReason, renderReason, renderReasons } from './reasons.js';
import type { MatchReason } from './score.js';
import { fixtureStats, floodDemand, floodOffer, profileOf } from './test-fixtures.js';
import { scoreMatch } from './score.js';

const reasons: MatchReason[] = [
  {
    kind: 'text',
    weight: 5,
    similarity: 0.4,
    terms: [
      { demand: 'alerta precoce', offer: 'early warning', type: 'concept' },
      { demand: 'SMS', offer: 'SMS', type: 'word' },
    ],
  },
  { kind: 'sdg_target', weight: 0.6, codes: ['13.1', '11.5'] },
  { kind: 'sdg_goal', weight: 1.5, goals: [13] },
  { kind: 'sector', weight: 1.6, codes: ['disaster_management'] },
  { kind: 'modality', weight: 0.6, codes: ['training', 'technical_assistance'] },
  { kind: 'working_language', weight: 0, languages: ['en', 'pt'] },
];

describe('renderReason', () => {
  it('says each kind of reason in each of the four languages', () => {
    for (const lang of LANGUAGES) {
      const sentences = renderReasons(reasons, lang);
      expect(sentences).toHaveLength(reasons.length);
      for (const s of sentences) expect(s.length).toBeGreaterThan(10);
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  });

  it('uses the taxonomy names and quotes each side in its own words', () => {
    expect(renderReason(reasons[2]!, 'es')).toBe('Ambas contribuyen al ODS 13 (Acción por el clima)');
    expect(renderReason(reasons[2]!, 'en')).toBe('Both contribute to SDG 13 (Climate action)');
    expect(renderReason(reasons[1]!, 'pt')).toBe('Ambas visam as metas ODS 13.1 e 11.5');
    expect(renderReason(reasons[1]!, 'fr')).toBe('Les deux visent les cibles ODD 13.1 et 11.5');
    expect(renderReason(reasons[3]!, 'fr')).toBe('Même secteur\u00a0: Gestion des catastrophes');
    expect(renderReason(reasons[4]!, 'es')).toBe('La oferta incluye lo que pide la demanda: capacitación y asistencia técnica');
    expect(renderReason(reasons[5]!, 'pt')).toBe('Ambas as partes podem trabalhar em inglês e português');
    expect(renderReason(reasons[0]!, 'en')).toBe('The texts have in common “alerta precoce” = “early warning”, “SMS”');
    expect(renderReason(reasons[0]!, 'es')).toBe('Los textos coinciden en «alerta precoce» = «early warning», «SMS»');
  });

  it('spaces French punctuation and quotes with no-break spaces, as the emails do', () => {
    expect(renderReason(reasons[4]!, 'fr')).toBe('L’offre propose ce que la demande sollicite\u00a0: formation et assistance technique');
    expect(renderReason(reasons[0]!, 'fr')).toBe('Les textes ont en commun «\u00a0alerta precoce\u00a0» = «\u00a0early warning\u00a0», «\u00a0SMS\u00a0»');
  });

  it('renders the reasons scoreMatch gives', () => {
    const r = scoreMatch(profileOf(floodDemand), profileOf(floodOffer), fixtureStats());
    for (const lang of LANGUAGES) for (const s of renderReasons(r.reasons, lang)) expect(s).not.toMatch(/undefined|\[object/);
  });
});

describe('isMatchReason', () => {
  it('accepts every kind the ranking writes, and nothing of another kind or shape', () => {
    for (const r of reasons) expect(isMatchReason(JSON.parse(JSON.stringify(r)))).toBe(true);
    expect(isMatchReason({ kind: 'budget', weight: 1, codes: ['x'] })).toBe(false);
    expect(isMatchReason({ kind: 'sector', weight: 1.6, sectors: ['health'] })).toBe(false);
    expect(isMatchReason({ kind: 'sdg_goal', weight: 1.5, goals: ['13'] })).toBe(false);
    expect(isMatchReason({ kind: 'text', weight: 3, similarity: 0.3, terms: ['alerta temprana'] })).toBe(false);
    expect(isMatchReason(null)).toBe(false);
  });
});
