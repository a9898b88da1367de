/*
 * Country names in the reader's language. The names themselves come from the domain's
 * taxonomy (i18n-iso-countries), which also serves them to the API; this is the same
 * function with the language first, like everything else in this package.
 */
import { countryName as domainCountryName } from '@enlace/domain';
import type { Language } from './languages.js';

/** "HT" → "Haití", "Haiti", "Haiti", "Haïti"; an unknown code is returned as it is. */
export function countryName(lang: Language, code: string): string {
  return domainCountryName(code, lang);
}
