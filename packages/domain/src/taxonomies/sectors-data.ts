// Sectors of activity, grouped in areas, and the other code lists that describe a
// cooperation offer or demand. Codes and their order follow the interchange format.
// Spanish and Portuguese sector and area labels follow the ones SEGIB uses in its
// reports on South-South cooperation in Ibero-America; Portuguese is Brazilian.
import type { Labels } from './country-groups-data.js';

export interface SectorData {
  readonly code: string;
  readonly area: string;
  readonly name: Labels;
}

export interface SectorAreaData {
  readonly code: string;
  readonly name: Labels;
}

export const SECTOR_AREAS: readonly SectorAreaData[] = [
  { code: 'social', name: { es: 'Social', en: 'Social', pt: 'Social', fr: 'Social' } },
  {
    code: 'economic_infrastructure',
    name: {
      es: 'Infraestructura y servicios económicos',
      en: 'Economic infrastructure and services',
      pt: 'Infraestrutura e serviços econômicos',
      fr: 'Infrastructures et services économiques',
    },
  },
  {
    code: 'productive',
    name: { es: 'Sectores productivos', en: 'Productive sectors', pt: 'Setores produtivos', fr: 'Secteurs productifs' },
  },
  {
    code: 'institutional_strengthening',
    name: {
      es: 'Fortalecimiento institucional',
      en: 'Institutional strengthening',
      pt: 'Fortalecimento institucional',
      fr: 'Renforcement institutionnel',
    },
  },
  {
    code: 'environment',
    name: { es: 'Medioambiente', en: 'Environment', pt: 'Meio ambiente', fr: 'Environnement' },
  },
  { code: 'other', name: { es: 'Otros ámbitos', en: 'Other', pt: 'Outros âmbitos', fr: 'Autres domaines' } },
];

