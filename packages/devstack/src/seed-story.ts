import { type Database, listings } from '@enlace/db';
import type { Actor, Clock } from '@enlace/domain';
import { agreeMatch, completeMatch, expressInterest, proposeMatch, startMatch } from '@enlace/registry/matches';
import { findUserByEmail } from '@enlace/registry/internal';
import { approveStory, draftStory, submitStory } from '@enlace/registry/stories';
import { eq } from 'drizzle-orm';

/**
 * One cooperation followed to its end, so that the follow-up pages, the SIDICSS record
 * and the success stories have something to show: Brazil's school-feeding offer and
 * Haiti's school-canteen demand, brokered by the secretariat, agreed, completed, and
 * told as a story both focal points approved.
 */
export async function seedCompletedCooperation(db: Database, clock: Clock, staff: Actor): Promise<void> {
  const idOf = async (externalId: string) => (await db.select({ id: listings.id }).from(listings).where(eq(listings.externalId, externalId)).limit(1))[0]?.id;
  const offerId = await idOf('SEED-OF-BR-001');
  const demandId = await idOf('SEED-DM-HT-001');
  if (!offerId || !demandId) return;
  const focal = async (email: string, country: string) => {
    const user = (await findUserByEmail(db, email))!;
    return { db, clock, actor: { kind: 'user', userId: user.id, role: 'focal_point', country, institutionId: user.institutionId } as Actor };
  };
  const br = await focal('focal.br@enlace.example.org', 'BR');
  const ht = await focal('focal.ht@enlace.example.org', 'HT');
  const secretariat = { db, clock, actor: staff };

  const { match } = await proposeMatch(secretariat, { offerId, demandId, note: 'Demonstration: a cooperation followed to its end.' }, 'es');
  await expressInterest(ht, match.id, { message: 'Nous aimerions apprendre de l’expérience brésilienne des achats locaux pour les cantines.' }, 'fr');
  await expressInterest(br, match.id, { message: 'Com prazer: o FNDE e a ABC podem receber uma missão em março.' }, 'pt');
  await agreeMatch(
    secretariat,
    match.id,
    {
      modality: 'technical_assistance',
      startDate: '2026-03-01',
      endDate: '2026-10-31',
      responsibilities: 'FNDE trains; the Haitian ministry of education pilots in two departments.',
    },
    'es',
  );
  await startMatch(secretariat, match.id, 'es');
  await completeMatch(
    ht,
    match.id,
    {
      summary: 'Deux départements ont approvisionné leurs cantines scolaires auprès de coopératives locales, avec l’appui technique du FNDE.',
      lessonsLearned: 'Associer les coopératives dès la planification des menus, et payer les producteurs à temps.',
    },
    'fr',
  );
  const story = await draftStory(ht, match.id, {
    language: 'fr',
    title: 'Des cantines scolaires approvisionnées par les paysans haïtiens',
    summary:
      'Avec l’appui du Programme national d’alimentation scolaire du Brésil, deux départements d’Haïti achètent désormais une partie des repas scolaires aux coopératives agricoles locales.',
    results: 'Quarante écoles approvisionnées en produits locaux; douze coopératives payées à temps; des menus adaptés aux saisons.',
    lessons: 'Associer les coopératives dès la planification des menus, et payer les producteurs à temps.',
    testimonial: 'Nos enfants mangent ce que leurs parents cultivent.',
    testimonialBy: 'Directrice d’école, département du Nord',
  });
  await submitStory(ht, story.id);
  await approveStory(ht, story.id, {});
  await approveStory(br, story.id, { note: 'Aprovado pela ABC.' });
}
