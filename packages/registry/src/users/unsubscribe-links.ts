import { type DbOrTx, users } from '@enlace/db';
import { requirePerson } from '@enlace/domain';
import { isUnsubscribeTokenValid, unsubscribeTokenClaim } from '@enlace/messages';
import { eq, sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { type Recipient, recipientsById } from '../notifications/people.js';

/**
 * The person an unsubscribe link was made for, or null when the link is forged, was made
 * for another person, or predates the person's current nonce.
 */
export async function personOfUnsubscribeToken(db: DbOrTx, appSecret: string, token: string): Promise<Recipient | null> {
  const claimed = unsubscribeTokenClaim(token);
  const [person] = claimed ? await recipientsById(db, [claimed]) : [];
  return person && isUnsubscribeTokenValid(appSecret, token, person) ? person : null;
}

/** Gives the person a new nonce: every unsubscribe link sent to them so far stops working. */
export async function rotateUnsubscribeNonce(tx: DbOrTx, userId: string, actorUserId: string | null): Promise<void> {
  await tx
    .update(users)
    .set({ unsubscribeNonce: sql`gen_random_uuid()` })
    .where(eq(users.id, userId));
  await audit(tx, { actorUserId, action: 'unsubscribe_links.reset', entityType: 'user', entityId: userId });
}

/** The signed-in person invalidates the unsubscribe links in every email sent to them so far. */
export async function resetUnsubscribeLinks(ctx: Ctx): Promise<void> {
  requirePerson(ctx.actor, 'manage your notifications');
  const userId = ctx.actor.userId;
  await inTransaction(ctx.db, (tx) => rotateUnsubscribeNonce(tx, userId, userId));
}
