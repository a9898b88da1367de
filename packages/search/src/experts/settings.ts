import type { Settings } from 'meilisearch';
import { COMMON_TEXT_SETTINGS, localizedAttributes } from '../settings.js';

const LANGS = ['es', 'en', 'pt', 'fr'] as const;

/**
 * The experts index, as code, applied with the listings' settings at start-up. The same
 * glossary synonyms, so that a demand's "cantines scolaires" finds a profile that says
 * "alimentação escolar".
 */
export const EXPERT_INDEX_SETTINGS = {
  searchableAttributes: ['name', 'institutionName', 'institutionAcronym', ...LANGS.map((l) => `profile_${l}`)],
  displayedAttributes: ['*'],
  filterableAttributes: ['status', 'country', 'countryGroups', 'institutionId', 'sectors', 'sdgGoals', 'sdgTargets', 'workingLanguages', 'language'],
  sortableAttributes: ['validatedAt', 'updatedAt'],
  localizedAttributes: localizedAttributes(),
  ...COMMON_TEXT_SETTINGS,
} satisfies Settings;
