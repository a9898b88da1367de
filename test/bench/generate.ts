/*
 * The seeded catalogue generator shared by the benchmarks and `npm run eval -- --among N`:
 * offers and demands in Spanish, English, Portuguese and French from 30 countries on 20
 * topics, valid interchange lines, the same ones for the same seed on every machine.
 * A module of its own so that its users do not load a benchmark (its database drivers
 * and environment switches) to get data.
 */
import { pathToFileURL } from 'node:url';
import { type InterchangeListingInput, LANGUAGES, type Language, MODALITY_CODES, SDG_TARGETS, SECTOR_CODES, countryName } from '@enlace/domain';

/** mulberry32: small, fast, seeded; the same seed gives the same file on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const chance = (p: number) => next() < p;
  /** `n` distinct items, in random order. */
  const sample = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, Math.min(n, copy.length));
  };
  return { next, int, pick, chance, sample };
}
type Rng = ReturnType<typeof prng>;

/** 30 countries, each with the language its listings are mostly written in. */
const COUNTRIES: readonly { code: string; lang: Language }[] = [
  ...['MX', 'GT', 'SV', 'HN', 'CR', 'PA', 'CO', 'EC', 'PE', 'CL', 'AR', 'UY', 'DO'].map((code) => ({ code, lang: 'es' as const })),
  ...['BR', 'AO', 'MZ', 'CV'].map((code) => ({ code, lang: 'pt' as const })),
  ...['SN', 'CI', 'MA', 'TN', 'HT', 'BJ'].map((code) => ({ code, lang: 'fr' as const })),
  ...['IN', 'ZA', 'KE', 'GH', 'PH', 'JM', 'TT'].map((code) => ({ code, lang: 'en' as const })),
];

type Texts = Readonly<Record<Language, string>>;

interface Topic {
  readonly sectors: readonly (typeof SECTOR_CODES)[number][];
  readonly targets: readonly string[];
  readonly name: Texts;
  readonly keywords: readonly string[];
}

