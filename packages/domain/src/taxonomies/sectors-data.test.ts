import { describe, it, expect } from 'vitest';
import type { Labels, Lang } from './country-groups-data.js';
import { COOPERATION_TYPES, DELIVERY_FORMATS, INSTITUTION_TYPES, MODALITIES, SECTORS, SECTOR_AREAS } from './sectors-data.js';

const LANGS: readonly Lang[] = ['es', 'en', 'pt', 'fr'];

// The interchange format's sector codes, in order, by area.
const SECTORS_BY_AREA: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['social', ['education', 'health', 'population_reproductive_health', 'water_sanitation', 'social_services_policies']],
  ['economic_infrastructure', ['energy', 'transport_storage', 'communications', 'science_technology', 'banking_finance', 'employment', 'enterprises']],
  ['productive', ['extractive_industries', 'agriculture_livestock', 'forestry', 'fisheries', 'construction', 'industry', 'tourism', 'trade']],
  [
    'institutional_strengthening',
    [
      'public_institutions_policies',
      'public_finance_management',
      'political_participation_civil_society',
      'peace_security_defence',
      'legal_judicial_human_rights',
    ],
  ],
  ['environment', ['environment', 'disaster_management']],
  ['other', ['culture', 'gender', 'other_development_models']],
];

function emptyLabels(list: readonly { code: string; name: Labels }[]): string[] {
  return list.flatMap((item) => LANGS.filter((lang) => item.name[lang].trim() === '').map((lang) => `${item.code} (${lang})`));
}

describe('sector areas', () => {
  it('are exactly the six areas, in order', () => {
    expect(SECTOR_AREAS.map((a) => a.code)).toEqual(SECTORS_BY_AREA.map(([area]) => area));
  });

  it('use SEGIB labels in Spanish', () => {
    const es = Object.fromEntries(SECTOR_AREAS.map((a) => [a.code, a.name.es]));
    expect(es['institutional_strengthening']).toBe('Fortalecimiento institucional');
    expect(es['economic_infrastructure']).toBe('Infraestructura y servicios económicos');
    expect(es['productive']).toBe('Sectores productivos');
  });

  it('have non-empty labels in es, en, pt and fr', () => {
    expect(emptyLabels(SECTOR_AREAS)).toEqual([]);
  });
});

describe('sectors', () => {
  it('are exactly the 30 interchange-format codes, in order', () => {
    expect(SECTORS.map((s) => s.code)).toEqual(SECTORS_BY_AREA.flatMap(([, codes]) => codes));
    expect(SECTORS).toHaveLength(30);
  });

  it('each sits in its area', () => {
    const expected = SECTORS_BY_AREA.flatMap(([area, codes]) => codes.map((code) => [code, area]));
    expect(SECTORS.map((s) => [s.code, s.area])).toEqual(expected);
  });

  it('have non-empty labels in es, en, pt and fr', () => {
    expect(emptyLabels(SECTORS)).toEqual([]);
  });
});

describe('modalities and other code lists', () => {
  it('modalities are exactly the interchange-format codes, in order', () => {
    expect(MODALITIES.map((m) => m.code)).toEqual([
      'technical_assistance',
      'expert_mission',
      'training',
      'internship',
      'study_visit',
      'experience_exchange',
      'methodology_transfer',
      'scholarship',
      'joint_research',
      'policy_advice',
      'knowledge_product',
    ]);
  });

  it('cooperation types are bilateral, triangular and regional', () => {
    expect(COOPERATION_TYPES.map((t) => t.code)).toEqual(['bilateral', 'triangular', 'regional']);
  });

  it('delivery formats are in person, virtual and hybrid', () => {
    expect(DELIVERY_FORMATS.map((f) => f.code)).toEqual(['in_person', 'virtual', 'hybrid']);
  });

  it('institution types are government, academia, private, civil society and international', () => {
    expect(INSTITUTION_TYPES.map((t) => t.code)).toEqual(['government', 'academia', 'private', 'civil_society', 'international']);
  });

  it('all have non-empty labels in es, en, pt and fr', () => {
    expect(emptyLabels([...MODALITIES, ...COOPERATION_TYPES, ...DELIVERY_FORMATS, ...INSTITUTION_TYPES])).toEqual([]);
  });
});
