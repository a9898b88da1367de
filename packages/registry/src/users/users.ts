import { apiTokens, type DbOrTx, users } from '@enlace/db';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError, UnauthorizedError, canCreateUser, canListUsers, requirePerson } from '@enlace/domain';
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { resolveInstitutions } from '../listings/institutions.js';
import {
  type ChangePasswordInput,
  type CreateUserInput,
  type UpdateMeInput,
  type UserView,
  changePasswordSchema,
  createUserSchema,
  signInSchema,
  updateMeSchema,
} from './schema.js';
import { dummyPasswordHash, hashPassword, hashToken, verifyPassword } from './secrets.js';
import { issueToken } from './tokens.js';

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

/** Creates a person's account; the service itself (SYSTEM) bootstraps the first admin. */
export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<UserView> {
  const u = createUserSchema.parse(input);
  if (!canCreateUser(ctx.actor, u.role)) throw new ForbiddenError(`you may not create ${u.role} accounts`);
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
    await audit(tx, {
      actorUserId: actorUserId(ctx),
      action: 'user.created',
      entityType: 'user',
      entityId: row.id,
      detail: { role: u.role, country: u.country },
    });
    return toUserView(row);
  });
}

export async function listUsers(ctx: Ctx): Promise<UserView[]> {
  if (!canListUsers(ctx.actor)) throw new ForbiddenError('you may not list users');
  return (await ctx.db.select().from(users).orderBy(asc(users.email))).map(toUserView);
}

/** Changes the signed-in person's own name or language; the change is audited. */
export async function updateMe(ctx: Ctx, input: UpdateMeInput): Promise<UserView> {
  requirePerson(ctx.actor);
  const userId = ctx.actor.userId;
  const change = updateMeSchema.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx.update(users).set(change).where(eq(users.id, userId)).returning();
    if (!row) throw new NotFoundError('user not found');
    await audit(tx, { actorUserId: userId, action: 'user.updated', entityType: 'user', entityId: userId, detail: { fields: Object.keys(change) } });
    return toUserView(row);
  });
}

/**
 * Changes the signed-in person's password after checking the current one. Every other
 * session and token of theirs stops working (whoever knew the old password may hold
 * one); the session the change was made from, `keepSecret`, stays.
 */
export async function changePassword(ctx: Ctx, input: ChangePasswordInput, keepSecret: string | null): Promise<void> {
  requirePerson(ctx.actor);
  const userId = ctx.actor.userId;
  const { currentPassword, newPassword } = changePasswordSchema.parse(input);
  const [u] = await ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!u?.passwordHash || !(await verifyPassword(currentPassword, u.passwordHash)))
    throw new InvalidError('the current password is not right', [{ field: 'currentPassword', code: 'wrong_password', reason: 'is not the current password' }]);
  if (currentPassword === newPassword)
    throw new InvalidError('the new password is the current one', [
      { field: 'newPassword', code: 'same_password', reason: 'must differ from the current password' },
    ]);
  const passwordHash = await hashPassword(newPassword);
  const keep = keepSecret ? hashToken(keepSecret) : null;
  await inTransaction(ctx.db, async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    const ended = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt), keep ? ne(apiTokens.tokenHash, keep) : undefined))
      .returning({ id: apiTokens.id });
    await audit(tx, { actorUserId: userId, action: 'user.password_changed', entityType: 'user', entityId: userId, detail: { tokensRevoked: ended.length } });
  });
}

export async function getMe(ctx: Ctx): Promise<UserView> {
  requirePerson(ctx.actor);
  const [u] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId));
  if (!u) throw new NotFoundError('user not found');
  return toUserView(u);
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [u] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return u;
}

/**
 * Password sign-in; returns a session token. Unknown email, account without password,
 * disabled account and wrong password get the same answer after the same scrypt work.
 */
export async function signIn(ctx: Ctx, input: { email: string; password: string }, opts: { sessionTtlMs: number; userAgent?: string | undefined }) {
  const { email, password } = signInSchema.parse(input);
  const user = await findUserByEmail(ctx.db, email);
  const usable = user?.passwordHash && !user.disabledAt ? user.passwordHash : undefined;
  const ok = await verifyPassword(password, usable ?? (await dummyPasswordHash()));
  if (!user || !usable || !ok) throw new UnauthorizedError('email or password is wrong');
  const session = await issueToken(ctx, user.id, { name: 'session' }, { kind: 'session', ttlMs: opts.sessionTtlMs, userAgent: opts.userAgent });
  return { token: session.token, expiresAt: session.expiresAt!, user: toUserView(user) };
}
