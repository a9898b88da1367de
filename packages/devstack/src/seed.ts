import { readFileSync } from 'node:fs';
import { auditLog, type Database } from '@enlace/db';
import { type Actor, type Clock, SYSTEM, campaignInputSchema, isoDay, parseInterchangeLine, splitLines } from '@enlace/domain';
import { createCampaign } from '@enlace/registry/campaigns';
import { registerExpert, validateExpert } from '@enlace/registry/experts';
import { createListing, transitionListing } from '@enlace/registry/listings';
import { type CreateUserInput, createUser } from '@enlace/registry/people';
import { findUserByEmail, upsertListingBatch } from '@enlace/registry/internal';
import { seedCompletedCooperation } from './seed-story.js';
import { eq } from 'drizzle-orm';

export const SEED_FILE = new URL('../seed/listings.jsonl', import.meta.url);

/** Demonstration accounts, one per role; the README lists them. Never use these outside a demo. */
export const DEMO_USERS: readonly (CreateUserInput & { password: string })[] = [
  { email: 'admin@enlace.example.org', name: 'Demo Admin', role: 'admin', language: 'en', password: 'enlace-demo-admin' },
  { email: 'staff@enlace.example.org', name: 'Secretaría AICD (demo)', role: 'staff', language: 'es', password: 'enlace-demo-staff' },
  {
    email: 'focal.br@enlace.example.org',
    name: 'Ponto focal Brasil (demo)',
    role: 'focal_point',
    country: 'BR',
    language: 'pt',
    password: 'enlace-demo-focal',
  },
  { email: 'focal.ht@enlace.example.org', name: 'Point focal Haïti (demo)', role: 'focal_point', country: 'HT', language: 'fr', password: 'enlace-demo-focal' },
  {
    email: 'officer.br@enlace.example.org',
    name: 'Oficial ABC (demo)',
    role: 'agency_officer',
    country: 'BR',
    institution: { name: 'Agência Brasileira de Cooperação', acronym: 'ABC' },
    language: 'pt',
    password: 'enlace-demo-officer',
  },
];

/**
 * Seeds the demonstration data once: the demo accounts, the seed listings (published
 * by the secretariat) and one officer's listing waiting for its focal point's review.
 * Returns false when the database was already seeded.
 */
export async function seedDemo(db: Database, clock: Clock): Promise<boolean> {
  const [done] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, 'demo.seeded')).limit(1);
  if (done) return false;
  // The service seeds the demonstration itself: no person is signed in.
  const ctx = { db, clock, actor: SYSTEM };
  for (const u of DEMO_USERS) {
    if (!(await findUserByEmail(db, u.email))) await createUser(ctx, u);
  }
  const staff = (await findUserByEmail(db, 'staff@enlace.example.org'))!;
  const staffActor: Actor = { kind: 'user', userId: staff.id, role: 'staff', country: null, institutionId: null };
  const lines = splitLines(readFileSync(SEED_FILE, 'utf8'));
  const batch = lines.map((text, i) => {
    const parsed = parseInterchangeLine(text);
    if (!parsed.ok) throw new Error(`seed line ${i + 1}: ${parsed.issues.map((x) => `${x.field}: ${x.reason}`).join('; ')}`);
    return { line: i + 1, listing: parsed.listing };
  });
  const now = clock.now();
  await db.transaction((tx) => upsertListingBatch(tx, staffActor, batch, now, isoDay(now)));

  const officer = (await findUserByEmail(db, 'officer.br@enlace.example.org'))!;
  const officerCtx = {
    db,
    clock,
    actor: { kind: 'user', userId: officer.id, role: 'agency_officer', country: 'BR', institutionId: officer.institutionId } as Actor,
  };
  const draft = await createListing(officerCtx, {
    kind: 'offer',
    externalId: 'DEMO-OF-BR-REVIEW',
    title: 'Cooperação em bancos de leite humano: implantação e controle de qualidade',
    description:
      'A Rede Brasileira de Bancos de Leite Humano oferece apoio técnico para implantar bancos de leite humano e postos de coleta: desenho do serviço, processamento e pasteurização, controle de qualidade, e formação das equipes hospitalares, com estágios no Rio de Janeiro e missões de especialistas.',
    language: 'pt',
    country: 'BR',
    institution: { name: 'Fundação Oswaldo Cruz', acronym: 'Fiocruz', type: 'government' },
    sectors: ['health'],
    sdgTargets: ['3.2', '2.2'],
    modalities: ['technical_assistance', 'internship', 'expert_mission'],
    workingLanguages: ['pt', 'es'],
    validUntil: '2028-06-30',
    contact: { name: 'Coordenação de cooperação', email: 'cooperacao@fiocruz.example.org' },
  });
  await transitionListing(officerCtx, draft.id, 'submit');

  // Experts in three languages, validated by the secretariat; and a campaign draft to look at.
  for (const expert of DEMO_EXPERTS) {
    const registered = await registerExpert(ctx, expert);
    await validateExpert({ ...ctx, actor: staffActor }, registered.id);
  }
  await createCampaign({ ...ctx, actor: staffActor }, campaignInputSchema.parse(DEMO_CAMPAIGN));
  await seedCompletedCooperation(db, clock, staffActor);
  await db
    .insert(auditLog)
    .values({ action: 'demo.seeded', entityType: 'database', entityId: 'demo', detail: { listings: batch.length + 1, experts: DEMO_EXPERTS.length } });
  return true;
}