const TOPICS: readonly Topic[] = [
  {
    sectors: ['health'],
    targets: ['3.2', '3.8'],
    keywords: ['human milk', 'neonatal care'],
    name: { es: 'bancos de leche humana', en: 'human milk banks', pt: 'bancos de leite humano', fr: 'banques de lait maternel' },
  },
  {
    sectors: ['health'],
    targets: ['3.3', '3.d'],
    keywords: ['surveillance', 'epidemiology'],
    name: { es: 'vigilancia epidemiológica', en: 'epidemiological surveillance', pt: 'vigilância epidemiológica', fr: 'surveillance épidémiologique' },
  },
  {
    sectors: ['agriculture_livestock'],
    targets: ['2.3', '2.4'],
    keywords: ['family farming', 'food security'],
    name: { es: 'agricultura familiar', en: 'family farming', pt: 'agricultura familiar', fr: 'agriculture familiale' },
  },
  {
    sectors: ['water_sanitation'],
    targets: ['6.1', '6.3', '6.b'],
    keywords: ['water', 'sanitation'],
    name: { es: 'gestión comunitaria del agua', en: 'community water management', pt: 'gestão comunitária da água', fr: "gestion communautaire de l'eau" },
  },
  {
    sectors: ['education'],
    targets: ['4.1', '4.c'],
    keywords: ['teachers', 'curriculum'],
    name: { es: 'formación docente', en: 'teacher training', pt: 'formação de professores', fr: 'formation des enseignants' },
  },
  {
    sectors: ['disaster_management'],
    targets: ['11.5', '13.1'],
    keywords: ['early warning', 'resilience'],
    name: {
      es: 'gestión del riesgo de desastres',
      en: 'disaster risk management',
      pt: 'gestão de riscos de desastres',
      fr: 'gestion des risques de catastrophe',
    },
  },
  {
    sectors: ['energy'],
    targets: ['7.1', '7.2'],
    keywords: ['solar', 'rural electrification'],
    name: { es: 'energías renovables rurales', en: 'rural renewable energy', pt: 'energias renováveis rurais', fr: 'énergies renouvelables rurales' },
  },
  {
    sectors: ['public_finance_management'],
    targets: ['17.1', '16.6'],
    keywords: ['taxation', 'revenue'],
    name: { es: 'administración tributaria', en: 'tax administration', pt: 'administração tributária', fr: 'administration fiscale' },
  },
  {
    sectors: ['social_services_policies'],
    targets: ['1.3', '10.4'],
    keywords: ['social protection', 'cash transfers'],
    name: {
      es: 'programas de transferencias condicionadas',
      en: 'conditional cash transfer programmes',
      pt: 'programas de transferência condicionada de renda',
      fr: 'programmes de transferts monétaires conditionnels',
    },
  },
  {
    sectors: ['science_technology'],
    targets: ['9.5', '17.6'],
    keywords: ['metrology', 'quality infrastructure'],
    name: {
      es: 'sistemas nacionales de metrología',
      en: 'national metrology systems',
      pt: 'sistemas nacionais de metrologia',
      fr: 'systèmes nationaux de métrologie',
    },
  },
  {
    sectors: ['fisheries'],
    targets: ['14.4', '14.b'],
    keywords: ['small-scale fisheries', 'coastal communities'],
    name: { es: 'pesca artesanal sostenible', en: 'sustainable small-scale fisheries', pt: 'pesca artesanal sustentável', fr: 'pêche artisanale durable' },
  },
  {
    sectors: ['environment'],
    targets: ['15.1', '15.5'],
    keywords: ['biodiversity', 'protected areas'],
    name: { es: 'gestión de áreas protegidas', en: 'protected area management', pt: 'gestão de áreas protegidas', fr: 'gestion des aires protégées' },
  },
  {
    sectors: ['legal_judicial_human_rights'],
    targets: ['16.3'],
    keywords: ['justice', 'legal aid'],
    name: { es: 'acceso a la justicia', en: 'access to justice', pt: 'acesso à justiça', fr: 'accès à la justice' },
  },
  {
    sectors: ['political_participation_civil_society'],
    targets: ['16.7'],
    keywords: ['elections', 'observation'],
    name: { es: 'observación electoral', en: 'electoral observation', pt: 'observação eleitoral', fr: 'observation électorale' },
  },
  {
    sectors: ['gender'],
    targets: ['5.2', '5.5'],
    keywords: ['gender', 'violence prevention'],
    name: {
      es: 'prevención de la violencia de género',
      en: 'prevention of gender-based violence',
      pt: 'prevenção da violência de gênero',
      fr: 'prévention des violences basées sur le genre',
    },
  },
  {
    sectors: ['public_institutions_policies', 'communications'],
    targets: ['16.6', '17.8'],
    keywords: ['e-government', 'interoperability'],
    name: { es: 'gobierno digital', en: 'digital government', pt: 'governo digital', fr: 'gouvernement numérique' },
  },
  {
    sectors: ['employment'],
    targets: ['8.5', '8.6'],
    keywords: ['youth', 'vocational training'],
    name: { es: 'empleo juvenil', en: 'youth employment', pt: 'emprego juvenil', fr: 'emploi des jeunes' },
  },
  {
    sectors: ['tourism'],
    targets: ['8.9', '12.b'],
    keywords: ['community tourism'],
    name: { es: 'turismo comunitario', en: 'community-based tourism', pt: 'turismo comunitário', fr: 'tourisme communautaire' },
  },
  {
    sectors: ['culture'],
    targets: ['11.4'],
    keywords: ['heritage', 'museums'],
    name: {
      es: 'protección del patrimonio cultural',
      en: 'cultural heritage protection',
      pt: 'proteção do patrimônio cultural',
      fr: 'protection du patrimoine culturel',
    },
  },
  {
    sectors: ['forestry'],
    targets: ['15.2', '13.2'],
    keywords: ['forests', 'climate'],
    name: { es: 'manejo forestal comunitario', en: 'community forest management', pt: 'manejo florestal comunitário', fr: 'gestion forestière communautaire' },
  },
];

