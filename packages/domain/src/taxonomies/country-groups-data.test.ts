import { describe, it, expect } from 'vitest';
import countries from 'i18n-iso-countries';
import { COUNTRY_GROUPS, SUBREGIONS, type Labels, type Lang } from './country-groups-data.js';

const LANGS: readonly Lang[] = ['es', 'en', 'pt', 'fr'];
const ISO_CODES = new Set(Object.keys(countries.getAlpha2Codes()));
const AMERICAS = new Set(['south_america', 'central_america', 'caribbean', 'north_america']);

function membersOf(code: string): readonly string[] {
  const group = COUNTRY_GROUPS.find((g) => g.code === code);
  if (!group) throw new Error(`no country group ${code}`);
  return group.members;
}

function emptyLabels(where: string, labels: Labels): string[] {
  return LANGS.filter((lang) => labels[lang].trim() === '').map((lang) => `${where} (${lang})`);
}

describe('country groups', () => {
  it('has exactly the expected groups, membership ones first', () => {
    expect(COUNTRY_GROUPS.map((g) => [g.code, g.kind])).toEqual([
      ['oas', 'membership'],
      ['sela', 'membership'],
      ['segib', 'membership'],
      ['caricom', 'membership'],
      ['sica', 'membership'],
      ['mercosur', 'membership'],
      ['can', 'membership'],
      ['ldc', 'un_category'],
      ['sids', 'un_category'],
      ['lldc', 'un_category'],
    ]);
  });

  it('OAS has 35 member states, Cuba and Venezuela included', () => {
    expect(membersOf('oas')).toHaveLength(35);
    expect(membersOf('oas')).toEqual(expect.arrayContaining(['CU', 'VE', 'US', 'CA', 'BR', 'MX']));
  });

  it('SICA has 8 members', () => {
    expect([...membersOf('sica')].sort()).toEqual(['BZ', 'CR', 'DO', 'GT', 'HN', 'NI', 'PA', 'SV']);
  });

  it('the Andean Community has 4 members', () => {
    expect([...membersOf('can')].sort()).toEqual(['BO', 'CO', 'EC', 'PE']);
  });

  it('SEGIB has 22 members: Latin America plus Andorra, Spain and Portugal', () => {
    expect(membersOf('segib')).toHaveLength(22);
    expect(membersOf('segib')).toEqual(expect.arrayContaining(['AD', 'ES', 'PT']));
  });

  it('CARICOM has 15 full members, Montserrat included', () => {
    expect(membersOf('caricom')).toHaveLength(15);
    expect(membersOf('caricom')).toContain('MS');
  });

  it('MERCOSUR has its 6 full members, suspended Venezuela included', () => {
    expect([...membersOf('mercosur')].sort()).toEqual(['AR', 'BO', 'BR', 'PY', 'UY', 'VE']);
  });

  it('LLDC has 32 countries', () => {
    expect(membersOf('lldc')).toHaveLength(32);
  });

  it('LDC leaves out the countries that have graduated', () => {
    for (const graduated of ['BT', 'ST', 'VU', 'WS', 'MV', 'CV', 'BW', 'GQ']) {
      expect(membersOf('ldc')).not.toContain(graduated);
    }
    expect(membersOf('ldc')).toContain('HT');
  });

  it('every member code is a valid ISO alpha-2 code', () => {
    const invalid = COUNTRY_GROUPS.flatMap((g) => g.members.filter((c) => !ISO_CODES.has(c)).map((c) => `${g.code}:${c}`));
    expect(invalid).toEqual([]);
  });

  it('no group lists a member twice', () => {
    for (const g of COUNTRY_GROUPS) expect(new Set(g.members).size, g.code).toBe(g.members.length);
  });

  it('group codes are unique', () => {
    expect(new Set(COUNTRY_GROUPS.map((g) => g.code)).size).toBe(COUNTRY_GROUPS.length);
  });

  it('every OAS member is in an Americas subregion', () => {
    const outside = membersOf('oas').filter((c) => {
      const sub = SUBREGIONS.find((s) => s.countries.includes(c));
      return !sub || !AMERICAS.has(sub.code);
    });
    expect(outside).toEqual([]);
  });

  it('all group labels are non-empty in es, en, pt and fr', () => {
    expect(COUNTRY_GROUPS.flatMap((g) => emptyLabels(g.code, g.name))).toEqual([]);
  });
});

describe('subregions', () => {
  it('every subregion country is a valid ISO alpha-2 code', () => {
    const invalid = SUBREGIONS.flatMap((s) => s.countries.filter((c) => !ISO_CODES.has(c)).map((c) => `${s.code}:${c}`));
    expect(invalid).toEqual([]);
  });

  it('every ISO code appears in exactly one subregion', () => {
    const count = new Map<string, number>();
    for (const s of SUBREGIONS) for (const c of s.countries) count.set(c, (count.get(c) ?? 0) + 1);
    const missing = [...ISO_CODES].filter((c) => !count.has(c));
    const repeated = [...count].filter(([, n]) => n > 1).map(([c]) => c);
    expect(missing).toEqual([]);
    expect(repeated).toEqual([]);
  });

  it('uses the Americas subregions of the service', () => {
    const codes = SUBREGIONS.map((s) => s.code);
    for (const code of AMERICAS) expect(codes).toContain(code);
    const northAmerica = SUBREGIONS.find((s) => s.code === 'north_america');
    expect([...(northAmerica?.countries ?? [])].sort()).toEqual(['BM', 'CA', 'GL', 'PM', 'US']);
    expect(SUBREGIONS.find((s) => s.code === 'central_america')?.countries).toContain('MX');
  });

  it('subregion codes are unique snake_case', () => {
    expect(new Set(SUBREGIONS.map((s) => s.code)).size).toBe(SUBREGIONS.length);
    for (const s of SUBREGIONS) expect(s.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('all subregion labels are non-empty in es, en, pt and fr', () => {
    expect(SUBREGIONS.flatMap((s) => emptyLabels(s.code, s.name))).toEqual([]);
  });
});