const DEMO_EXPERTS = [
  {
    name: 'Ana Lúcia Moreira',
    country: 'BR',
    institution: { name: 'Fundação Oswaldo Cruz', acronym: 'Fiocruz', type: 'government' as const },
    sectors: ['health' as const],
    sdgTargets: ['3.2', '2.2'],
    workingLanguages: ['pt' as const, 'es' as const],
    availability: 'Missões de duas semanas a partir de março de 2027',
    profile: 'Nutricionista, quinze anos na Rede Brasileira de Bancos de Leite Humano: implantação de bancos, controle de qualidade e formação de equipes.',
    language: 'pt' as const,
    contact: { name: 'Ana Lúcia Moreira', email: 'ana.moreira@fiocruz.example.org' },
  },
  {
    name: 'Carlos Andrés Rojas',
    country: 'CO',
    institution: { name: 'Unidad Nacional para la Gestión del Riesgo de Desastres', acronym: 'UNGRD', type: 'government' as const },
    sectors: ['disaster_management' as const],
    sdgTargets: ['11.5', '13.1'],
    workingLanguages: ['es' as const, 'en' as const],
    profile: 'Ingeniero civil; diseñó sistemas de alerta temprana comunitarios y planes municipales de gestión del riesgo en zonas de ladera.',
    language: 'es' as const,
    contact: { name: 'Carlos Andrés Rojas', email: 'carlos.rojas@ungrd.example.org' },
  },
  {
    name: 'Marie-Claude Étienne',
    country: 'HT',
    institution: { name: 'Ministère de l’Agriculture, des Ressources Naturelles et du Développement Rural', acronym: 'MARNDR', type: 'government' as const },
    sectors: ['agriculture_livestock' as const],
    sdgTargets: ['2.3', '2.4'],
    workingLanguages: ['fr' as const, 'es' as const],
    profile: 'Agronome, spécialiste des cantines scolaires approvisionnées par l’agriculture familiale et des coopératives de producteurs.',
    language: 'fr' as const,
    contact: { name: 'Marie-Claude Étienne', email: 'mc.etienne@marndr.example.org' },
  },
];

const DEMO_CAMPAIGN = {
  name: 'CARICOM: every member state on Enlace',
  kind: 'participation',
  audience: { groups: ['caricom'], condition: 'no_published_listing' },
  goal: { count: 1, listingKind: 'either' },
  defaultLanguage: 'en',
  messages: {
    en: {
      subject: '{{country}}: share one offer or demand on Enlace by {{deadline}}',
      body: "Dear {{name}},\n\n{{country}} has {{offers}} offers and {{demands}} demands on Enlace today. Sharing at least {{goal}} lets other member states find you.\n\nYour country's page: {{link}}",
    },
    fr: {
      subject: '{{country}} : partagez une offre ou une demande sur Enlace avant le {{deadline}}',
      body: 'Madame, Monsieur {{name}},\n\n{{country}} compte aujourd’hui {{offers}} offres et {{demands}} demandes sur Enlace. En partager au moins {{goal}} permet aux autres États membres de vous trouver.\n\nLa page de votre pays : {{link}}',
    },
    es: {
      subject: '{{country}}: comparta una oferta o demanda en Enlace antes del {{deadline}}',
      body: 'Estimado/a {{name}}:\n\n{{country}} tiene hoy {{offers}} ofertas y {{demands}} demandas en Enlace. Compartir al menos {{goal}} permite que otros Estados miembros lo encuentren.\n\nLa página de su país: {{link}}',
    },
  },
  deadline: '2027-03-31',
  reminderEveryDays: 14,
};
