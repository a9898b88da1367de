// Country groupings and geographic subregions used to describe where cooperation
// offers and demands can take place. Country codes are ISO 3166-1 alpha-2.
//
// Sources: the organisations' own membership statements (SELA: its 2023-2025 press
// releases) and, for the UN categories, the UN Statistics Division M49 overview
// (country-by-country LDC / LLDC / SIDS flags, as published in late 2025) and UN-OHRLLS.
// Review the lists when an organisation's membership or a UN list changes.

export type Lang = 'es' | 'en' | 'pt' | 'fr';
export type Labels = { readonly es: string; readonly en: string; readonly pt: string; readonly fr: string };

export interface CountryGroupData {
  readonly code: string;
  readonly kind: 'membership' | 'un_category';
  readonly name: Labels;
  readonly members: readonly string[];
}

export const COUNTRY_GROUPS: readonly CountryGroupData[] = [
  {
    code: 'oas',
    kind: 'membership',
    name: {
      es: 'Organización de los Estados Americanos (OEA)',
      en: 'Organization of American States (OAS)',
      pt: 'Organização dos Estados Americanos (OEA)',
      fr: 'Organisation des États américains (OEA)',
    },
    // The 35 independent states of the Americas, as listed by the OAS.
    // - CU: member state whose government has not participated since 1962.
    // - VE: denounced the Charter (2017, effective 2019), but the OAS keeps Venezuela listed.
    // - NI: denounced the Charter in Nov 2021; the withdrawal took effect on 19 Nov 2023.
    //   Kept here because the list follows the 35 states the OAS lists; drop it if the
    //   OAS stops listing Nicaragua.
    members: [
      'AG', 'AR', 'BB', 'BO', 'BR', 'BS', 'BZ', 'CA', 'CL', 'CO', 'CR', 'CU', 'DM', 'DO', 'EC', 'GD', 'GT', 'GY',
      'HN', 'HT', 'JM', 'KN', 'LC', 'MX', 'NI', 'PA', 'PE', 'PY', 'SR', 'SV', 'TT', 'US', 'UY', 'VC', 'VE',
    ],
  },
  {
    code: 'sela',
    kind: 'membership',
    name: {
      es: 'Sistema Económico Latinoamericano y del Caribe (SELA)',
      en: 'Latin American and Caribbean Economic System (SELA)',
      pt: 'Sistema Econômico Latino-Americano e do Caribe (SELA)',
      fr: 'Système économique latino-américain et caribéen (SELA)',
    },
    // The 25 member states SELA lists in its own communications (2023-2025).
    // Older lists also include Costa Rica, Grenada and Jamaica, which SELA no longer lists.
    members: [
      'AR', 'BB', 'BO', 'BR', 'BS', 'BZ', 'CL', 'CO', 'CU', 'DO', 'EC', 'GT', 'GY',
      'HN', 'HT', 'MX', 'NI', 'PA', 'PE', 'PY', 'SR', 'SV', 'TT', 'UY', 'VE',
    ],
  },
  {
    code: 'segib',
    kind: 'membership',
    name: {
      es: 'Conferencia Iberoamericana (SEGIB)',
      en: 'Ibero-American Conference (SEGIB)',
      pt: 'Conferência Ibero-Americana (SEGIB)',
      fr: 'Conférence ibéro-américaine (SEGIB)',
    },
    // The 22 Ibero-American states: 19 in Latin America plus Andorra, Spain and Portugal.
    members: [
      'AD', 'AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'ES',
      'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PT', 'PY', 'SV', 'UY', 'VE',
    ],
  },
  {
    code: 'caricom',
    kind: 'membership',
    name: {
      es: 'Comunidad del Caribe (CARICOM)',
      en: 'Caribbean Community (CARICOM)',
      pt: 'Comunidade do Caribe (CARICOM)',
      fr: 'Communauté caribéenne (CARICOM)',
    },
    // The 15 full members, Montserrat (a British territory) included; associate members are not.
    members: ['AG', 'BB', 'BS', 'BZ', 'DM', 'GD', 'GY', 'HT', 'JM', 'KN', 'LC', 'MS', 'SR', 'TT', 'VC'],
  },
  {
    code: 'sica',
    kind: 'membership',
    name: {
      es: 'Sistema de la Integración Centroamericana (SICA)',
      en: 'Central American Integration System (SICA)',
      pt: 'Sistema da Integração Centro-Americana (SICA)',
      fr: "Système d'intégration centraméricaine (SICA)",
    },
    members: ['BZ', 'CR', 'DO', 'GT', 'HN', 'NI', 'PA', 'SV'],
  },
  {
    code: 'mercosur',
    kind: 'membership',
    name: {
      es: 'Mercado Común del Sur (MERCOSUR)',
      en: 'Southern Common Market (MERCOSUR)',
      pt: 'Mercado Comum do Sul (MERCOSUL)',
      fr: 'Marché commun du Sud (MERCOSUR)',
    },
    // Full members. BO became a full member in 2024. VE is a full member that has been
    // suspended since 2016/2017; it is kept so that searches by grouping still find it.
    members: ['AR', 'BO', 'BR', 'PY', 'UY', 'VE'],
  },
  {
    code: 'can',
    kind: 'membership',
    name: {
      es: 'Comunidad Andina (CAN)',
      en: 'Andean Community (CAN)',
      pt: 'Comunidade Andina (CAN)',
      fr: 'Communauté andine (CAN)',
    },
    members: ['BO', 'CO', 'EC', 'PE'],
  },
  {
    code: 'ldc',
    kind: 'un_category',
    name: {
      es: 'Países menos adelantados (PMA)',
      en: 'Least Developed Countries (LDCs)',
      pt: 'Países menos desenvolvidos (PMD)',
      fr: 'Pays les moins avancés (PMA)',
    },
    // UN list of LDCs (Committee for Development Policy; UNSD M49 flags, late 2025): 44 countries.
    // Recent graduations, already removed: Bhutan (13 Dec 2023), São Tomé and Príncipe (13 Dec 2024).
    // Solomon Islands (SB) was scheduled to graduate in Dec 2024, but in Aug 2023 the General
    // Assembly extended its preparatory period by three years (graduation now due Dec 2027), so
    // it is still an LDC.
    // Bangladesh (BD), Lao PDR (LA) and Nepal (NP) are scheduled to graduate on 24 Nov 2026;
    // remove them once that takes effect.
    members: [
      // Africa (32)
      'AO', 'BF', 'BI', 'BJ', 'CD', 'CF', 'DJ', 'ER', 'ET', 'GM', 'GN', 'GW', 'KM', 'LR', 'LS', 'MG',
      'ML', 'MR', 'MW', 'MZ', 'NE', 'RW', 'SD', 'SL', 'SN', 'SO', 'SS', 'TD', 'TG', 'TZ', 'UG', 'ZM',
      // Asia (8)
      'AF', 'BD', 'KH', 'LA', 'MM', 'NP', 'TL', 'YE',
      // Americas (1)
      'HT',
      // Oceania (3)
      'KI', 'SB', 'TV',
    ],
  },
  {
    code: 'sids',
    kind: 'un_category',
    name: {
      es: 'Pequeños Estados insulares en desarrollo (PEID)',
      en: 'Small Island Developing States (SIDS)',
      pt: 'Pequenos Estados insulares em desenvolvimento (PEID)',
      fr: 'Petits États insulaires en développement (PEID)',
    },
    // UN-OHRLLS list: 38 UN member states and 20 non-UN members / associate members of the UN
    // regional commissions, all of which have an ISO alpha-2 code (58 codes).
    // The UNSD M49 list of SIDS is narrower (it leaves out BH, BM, GP, KY, MQ and TC) and adds
    // Bonaire, Sint Eustatius and Saba (BQ), which OHRLLS does not list.
    members: [
      // UN member states (38)
      'AG', 'BB', 'BH', 'BS', 'BZ', 'CU', 'CV', 'DM', 'DO', 'FJ', 'FM', 'GD', 'GW', 'GY', 'HT', 'JM', 'KI', 'KM', 'KN',
      'LC', 'MH', 'MU', 'MV', 'NR', 'PG', 'PW', 'SB', 'SC', 'SG', 'SR', 'ST', 'TL', 'TO', 'TT', 'TV', 'VC', 'VU', 'WS',
      // Non-UN members / associate members of the regional commissions (20)
      'AI', 'AS', 'AW', 'BM', 'CK', 'CW', 'GP', 'GU', 'KY', 'MP',
      'MQ', 'MS', 'NC', 'NU', 'PF', 'PR', 'SX', 'TC', 'VG', 'VI',
    ],
  },
  {
    code: 'lldc',
    kind: 'un_category',
    name: {
      es: 'Países en desarrollo sin litoral (PDSL)',
      en: 'Landlocked Developing Countries (LLDCs)',
      pt: 'Países em desenvolvimento sem litoral (PDSL)',
      fr: 'Pays en développement sans littoral (PDSL)',
    },
    // The 32 LLDCs listed by UN-OHRLLS and UNSD M49.
    members: [
      'AF', 'AM', 'AZ', 'BF', 'BI', 'BO', 'BT', 'BW', 'CF', 'ET', 'KG', 'KZ', 'LA', 'LS', 'MD', 'MK',
      'ML', 'MN', 'MW', 'NE', 'NP', 'PY', 'RW', 'SS', 'SZ', 'TD', 'TJ', 'TM', 'UG', 'UZ', 'ZM', 'ZW',
    ],
  },
];

