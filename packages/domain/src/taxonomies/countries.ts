import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import { COUNTRY_GROUPS, SUBREGIONS } from './country-groups-data.js';
import type { Language } from './languages.js';

export { COUNTRY_GROUPS, SUBREGIONS };

for (const locale of [en, es, fr, pt]) countries.registerLocale(locale);

const alpha2 = new Set(Object.keys(countries.getAlpha2Codes()));

export function isCountryCode(code: string): boolean {
  return alpha2.has(code);
}

export const COUNTRY_GROUP_CODES = COUNTRY_GROUPS.map((g) => g.code);

const groupsByCountry = new Map<string, string[]>();
for (const g of COUNTRY_GROUPS) {
  for (const c of g.members) groupsByCountry.set(c, [...(groupsByCountry.get(c) ?? []), g.code]);
}
const subregionByCountry = new Map<string, string>();
for (const s of SUBREGIONS) for (const c of s.countries) subregionByCountry.set(c, s.code);

export function countryName(code: string, lang: Language): string {
  return countries.getName(code, lang) ?? code;
}

/** ISO 3166-1 numeric code (`HT` → `332`): how world maps (world-atlas) name their shapes. */
export function countryNumericCode(code: string): string | undefined {
  return countries.alpha2ToNumeric(code) ?? undefined;
}

export function countryGroupsOf(code: string): readonly string[] {
  return groupsByCountry.get(code) ?? [];
}

export function subregionOf(code: string): string | undefined {
  return subregionByCountry.get(code);
}

/** Countries in a grouping (`oas`, `sids`…) or subregion (`caribbean`…); undefined when the code is neither. */
export function countriesIn(groupOrSubregion: string): readonly string[] | undefined {
  return COUNTRY_GROUPS.find((g) => g.code === groupOrSubregion)?.members ?? SUBREGIONS.find((s) => s.code === groupOrSubregion)?.countries;
}

export function countryView(lang: Language) {
  return [...alpha2].sort().map((code) => {
    const groups = countryGroupsOf(code);
    return {
      code,
      name: countryName(code, lang),
      subregion: subregionOf(code) ?? null,
      groups: [...groups],
      ldc: groups.includes('ldc'),
      sids: groups.includes('sids'),
      lldc: groups.includes('lldc'),
    };
  });
}

export function countryGroupView(lang: Language) {
  return COUNTRY_GROUPS.map((g) => ({ code: g.code, kind: g.kind, name: g.name[lang], members: [...g.members] }));
}

export function subregionView(lang: Language) {
  return SUBREGIONS.map((s) => ({ code: s.code, name: s.name[lang], countries: [...s.countries] }));
}
