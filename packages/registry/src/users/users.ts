import { apiTokens, type DbOrTx, users } from '@enlace/db';
import {
  type Actor,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthorizedError,
  canCreateUser,
  canListUsers,
} from '@enlace/domain';
import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { resolveInstitutions } from '../listings/institutions.js';
import { type CreateUserInput, type UserView, createTokenSchema, createUserSchema, signInSchema } from './schema.js';
import { hashPassword, hashToken, newToken, verifyPassword } from './secrets.js';

function toUserView(u: typeof users.$inferSelect): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    country: u.country,
    institutionId: u.institutionId,
    language: u.language,
    createdAt: u.createdAt.toISOString(),
  };
}

/** Creates a person's account. `system` is the CLI bootstrapping the first admin. */
export async function createUser(ctx: Ctx, input: CreateUserInput, opts: { system?: boolean } = {}): Promise<UserView> {
  const u = createUserSchema.parse(input);
  if (!opts.system && !canCreateUser(ctx.actor, u.role)) throw new ForbiddenError(`you may not create ${u.role} accounts`);
  const passwordHash = u.password ? await hashPassword(u.password) : null;
  return inTransaction(ctx.db, async (tx) => {
    const institutionId =
      u.institution && u.country
        ? (await resolveInstitutions(tx, [{ country: u.country, institution: { ...u.institution, type: 'government' } }]))(u.country, u.institution.name)
        : null;
    const [row] = await tx
      .insert(users)
      .values({
        email: u.email,
        name: u.name,
        role: u.role,
        country: u.country ?? null,
        institutionId,
        language: u.language,
        passwordHash,
        createdAt: ctx.clock.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new ConflictError(`a user with email ${u.email} already exists`);
    await audit(tx, { actorUserId: opts.system ? null : actorUserId(ctx), action: 'user.created', entityType: 'user', entityId: row.id, detail: { role: u.role, country: u.country } });
    return toUserView(row);
  });
}

export async function listUsers(ctx: Ctx): Promise<UserView[]> {
  if (!canListUsers(ctx.actor)) throw new ForbiddenError('you may not list users');
  return (await ctx.db.select().from(users).orderBy(asc(users.email))).map(toUserView);
}

export async function getMe(ctx: Ctx): Promise<UserView> {
  if (ctx.actor.kind !== 'user') throw new UnauthorizedError('sign in first');
  const [u] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId));
  if (!u) throw new NotFoundError('user not found');
  return toUserView(u);
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [u] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return u;
}

/** Issues a token for a user; the secret is returned once and never stored. */
export async function issueToken(
  ctx: Ctx,
  userId: string,
  input: { name: string; expiresInDays?: number | undefined },
  kind: 'personal' | 'session' = 'personal',
  ttlMs?: number,
) {
  const { name, expiresInDays } = createTokenSchema.parse(input);
  const { secret, hash, prefix } = newToken();
  const now = ctx.clock.now();
  const expiresAt = ttlMs ? new Date(now.getTime() + ttlMs) : expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000) : null;
  const [row] = await ctx.db
    .insert(apiTokens)
    .values({ userId, kind, name, tokenHash: hash, prefix, createdAt: now, expiresAt })
    .returning({ id: apiTokens.id });
  return { id: row!.id, name, token: secret, prefix, expiresAt: expiresAt?.toISOString() ?? null };
}

export async function createPersonalToken(ctx: Ctx, input: { name: string; expiresInDays?: number | undefined }) {
  if (ctx.actor.kind !== 'user') throw new UnauthorizedError('sign in first');
  return inTransaction(ctx.db, async (tx) => {
    const token = await issueToken({ ...ctx, db: tx }, (ctx.actor as { userId: string }).userId, input);
    await audit(tx, { actorUserId: actorUserId(ctx), action: 'token.created', entityType: 'api_token', entityId: token.id });
    return token;
  });
}

export async function listPersonalTokens(ctx: Ctx) {
  if (ctx.actor.kind !== 'user') throw new UnauthorizedError('sign in first');
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, ctx.actor.userId), eq(apiTokens.kind, 'personal')))
    .orderBy(asc(apiTokens.createdAt));
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
}

export async function revokeToken(ctx: Ctx, tokenId: string): Promise<void> {
  if (ctx.actor.kind !== 'user') throw new UnauthorizedError('sign in first');
  const userId = ctx.actor.userId;
  await inTransaction(ctx.db, async (tx) => {
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (revoked.length === 0) throw new NotFoundError(`token ${tokenId} not found`);
    await audit(tx, { actorUserId: userId, action: 'token.revoked', entityType: 'api_token', entityId: tokenId });
  });
}

/** Password sign-in; returns a session token. The same answer for unknown email and wrong password. */
export async function signIn(ctx: Ctx, input: { email: string; password: string }, sessionTtlMs: number) {
  const { email, password } = signInSchema.parse(input);
  const user = await findUserByEmail(ctx.db, email);
  const ok = user?.passwordHash && !user.disabledAt ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !ok) throw new UnauthorizedError('email or password is wrong');
  const session = await issueToken(ctx, user.id, { name: 'session' }, 'session', sessionTtlMs);
  return { token: session.token, expiresAt: session.expiresAt!, user: toUserView(user) };
}

/** The actor a bearer token stands for; unknown, revoked or expired tokens are refused. */
export async function authenticate(db: DbOrTx, secret: string, now: Date): Promise<Actor> {
  const [row] = await db
    .select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(secret)),
        isNull(apiTokens.revokedAt),
        isNull(users.disabledAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    );
  if (!row) throw new UnauthorizedError('the token is unknown, revoked or expired');
  // Recording every use would turn each read into a write; once a minute is enough to audit.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  }
  const u = row.user;
  return { kind: 'user', userId: u.id, role: u.role, country: u.country, institutionId: u.institutionId };
}

export async function signOut(db: DbOrTx, secret: string, now: Date): Promise<void> {
  await db.update(apiTokens).set({ revokedAt: now }).where(and(eq(apiTokens.tokenHash, hashToken(secret)), isNull(apiTokens.revokedAt)));
}
