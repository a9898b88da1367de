import { apiTokens, type DbOrTx, users } from '@enlace/db';
import { type Actor, InvalidError, NotFoundError, UnauthorizedError, requirePerson } from '@enlace/domain';
import { and, asc, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { DEFAULT_TOKEN_LIFETIME, type TokenLifetime, createTokenSchema } from './schema.js';
import { hashToken, newToken } from './secrets.js';

/**
 * Issues a token for a user; the secret is returned once and never stored. Every token
 * expires: a session after `ttlMs`, a personal token after the days asked for or the
 * configured default, never later than the configured maximum.
 */
export async function issueToken(
  ctx: Ctx,
  userId: string,
  input: { name: string; days?: number | undefined },
  opts: { kind?: 'personal' | 'session'; ttlMs?: number; userAgent?: string | undefined; lifetime?: TokenLifetime } = {},
) {
  const { name, days } = createTokenSchema.parse(input);
  const { kind = 'personal', lifetime = DEFAULT_TOKEN_LIFETIME } = opts;
  if (days !== undefined && days > lifetime.maxDays) {
    throw new InvalidError('the token would live too long', [{ field: 'days', code: 'too_big', reason: `must be at most ${lifetime.maxDays} days` }]);
  }
  const { secret, hash, prefix } = newToken();
  const now = ctx.clock.now();
  const ttlMs = opts.ttlMs ?? (days ?? lifetime.defaultDays) * 86_400_000;
  const expiresAt = new Date(now.getTime() + ttlMs);
  const userAgent = opts.userAgent?.slice(0, 300) || null;
  const [row] = await ctx.db
    .insert(apiTokens)
    .values({ userId, kind, name, tokenHash: hash, prefix, createdAt: now, expiresAt, userAgent })
    .returning({ id: apiTokens.id });
  return { id: row!.id, name, token: secret, prefix, expiresAt: expiresAt.toISOString() };
}

export async function createPersonalToken(ctx: Ctx, input: { name: string; days?: number | undefined }, lifetime?: TokenLifetime) {
  requirePerson(ctx.actor);
  return inTransaction(ctx.db, async (tx) => {
    const token = await issueToken({ ...ctx, db: tx }, (ctx.actor as { userId: string }).userId, input, lifetime ? { lifetime } : {});
    await audit(tx, {
      actorUserId: actorUserId(ctx),
      action: 'token.created',
      entityType: 'api_token',
      entityId: token.id,
      detail: { expiresAt: token.expiresAt },
    });
    return token;
  });
}

/**
 * The signed-in person's live sessions and personal tokens (not revoked, not expired),
 * newest first; `current` marks the one this request was made with.
 */
export async function listMyTokens(ctx: Ctx, opts: { currentSecret?: string | null; kind?: 'personal' | 'session' | undefined; maxDays?: number } = {}) {
  requirePerson(ctx.actor);
  const currentHash = opts.currentSecret ? hashToken(opts.currentSecret) : null;
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.userId, ctx.actor.userId),
        isNull(apiTokens.revokedAt),
        expiresBy(ctx.clock.now(), opts.maxDays ?? DEFAULT_TOKEN_LIFETIME.maxDays),
        opts.kind ? eq(apiTokens.kind, opts.kind) : undefined,
      ),
    )
    .orderBy(desc(apiTokens.createdAt), asc(apiTokens.id));
  return rows.map((t) => ({
    id: t.id,
    kind: t.kind,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    userAgent: t.userAgent,
    current: t.tokenHash === currentHash,
  }));
}

/** Revokes one of the signed-in person's sessions or tokens; another person's is not found. */
export async function revokeToken(ctx: Ctx, tokenId: string, kind?: 'personal' | 'session'): Promise<void> {
  requirePerson(ctx.actor);
  const userId = ctx.actor.userId;
  await inTransaction(ctx.db, async (tx) => {
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt), kind ? eq(apiTokens.kind, kind) : undefined))
      .returning({ id: apiTokens.id, kind: apiTokens.kind });
    if (revoked.length === 0) throw new NotFoundError(`${kind ?? 'token'} ${tokenId} not found`);
    await audit(tx, { actorUserId: userId, action: 'token.revoked', entityType: 'api_token', entityId: tokenId, detail: { kind: revoked[0]!.kind } });
  });
}

/** When a token without an expiry (made before every token had one) stops working: `maxDays` after it was made. */
function expiresBy(now: Date, maxDays: number) {
  const madeSince = new Date(now.getTime() - maxDays * 86_400_000);
  return or(gt(apiTokens.expiresAt, now), and(isNull(apiTokens.expiresAt), gt(apiTokens.createdAt, madeSince)));
}

/** The actor a bearer token stands for; unknown, revoked or expired tokens are refused. */
export async function authenticate(db: DbOrTx, secret: string, now: Date, maxDays = DEFAULT_TOKEN_LIFETIME.maxDays): Promise<Actor> {
  const [row] = await db
    .select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(secret)), isNull(apiTokens.revokedAt), isNull(users.disabledAt), expiresBy(now, maxDays)));
  if (!row) throw new UnauthorizedError('the token is unknown, revoked or expired');
  // Recording every use would turn each read into a write; once a minute is enough to audit.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  }
  const u = row.user;
  return { kind: 'user', userId: u.id, role: u.role, country: u.country, institutionId: u.institutionId };
}

export async function signOut(db: DbOrTx, secret: string, now: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.tokenHash, hashToken(secret)), isNull(apiTokens.revokedAt)));
}
