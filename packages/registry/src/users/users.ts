import { apiTokens, type DbOrTx, users } from '@enlace/db';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  UnauthorizedError,
  canCreateUser,
  canDeactivateUser,
  canListUsers,
  requirePerson,
  seesAccountActivity,
} from '@enlace/domain';
import { and, asc, eq, gt, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { resolveInstitutions } from '../listings/institutions.js';
import {
  type ChangePasswordInput,
  type CreateUserInput,
  type UpdateMeInput,
  type UserListQuery,
  type UserView,
  changePasswordSchema,
  createUserSchema,
  signInSchema,
  updateMeSchema,
} from './schema.js';
import { dummyPasswordHash, hashPassword, hashToken, verifyPassword } from './secrets.js';
import { issueToken } from './tokens.js';

/** A person as the API shows them; `activity` (for the secretariat) adds when they last signed in and whether they are deactivated. */
function toUserView(u: typeof users.$inferSelect, activity = false): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    country: u.country,
    institutionId: u.institutionId,
    language: u.language,
    createdAt: u.createdAt.toISOString(),
    ...(activity ? { lastSignInAt: u.lastSignInAt?.toISOString() ?? null, deactivatedAt: u.disabledAt?.toISOString() ?? null } : {}),
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
    return toUserView(row, seesAccountActivity(ctx.actor));
  });
}

/** The position in the list of people after which the next page starts: the last email seen, as the list orders them. */
const userCursor = {
  encode: (email: string) => Buffer.from(email.toLowerCase()).toString('base64url'),
  decode: (cursor: string): string => {
    const email = /^[\w-]{1,400}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
    if (!email.includes('@') || userCursor.encode(email) !== cursor)
      throw new InvalidError('bad cursor', [{ field: 'cursor', code: 'invalid_cursor', reason: 'not a cursor this API gave out' }]);
    return email;
  },
};

/**
 * People with an account, by email, a page at a time, for the secretariat: with when
 * they last signed in and whether they are deactivated; filtered by role, by whether
 * they ever signed in, by state, or to some ids.
 */
export async function listUsers(ctx: Ctx, query: UserListQuery): Promise<{ items: UserView[]; nextCursor?: string }> {
  if (!canListUsers(ctx.actor)) throw new ForbiddenError('you may not list users');
  const email = sql<string>`lower(${users.email})`;
  const after = query.cursor ? userCursor.decode(query.cursor) : undefined;
  const rows = await ctx.db
    .select()
    .from(users)
    .where(
      and(
        after !== undefined ? gt(email, after) : undefined,
        query.signedIn === 'never' ? isNull(users.lastSignInAt) : query.signedIn === 'ever' ? isNotNull(users.lastSignInAt) : undefined,
        query.state === 'active' ? isNull(users.disabledAt) : query.state === 'deactivated' ? isNotNull(users.disabledAt) : undefined,
        query.roles?.length ? inArray(users.role, [...query.roles]) : undefined,
        query.ids?.length ? inArray(users.id, [...query.ids]) : undefined,
      ),
    )
    .orderBy(asc(email))
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit).map((u) => toUserView(u, seesAccountActivity(ctx.actor)));
  return { items, ...(rows.length > query.limit ? { nextCursor: userCursor.encode(items.at(-1)!.email) } : {}) };
}

/**
 * Deactivates an account: the person can no longer sign in, and every session and token
 * of theirs stops working at once — revoked here, and refused meanwhile by authentication,
 * which checks the account on every request. Staff deactivate officers and focal points,
 * admins anyone; nobody their own account. Audited.
 */
export async function deactivateUser(ctx: Ctx, id: string): Promise<UserView> {
  return inTransaction(ctx.db, async (tx) => {
    const target = await accountToManage(tx, ctx, id, 'deactivate');
    if (target.disabledAt)
      throw new ConflictError(`${target.email} is already deactivated`, [{ field: 'id', code: 'already_deactivated', reason: 'is already deactivated' }]);
    const now = ctx.clock.now();
    const [row] = await tx.update(users).set({ disabledAt: now }).where(eq(users.id, id)).returning();
    const ended = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.userId, id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    await audit(tx, {
      actorUserId: actorUserId(ctx),
      action: 'user.deactivated',
      entityType: 'user',
      entityId: id,
      detail: { role: target.role, country: target.country, tokensRevoked: ended.length },
    });
    return toUserView(row!, true);
  });
}

/** Reactivates a deactivated account: the person may sign in again (their old sessions and tokens stay revoked). Audited. */
export async function reactivateUser(ctx: Ctx, id: string): Promise<UserView> {
  return inTransaction(ctx.db, async (tx) => {
    const target = await accountToManage(tx, ctx, id, 'reactivate');
    if (!target.disabledAt) throw new ConflictError(`${target.email} is active`, [{ field: 'id', code: 'already_active', reason: 'is not deactivated' }]);
    const [row] = await tx.update(users).set({ disabledAt: null }).where(eq(users.id, id)).returning();
    await audit(tx, {
      actorUserId: actorUserId(ctx),
      action: 'user.reactivated',
      entityType: 'user',
      entityId: id,
      detail: { role: target.role, country: target.country },
    });
    return toUserView(row!, true);
  });
}

/** The account to deactivate or reactivate, locked for the change, once the actor may. */
async function accountToManage(tx: DbOrTx, ctx: Ctx, id: string, doing: 'deactivate' | 'reactivate') {
  if (!canListUsers(ctx.actor) && ctx.actor.kind !== 'system') throw new ForbiddenError(`you may not ${doing} accounts`);
  const [target] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!target) throw new NotFoundError(`user ${id} not found`);
  if (ctx.actor.kind === 'user' && ctx.actor.userId === id) throw new ForbiddenError(`you may not ${doing} your own account`);
  if (!canDeactivateUser(ctx.actor, target)) throw new ForbiddenError(`you may not ${doing} ${target.role} accounts`);
  return target;
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
  const session = await inTransaction(ctx.db, async (tx) => {
    // Recorded with the session it opens, for the secretariat to see who never came.
    await tx.update(users).set({ lastSignInAt: ctx.clock.now() }).where(eq(users.id, user.id));
    return issueToken({ ...ctx, db: tx }, user.id, { name: 'session' }, { kind: 'session', ttlMs: opts.sessionTtlMs, userAgent: opts.userAgent });
  });
  return { token: session.token, expiresAt: session.expiresAt!, user: toUserView(user) };
}
