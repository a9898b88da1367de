import { imports, users } from '@enlace/db';
import { ForbiddenError, type ImportStatus, type ImportSummary, InvalidError, canImport, requirePerson, seesEveryImport } from '@enlace/domain';
import { and, desc, eq, inArray, lt, or } from 'drizzle-orm';
import type { Ctx } from '../context.js';

/** Where the next page of imports starts: the creation time and id of the last one seen. */
const importCursor = {
  encode: (i: { createdAt: Date; id: string }) => Buffer.from(`${i.createdAt.toISOString()}|${i.id}`).toString('base64url'),
  decode: (cursor: string): { at: Date; id: string } => {
    const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
    const exact =
      at !== undefined &&
      /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(at) &&
      !Number.isNaN(Date.parse(at)) &&
      new Date(at).toISOString() === at &&
      id !== undefined &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);
    if (!exact) throw new InvalidError('bad cursor', [{ field: 'cursor', code: 'invalid_cursor', reason: 'not a cursor this API gave out' }]);
    return { at: new Date(at), id };
  },
};

/**
 * Imports, newest first, a page at a time: the secretariat's of everyone, anyone else's
 * only those they started. Each with who started it, where it stands and its counts; its
 * line errors are in the import's own report.
 */
export async function listImports(
  ctx: Ctx,
  query: { limit: number; cursor?: string | undefined; statuses?: readonly ImportStatus[] | undefined },
): Promise<{ items: ImportSummary[]; nextCursor?: string }> {
  requirePerson(ctx.actor, 'see imports');
  if (!canImport(ctx.actor)) throw new ForbiddenError('you may not import listings');
  const after = query.cursor ? importCursor.decode(query.cursor) : undefined;
  const rows = await ctx.db
    .select({
      id: imports.id,
      status: imports.status,
      totalLines: imports.totalLines,
      linesDone: imports.linesDone,
      createdCount: imports.createdCount,
      updatedCount: imports.updatedCount,
      unchangedCount: imports.unchangedCount,
      errorCount: imports.errorCount,
      failure: imports.failure,
      createdAt: imports.createdAt,
      startedAt: imports.startedAt,
      finishedAt: imports.finishedAt,
      userId: users.id,
      userName: users.name,
      userEmail: users.email,
    })
    .from(imports)
    .innerJoin(users, eq(users.id, imports.createdBy))
    .where(
      and(
        seesEveryImport(ctx.actor) ? undefined : eq(imports.createdBy, ctx.actor.userId),
        query.statuses?.length ? inArray(imports.status, [...query.statuses]) : undefined,
        after ? or(lt(imports.createdAt, after.at), and(eq(imports.createdAt, after.at), lt(imports.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const items = page.map((r): ImportSummary => ({
    id: r.id,
    status: r.status,
    startedBy: { id: r.userId, name: r.userName, email: r.userEmail },
    totalLines: r.totalLines,
    linesDone: r.linesDone,
    created: r.createdCount,
    updated: r.updatedCount,
    unchanged: r.unchangedCount,
    linesWithErrors: r.errorCount,
    ...(r.failure ? { failure: r.failure } : {}),
    createdAt: r.createdAt.toISOString(),
    ...(r.startedAt ? { startedAt: r.startedAt.toISOString() } : {}),
    ...(r.finishedAt ? { finishedAt: r.finishedAt.toISOString() } : {}),
  }));
  return { items, ...(rows.length > query.limit ? { nextCursor: importCursor.encode(page.at(-1)!) } : {}) };
}
