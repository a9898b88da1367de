import { type DbOrTx, subscriptions } from '@enlace/db';
import { InvalidError, UnauthorizedError, requirePerson } from '@enlace/domain';
import { type Preferences, type SubscriptionInput, checkWebhookUrl, newWebhookSecret, seal } from '@enlace/messages';
import { eq } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { rotateUnsubscribeNonce } from '../users/unsubscribe-links.js';
import { recipientsById } from './people.js';

export type SubscriptionView = Omit<Preferences, 'channels' | 'sectors' | 'sdgGoals'> & {
  channels: Preferences['channels'][number][];
  sectors: string[];
  sdgGoals: number[];
  /** True while the person has never chosen: these are the defaults. */
  readonly isDefault: boolean;
  readonly hasWebhookSecret: boolean;
};

function me(ctx: Ctx): string {
  requirePerson(ctx.actor, 'manage your notifications');
  return ctx.actor.userId;
}

async function viewOf(db: DbOrTx, userId: string): Promise<SubscriptionView> {
  const [person] = await recipientsById(db, [userId]);
  if (!person) throw new UnauthorizedError('your account is disabled');
  const [row] = await db.select({ userId: subscriptions.userId }).from(subscriptions).where(eq(subscriptions.userId, userId));
  const { channels, sectors, sdgGoals, ...rest } = person.prefs;
  return { ...rest, channels: [...channels], sectors: [...sectors], sdgGoals: [...sdgGoals], isDefault: !row, hasWebhookSecret: person.webhookSecret !== null };
}

export async function getSubscription(ctx: Ctx): Promise<SubscriptionView> {
  return viewOf(ctx.db, me(ctx));
}

/**
 * Replaces the signed-in person's preferences. A webhook gets a signing secret the first
 * time it is set, or when `rotateSecret` asks; the secret is returned this once and kept
 * only sealed. A webhook URL must reach public addresses only (`webhookAllowHosts`
 * excepted); its name is resolved before the transaction, so no lock waits on DNS.
 */
export async function putSubscription(
  ctx: Ctx,
  input: SubscriptionInput,
  opts: { appSecret: string; rotateSecret?: boolean; webhookAllowHosts?: readonly string[] },
): Promise<SubscriptionView & { webhookSecret?: string }> {
  const userId = me(ctx);
  if (input.webhookUrl) {
    const reason = await checkWebhookUrl(input.webhookUrl, { allowHosts: opts.webhookAllowHosts ?? [] });
    if (reason !== undefined) throw new InvalidError('the webhook URL is refused', [{ field: 'webhookUrl', code: 'refused_url', reason }]);
  }
  return inTransaction(ctx.db, async (tx) => {
    const [current] = await tx.select().from(subscriptions).where(eq(subscriptions.userId, userId)).for('update');
    const wantsWebhook = !!input.webhookUrl;
    const fresh = wantsWebhook && (!current?.webhookSecret || opts.rotateSecret) ? newWebhookSecret() : undefined;
    const values = {
      channels: input.channels,
      frequency: input.frequency,
      sectors: input.sectors,
      sdgGoals: input.sdgGoals,
      minScore: input.minScore,
      language: input.language,
      digestHour: input.digestHour,
      digestWeekday: input.digestWeekday,
      burstMinutes: input.burstMinutes,
      dailySuggestionEmails: input.dailySuggestionEmails,
      webhookUrl: input.webhookUrl ?? null,
      webhookSecret: !wantsWebhook ? null : fresh ? seal(opts.appSecret, fresh) : current!.webhookSecret,
      updatedAt: ctx.clock.now(),
    };
    await tx
      .insert(subscriptions)
      .values({ userId, ...values })
      .onConflictDoUpdate({ target: subscriptions.userId, set: values });
    // Turning email back on starts afresh: a link in an old (perhaps forwarded) email must not stop it again.
    if (current && !current.channels.includes('email') && input.channels.includes('email')) await rotateUnsubscribeNonce(tx, userId, userId);
    await audit(tx, {
      actorUserId: userId,
      action: 'subscription.updated',
      entityType: 'user',
      entityId: userId,
      detail: { channels: input.channels, frequency: input.frequency, ...(fresh ? { webhookSecret: 'issued' } : {}) },
    });
    return { ...(await viewOf(tx, userId)), ...(fresh ? { webhookSecret: fresh } : {}) };
  });
}

/**
 * One-click unsubscribe (RFC 8058): the person stops receiving email and keeps
 * everything else. Idempotent; returns false when there was no email to stop.
 */
export async function unsubscribeEmail(ctx: Pick<Ctx, 'db' | 'clock'>, userId: string): Promise<boolean> {
  return inTransaction(ctx.db, async (tx) => {
    const [person] = await recipientsById(tx, [userId]);
    if (!person || !person.prefs.channels.includes('email')) return false;
    const { webhookSecret } = person;
    const values = {
      ...person.prefs,
      channels: person.prefs.channels.filter((c) => c !== 'email'),
      sectors: [...person.prefs.sectors],
      sdgGoals: [...person.prefs.sdgGoals],
      webhookSecret,
      updatedAt: ctx.clock.now(),
    };
    await tx
      .insert(subscriptions)
      .values({ userId, ...values })
      .onConflictDoUpdate({ target: subscriptions.userId, set: values });
    await audit(tx, { actorUserId: userId, action: 'subscription.unsubscribed', entityType: 'user', entityId: userId, detail: { channel: 'email' } });
    return true;
  });
}
