import { imports } from '@enlace/db';
import { ForbiddenError, InvalidError, canImport, splitLines } from '@enlace/domain';
import { inArray } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';

/**
 * Records an import and keeps its body in PostgreSQL; the caller then queues a job
 * carrying only the id, so a Redis restart cannot lose the upload.
 */
export async function startImport(ctx: Ctx, body: string, maxLines: number): Promise<{ id: string; totalLines: number }> {
  if (!canImport(ctx.actor)) throw new ForbiddenError('you may not import listings');
  const totalLines = splitLines(body).length;
  if (totalLines === 0) throw new InvalidError('the import is empty', [{ field: '(body)', reason: 'no lines to import' }]);
  if (totalLines > maxLines) {
    throw new InvalidError('the import is too long', [{ field: '(body)', reason: `${totalLines} lines; at most ${maxLines} are accepted` }]);
  }
  const userId = actorUserId(ctx)!;
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(imports)
      .values({ createdBy: userId, totalLines, body, createdAt: ctx.clock.now() })
      .returning({ id: imports.id });
    await audit(tx, { actorUserId: userId, action: 'import.started', entityType: 'import', entityId: row!.id, detail: { totalLines } });
    return { id: row!.id, totalLines };
  });
}

/** Imports recorded but not finished: the worker re-queues them in case their job was lost. */
export async function pendingImports(db: Ctx['db']): Promise<string[]> {
  const rows = await db
    .select({ id: imports.id })
    .from(imports)
    .where(inArray(imports.status, ['queued', 'running']));
  return rows.map((r) => r.id);
}
