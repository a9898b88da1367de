import type { Language } from './languages.js';
import { COOPERATION_TYPES, DELIVERY_FORMATS, INSTITUTION_TYPES, MODALITIES, SECTORS, SECTOR_AREAS } from './sectors-data.js';

export { COOPERATION_TYPES, DELIVERY_FORMATS, INSTITUTION_TYPES, MODALITIES, SECTORS, SECTOR_AREAS };

// Literal tuples: the zod enums and the database depend on these exact codes, and the
// data files are checked against them in sectors-data.test.ts.
export const SECTOR_CODES = [
  'education',
  'health',
  'population_reproductive_health',
  'water_sanitation',
  'social_services_policies',
  'energy',
  'transport_storage',
  'communications',
  'science_technology',
  'banking_finance',
  'employment',
  'enterprises',
  'extractive_industries',
  'agriculture_livestock',
  'forestry',
  'fisheries',
  'construction',
  'industry',
  'tourism',
  'trade',
  'public_institutions_policies',
  'public_finance_management',
  'political_participation_civil_society',
  'peace_security_defence',
  'legal_judicial_human_rights',
  'environment',
  'disaster_management',
  'culture',
  'gender',
  'other_development_models',
] as const;
export type SectorCode = (typeof SECTOR_CODES)[number];

export const MODALITY_CODES = [
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
] as const;
export type ModalityCode = (typeof MODALITY_CODES)[number];

export const COOPERATION_TYPE_CODES = ['bilateral', 'triangular', 'regional'] as const;
export const DELIVERY_FORMAT_CODES = ['in_person', 'virtual', 'hybrid'] as const;
export const INSTITUTION_TYPE_CODES = ['government', 'academia', 'private', 'civil_society', 'international'] as const;

export function sectorView(lang: Language) {
  return SECTORS.map((s) => ({ code: s.code, area: s.area, name: s.name[lang] }));
}

export function sectorAreaView(lang: Language) {
  return SECTOR_AREAS.map((a) => ({ code: a.code, name: a.name[lang] }));
}

export function codeListView(list: readonly { code: string; name: Record<Language, string> }[], lang: Language) {
  return list.map((m) => ({ code: m.code, name: m.name[lang] }));
}
