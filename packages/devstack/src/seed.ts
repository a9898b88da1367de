import { readFileSync } from 'node:fs';
import { auditLog, type Database } from '@enlace/db';
import { ANONYMOUS, type Actor, type Clock, isoDay, parseInterchangeLine, splitLines } from '@enlace/domain';
import { type CreateUserInput, createUser, createListing, findUserByEmail, transitionListing, upsertListingBatch } from '@enlace/registry';
import { eq } from 'drizzle-orm';

export const SEED_FILE = new URL('../seed/listings.jsonl', import.meta.url);

/** Demonstration accounts, one per role; the README lists them. Never use these outside a demo. */
export const DEMO_USERS: readonly (CreateUserInput & { password: string })[] = [
  { email: 'admin@enlace.example.org', name: 'Demo Admin', role: 'admin', language: 'en', password: 'enlace-demo-admin' },
  { email: 'staff@enlace.example.org', name: 'Secretaría AICD (demo)', role: 'staff', language: 'es', password: 'enlace-demo-staff' },
  { email: 'focal.br@enlace.example.org', name: 'Ponto focal Brasil (demo)', role: 'focal_point', country: 'BR', language: 'pt', password: 'enlace-demo-focal' },
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
  const ctx = { db, clock, actor: ANONYMOUS };
  for (const u of DEMO_USERS) {
    if (!(await findUserByEmail(db, u.email))) await createUser(ctx, u, { system: true });
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
  const officerCtx = { db, clock, actor: { kind: 'user', userId: officer.id, role: 'agency_officer', country: 'BR', institutionId: officer.institutionId } as Actor };
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
  await db.insert(auditLog).values({ action: 'demo.seeded', entityType: 'database', entityId: 'demo', detail: { listings: batch.length + 1 } });
  return true;
}
