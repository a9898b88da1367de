/*
 * Small listings written for the unit tests (not taken from any evaluation corpus), with
 * hand-made Spanish pivot texts so that the pure parts can be tested without Apertium.
 */
import { analyzeListingText, type PivotFields, type TermProfile } from './analyze.js';
import { toMatchProfile, type MatchableListing } from './profile.js';
import type { MatchProfile } from './score.js';
import { buildCorpusStats, type CorpusStats } from './stats.js';

export interface Fixture {
  listing: MatchableListing & { kind: 'offer' | 'demand' };
  pivot: PivotFields;
}

/** A Portuguese demand for a flood early-warning system. */
export const floodDemand: Fixture = {
  listing: {
    externalId: 'T-DM-1',
    kind: 'demand',
    language: 'pt',
    country: 'MZ',
    title: 'Sistema de alerta precoce para cheias nas bacias hidrográficas',
    description:
      'A Direção Nacional de Recursos Hídricos pretende instalar um sistema de alerta precoce para cheias, com estações hidrométricas automáticas, previsão de caudais e avisos às comunidades ribeirinhas por SMS e rádio. Solicitamos formação de técnicos e assistência técnica para os protocolos de aviso.',
    keywords: ['alerta precoce', 'cheias'],
    sectors: ['disaster_management', 'environment'],
    sdgTargets: ['13.1', '11.5'],
    modalities: ['training', 'technical_assistance'],
    workingLanguages: ['pt', 'en'],
  },
  pivot: {
    title: 'Sistema de alerta temprana para crecidas en las cuencas hidrográficas',
    description:
      'La Dirección Nacional de Recursos Hídricos pretende instalar un sistema de alerta temprana para crecidas, con estaciones hidrométricas automáticas, previsión de caudales y avisos a las comunidades ribereñas por SMS y radio. Solicitamos formación de técnicos y asistencia técnica para los protocolos de aviso.',
    keywords: 'alerta temprana. crecidas',
  },
};

/** An English offer that meets it, tagged differently (science and technology, goal 13 only). */
export const floodOffer: Fixture = {
  listing: {
    externalId: 'T-OF-1',
    kind: 'offer',
    language: 'en',
    country: 'PH',
    title: 'Community flood early warning with river gauges and SMS alerts',
    description:
      'The national weather service shares its experience running flood early warning systems in river basins: automatic river gauges, runoff forecasting, warning thresholds and SMS alerts to riverside communities. We offer training for hydrologists and technical assistance on warning protocols.',
    sectors: ['science_technology'],
    sdgGoals: [13],
    modalities: ['training', 'technical_assistance'],
    workingLanguages: ['en'],
  },
  pivot: {
    title: 'Alerta temprana comunitaria de inundaciones con limnímetros y alertas por SMS',
    description:
      'El servicio meteorológico nacional comparte su experiencia en la operación de sistemas de alerta temprana de inundaciones en cuencas fluviales: limnímetros automáticos, previsión de escorrentía, umbrales de alerta y alertas por SMS a las comunidades ribereñas. Ofrecemos capacitación para hidrólogos y asistencia técnica en protocolos de alerta.',
    keywords: '',
  },
};

/** A Spanish offer with exactly the demand's tags, on another subject (rebuilding after earthquakes). */
export const sameTagDecoy: Fixture = {
  listing: {
    externalId: 'T-OF-2',
    kind: 'offer',
    language: 'es',
    country: 'CL',
    title: 'Reconstrucción de viviendas tras terremotos con estándares sismorresistentes',
    description:
      'El ministerio de vivienda ofrece su experiencia en la reconstrucción de viviendas sociales después de terremotos, con normas de diseño sismorresistente, subsidios a familias damnificadas y supervisión de obras. Ofrecemos capacitación y asistencia técnica.',
    sectors: ['disaster_management', 'environment'],
    sdgTargets: ['13.1', '11.5'],
    modalities: ['training', 'technical_assistance'],
    workingLanguages: ['es'],
  },
  pivot: {
    title: 'Reconstrucción de viviendas tras terremotos con estándares sismorresistentes',
    description:
      'El ministerio de vivienda ofrece su experiencia en la reconstrucción de viviendas sociales después de terremotos, con normas de diseño sismorresistente, subsidios a familias damnificadas y supervisión de obras. Ofrecemos capacitación y asistencia técnica.',
    keywords: '',
  },
};

/** Other subjects, so that document frequencies mean something. */
export const fillers: Fixture[] = [
  {
    listing: {
      externalId: 'T-OF-3',
      kind: 'offer',
      language: 'fr',
      country: 'SN',
      title: 'Cantines scolaires approvisionnées par les producteurs locaux',
      description:
        'Le ministère partage son modèle de cantines scolaires approvisionnées par les petits producteurs locaux, avec des comités de gestion dans chaque école et un suivi nutritionnel des élèves.',
      sectors: ['education'],
      sdgTargets: ['2.1'],
      modalities: ['study_visit'],
    },
    pivot: {
      title: 'Comedores escolares abastecidos por los productores locales',
      description:
        'El ministerio comparte su modelo de comedores escolares abastecidos por los pequeños productores locales, con comités de gestión en cada escuela y un seguimiento nutricional de los alumnos.',
      keywords: '',
    },
  },
  {
    listing: {
      externalId: 'T-OF-4',
      kind: 'offer',
      language: 'es',
      country: 'UY',
      title: 'Administración tributaria digital y declaraciones precargadas',
      description:
        'La dirección de impuestos comparte su experiencia en declaraciones juradas precargadas, análisis de riesgo de contribuyentes y servicios en línea. Ofrecemos asistencia técnica y pasantías.',
      sectors: ['public_finance_management'],
      sdgTargets: ['17.1'],
      modalities: ['technical_assistance', 'internship'],
    },
    pivot: {
      title: 'Administración tributaria digital y declaraciones precargadas',
      description:
        'La dirección de impuestos comparte su experiencia en declaraciones juradas precargadas, análisis de riesgo de contribuyentes y servicios en línea. Ofrecemos asistencia técnica y pasantías.',
      keywords: '',
    },
  },
  {
    listing: {
      externalId: 'T-OF-5',
      kind: 'offer',
      language: 'en',
      country: 'FJ',
      title: 'Co-management of coastal fisheries with fishing communities',
      description:
        'The fisheries ministry shares how coastal communities and the state co-manage reef fisheries: local management plans, closed seasons, community wardens and catch monitoring. Offered as an exchange of experience.',
      sectors: ['fisheries'],
      sdgTargets: ['14.b'],
      modalities: ['experience_exchange'],
    },
    pivot: {
      title: 'Cogestión de pesquerías costeras con comunidades pesqueras',
      description:
        'El ministerio de pesca comparte cómo las comunidades costeras y el estado cogestionan las pesquerías de arrecife: planes locales de manejo, vedas, guardianes comunitarios y monitoreo de capturas. Se ofrece como intercambio de experiencias.',
      keywords: '',
    },
  },
];

export const allFixtures: Fixture[] = [floodDemand, floodOffer, sameTagDecoy, ...fillers];

export function termsOf(f: Fixture): TermProfile {
  return analyzeListingText(f.listing, f.pivot);
}

export function profileOf(f: Fixture): MatchProfile {
  return toMatchProfile(f.listing, termsOf(f));
}

export function fixtureStats(): CorpusStats {
  return buildCorpusStats(allFixtures.map(termsOf));
}
