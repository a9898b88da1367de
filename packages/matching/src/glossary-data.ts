/*
 * Cross-lingual glossary of development-cooperation vocabulary: each concept is a set of
 * expressions that name the same policy area or instrument in Spanish, English,
 * Portuguese and French. Pure data.
 *
 * What belongs here: the standard names of the policy areas and instruments that any
 * catalogue of South-South or triangular cooperation uses, sector by sector of the
 * interchange format (2–4 concepts per sector), where machine translation goes wrong:
 *   - fixed expressions translated word by word ("early warning" → "temprano advirtiendo");
 *   - words Apertium does not know ("smallholder", "fisheries", "desmatamento");
 *   - synonyms inside one language ("pymes" / "pequeñas empresas", "riego" / "irrigación");
 *   - an ambiguous head word whose sense the phrase fixes ("seguridad" ciudadana /
 *     alimentaria / social / vial; "vigilancia" epidemiológica / sanitaria).
 * What does not: names of particular programmes, institutions or places, acronyms of one
 * country, or anything chosen by looking at an evaluation corpus. Terms are the usual
 * UN / SEGIB / FAO / WHO wording in each language.
 *
 * Phrases are matched on word stems with stopwords removed (glossary.ts), so plurals,
 * articles and prepositions need not be listed.
 */

export interface GlossaryConcept {
  readonly id: string;
  readonly terms: Readonly<Partial<Record<'es' | 'en' | 'pt' | 'fr', readonly string[]>>>;
}