export interface SubregionData {
  readonly code: string;
  readonly name: Labels;
  readonly countries: readonly string[];
}

// UN M49 geoscheme. In the Americas the M49 intermediate regions are used (South America,
// Central America with Mexico, Caribbean) plus M49 Northern America; in Africa the M49
// intermediate regions of Sub-Saharan Africa are used, plus Northern Africa.
// Current M49 already assigns Bouvet Island (BV) and South Georgia (GS) to South America,
// Heard and McDonald (HM), Christmas Island (CX) and Cocos (CC) to Australia and New Zealand,
// the British Indian Ocean Territory (IO) and the French Southern Territories (TF) to Eastern
// Africa, and the US Minor Outlying Islands (UM) to Micronesia; those assignments are kept.
// Codes M49 does not place, placed here by judgement:
// - AQ (Antarctica): south_america, the usual gateway (Argentina and Chile run the nearest
//   Antarctic programmes and logistics hubs), next to BV and GS.
// - TW (Taiwan): eastern_asia.
// - XK (Kosovo): a user-assigned code, not part of ISO 3166-1, that i18n-iso-countries
//   returns; placed in southern_europe with its neighbours so that every code the app
//   knows has a subregion.
export const SUBREGIONS: readonly SubregionData[] = [
  // Americas
  {
    code: 'south_america',
    name: { es: 'América del Sur', en: 'South America', pt: 'América do Sul', fr: 'Amérique du Sud' },
    countries: [
      'AQ', 'AR', 'BO', 'BR', 'BV', 'CL', 'CO', 'EC', 'FK', 'GF', 'GS', 'GY', 'PE', 'PY', 'SR', 'UY', 'VE',
    ],
  },
  {
    code: 'central_america',
    name: { es: 'Centroamérica', en: 'Central America', pt: 'América Central', fr: 'Amérique centrale' },
    countries: ['BZ', 'CR', 'GT', 'HN', 'MX', 'NI', 'PA', 'SV'],
  },
  {
    code: 'caribbean',
    name: { es: 'Caribe', en: 'Caribbean', pt: 'Caribe', fr: 'Caraïbes' },
    countries: [
      'AG', 'AI', 'AW', 'BB', 'BL', 'BQ', 'BS', 'CU', 'CW', 'DM', 'DO', 'GD', 'GP', 'HT',
      'JM', 'KN', 'KY', 'LC', 'MF', 'MQ', 'MS', 'PR', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI',
    ],
  },
  {
    code: 'north_america',
    name: { es: 'América del Norte', en: 'North America', pt: 'América do Norte', fr: 'Amérique du Nord' },
    countries: ['BM', 'CA', 'GL', 'PM', 'US'],
  },
  // Africa
  {
    code: 'northern_africa',
    name: { es: 'Norte de África', en: 'Northern Africa', pt: 'Norte da África', fr: 'Afrique du Nord' },
    countries: ['DZ', 'EG', 'EH', 'LY', 'MA', 'SD', 'TN'],
  },
  {
    code: 'western_africa',
    name: { es: 'África Occidental', en: 'Western Africa', pt: 'África Ocidental', fr: "Afrique de l'Ouest" },
    countries: [
      'BF', 'BJ', 'CI', 'CV', 'GH', 'GM', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SH', 'SL', 'SN', 'TG',
    ],
  },
  {
    code: 'eastern_africa',
    name: { es: 'África Oriental', en: 'Eastern Africa', pt: 'África Oriental', fr: "Afrique de l'Est" },
    countries: [
      'BI', 'DJ', 'ER', 'ET', 'IO', 'KE', 'KM', 'MG', 'MU', 'MW', 'MZ', 'RE', 'RW', 'SC',
      'SO', 'SS', 'TF', 'TZ', 'UG', 'YT', 'ZM', 'ZW',
    ],
  },
  {
    code: 'middle_africa',
    name: { es: 'África Central', en: 'Middle Africa', pt: 'África Central', fr: 'Afrique centrale' },
    countries: ['AO', 'CD', 'CF', 'CG', 'CM', 'GA', 'GQ', 'ST', 'TD'],
  },
  {
    code: 'southern_africa',
    name: { es: 'África Austral', en: 'Southern Africa', pt: 'África Austral', fr: 'Afrique australe' },
    countries: ['BW', 'LS', 'NA', 'SZ', 'ZA'],
  },
  // Asia
  {
    code: 'western_asia',
    name: { es: 'Asia Occidental', en: 'Western Asia', pt: 'Ásia Ocidental', fr: 'Asie occidentale' },
    countries: [
      'AE', 'AM', 'AZ', 'BH', 'CY', 'GE', 'IL', 'IQ', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA',
      'SA', 'SY', 'TR', 'YE',
    ],
  },
  {
    code: 'central_asia',
    name: { es: 'Asia Central', en: 'Central Asia', pt: 'Ásia Central', fr: 'Asie centrale' },
    countries: ['KG', 'KZ', 'TJ', 'TM', 'UZ'],
  },
  {
    code: 'southern_asia',
    name: { es: 'Asia Meridional', en: 'Southern Asia', pt: 'Ásia Meridional', fr: 'Asie du Sud' },
    countries: ['AF', 'BD', 'BT', 'IN', 'IR', 'LK', 'MV', 'NP', 'PK'],
  },
  {
    code: 'eastern_asia',
    name: { es: 'Asia Oriental', en: 'Eastern Asia', pt: 'Ásia Oriental', fr: "Asie de l'Est" },
    countries: ['CN', 'HK', 'JP', 'KP', 'KR', 'MN', 'MO', 'TW'],
  },
  {
    code: 'south_eastern_asia',
    name: { es: 'Sudeste Asiático', en: 'South-eastern Asia', pt: 'Sudeste Asiático', fr: 'Asie du Sud-Est' },
    countries: ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN'],
  },
  // Europe
  {
    code: 'northern_europe',
    name: { es: 'Europa del Norte', en: 'Northern Europe', pt: 'Europa Setentrional', fr: 'Europe du Nord' },
    countries: ['AX', 'DK', 'EE', 'FI', 'FO', 'GB', 'GG', 'IE', 'IM', 'IS', 'JE', 'LT', 'LV', 'NO', 'SE', 'SJ'],
  },
  {
    code: 'western_europe',
    name: { es: 'Europa Occidental', en: 'Western Europe', pt: 'Europa Ocidental', fr: "Europe de l'Ouest" },
    countries: ['AT', 'BE', 'CH', 'DE', 'FR', 'LI', 'LU', 'MC', 'NL'],
  },
  {
    code: 'eastern_europe',
    name: { es: 'Europa del Este', en: 'Eastern Europe', pt: 'Europa Oriental', fr: "Europe de l'Est" },
    countries: ['BG', 'BY', 'CZ', 'HU', 'MD', 'PL', 'RO', 'RU', 'SK', 'UA'],
  },
  {
    code: 'southern_europe',
    name: { es: 'Europa del Sur', en: 'Southern Europe', pt: 'Europa Meridional', fr: 'Europe du Sud' },
    countries: [
      'AD', 'AL', 'BA', 'ES', 'GI', 'GR', 'HR', 'IT', 'ME', 'MK', 'MT', 'PT', 'RS', 'SI', 'SM', 'VA', 'XK',
    ],
  },
  // Oceania
  {
    code: 'australia_new_zealand',
    name: {
      es: 'Australia y Nueva Zelanda',
      en: 'Australia and New Zealand',
      pt: 'Austrália e Nova Zelândia',
      fr: 'Australie et Nouvelle-Zélande',
    },
    countries: ['AU', 'CC', 'CX', 'HM', 'NF', 'NZ'],
  },
  {
    code: 'melanesia',
    name: { es: 'Melanesia', en: 'Melanesia', pt: 'Melanésia', fr: 'Mélanésie' },
    countries: ['FJ', 'NC', 'PG', 'SB', 'VU'],
  },
  {
    code: 'micronesia',
    name: { es: 'Micronesia', en: 'Micronesia', pt: 'Micronésia', fr: 'Micronésie' },
    countries: ['FM', 'GU', 'KI', 'MH', 'MP', 'NR', 'PW', 'UM'],
  },
  {
    code: 'polynesia',
    name: { es: 'Polinesia', en: 'Polynesia', pt: 'Polinésia', fr: 'Polynésie' },
    countries: ['AS', 'CK', 'NU', 'PF', 'PN', 'TK', 'TO', 'TV', 'WF', 'WS'],
  },
];