const INSTITUTIONS: Readonly<Record<Language, readonly { name: string; type: 'government' | 'academia' | 'civil_society' | 'private' | 'international' }[]>> = {
  es: [
    { name: 'Ministerio de Salud', type: 'government' },
    { name: 'Ministerio de Agricultura y Ganadería', type: 'government' },
    { name: 'Agencia de Cooperación Internacional', type: 'government' },
    { name: 'Universidad Nacional', type: 'academia' },
    { name: 'Instituto Nacional de Investigación Agropecuaria', type: 'government' },
    { name: 'Servicio Nacional de Aprendizaje', type: 'government' },
    { name: 'Fundación para el Desarrollo Local', type: 'civil_society' },
    { name: 'Cámara de Comercio e Industria', type: 'private' },
  ],
  pt: [
    { name: 'Ministério da Saúde', type: 'government' },
    { name: 'Empresa de Pesquisa Agropecuária', type: 'government' },
    { name: 'Agência de Cooperação', type: 'government' },
    { name: 'Universidade Federal', type: 'academia' },
    { name: 'Instituto Nacional de Estatística', type: 'government' },
    { name: 'Serviço Nacional de Aprendizagem Industrial', type: 'private' },
    { name: 'Associação para o Desenvolvimento Comunitário', type: 'civil_society' },
    { name: 'Fundação de Pesquisa em Saúde Pública', type: 'academia' },
  ],
  fr: [
    { name: 'Ministère de la Santé publique', type: 'government' },
    { name: "Ministère de l'Agriculture et de l'Élevage", type: 'government' },
    { name: 'Agence nationale de coopération', type: 'government' },
    { name: 'Université nationale', type: 'academia' },
    { name: 'Institut national de la statistique', type: 'government' },
    { name: 'Office national de la formation professionnelle', type: 'government' },
    { name: 'Association pour le développement local', type: 'civil_society' },
    { name: 'Chambre de commerce et d’industrie', type: 'private' },
  ],
  en: [
    { name: 'Ministry of Health', type: 'government' },
    { name: 'Department of Agriculture', type: 'government' },
    { name: 'Development Partnership Administration', type: 'government' },
    { name: 'National University', type: 'academia' },
    { name: 'National Statistics Office', type: 'government' },
    { name: 'Skills Development Authority', type: 'government' },
    { name: 'Centre for Community Development', type: 'civil_society' },
    { name: 'Chamber of Commerce and Industry', type: 'private' },
  ],
};