export const SECTORS: readonly SectorData[] = [
  // Social
  { code: 'education', area: 'social', name: { es: 'Educación', en: 'Education', pt: 'Educação', fr: 'Éducation' } },
  { code: 'health', area: 'social', name: { es: 'Salud', en: 'Health', pt: 'Saúde', fr: 'Santé' } },
  {
    code: 'population_reproductive_health',
    area: 'social',
    name: {
      es: 'Población y salud reproductiva',
      en: 'Population and reproductive health',
      pt: 'População e saúde reprodutiva',
      fr: 'Population et santé reproductive',
    },
  },
  {
    code: 'water_sanitation',
    area: 'social',
    name: {
      es: 'Abastecimiento y saneamiento de agua',
      en: 'Water supply and sanitation',
      pt: 'Abastecimento de água e saneamento',
      fr: 'Approvisionnement en eau et assainissement',
    },
  },
  {
    code: 'social_services_policies',
    area: 'social',
    name: {
      es: 'Otros servicios y políticas sociales',
      en: 'Other social services and policies',
      pt: 'Outros serviços e políticas sociais',
      fr: 'Autres services et politiques sociales',
    },
  },
  // Economic infrastructure and services
  { code: 'energy', area: 'economic_infrastructure', name: { es: 'Energía', en: 'Energy', pt: 'Energia', fr: 'Énergie' } },
  {
    code: 'transport_storage',
    area: 'economic_infrastructure',
    name: {
      es: 'Transporte y almacenamiento',
      en: 'Transport and storage',
      pt: 'Transporte e armazenamento',
      fr: 'Transport et entreposage',
    },
  },
  {
    code: 'communications',
    area: 'economic_infrastructure',
    name: { es: 'Comunicaciones', en: 'Communications', pt: 'Comunicações', fr: 'Communications' },
  },
  {
    code: 'science_technology',
    area: 'economic_infrastructure',
    name: { es: 'Ciencia y tecnología', en: 'Science and technology', pt: 'Ciência e tecnologia', fr: 'Science et technologie' },
  },
  {
    code: 'banking_finance',
    area: 'economic_infrastructure',
    name: { es: 'Banca y finanzas', en: 'Banking and finance', pt: 'Bancos e finanças', fr: 'Banque et finance' },
  },
  { code: 'employment', area: 'economic_infrastructure', name: { es: 'Empleo', en: 'Employment', pt: 'Emprego', fr: 'Emploi' } },
  {
    code: 'enterprises',
    area: 'economic_infrastructure',
    name: { es: 'Empresas', en: 'Enterprises', pt: 'Empresas', fr: 'Entreprises' },
  },
  // Productive sectors
  {
    code: 'extractive_industries',
    area: 'productive',
    name: {
      es: 'Industrias extractivas',
      en: 'Extractive industries',
      pt: 'Indústrias extrativas',
      fr: 'Industries extractives',
    },
  },
  {
    code: 'agriculture_livestock',
    area: 'productive',
    name: { es: 'Agropecuario', en: 'Agriculture and livestock', pt: 'Agropecuária', fr: 'Agriculture et élevage' },
  },
  { code: 'forestry', area: 'productive', name: { es: 'Silvicultura', en: 'Forestry', pt: 'Silvicultura', fr: 'Sylviculture' } },
  { code: 'fisheries', area: 'productive', name: { es: 'Pesca', en: 'Fisheries', pt: 'Pesca', fr: 'Pêche' } },
  {
    code: 'construction',
    area: 'productive',
    name: { es: 'Construcción', en: 'Construction', pt: 'Construção', fr: 'Construction' },
  },
  { code: 'industry', area: 'productive', name: { es: 'Industria', en: 'Industry', pt: 'Indústria', fr: 'Industrie' } },
  { code: 'tourism', area: 'productive', name: { es: 'Turismo', en: 'Tourism', pt: 'Turismo', fr: 'Tourisme' } },
  { code: 'trade', area: 'productive', name: { es: 'Comercio', en: 'Trade', pt: 'Comércio', fr: 'Commerce' } },
  // Institutional strengthening
  {
    code: 'public_institutions_policies',
    area: 'institutional_strengthening',
    name: {
      es: 'Fortalecimiento de instituciones y políticas públicas',
      en: 'Strengthening of public institutions and policies',
      pt: 'Fortalecimento de instituições e políticas públicas',
      fr: 'Renforcement des institutions et des politiques publiques',
    },
  },
  {
    code: 'public_finance_management',
    area: 'institutional_strengthening',
    name: {
      es: 'Gestión de finanzas públicas',
      en: 'Public finance management',
      pt: 'Gestão de finanças públicas',
      fr: 'Gestion des finances publiques',
    },
  },
  {
    code: 'political_participation_civil_society',
    area: 'institutional_strengthening',
    name: {
      es: 'Participación política y sociedad civil',
      en: 'Political participation and civil society',
      pt: 'Participação política e sociedade civil',
      fr: 'Participation politique et société civile',
    },
  },
  {
    code: 'peace_security_defence',
    area: 'institutional_strengthening',
    name: {
      es: 'Paz, seguridad pública, nacional y defensa',
      en: 'Peace, public and national security, and defence',
      pt: 'Paz, segurança pública, nacional e defesa',
      fr: 'Paix, sécurité publique et nationale, et défense',
    },
  },
  {
    code: 'legal_judicial_human_rights',
    area: 'institutional_strengthening',
    name: {
      es: 'Desarrollo legal y judicial y derechos humanos',
      en: 'Legal and judicial development and human rights',
      pt: 'Desenvolvimento legal e judicial e direitos humanos',
      fr: 'Développement juridique et judiciaire, et droits humains',
    },
  },
  // Environment
  {
    code: 'environment',
    area: 'environment',
    name: { es: 'Medioambiente', en: 'Environment', pt: 'Meio ambiente', fr: 'Environnement' },
  },
  {
    code: 'disaster_management',
    area: 'environment',
    name: {
      es: 'Gestión de desastres',
      en: 'Disaster management',
      pt: 'Gestão de desastres',
      fr: 'Gestion des catastrophes',
    },
  },
  // Other
  { code: 'culture', area: 'other', name: { es: 'Cultura', en: 'Culture', pt: 'Cultura', fr: 'Culture' } },
  { code: 'gender', area: 'other', name: { es: 'Género', en: 'Gender', pt: 'Gênero', fr: 'Genre' } },
  {
    code: 'other_development_models',
    area: 'other',
    name: {
      es: 'Otros modelos de desarrollo',
      en: 'Other development models',
      pt: 'Outros modelos de desenvolvimento',
      fr: 'Autres modèles de développement',
    },
  },
];

export interface ModalityData {
  readonly code: string;
  readonly name: Labels;
}