export const GLOSSARY: readonly GlossaryConcept[] = [
  // Education
  {
    id: 'school_feeding',
    terms: {
      es: ['alimentación escolar', 'comedor escolar', 'comedores escolares', 'almuerzo escolar', 'merienda escolar', 'desayuno escolar'],
      en: ['school feeding', 'school meals', 'school meal', 'school lunch'],
      pt: ['alimentação escolar', 'merenda escolar', 'refeição escolar'],
      fr: ['alimentation scolaire', 'cantine scolaire', 'cantines scolaires', 'repas scolaire', 'restauration scolaire'],
    },
  },
  {
    id: 'early_childhood',
    terms: {
      es: ['primera infancia', 'desarrollo infantil temprano', 'educación inicial', 'educación preescolar'],
      en: ['early childhood', 'preschool', 'pre-primary education'],
      pt: ['primeira infância', 'educação infantil', 'pré-escola'],
      fr: ['petite enfance', 'éducation préscolaire', 'préscolaire'],
    },
  },
  {
    id: 'vocational_training',
    terms: {
      es: ['formación profesional', 'formación técnica', 'educación técnica', 'formación técnico-profesional'],
      en: ['vocational training', 'vocational education', 'technical and vocational', 'tvet'],
      pt: ['formação profissional', 'educação profissional', 'ensino técnico', 'educação técnica'],
      fr: ['formation professionnelle', 'enseignement technique', 'enseignement professionnel'],
    },
  },
  {
    id: 'skills_certification',
    terms: {
      es: ['certificación de competencias', 'competencias laborales', 'reconocimiento de aprendizajes previos'],
      en: ['skills certification', 'competency certification', 'recognition of prior learning', 'competency standards'],
      pt: ['certificação de competências', 'certificação profissional', 'reconhecimento de saberes'],
      fr: ['certification des compétences', 'validation des acquis'],
    },
  },
  {
    id: 'teacher_training',
    terms: {
      es: ['formación docente', 'formación de docentes', 'formación de maestros'],
      en: ['teacher training', 'teacher education', 'teachers training'],
      pt: ['formação de professores', 'formação docente'],
      fr: ['formation des enseignants', 'formation des maîtres'],
    },
  },
  // Health
  {
    id: 'epidemiological_surveillance',
    terms: {
      es: ['vigilancia epidemiológica', 'vigilancia en salud pública', 'vigilancia de enfermedades'],
      en: ['epidemiological surveillance', 'disease surveillance', 'public health surveillance'],
      pt: ['vigilância epidemiológica', 'vigilância em saúde'],
      fr: ['surveillance épidémiologique', 'surveillance des maladies'],
    },
  },
  {
    id: 'field_epidemiology',
    terms: {
      es: ['epidemiología de campo', 'epidemiólogos de campo'],
      en: ['field epidemiology', 'field epidemiologists'],
      pt: ['epidemiologia de campo', 'epidemiologistas de campo'],
      fr: ['épidémiologie de terrain', 'épidémiologistes de terrain'],
    },
  },
  {
    id: 'outbreak_response',
    terms: {
      es: ['brotes', 'respuesta a brotes', 'investigación de brotes'],
      en: ['outbreak', 'outbreaks', 'outbreak response', 'outbreak investigation'],
      pt: ['surtos', 'surto', 'resposta a surtos'],
      fr: ['épidémies', 'flambées', 'riposte aux épidémies'],
    },
  },
  {
    id: 'health_regulation',
    terms: {
      es: ['vigilancia sanitaria', 'regulación sanitaria', 'autoridad reguladora', 'registro sanitario'],
      en: ['health regulation', 'regulatory authority', 'drug regulation', 'medicines regulation', 'marketing authorization'],
      pt: ['vigilância sanitária', 'regulação sanitária'],
      fr: ['réglementation pharmaceutique', 'autorité de réglementation', 'homologation des médicaments'],
    },
  },
  {
    id: 'primary_health_care',
    terms: {
      es: ['atención primaria', 'atención primaria de salud', 'agentes comunitarios de salud', 'promotores de salud'],
      en: ['primary health care', 'primary care', 'community health workers'],
      pt: ['atenção primária', 'atenção básica', 'agentes comunitários de saúde'],
      fr: ['soins de santé primaires', 'soins primaires', 'agents de santé communautaires'],
    },
  },
  {
    id: 'maternal_newborn_health',
    terms: {
      es: ['salud materna', 'mortalidad materna', 'salud neonatal', 'mortalidad neonatal', 'recién nacido', 'recién nacidos'],
      en: ['maternal health', 'maternal mortality', 'newborn', 'newborns', 'neonatal', 'neonatal mortality'],
      pt: ['saúde materna', 'mortalidade materna', 'recém-nascido', 'recém-nascidos', 'neonatal', 'mortalidade neonatal'],
      fr: ['santé maternelle', 'mortalité maternelle', 'nouveau-né', 'nouveau-nés', 'néonatal', 'néonatale', 'mortalité néonatale'],
    },
  },
  {
    id: 'immunization',
    terms: {
      es: ['vacunación', 'inmunización', 'vacunas'],
      en: ['immunization', 'immunisation', 'vaccination', 'vaccines'],
      pt: ['vacinação', 'imunização', 'vacinas'],
      fr: ['vaccination', 'immunisation', 'vaccins'],
    },
  },
  {
    id: 'stunting',
    terms: {
      es: ['desnutrición crónica', 'retraso del crecimiento', 'desnutrición infantil'],
      en: ['stunting', 'child undernutrition', 'chronic malnutrition'],
      pt: ['desnutrição crônica', 'desnutrição crónica', 'desnutrição infantil'],
      fr: ['retard de croissance', 'malnutrition chronique'],
    },
  },
  {
    id: 'family_planning',
    terms: {
      es: ['planificación familiar', 'salud sexual y reproductiva', 'embarazo adolescente', 'embarazo en adolescentes'],
      en: ['family planning', 'sexual and reproductive health', 'teenage pregnancy', 'adolescent pregnancy'],
      pt: ['planejamento familiar', 'saúde sexual e reprodutiva', 'gravidez na adolescência'],
      fr: ['planification familiale', 'santé sexuelle et reproductive', 'grossesses précoces', 'grossesse précoce'],
    },
  },
  // Water and sanitation
  {
    id: 'drinking_water',
    terms: {
      es: ['agua potable', 'abastecimiento de agua', 'suministro de agua', 'acueductos rurales'],
      en: ['drinking water', 'safe water', 'water supply', 'potable water'],
      pt: ['água potável', 'abastecimento de água', 'água para consumo humano'],
      fr: ['eau potable', 'approvisionnement en eau', 'adduction d’eau', 'alimentation en eau'],
    },
  },
  {
    id: 'sanitation',
    terms: {
      es: ['saneamiento', 'alcantarillado', 'letrinas', 'aguas residuales'],
      en: ['sanitation', 'sewerage', 'latrines', 'wastewater'],
      pt: ['saneamento', 'esgotamento sanitário', 'esgoto', 'águas residuais'],
      fr: ['assainissement', 'latrines', 'eaux usées'],
    },
  },
  {
    id: 'community_water_management',
    terms: {
      es: ['juntas de agua', 'comités de agua', 'juntas administradoras de agua', 'organizaciones comunitarias de agua'],
      en: ['water committees', 'water user associations', 'community water management', 'water boards'],
      pt: ['comitês de água', 'associações de usuários de água', 'gestão comunitária da água'],
      fr: ['comités de gestion de l’eau', 'comités de points d’eau', 'associations d’usagers de l’eau'],
    },
  },
  {
    id: 'irrigation',
    terms: {
      es: ['riego', 'irrigación', 'sistemas de riego', 'riego tecnificado'],
      en: ['irrigation', 'irrigated'],
      pt: ['irrigação', 'irrigado', 'irrigada'],
      fr: ['irrigation', 'irrigué', 'irriguée'],
    },
  },
  // Social protection
  {
    id: 'social_protection',
    terms: {
      es: ['protección social', 'programas sociales', 'asistencia social'],
      en: ['social protection', 'social assistance', 'safety nets', 'social safety net'],
      pt: ['proteção social', 'assistência social', 'programas sociais'],
      fr: ['protection sociale', 'filets sociaux', 'assistance sociale'],
    },
  },
  {
    id: 'cash_transfers',
    terms: {
      es: ['transferencias monetarias', 'transferencias condicionadas', 'transferencias en efectivo'],
      en: ['cash transfers', 'cash transfer', 'conditional cash transfers'],
      pt: ['transferência de renda', 'transferências de renda', 'transferências monetárias'],
      fr: ['transferts monétaires', 'transferts en espèces', 'transferts sociaux'],
    },
  },
  {
    id: 'social_registry',
    terms: {
      es: ['registro social', 'registro único de beneficiarios', 'focalización'],
      en: ['social registry', 'single registry', 'beneficiary registry'],
      pt: ['cadastro único', 'registro social', 'registo social', 'focalização'],
      fr: ['registre social', 'registre social unifié'],
    },
  },
  {
    id: 'social_security',
    terms: {
      es: ['seguridad social', 'pensiones', 'sistema previsional'],
      en: ['social security', 'pensions', 'pension system'],
      pt: ['previdência social', 'seguridade social', 'aposentadorias', 'pensões'],
      fr: ['sécurité sociale', 'retraites', 'pensions'],
    },
  },
  {
    id: 'disability',
    terms: {
      es: ['personas con discapacidad', 'discapacidad'],
      en: ['persons with disabilities', 'people with disabilities', 'disability', 'disabilities'],
      pt: ['pessoas com deficiência', 'deficiência'],
      fr: ['personnes handicapées', 'situation de handicap', 'handicap'],
    },
  },
  {
    id: 'older_persons',
    terms: {
      es: ['personas mayores', 'adultos mayores', 'tercera edad'],
      en: ['older persons', 'older people', 'elderly'],
      pt: ['pessoas idosas', 'idosos', 'terceira idade'],
      fr: ['personnes âgées', 'aînés'],
    },
  },
  {
    id: 'child_labour',
    terms: {
      es: ['trabajo infantil'],
      en: ['child labour', 'child labor'],
      pt: ['trabalho infantil'],
      fr: ['travail des enfants'],
    },
  },
  // Agriculture, food, fisheries
  {
    id: 'family_farming',
    terms: {
      es: ['agricultura familiar', 'pequeños productores', 'pequeño productor', 'pequeños agricultores', 'agricultores familiares', 'agricultura campesina'],
      en: ['family farming', 'family farmers', 'smallholder', 'smallholders', 'small farmers', 'small-scale farmers', 'small producers'],
      pt: ['agricultura familiar', 'agricultores familiares', 'pequenos produtores', 'pequenos agricultores', 'agricultura camponesa'],
      fr: ['agriculture familiale', 'exploitations familiales', 'petits producteurs', 'petits exploitants', 'petits agriculteurs'],
    },
  },
  {
    id: 'food_security',
    terms: {
      es: ['seguridad alimentaria', 'inseguridad alimentaria', 'soberanía alimentaria'],
      en: ['food security', 'food insecurity', 'food and nutrition security'],
      pt: ['segurança alimentar', 'insegurança alimentar', 'soberania alimentar'],
      fr: ['sécurité alimentaire', 'insécurité alimentaire', 'souveraineté alimentaire'],
    },
  },
  {
    id: 'food_safety',
    terms: {
      es: ['inocuidad de los alimentos', 'inocuidad alimentaria', 'inocuidad'],
      en: ['food safety'],
      pt: ['segurança dos alimentos', 'inocuidade dos alimentos', 'inocuidade'],
      fr: ['sécurité sanitaire des aliments', 'innocuité des aliments'],
    },
  },
  {
    id: 'agricultural_extension',
    terms: {
      es: ['extensión agrícola', 'extensión agraria', 'extensión rural', 'extensionistas', 'asistencia técnica rural'],
      en: ['agricultural extension', 'extension services', 'extension workers', 'extension agents', 'farmer field schools'],
      pt: ['extensão rural', 'extensão agrária', 'assistência técnica e extensão rural', 'extensionistas'],
      fr: ['vulgarisation agricole', 'conseil agricole', 'vulgarisateurs', 'champs-écoles'],
    },
  },
  {
    id: 'vegetable_gardens',
    terms: {
      es: ['huertos', 'huertas', 'huerto familiar', 'huertos escolares', 'hortalizas'],
      en: ['home gardens', 'kitchen gardens', 'vegetable gardens', 'school gardens', 'vegetables'],
      pt: ['hortas', 'horta', 'hortas escolares', 'hortaliças'],
      fr: ['jardins potagers', 'potagers', 'jardins scolaires', 'maraîchage', 'légumes'],
    },
  },
  {
    id: 'post_harvest',
    terms: {
      es: ['poscosecha', 'postcosecha', 'pérdidas poscosecha'],
      en: ['post-harvest', 'postharvest'],
      pt: ['pós-colheita', 'perdas pós-colheita'],
      fr: ['post-récolte', 'pertes post-récolte'],
    },
  },
  {
    id: 'animal_health',
    terms: {
      es: ['sanidad animal', 'salud animal', 'servicios veterinarios'],
      en: ['animal health', 'veterinary services'],
      pt: ['sanidade animal', 'saúde animal', 'defesa sanitária animal'],
      fr: ['santé animale', 'services vétérinaires'],
    },
  },
  {
    id: 'plant_health',
    terms: {
      es: ['sanidad vegetal', 'fitosanitario', 'fitosanitaria', 'plagas'],
      en: ['plant health', 'phytosanitary', 'pests'],
      pt: ['sanidade vegetal', 'defesa vegetal', 'fitossanitário', 'fitossanitária', 'pragas'],
      fr: ['santé des végétaux', 'protection des végétaux', 'phytosanitaire', 'ravageurs'],
    },
  },
  {
    id: 'fisheries',
    terms: {
      es: ['pesca', 'pesquera', 'pesquero', 'pesqueros', 'pescadores', 'pesca artesanal'],
      en: ['fisheries', 'fishery', 'fishers', 'fishermen', 'fishing', 'small-scale fisheries'],
      pt: ['pesca', 'pesqueiro', 'pesqueira', 'pescadores', 'pesca artesanal'],
      fr: ['pêche', 'pêcheurs', 'pêche artisanale', 'halieutique'],
    },
  },
  {
    id: 'aquaculture',
    terms: {
      es: ['acuicultura', 'piscicultura', 'acuícola'],
      en: ['aquaculture', 'fish farming', 'fish farms'],
      pt: ['aquicultura', 'piscicultura', 'aquícola'],
      fr: ['aquaculture', 'pisciculture', 'aquacole'],
    },
  },
  // Environment, climate, disasters
  {
    id: 'disaster_risk_management',
    terms: {
      es: ['gestión del riesgo de desastres', 'reducción del riesgo de desastres', 'gestión de riesgos', 'protección civil', 'defensa civil', 'preparación ante desastres'],
      en: ['disaster risk management', 'disaster risk reduction', 'disaster preparedness', 'civil protection', 'civil defence', 'civil defense', 'emergency management', 'preparedness'],
      pt: ['gestão de riscos', 'gestão de risco de desastres', 'redução do risco de desastres', 'defesa civil', 'proteção civil', 'preparação para desastres'],
      fr: ['gestion des risques de catastrophe', 'réduction des risques de catastrophe', 'protection civile', 'préparation aux catastrophes', 'gestion des catastrophes'],
    },
  },
  {
    id: 'early_warning',
    terms: {
      es: ['alerta temprana', 'alertas tempranas'],
      en: ['early warning', 'early warnings'],
      pt: ['alerta precoce', 'alerta antecipado', 'alertas precoces'],
      fr: ['alerte précoce', 'alertes précoces'],
    },
  },
  {
    id: 'emergency_response',
    terms: {
      es: ['respuesta a emergencias', 'atención de emergencias', 'ayuda humanitaria', 'búsqueda y rescate'],
      en: ['emergency response', 'humanitarian assistance', 'search and rescue', 'first responders'],
      pt: ['resposta a emergências', 'ajuda humanitária', 'busca e salvamento', 'socorro'],
      fr: ['réponse aux urgences', 'aide humanitaire', 'recherche et sauvetage', 'secours'],
    },
  },
  {
    id: 'climate_adaptation',
    terms: {
      es: ['adaptación al cambio climático', 'resiliencia climática'],
      en: ['climate change adaptation', 'climate adaptation', 'climate resilience'],
      pt: ['adaptação à mudança do clima', 'adaptação às mudanças climáticas', 'resiliência climática'],
      fr: ['adaptation au changement climatique', 'résilience climatique'],
    },
  },
  {
    id: 'deforestation',
    terms: {
      es: ['deforestación', 'degradación forestal', 'tala ilegal'],
      en: ['deforestation', 'forest degradation', 'illegal logging'],
      pt: ['desmatamento', 'desflorestamento', 'degradação florestal', 'exploração ilegal de madeira'],
      fr: ['déforestation', 'dégradation des forêts', 'exploitation illégale'],
    },
  },
  {
    id: 'protected_areas',
    terms: {
      es: ['áreas protegidas', 'áreas naturales protegidas', 'conservación de la biodiversidad'],
      en: ['protected areas', 'biodiversity conservation'],
      pt: ['áreas protegidas', 'unidades de conservação', 'conservação da biodiversidade'],
      fr: ['aires protégées', 'conservation de la biodiversité'],
    },
  },
  {
    id: 'waste_management',
    terms: {
      es: ['gestión de residuos', 'residuos sólidos', 'reciclaje'],
      en: ['waste management', 'solid waste', 'recycling'],
      pt: ['gestão de resíduos', 'resíduos sólidos', 'reciclagem'],
      fr: ['gestion des déchets', 'déchets solides', 'recyclage'],
    },
  },
  // Energy
  {
    id: 'rural_electrification',
    terms: {
      es: ['electrificación rural', 'acceso a la energía', 'sistemas aislados'],
      en: ['rural electrification', 'energy access', 'off-grid'],
      pt: ['eletrificação rural', 'acesso à energia', 'sistemas isolados'],
      fr: ['électrification rurale', 'accès à l’énergie', 'hors réseau'],
    },
  },
  {
    id: 'renewable_energy',
    terms: {
      es: ['energías renovables', 'energía renovable', 'energía solar', 'paneles solares', 'fotovoltaica', 'fotovoltaico', 'minirredes'],
      en: ['renewable energy', 'renewables', 'solar energy', 'solar panels', 'photovoltaic', 'solar pv', 'mini-grids', 'mini-grid'],
      pt: ['energias renováveis', 'energia renovável', 'energia solar', 'painéis solares', 'fotovoltaica', 'fotovoltaico', 'minirredes'],
      fr: ['énergies renouvelables', 'énergie renouvelable', 'énergie solaire', 'panneaux solaires', 'photovoltaïque', 'mini-réseaux'],
    },
  },
  {
    id: 'energy_efficiency',
    terms: {
      es: ['eficiencia energética'],
      en: ['energy efficiency'],
      pt: ['eficiência energética'],
      fr: ['efficacité énergétique'],
    },
  },
  // Enterprises, employment, trade, tourism, finance
  {
    id: 'small_enterprises',
    terms: {
      es: ['pymes', 'mipymes', 'pequeñas y medianas empresas', 'pequeñas empresas', 'microempresas', 'microempresarios', 'micro y pequeñas empresas'],
      en: ['smes', 'msmes', 'small businesses', 'small and medium enterprises', 'small and medium-sized enterprises', 'small enterprises', 'micro enterprises', 'microenterprises'],
      pt: ['pmes', 'micro e pequenas empresas', 'pequenas empresas', 'pequenos negócios', 'microempresas', 'microempreendedores'],
      fr: ['pme', 'tpe', 'petites et moyennes entreprises', 'petites entreprises', 'microentreprises', 'micro-entreprises', 'très petites entreprises'],
    },
  },
  {
    id: 'business_registration',
    terms: {
      es: ['registro de empresas', 'registro mercantil', 'formalización empresarial', 'formalización de empresas', 'ventanilla única empresarial', 'constitución de empresas'],
      en: ['business registration', 'company registry', 'company registration', 'business registry', 'business formalization', 'one-stop shop'],
      pt: ['registro de empresas', 'registo comercial', 'registro mercantil', 'formalização de empresas', 'abertura de empresas'],
      fr: ['enregistrement des entreprises', 'registre du commerce', 'création d’entreprise', 'guichet unique', 'formalisation des entreprises'],
    },
  },
  {
    id: 'supplier_development',
    terms: {
      es: ['desarrollo de proveedores', 'encadenamientos productivos', 'cadenas de valor', 'cadenas productivas'],
      en: ['supplier development', 'value chains', 'value chain', 'supply chains', 'backward linkages'],
      pt: ['desenvolvimento de fornecedores', 'encadeamento produtivo', 'cadeias de valor', 'cadeias produtivas'],
      fr: ['développement des fournisseurs', 'chaînes de valeur', 'filières'],
    },
  },
  {
    id: 'financial_inclusion',
    terms: {
      es: ['inclusión financiera', 'microfinanzas', 'microcrédito', 'microcréditos'],
      en: ['financial inclusion', 'microfinance', 'microcredit'],
      pt: ['inclusão financeira', 'microfinanças', 'microcrédito'],
      fr: ['inclusion financière', 'microfinance', 'microcrédit'],
    },
  },
  {
    id: 'employment_services',
    terms: {
      es: ['servicios de empleo', 'intermediación laboral', 'bolsa de empleo', 'bolsa de trabajo', 'inserción laboral', 'empleabilidad'],
      en: ['employment services', 'job placement', 'labour market intermediation', 'job matching', 'employability'],
      pt: ['serviços de emprego', 'intermediação de mão de obra', 'intermediação laboral', 'inserção laboral', 'empregabilidade'],
      fr: ['services de l’emploi', 'intermédiation sur le marché du travail', 'insertion professionnelle', 'employabilité'],
    },
  },
  {
    id: 'community_tourism',
    terms: {
      es: ['turismo comunitario', 'turismo rural comunitario', 'turismo rural', 'ecoturismo'],
      en: ['community-based tourism', 'community tourism', 'rural tourism', 'ecotourism'],
      pt: ['turismo comunitário', 'turismo de base comunitária', 'turismo rural', 'ecoturismo'],
      fr: ['tourisme communautaire', 'tourisme solidaire', 'tourisme rural', 'écotourisme'],
    },
  },
  {
    id: 'trade_facilitation',
    terms: {
      es: ['facilitación del comercio', 'ventanilla única de comercio exterior', 'aduanas', 'despacho aduanero'],
      en: ['trade facilitation', 'single window', 'customs', 'customs clearance'],
      pt: ['facilitação do comércio', 'janela única', 'alfândega', 'aduana', 'desembaraço aduaneiro'],
      fr: ['facilitation des échanges', 'facilitation du commerce', 'guichet unique du commerce', 'douanes', 'dédouanement'],
    },
  },
  // Institutions, governance
  {
    id: 'civil_registration',
    terms: {
      es: ['registro civil', 'registro de nacimientos', 'inscripción de nacimientos', 'actas de nacimiento', 'partidas de nacimiento', 'estadísticas vitales', 'identidad civil'],
      en: ['civil registration', 'civil registry', 'birth registration', 'birth certificates', 'vital statistics', 'crvs'],
      pt: ['registro civil', 'registo civil', 'registro de nascimento', 'registo de nascimento', 'certidão de nascimento', 'certidões de nascimento', 'estatísticas vitais'],
      fr: ['état civil', 'enregistrement des naissances', 'actes de naissance', 'déclaration des naissances', 'statistiques vitales'],
    },
  },
  {
    id: 'cadastre',
    terms: {
      es: ['catastro', 'catastral', 'catastros'],
      en: ['cadastre', 'cadastral', 'cadaster'],
      pt: ['cadastro territorial', 'cadastro imobiliário', 'cadastro rural', 'cadastral'],
      fr: ['cadastre', 'cadastral', 'cadastrale'],
    },
  },
  {
    id: 'land_tenure',
    terms: {
      es: ['titulación de tierras', 'regularización de tierras', 'tenencia de la tierra', 'registro de la propiedad', 'registro de propiedad', 'títulos de propiedad'],
      en: ['land titling', 'land tenure', 'land registration', 'land registry', 'property registration', 'property registry', 'land titles'],
      pt: ['regularização fundiária', 'titulação de terras', 'registro de imóveis', 'registo predial', 'posse da terra', 'títulos de propriedade'],
      fr: ['titres fonciers', 'sécurisation foncière', 'régime foncier', 'immatriculation foncière', 'registre foncier', 'conservation foncière'],
    },
  },
  {
    id: 'electoral_administration',
    terms: {
      es: ['administración electoral', 'organismo electoral', 'organismos electorales', 'autoridad electoral', 'procesos electorales', 'observación electoral'],
      en: ['electoral management', 'electoral administration', 'election management', 'electoral commission', 'electoral body', 'election observation'],
      pt: ['administração eleitoral', 'justiça eleitoral', 'órgão eleitoral', 'processo eleitoral', 'observação eleitoral'],
      fr: ['administration électorale', 'commission électorale', 'organe électoral', 'processus électoral', 'observation électorale'],
    },
  },
  {
    id: 'voter_registration',
    terms: {
      es: ['padrón electoral', 'registro electoral', 'registro de electores', 'censo electoral'],
      en: ['voter registration', 'voter roll', 'voters roll', 'electoral roll', 'voter list', 'electoral register'],
      pt: ['cadastro eleitoral', 'recenseamento eleitoral', 'registo eleitoral', 'alistamento eleitoral'],
      fr: ['listes électorales', 'liste électorale', 'fichier électoral', 'inscription des électeurs'],
    },
  },
  {
    id: 'citizen_security',
    terms: {
      es: ['seguridad ciudadana', 'prevención del delito', 'prevención de la violencia', 'convivencia ciudadana', 'prevención del crimen'],
      en: ['citizen security', 'crime prevention', 'violence prevention', 'public safety'],
      pt: ['segurança cidadã', 'segurança pública', 'prevenção da violência', 'prevenção do crime'],
      fr: ['sécurité citoyenne', 'sécurité publique', 'prévention de la délinquance', 'prévention de la violence', 'prévention de la criminalité'],
    },
  },
  {
    id: 'community_policing',
    terms: {
      es: ['policía comunitaria', 'policía de proximidad', 'policía de barrio', 'policía orientada a la comunidad'],
      en: ['community policing', 'neighbourhood policing', 'neighborhood policing', 'proximity policing'],
      pt: ['policiamento comunitário', 'polícia comunitária', 'polícia de proximidade', 'policiamento de proximidade'],
      fr: ['police de proximité', 'police communautaire'],
    },
  },
  {
    id: 'border_management',
    terms: {
      es: ['gestión de fronteras', 'gestión fronteriza', 'control fronterizo', 'pasos fronterizos', 'control migratorio'],
      en: ['border management', 'border control', 'border crossings', 'border crossing', 'immigration control'],
      pt: ['gestão de fronteiras', 'controle de fronteiras', 'controle fronteiriço', 'controle migratório'],
      fr: ['gestion des frontières', 'contrôle aux frontières', 'postes frontières', 'contrôle migratoire'],
    },
  },
  {
    id: 'return_migration',
    terms: {
      es: ['migrantes retornados', 'personas retornadas', 'retornados', 'reintegración de migrantes', 'migración de retorno'],
      en: ['returned migrants', 'returnees', 'return migration', 'reintegration of migrants', 'migrant reintegration'],
      pt: ['migrantes retornados', 'retornados', 'reintegração de migrantes', 'migração de retorno'],
      fr: ['migrants de retour', 'migrants rapatriés', 'réintégration des migrants', 'migration de retour'],
    },
  },
  {
    id: 'gender_based_violence',
    terms: {
      es: ['violencia de género', 'violencia contra las mujeres', 'violencia basada en género', 'violencia doméstica', 'violencia intrafamiliar', 'feminicidio'],
      en: ['gender-based violence', 'violence against women', 'domestic violence', 'intimate partner violence', 'femicide'],
      pt: ['violência de gênero', 'violência contra a mulher', 'violência contra as mulheres', 'violência doméstica', 'feminicídio'],
      fr: ['violences basées sur le genre', 'violences faites aux femmes', 'violence conjugale', 'violences conjugales', 'violence domestique', 'féminicide'],
    },
  },
  {
    id: 'womens_economic_empowerment',
    terms: {
      es: ['autonomía económica de las mujeres', 'empoderamiento económico de las mujeres', 'emprendimiento femenino'],
      en: ["women's economic empowerment", 'women entrepreneurs', 'economic empowerment of women'],
      pt: ['autonomia econômica das mulheres', 'empoderamento econômico das mulheres', 'empreendedorismo feminino'],
      fr: ['autonomisation économique des femmes', 'entrepreneuriat féminin'],
    },
  },
  {
    id: 'tax_administration',
    terms: {
      es: ['administración tributaria', 'recaudación tributaria', 'recaudación de impuestos', 'fiscalización tributaria', 'cumplimiento tributario'],
      en: ['tax administration', 'tax collection', 'revenue administration', 'revenue authority', 'tax compliance'],
      pt: ['administração tributária', 'arrecadação tributária', 'arrecadação de impostos', 'fiscalização tributária'],
      fr: ['administration fiscale', 'recouvrement des impôts', 'administration des impôts', 'recettes fiscales'],
    },
  },
  {
    id: 'property_tax',
    terms: {
      es: ['impuesto predial', 'impuesto a la propiedad', 'impuesto inmobiliario', 'impuesto sobre bienes inmuebles', 'impuesto territorial'],
      en: ['property tax', 'land tax', 'property taxes'],
      pt: ['imposto predial', 'imposto territorial', 'imposto sobre a propriedade'],
      fr: ['impôt foncier', 'taxe foncière'],
    },
  },
  {
    id: 'e_invoicing',
    terms: {
      es: ['factura electrónica', 'facturación electrónica', 'comprobantes electrónicos'],
      en: ['e-invoicing', 'electronic invoicing', 'electronic invoice', 'electronic invoices'],
      pt: ['nota fiscal eletrônica', 'faturação eletrónica', 'fatura eletrônica'],
      fr: ['facturation électronique', 'facture électronique'],
    },
  },
  {
    id: 'public_procurement',
    terms: {
      es: ['compras públicas', 'contratación pública', 'contrataciones públicas', 'adquisiciones públicas', 'licitaciones públicas'],
      en: ['public procurement', 'government procurement', 'e-procurement'],
      pt: ['compras públicas', 'contratações públicas', 'licitações'],
      fr: ['marchés publics', 'commande publique'],
    },
  },
  {
    id: 'results_budgeting',
    terms: {
      es: ['presupuesto por resultados', 'presupuesto basado en resultados', 'gestión por resultados'],
      en: ['results-based budgeting', 'performance budgeting', 'programme budgeting', 'performance-based budgeting', 'results-based management'],
      pt: ['orçamento por resultados', 'orçamento por desempenho', 'gestão por resultados'],
      fr: ['budget-programme', 'budgétisation axée sur les résultats', 'gestion axée sur les résultats'],
    },
  },
  {
    id: 'official_statistics',
    terms: {
      es: ['estadísticas oficiales', 'instituto nacional de estadística', 'oficina nacional de estadística', 'sistema estadístico nacional', 'encuestas de hogares'],
      en: ['official statistics', 'national statistics office', 'national statistical office', 'statistical system', 'household surveys'],
      pt: ['estatísticas oficiais', 'instituto nacional de estatística', 'sistema estatístico nacional', 'pesquisas domiciliares', 'inquéritos aos agregados familiares'],
      fr: ['statistiques officielles', 'institut national de la statistique', 'système statistique national', 'enquêtes auprès des ménages'],
    },
  },
  {
    id: 'census',
    terms: {
      es: ['censo de población', 'censos de población', 'censo nacional', 'censo'],
      en: ['population census', 'census', 'censuses'],
      pt: ['censo demográfico', 'recenseamento geral', 'recenseamento', 'censo'],
      fr: ['recensement général', 'recensement de la population', 'recensement'],
    },
  },
  {
    id: 'digital_government',
    terms: {
      es: ['gobierno digital', 'gobierno electrónico', 'servicios públicos digitales', 'trámites en línea', 'interoperabilidad'],
      en: ['digital government', 'e-government', 'digital public services', 'online public services', 'interoperability'],
      pt: ['governo digital', 'governo eletrônico', 'serviços públicos digitais', 'interoperabilidade'],
      fr: ['administration électronique', 'gouvernement numérique', 'e-gouvernement', 'services publics numériques', 'interopérabilité'],
    },
  },
  {
    id: 'cybersecurity',
    terms: {
      es: ['ciberseguridad', 'seguridad informática', 'incidentes cibernéticos', 'respuesta a incidentes informáticos'],
      en: ['cybersecurity', 'cyber security', 'computer emergency response team', 'computer security incident', 'cyber incidents'],
      pt: ['cibersegurança', 'segurança cibernética', 'incidentes cibernéticos'],
      fr: ['cybersécurité', 'sécurité informatique', 'incidents informatiques'],
    },
  },
  {
    id: 'digitization',
    terms: {
      es: ['digitalización', 'digitalizar'],
      en: ['digitisation', 'digitization', 'digitising', 'digitizing'],
      pt: ['digitalização', 'digitalizar'],
      fr: ['numérisation', 'numériser', 'dématérialisation'],
    },
  },
  {
    id: 'archives',
    terms: {
      es: ['archivo nacional', 'archivos históricos', 'gestión documental', 'archivística'],
      en: ['archives', 'national archives', 'records management', 'archival'],
      pt: ['arquivo nacional', 'arquivos históricos', 'gestão documental', 'arquivística'],
      fr: ['archives', 'archives nationales', 'gestion documentaire', 'archivistique'],
    },
  },
  {
    id: 'cultural_heritage',
    terms: {
      es: ['patrimonio cultural', 'patrimonio inmaterial', 'patrimonio histórico', 'bienes culturales'],
      en: ['cultural heritage', 'intangible heritage', 'heritage sites', 'cultural property'],
      pt: ['patrimônio cultural', 'património cultural', 'patrimônio imaterial', 'patrimônio histórico', 'bens culturais'],
      fr: ['patrimoine culturel', 'patrimoine immatériel', 'patrimoine historique', 'biens culturels'],
    },
  },
  {
    id: 'access_to_justice',
    terms: {
      es: ['acceso a la justicia', 'defensa pública', 'asistencia jurídica', 'casas de justicia'],
      en: ['access to justice', 'legal aid', 'public defence', 'public defender'],
      pt: ['acesso à justiça', 'defensoria pública', 'assistência jurídica'],
      fr: ['accès à la justice', 'aide juridictionnelle', 'assistance juridique'],
    },
  },
  {
    id: 'alternative_dispute_resolution',
    terms: {
      es: ['mediación', 'resolución alternativa de conflictos', 'métodos alternos de solución de conflictos'],
      en: ['mediation', 'alternative dispute resolution'],
      pt: ['mediação', 'resolução alternativa de conflitos'],
      fr: ['médiation', 'modes alternatifs de règlement des conflits'],
    },
  },
  {
    id: 'juvenile_justice',
    terms: {
      es: ['justicia juvenil', 'justicia penal juvenil', 'adolescentes en conflicto con la ley', 'justicia restaurativa'],
      en: ['juvenile justice', 'youth justice', 'children in conflict with the law', 'restorative justice'],
      pt: ['justiça juvenil', 'adolescentes em conflito com a lei', 'medidas socioeducativas', 'justiça restaurativa'],
      fr: ['justice juvénile', 'justice des mineurs', 'mineurs en conflit avec la loi', 'justice restaurative', 'justice réparatrice'],
    },
  },
  {
    id: 'prisons',
    terms: {
      es: ['sistema penitenciario', 'cárceles', 'centros penitenciarios', 'privados de libertad', 'reinserción social'],
      en: ['prisons', 'prison', 'correctional', 'penitentiary', 'inmates'],
      pt: ['sistema prisional', 'sistema penitenciário', 'presídios', 'pessoas privadas de liberdade'],
      fr: ['prisons', 'système pénitentiaire', 'milieu carcéral', 'détenus'],
    },
  },
  {
    id: 'anti_corruption',
    terms: {
      es: ['lucha contra la corrupción', 'anticorrupción', 'integridad pública', 'transparencia'],
      en: ['anti-corruption', 'fight against corruption', 'public integrity', 'transparency'],
      pt: ['combate à corrupção', 'anticorrupção', 'integridade pública', 'transparência'],
      fr: ['lutte contre la corruption', 'anticorruption', 'intégrité publique', 'transparence'],
    },
  },
  // Transport, safety, urban
  {
    id: 'road_safety',
    terms: {
      es: ['seguridad vial', 'accidentes de tránsito', 'siniestros viales'],
      en: ['road safety', 'traffic accidents', 'road crashes'],
      pt: ['segurança viária', 'segurança rodoviária', 'segurança no trânsito', 'acidentes de trânsito'],
      fr: ['sécurité routière', 'accidents de la route'],
    },
  },
  {
    id: 'maritime_safety',
    terms: {
      es: ['seguridad marítima', 'seguridad en el mar', 'salvamento marítimo', 'seguridad de la navegación'],
      en: ['maritime safety', 'safety at sea', 'sea safety', 'maritime search and rescue'],
      pt: ['segurança marítima', 'segurança no mar', 'salvamento marítimo', 'segurança da navegação'],
      fr: ['sécurité maritime', 'sécurité en mer', 'sauvetage en mer'],
    },
  },
  {
    id: 'occupational_safety',
    terms: {
      es: ['seguridad y salud en el trabajo', 'seguridad laboral', 'salud ocupacional'],
      en: ['occupational safety', 'occupational health', 'workplace safety'],
      pt: ['segurança e saúde no trabalho', 'segurança do trabalho', 'saúde ocupacional'],
      fr: ['santé et sécurité au travail', 'sécurité au travail'],
    },
  },
  {
    id: 'housing',
    terms: {
      es: ['vivienda social', 'vivienda de interés social', 'vivienda asequible', 'mejoramiento de vivienda'],
      en: ['social housing', 'affordable housing', 'housing improvement'],
      pt: ['habitação social', 'habitação de interesse social', 'moradia popular'],
      fr: ['logement social', 'logement abordable', 'habitat social'],
    },
  },
  {
    id: 'territorial_planning',
    terms: {
      es: ['ordenamiento territorial', 'planificación urbana', 'planificación territorial', 'planes de ordenamiento'],
      en: ['urban planning', 'land use planning', 'spatial planning', 'territorial planning'],
      pt: ['ordenamento territorial', 'ordenamento do território', 'planejamento urbano', 'planejamento territorial'],
      fr: ['aménagement du territoire', 'urbanisme', 'planification urbaine', 'planification territoriale'],
    },
  },
];
