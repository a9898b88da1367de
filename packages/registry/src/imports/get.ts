import { importErrors, imports } from '@enlace/db';
import { NotFoundError, canReadImport } from '@enlace/domain';
import { asc, eq, gt, and } from 'drizzle-orm';
import type { Ctx } from '../context.js';

/**
 * An import's progress and its per-line errors, to whoever started it (or the
 * secretariat). Errors come a page of whole lines at a time: a page never ends inside
 * a line, so `errorsAfterLine: moreErrorsAfterLine` reaches every stored error (a line
 * keeps far fewer errors than a page holds).
 */
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
      errorsNotStored: imports.errorsNotStored,
      failure: imports.failure,
      createdAt: imports.createdAt,
      startedAt: imports.startedAt,
      finishedAt: imports.finishedAt,
    })
    .from(imports)
    .where(eq(imports.id, id));
  if (!job || !canReadImport(ctx.actor, job)) throw new NotFoundError(`import ${id} not found`);
  const limit = opts.errorLimit ?? 1000;
  const errors = await ctx.db
    .select({ line: importErrors.line, field: importErrors.field, code: importErrors.code, reason: importErrors.reason })
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
    ...wholeLines(errors, limit),
    errorsNotStored: job.errorsNotStored,
    ...(job.failure ? { failure: job.failure } : {}),
    createdAt: job.createdAt.toISOString(),
    ...(job.startedAt ? { startedAt: job.startedAt.toISOString() } : {}),
    ...(job.finishedAt ? { finishedAt: job.finishedAt.toISOString() } : {}),
  };
}

/** The first `limit` errors, less the last line's if that line goes on past the page. */
function wholeLines<E extends { line: number }>(errors: E[], limit: number): { errors: E[]; moreErrorsAfterLine?: number } {
  if (errors.length <= limit) return { errors };
  const split = errors[limit]!.line;
  let end = limit;
  while (end > 0 && errors[end - 1]!.line === split) end--;
  // One line with more errors than a page (stored before lines were capped): show what fits.
  if (end === 0) return { errors: errors.slice(0, limit), moreErrorsAfterLine: split };
  return { errors: errors.slice(0, end), moreErrorsAfterLine: errors[end - 1]!.line };
}