/** Ways knowledge is shared in an offer or demand. */
export const MODALITIES: readonly ModalityData[] = [
  {
    code: 'technical_assistance',
    name: { es: 'Asistencia técnica', en: 'Technical assistance', pt: 'Assistência técnica', fr: 'Assistance technique' },
  },
  {
    code: 'expert_mission',
    name: { es: 'Misión de expertos', en: 'Expert mission', pt: 'Missão de especialistas', fr: "Mission d'experts" },
  },
  { code: 'training', name: { es: 'Capacitación', en: 'Training', pt: 'Capacitação', fr: 'Formation' } },
  { code: 'internship', name: { es: 'Pasantía', en: 'Internship', pt: 'Estágio', fr: 'Stage' } },
  {
    code: 'study_visit',
    name: { es: 'Visita de estudio', en: 'Study visit', pt: 'Visita de estudo', fr: "Visite d'étude" },
  },
  {
    code: 'experience_exchange',
    name: {
      es: 'Intercambio de experiencias',
      en: 'Exchange of experiences',
      pt: 'Intercâmbio de experiências',
      fr: "Échange d'expériences",
    },
  },
  {
    code: 'methodology_transfer',
    name: {
      es: 'Transferencia de metodologías',
      en: 'Transfer of methodologies',
      pt: 'Transferência de metodologias',
      fr: 'Transfert de méthodologies',
    },
  },
  { code: 'scholarship', name: { es: 'Beca', en: 'Scholarship', pt: 'Bolsa de estudos', fr: "Bourse d'études" } },
  {
    code: 'joint_research',
    name: { es: 'Investigación conjunta', en: 'Joint research', pt: 'Pesquisa conjunta', fr: 'Recherche conjointe' },
  },
  {
    code: 'policy_advice',
    name: {
      es: 'Asesoría en políticas públicas',
      en: 'Policy advice',
      pt: 'Assessoria em políticas públicas',
      fr: 'Conseil en politiques publiques',
    },
  },
  {
    code: 'knowledge_product',
    name: {
      es: 'Producto de conocimiento',
      en: 'Knowledge product',
      pt: 'Produto de conhecimento',
      fr: 'Produit de connaissances',
    },
  },
];

export const COOPERATION_TYPES: readonly ModalityData[] = [
  {
    code: 'bilateral',
    name: {
      es: 'Cooperación Sur-Sur bilateral',
      en: 'Bilateral South-South cooperation',
      pt: 'Cooperação Sul-Sul bilateral',
      fr: 'Coopération Sud-Sud bilatérale',
    },
  },
  {
    code: 'triangular',
    name: {
      es: 'Cooperación triangular',
      en: 'Triangular cooperation',
      pt: 'Cooperação triangular',
      fr: 'Coopération triangulaire',
    },
  },
  {
    code: 'regional',
    name: {
      es: 'Cooperación Sur-Sur regional',
      en: 'Regional South-South cooperation',
      pt: 'Cooperação Sul-Sul regional',
      fr: 'Coopération Sud-Sud régionale',
    },
  },
];

export const DELIVERY_FORMATS: readonly ModalityData[] = [
  { code: 'in_person', name: { es: 'Presencial', en: 'In person', pt: 'Presencial', fr: 'En présentiel' } },
  { code: 'virtual', name: { es: 'Virtual', en: 'Virtual', pt: 'Virtual', fr: 'À distance' } },
  { code: 'hybrid', name: { es: 'Híbrido', en: 'Hybrid', pt: 'Híbrido', fr: 'Hybride' } },
];

export const INSTITUTION_TYPES: readonly ModalityData[] = [
  {
    code: 'government',
    name: {
      es: 'Gobierno y sector público',
      en: 'Government and public sector',
      pt: 'Governo e setor público',
      fr: 'Gouvernement et secteur public',
    },
  },
  {
    code: 'academia',
    name: {
      es: 'Academia y centros de investigación',
      en: 'Academia and research centres',
      pt: 'Academia e centros de pesquisa',
      fr: 'Universités et centres de recherche',
    },
  },
  { code: 'private', name: { es: 'Sector privado', en: 'Private sector', pt: 'Setor privado', fr: 'Secteur privé' } },
  {
    code: 'civil_society',
    name: { es: 'Sociedad civil', en: 'Civil society', pt: 'Sociedade civil', fr: 'Société civile' },
  },
  {
    code: 'international',
    name: {
      es: 'Organismo internacional',
      en: 'International organization',
      pt: 'Organismo internacional',
      fr: 'Organisation internationale',
    },
  },
];
