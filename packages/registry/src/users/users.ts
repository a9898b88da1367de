import { type DbOrTx, users } from '@enlace/db';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, canCreateUser, canListUsers, requirePerson } from '@enlace/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { resolveInstitutions } from '../listings/institutions.js';
import { type CreateUserInput, type UserView, createUserSchema, signInSchema } from './schema.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './secrets.js';
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