function acronymOf(name: string): string {
  return name
    .split(/[\s’']+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

const TITLES: Readonly<Record<'offer' | 'demand', Readonly<Record<Language, readonly string[]>>>> = {
  offer: {
    es: ['Asistencia técnica en {topic}', 'Curso regional sobre {topic}', 'Transferencia de experiencia: {topic}', 'Fortalecimiento de capacidades en {topic}'],
    en: ['Technical assistance on {topic}', 'Regional course on {topic}', 'Sharing experience in {topic}', 'Capacity building for {topic}'],
    pt: ['Assistência técnica em {topic}', 'Curso regional sobre {topic}', 'Transferência de experiência: {topic}', 'Fortalecimento de capacidades em {topic}'],
    fr: ['Assistance technique en {topic}', 'Cours régional sur {topic}', "Partage d'expérience : {topic}", 'Renforcement des capacités en {topic}'],
  },
  demand: {
    es: ['Apoyo para fortalecer {topic}', 'Solicitud de asistencia técnica en {topic}', 'Necesidad de formación en {topic}'],
    en: ['Support to strengthen {topic}', 'Request for technical assistance on {topic}', 'Training needed in {topic}'],
    pt: ['Apoio para fortalecer {topic}', 'Pedido de assistência técnica em {topic}', 'Necessidade de formação em {topic}'],
    fr: ['Appui pour renforcer {topic}', "Demande d'assistance technique en {topic}", 'Besoin de formation en {topic}'],
  },
};

/** Opening sentence first, then body sentences in random order until the length fits. */
const OPENERS: Readonly<Record<'offer' | 'demand', Texts>> = {
  offer: {
    es: '{inst} ofrece compartir su experiencia en {topic}, acumulada durante más de {years} años de trabajo con instituciones públicas y comunidades locales de {country}.',
    en: '{inst} offers to share its experience in {topic}, built over more than {years} years of work with public institutions and local communities in {country}.',
    pt: '{inst} oferece compartilhar sua experiência em {topic}, acumulada em mais de {years} anos de trabalho com instituições públicas e comunidades locais de {country}.',
    fr: '{inst} propose de partager son expérience en {topic}, acquise au cours de plus de {years} ans de travail avec les institutions publiques et les communautés locales de {country}.',
  },
  demand: {
    es: '{inst} busca apoyo técnico para mejorar {topic}, un área señalada como prioritaria en el plan nacional de desarrollo de {country}.',
    en: '{inst} seeks technical support to improve {topic}, an area identified as a priority in the national development plan of {country}.',
    pt: '{inst} busca apoio técnico para melhorar {topic}, uma área apontada como prioritária no plano nacional de desenvolvimento de {country}.',
    fr: '{inst} recherche un appui technique pour améliorer {topic}, un domaine jugé prioritaire dans le plan national de développement de {country}.',
  },
};

const SENTENCES: Readonly<Record<'offer' | 'demand', Readonly<Record<Language, readonly string[]>>>> = {
  offer: {
    es: [
      'La cooperación incluye misiones de expertos, talleres prácticos y acompañamiento a distancia durante {months} meses.',
      'Se propone formar equipos técnicos de hasta {n} personas, con materiales adaptados al contexto de la institución socia.',
      'La metodología se ha aplicado con éxito en {k} regiones del país y ha sido evaluada por organismos independientes.',
      'Al finalizar, la institución socia contará con protocolos, indicadores de seguimiento y una red de contactos técnicos.',
      'Se da prioridad a propuestas que involucren a gobiernos subnacionales y organizaciones de la sociedad civil.',
      'Los costos de viaje podrán compartirse entre las partes según las reglas de la cooperación Sur-Sur.',
      'El equipo responsable tiene experiencia previa en proyectos triangulares con socios de la región.',
      'Las actividades pueden realizarse en la sede de la institución oferente o en el país socio, según convenga.',
    ],
    en: [
      'The cooperation includes expert missions, hands-on workshops and remote follow-up over {months} months.',
      'Technical teams of up to {n} people can be trained, with material adapted to the context of the partner institution.',
      'The methodology has been applied successfully in {k} regions of the country and assessed by independent bodies.',
      'At the end, the partner institution will have protocols, monitoring indicators and a network of technical contacts.',
      'Priority is given to proposals that involve subnational governments and civil society organisations.',
      'Travel costs can be shared between the parties following the usual rules of South-South cooperation.',
      'The team in charge has previous experience of triangular projects with partners in the region.',
      'Activities can take place at the offering institution or in the partner country, whichever suits best.',
    ],
    pt: [
      'A cooperação inclui missões de especialistas, oficinas práticas e acompanhamento a distância durante {months} meses.',
      'Propõe-se formar equipes técnicas de até {n} pessoas, com materiais adaptados ao contexto da instituição parceira.',
      'A metodologia foi aplicada com sucesso em {k} regiões do país e avaliada por organismos independentes.',
      'Ao final, a instituição parceira contará com protocolos, indicadores de acompanhamento e uma rede de contatos técnicos.',
      'Dá-se prioridade a propostas que envolvam governos subnacionais e organizações da sociedade civil.',
      'Os custos de viagem podem ser compartilhados entre as partes segundo as regras da cooperação Sul-Sul.',
      'A equipe responsável tem experiência prévia em projetos triangulares com parceiros da região.',
      'As atividades podem ser realizadas na sede da instituição ofertante ou no país parceiro, conforme convier.',
    ],
    fr: [
      "La coopération comprend des missions d'experts, des ateliers pratiques et un suivi à distance pendant {months} mois.",
      "Des équipes techniques de {n} personnes au plus peuvent être formées, avec des supports adaptés au contexte de l'institution partenaire.",
      'La méthode a été appliquée avec succès dans {k} régions du pays et évaluée par des organismes indépendants.',
      "À l'issue, l'institution partenaire disposera de protocoles, d'indicateurs de suivi et d'un réseau de contacts techniques.",
      'La priorité est donnée aux propositions associant les collectivités territoriales et la société civile.',
      'Les frais de voyage peuvent être partagés entre les parties selon les règles de la coopération Sud-Sud.',
      "L'équipe responsable a déjà mené des projets triangulaires avec des partenaires de la région.",
      "Les activités peuvent se dérouler au siège de l'institution qui offre ou dans le pays partenaire, selon les besoins.",
    ],
  },
  demand: {
    es: [
      'Hoy existen brechas en la formación del personal y en los sistemas de información que limitan la cobertura.',
      'Se espera recibir asesoría de una institución con experiencia comprobada, en un plazo de {months} meses.',
      'La demanda beneficiaría directamente a unas {n} personas en {k} provincias con alta vulnerabilidad.',
      'Interesa conocer experiencias de otros países del Sur que hayan enfrentado desafíos similares.',
      'La institución puede aportar contrapartida en especie: sedes, logística local y personal técnico.',
      'Se valoran especialmente las pasantías y las visitas de estudio para los equipos de gestión.',
      'El resultado esperado es un plan de acción validado y un equipo nacional capaz de replicarlo.',
      'La iniciativa cuenta con el respaldo de las autoridades nacionales y de la oficina de cooperación.',
    ],
    en: [
      'Today there are gaps in staff training and in information systems that limit coverage.',
      'Advice is sought from an institution with proven experience, over a period of {months} months.',
      'The request would directly benefit some {n} people in {k} provinces with high vulnerability.',
      'We are interested in the experience of other countries of the South that faced similar challenges.',
      'The institution can contribute in kind: premises, local logistics and technical staff.',
      'Internships and study visits for management teams would be especially welcome.',
      'The expected result is a validated action plan and a national team able to replicate it.',
      'The initiative is backed by the national authorities and the cooperation office.',
    ],
    pt: [
      'Hoje existem lacunas na formação do pessoal e nos sistemas de informação que limitam a cobertura.',
      'Espera-se receber assessoria de uma instituição com experiência comprovada, num prazo de {months} meses.',
      'A demanda beneficiaria diretamente cerca de {n} pessoas em {k} províncias com alta vulnerabilidade.',
      'Interessa conhecer experiências de outros países do Sul que enfrentaram desafios semelhantes.',
      'A instituição pode oferecer contrapartida em espécie: instalações, logística local e pessoal técnico.',
      'Valorizam-se especialmente os estágios e as visitas de estudo para as equipes de gestão.',
      'O resultado esperado é um plano de ação validado e uma equipe nacional capaz de replicá-lo.',
      'A iniciativa conta com o respaldo das autoridades nacionais e do escritório de cooperação.',
    ],
    fr: [
      "Il existe aujourd'hui des lacunes dans la formation du personnel et les systèmes d'information qui limitent la couverture.",
      "Un appui est recherché auprès d'une institution à l'expérience reconnue, sur une durée de {months} mois.",
      'La demande bénéficierait directement à quelque {n} personnes dans {k} provinces très vulnérables.',
      "Nous souhaitons connaître l'expérience d'autres pays du Sud ayant relevé des défis semblables.",
      "L'institution peut apporter une contrepartie en nature : locaux, logistique locale et personnel technique.",
      "Les stages et les visites d'étude pour les équipes de direction seraient particulièrement utiles.",
      "Le résultat attendu est un plan d'action validé et une équipe nationale capable de le reproduire.",
      "L'initiative est soutenue par les autorités nationales et le bureau de la coopération.",
    ],
  },
};

const PEOPLE = [
  'Ana Souza',
  'Carlos Méndez',
  'Fatou Diop',
  'Priya Nair',
  'Jean-Baptiste Kouassi',
  'María Fernanda López',
  'Kwame Mensah',
  'Luísa Tavares',
  'Amina Benali',
  'Rosa Quispe',
];
const MODALITIES = MODALITY_CODES;
const ALL_TARGETS = SDG_TARGETS.map((t) => t.code);

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
}

function description(rng: Rng, kind: 'offer' | 'demand', lang: Language, values: Record<string, string | number>): string {
  const want = rng.int(400, 800);
  let text = fill(OPENERS[kind][lang], values);
  for (const s of rng.sample(SENTENCES[kind][lang], 8)) {
    const next = `${text} ${fill(s, values)}`;
    if (next.length > 800) continue;
    text = next;
    if (text.length >= want) break;
  }
  return text;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `count` valid interchange lines, the same ones for the same seed; ids start with `idPrefix`. */
export function generateListings(count: number, seed: number, idPrefix: string): InterchangeListingInput[] {
  const rng = prng(seed);
  const out: InterchangeListingInput[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rng.chance(0.55) ? 'offer' : 'demand';
    const home = rng.pick(COUNTRIES);
    const lang: Language = rng.chance(0.8) ? home.lang : rng.pick(LANGUAGES);
    const topic = rng.pick(TOPICS);
    const inst = rng.pick(INSTITUTIONS[home.lang]);
    const values = {
      inst: inst.name,
      topic: topic.name[lang],
      country: countryName(home.code, lang),
      years: rng.int(5, 40),
      months: rng.int(3, 24),
      n: rng.int(10, 400),
      k: rng.int(2, 12),
    };
    const title = fill(rng.pick(TITLES[kind][lang]), values);
    const sectors = [...new Set([...topic.sectors, ...(rng.chance(0.3) ? rng.sample(SECTOR_CODES, rng.int(1, 2)) : [])])].slice(0, 5);
    const listing: InterchangeListingInput = {
      externalId: `${idPrefix}-${home.code}-${kind === 'offer' ? 'OF' : 'DE'}-${String(i + 1).padStart(6, '0')}`,
      kind,
      title: title[0]!.toUpperCase() + title.slice(1),
      description: description(rng, kind, lang, values),
      language: lang,
      country: home.code,
      institution: {
        name: inst.name,
        ...(rng.chance(0.7) ? { acronym: acronymOf(inst.name) } : {}),
        ...(rng.chance(0.8) ? { type: inst.type } : {}),
      },
      sectors,
    };
    const roll = rng.next();
    if (roll < 0.05) listing.status = 'draft';
    else if (roll < 0.07) listing.status = 'closed';
    else if (roll < 0.1) listing.status = 'published';
    const targets = rng.sample(topic.targets, rng.int(1, topic.targets.length));
    if (rng.chance(0.3)) targets.push(rng.pick(ALL_TARGETS));
    listing.sdgTargets = [...new Set(targets)];
    if (rng.chance(0.3)) listing.sdgGoals = rng.chance(0.5) ? [17] : [rng.int(1, 17)];
    if (rng.chance(kind === 'offer' ? 0.9 : 0.6)) listing.modalities = rng.sample(MODALITIES, rng.int(1, 3));
    if (rng.chance(0.5)) listing.cooperationTypes = rng.sample(['bilateral', 'triangular', 'regional'] as const, rng.int(1, 2));
    if (rng.chance(0.5)) listing.deliveryFormats = rng.sample(['in_person', 'virtual', 'hybrid'] as const, rng.int(1, 2));
    if (rng.chance(0.7)) listing.workingLanguages = [...new Set([lang, ...(rng.chance(0.5) ? ['en' as const] : [])])];
    if (rng.chance(0.2)) {
      listing.targetCountries = rng.sample(
        COUNTRIES.filter((c) => c.code !== home.code).map((c) => c.code),
        rng.int(1, 4),
      );
    }
    if (rng.chance(0.4)) listing.validFrom = isoDate(rng.int(2025, 2026), rng.int(1, 12), rng.int(1, 28));
    if (rng.chance(0.6)) {
      // A few already past the fixed clock's day (2026-11-21): those land as expired.
      const year = rng.chance(0.05) ? 2026 : rng.int(2027, 2029);
      const until = isoDate(year, year === 2026 ? rng.int(1, 10) : rng.int(1, 12), rng.int(1, 28));
      if (!listing.validFrom || listing.validFrom <= until) listing.validUntil = until;
    }
    if (rng.chance(0.6)) listing.keywords = [...rng.sample(topic.keywords, rng.int(1, topic.keywords.length)), ...(rng.chance(0.3) ? ['south-south'] : [])];
    if (rng.chance(0.5)) {
      const person = rng.pick(PEOPLE);
      const email = `${person
        .normalize('NFD')
        .replace(/[^A-Za-z ]/g, '')
        .toLowerCase()
        .split(' ')
        .join('.')}@${home.code.toLowerCase()}.example.org`;
      listing.contact = { name: person, email };
    }
    out.push(listing);
  }
  return out;
}

export function toNdjson(listings: readonly InterchangeListingInput[]): string {
  return listings.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

/*
 * Run directly, it prints a catalogue: `npx tsx test/bench/generate.ts COUNT SEED PREFIX > FILE`
 * (`14 SCALE` gives the listings `npm run eval -- --among` imports; for eval-offline's --among).
 */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [count, seed, prefix] = process.argv.slice(2);
  if (!count || !seed || !prefix) {
    process.stderr.write('usage: generate.ts COUNT SEED PREFIX > listings.jsonl\n');
    process.exit(2);
  }
  process.stdout.write(toNdjson(generateListings(Number(count), Number(seed), prefix)));
}
