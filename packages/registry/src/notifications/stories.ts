import type { DbOrTx } from '@enlace/db';
import type { OutboxPayload } from '@enlace/domain';
import type { NotificationPayload } from '@enlace/messages';
import { consentCountries, loadStory } from '../stories/read.js';
import { storyApprovals } from '@enlace/db';
import { and, eq } from 'drizzle-orm';
import { focalPointsOf, recipientsById } from './people.js';
import type { Tell } from './write.js';

/**
 * Whom a story's step concerns. A submission or an edit asks the focal points of each
 * country that has not yet consented to the current version (a duty of the role: the
 * filters do not apply); a publication tells both countries' focal points and the
 * author. An event about a version since replaced says nothing: the newer one speaks.
 */
export async function planStory(db: DbOrTx, p: OutboxPayload<'story.changed'>): Promise<Tell[]> {
  const s = await loadStory(db, p.storyId);
  if (!s) return [];
  const base = {
    storyId: s.row.id,
    matchId: s.row.matchId,
    title: s.row.title,
    language: s.row.language.trim(),
    provider: s.countries.offer,
    recipient: s.countries.demand,
  };
  const notActor = (r: { userId: string }) => r.userId !== p.actorUserId;
  if (p.step === 'submitted' || p.step === 'edited') {
    if (s.row.status !== 'awaiting_approval' || s.row.version !== p.version) return [];
    const given = await db
      .select({ country: storyApprovals.country })
      .from(storyApprovals)
      .where(and(eq(storyApprovals.storyId, s.row.id), eq(storyApprovals.storyVersion, s.row.version)));
    const waiting = consentCountries(s.countries).filter((c) => !given.some((g) => g.country.trim() === c));
    const payload = { ...base, authorCountry: s.row.authorCountry.trim(), edited: p.step === 'edited' } as NotificationPayload<'story_approval'>;
    return (await focalPointsOf(db, waiting)).filter(notActor).map((recipient) => ({ recipient, kind: 'story_approval', payload }));
  }
  if (p.step === 'published') {
    if (s.row.status !== 'published') return [];
    const [focal, authors] = await Promise.all([
      focalPointsOf(db, consentCountries(s.countries)),
      recipientsById(db, s.row.authorUserId ? [s.row.authorUserId] : []),
    ]);
    const people = new Map([...authors, ...focal].map((r) => [r.userId, r]));
    const payload = base as NotificationPayload<'story_published'>;
    return [...people.values()].filter(notActor).map((recipient) => ({ recipient, kind: 'story_published', payload }));
  }
  return [];
}
