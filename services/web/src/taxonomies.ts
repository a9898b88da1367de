/*
 * The reference lists (sectors, SDG goals and targets, modalities, countries and their
 * groupings…) with their names in one language, as the API gives them. They change only
 * with a release, so each language's set is fetched once and kept for ten minutes; a
 * failed fetch is not kept.
 */
import type { Language } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { apiClientFor, dataOf, type operations } from './api/client.js';

type JsonOf<Op extends keyof operations> = operations[Op]['responses'] extends { 200: { content: { 'application/json': infer B } } } ? B : never;
type Items<Op extends keyof operations> = JsonOf<Op> extends { items: infer I } ? I : never;

export interface Taxonomies {
  readonly sectors: Items<'listSectors'>;
  readonly sectorAreas: Items<'listSectorAreas'>;
  readonly sdgGoals: Items<'listSdgGoals'>;
  readonly sdgTargets: Items<'listSdgTargets'>;
  readonly modalities: Items<'listModalities'>;
  readonly cooperationTypes: Items<'listCooperationTypes'>;
  readonly deliveryFormats: Items<'listDeliveryFormats'>;
  readonly institutionTypes: Items<'listInstitutionTypes'>;
  readonly countries: Items<'listCountries'>;
  readonly countryGroups: Items<'listCountryGroups'>;
  readonly subregions: Items<'listSubregions'>;
  /** The name of a code in one of the lists above (the code itself when unknown). */
  name(
    list: 'sectors' | 'sectorAreas' | 'modalities' | 'cooperationTypes' | 'deliveryFormats' | 'institutionTypes' | 'countries' | 'countryGroups' | 'subregions',
    code: string,
  ): string;
  goalName(goal: number): string;
  targetText(code: string): string;
}

const TTL_MS = 10 * 60_000;
const cache = new Map<string, { at: number; value: Promise<Taxonomies> }>();

export function taxonomiesFor(app: FastifyInstance, lang: Language): Promise<Taxonomies> {
  const key = `${app.webEnv.API_URL} ${lang}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = load(app.webEnv.API_URL, lang);
  cache.set(key, { at: Date.now(), value });
  value.catch(() => cache.delete(key));
  return value;
}

async function load(apiUrl: string, lang: Language): Promise<Taxonomies> {
  const api = apiClientFor(apiUrl, { lang, address: '127.0.0.1' });
  const query = { params: { query: { lang } } };
  const [sectors, sectorAreas, sdgGoals, sdgTargets, modalities, cooperationTypes, deliveryFormats, institutionTypes, countries, countryGroups, subregions] =
    await Promise.all([
      api.GET('/v1/taxonomies/sectors', query).then(dataOf),
      api.GET('/v1/taxonomies/sector-areas', query).then(dataOf),
      api.GET('/v1/taxonomies/sdg-goals', query).then(dataOf),
      api.GET('/v1/taxonomies/sdg-targets', query).then(dataOf),
      api.GET('/v1/taxonomies/modalities', query).then(dataOf),
      api.GET('/v1/taxonomies/cooperation-types', query).then(dataOf),
      api.GET('/v1/taxonomies/delivery-formats', query).then(dataOf),
      api.GET('/v1/taxonomies/institution-types', query).then(dataOf),
      api.GET('/v1/taxonomies/countries', query).then(dataOf),
      api.GET('/v1/taxonomies/country-groups', query).then(dataOf),
      api.GET('/v1/taxonomies/subregions', query).then(dataOf),
    ]);
  const lists = {
    sectors: sectors.items,
    sectorAreas: sectorAreas.items,
    sdgGoals: sdgGoals.items,
    sdgTargets: sdgTargets.items,
    modalities: modalities.items,
    cooperationTypes: cooperationTypes.items,
    deliveryFormats: deliveryFormats.items,
    institutionTypes: institutionTypes.items,
    countries: countries.items,
    countryGroups: countryGroups.items,
    subregions: subregions.items,
  };
  const names = new Map<string, string>();
  for (const [list, items] of Object.entries(lists))
    for (const item of items as readonly { code?: string; name?: string }[]) if (item.code && item.name) names.set(`${list}:${item.code}`, item.name);
  const goals = new Map(lists.sdgGoals.map((g) => [g.goal, g.name]));
  const targets = new Map(lists.sdgTargets.map((t) => [t.code, t.text]));
  return {
    ...lists,
    name: (list, code) => names.get(`${list}:${code}`) ?? code,
    goalName: (goal) => goals.get(goal) ?? String(goal),
    targetText: (code) => targets.get(code) ?? code,
  };
}
