import { importErrors, imports } from '@enlace/db';
import { NotFoundError, isSecretariat } from '@enlace/domain';
import { asc, eq, gt, and } from 'drizzle-orm';
import type { Ctx } from '../context.js';

/** An import's progress and its per-line errors, to whoever started it (or the secretariat). */
export async function getImport(ctx: Ctx, id: string, opts: { errorsAfterLine?: number; errorLimit?: number } = {}) {
  const [job] = await ctx.db
    .select({
      id: imports.id,
      createdBy: imports.createdBy,
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
    })
    .from(imports)
    .where(eq(imports.id, id));
  const mine = ctx.actor.kind === 'user' && job?.createdBy === ctx.actor.userId;
  if (!job || !(mine || isSecretariat(ctx.actor))) throw new NotFoundError(`import ${id} not found`);
  const limit = opts.errorLimit ?? 1000;
  const errors = await ctx.db
    .select({ line: importErrors.line, field: importErrors.field, reason: importErrors.reason })
    .from(importErrors)
    .where(and(eq(importErrors.importId, id), gt(importErrors.line, opts.errorsAfterLine ?? 0)))
    .orderBy(asc(importErrors.line), asc(importErrors.id))
    .limit(limit + 1);
  return {
    id: job.id,
    status: job.status,
    totalLines: job.totalLines,
    linesDone: job.linesDone,
    created: job.createdCount,
    updated: job.updatedCount,
    unchanged: job.unchangedCount,
    linesWithErrors: job.errorCount,
    errors: errors.slice(0, limit),
    ...(errors.length > limit ? { moreErrorsAfterLine: errors[limit - 1]!.line } : {}),
    ...(job.failure ? { failure: job.failure } : {}),
    createdAt: job.createdAt.toISOString(),
    ...(job.startedAt ? { startedAt: job.startedAt.toISOString() } : {}),
    ...(job.finishedAt ? { finishedAt: job.finishedAt.toISOString() } : {}),
  };
}
