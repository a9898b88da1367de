import {
  COOPERATION_TYPES,
  DELIVERY_FORMATS,
  INSTITUTION_TYPES,
  InvalidError,
  MODALITIES,
  codeListView,
  countriesIn,
  countryGroupView,
  countryView,
  languageSchema,
  sdgGoalView,
  sdgTargetView,
  sectorAreaView,
  sectorView,
  subregionView,
} from '@enlace/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LANG_DESCRIPTION, readerLanguage } from '../language.js';
import { SECURITY } from '../plugins/openapi.js';

const lang = z.object({ lang: languageSchema.optional().describe(LANG_DESCRIPTION) }).strict();
const coded = z.array(z.object({ code: z.string(), name: z.string() }));
const tags = ['taxonomies'];

/** Read-only code lists, labelled in the requested language, shared with the validation. */
export async function taxonomyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/v1/taxonomies', {
    schema: {
      operationId: 'listTaxonomies',
      security: [...SECURITY.none],
      tags,
      summary: 'What taxonomies exist',
      response: { 200: z.object({ items: z.array(z.string()) }) },
    },
    handler: async () => ({
      items: [
        'sdg-goals',
        'sdg-targets',
        'sectors',
        'sector-areas',
        'modalities',
        'cooperation-types',
        'delivery-formats',
        'institution-types',
        'countries',
        'country-groups',
        'subregions',
      ].map((t) => `/v1/taxonomies/${t}`),
    }),
  });
  r.get('/v1/taxonomies/sdg-goals', {
    schema: {
      operationId: 'listSdgGoals',
      tags,
      summary: 'The 17 Sustainable Development Goals',
      querystring: lang,
      response: { 200: z.object({ items: z.array(z.object({ goal: z.number(), name: z.string() })) }) },
    },
    handler: async (req) => ({ items: sdgGoalView(await readerLanguage(req, req.query.lang)) }),
  });
  r.get('/v1/taxonomies/sdg-targets', {
    schema: {
      operationId: 'listSdgTargets',
      tags,
      summary: 'The 169 SDG targets (texts in English and Spanish)',
      querystring: lang.extend({ goal: z.coerce.number().int().min(1).max(17).optional() }).strict(),
      response: { 200: z.object({ items: z.array(z.object({ code: z.string(), goal: z.number(), text: z.string(), textLanguage: z.string() })) }) },
    },
    handler: async (req) => ({ items: sdgTargetView(await readerLanguage(req, req.query.lang), req.query.goal) }),
  });
  r.get('/v1/taxonomies/sectors', {
    schema: {
      operationId: 'listSectors',
      tags,
      summary: 'Sectors (SIDICSS classification)',
      querystring: lang,
      response: { 200: z.object({ items: z.array(z.object({ code: z.string(), area: z.string(), name: z.string() })) }) },
    },
    handler: async (req) => ({ items: sectorView(await readerLanguage(req, req.query.lang)) }),
  });
  r.get('/v1/taxonomies/sector-areas', {
    schema: { operationId: 'listSectorAreas', tags, summary: 'Sector areas', querystring: lang, response: { 200: z.object({ items: coded }) } },
    handler: async (req) => ({ items: sectorAreaView(await readerLanguage(req, req.query.lang)) }),
  });
  for (const [path, list, summary, operationId] of [
    ['modalities', MODALITIES, 'Cooperation modalities', 'listModalities'],
    ['cooperation-types', COOPERATION_TYPES, 'Bilateral, triangular, regional', 'listCooperationTypes'],
    ['delivery-formats', DELIVERY_FORMATS, 'In person, virtual, hybrid', 'listDeliveryFormats'],
    ['institution-types', INSTITUTION_TYPES, 'Kinds of institution', 'listInstitutionTypes'],
  ] as const) {
    r.get(`/v1/taxonomies/${path}`, {
      schema: { operationId, tags, summary, querystring: lang, response: { 200: z.object({ items: coded }) } },
      handler: async (req) => ({ items: codeListView(list, await readerLanguage(req, req.query.lang)) }),
    });
  }
  r.get('/v1/taxonomies/countries', {
    schema: {
      operationId: 'listCountries',
      tags,
      summary: 'ISO 3166-1 countries with their groupings and UN categories',
      querystring: lang
        .extend({
          group: z
            .string()
            .regex(/^[a-z_]+$/)
            .optional(),
        })
        .strict(),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              code: z.string(),
              name: z.string(),
              subregion: z.string().nullable(),
              groups: z.array(z.string()),
              ldc: z.boolean(),
              sids: z.boolean(),
              lldc: z.boolean(),
            }),
          ),
        }),
      },
    },
    handler: async (req) => {
      const members = req.query.group ? countriesIn(req.query.group) : undefined;
      if (req.query.group && !members) {
        throw new InvalidError('unknown country grouping', [
          { field: 'group', code: 'unknown_group', reason: 'not a grouping or subregion code; see /v1/taxonomies/country-groups' },
        ]);
      }
      const all = countryView(await readerLanguage(req, req.query.lang));
      return { items: members ? all.filter((c) => members.includes(c.code)) : all };
    },
  });
  r.get('/v1/taxonomies/country-groups', {
    schema: {
      operationId: 'listCountryGroups',
      tags,
      summary: 'OAS, SELA, SEGIB, CARICOM, SICA, MERCOSUR, CAN, LDC, SIDS, LLDC',
      querystring: lang,
      response: { 200: z.object({ items: z.array(z.object({ code: z.string(), kind: z.string(), name: z.string(), members: z.array(z.string()) })) }) },
    },
    handler: async (req) => ({ items: countryGroupView(await readerLanguage(req, req.query.lang)) }),
  });
  r.get('/v1/taxonomies/subregions', {
    schema: {
      operationId: 'listSubregions',
      tags,
      summary: 'Subregions (Americas split as the secretariat uses them, UN M49 elsewhere)',
      querystring: lang,
      response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), countries: z.array(z.string()) })) }) },
    },
    handler: async (req) => ({ items: subregionView(await readerLanguage(req, req.query.lang)) }),
  });
}
