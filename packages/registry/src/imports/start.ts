import { type DbOrTx, imports, isUniqueViolation } from '@enlace/db';
import { ConflictError, ForbiddenError, InvalidError, canImport, splitLines } from '@enlace/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { storeImportBody } from './body.js';
import { csvImportBody } from './csv.js';

const RUNNING = ['queued', 'running'] as const;

/** The import a person has queued or running, if any. */
async function runningImportOf(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ id: imports.id, status: imports.status })
    .from(imports)
    .where(and(eq(imports.createdBy, userId), inArray(imports.status, [...RUNNING])));
  return row;
}

function stillRunning(running: { id: string; status: string } | undefined): ConflictError {
  const what = running ? `import ${running.id} is still ${running.status}` : 'another import of yours is still running';
  return new ConflictError(`${what}; start the next one when it has finished`, [
    { field: '(body)', code: 'import_in_progress', reason: `one import at a time: ${what}` },
  ]);
}

/** The formats an import arrives in: interchange JSON Lines, or CSV with the export's columns. */
export type ImportFormat = 'jsonl' | 'csv';

/**
 * Records an import and keeps its body in PostgreSQL; the caller then queues a job
 * carrying only the id, so a Redis restart cannot lose the upload. A person has one
 * import queued or running at a time (a unique index holds it even between two
 * simultaneous uploads), so that no one can fill the queue. A CSV upload is stored
 * converted to JSON Lines (csv.ts), so both are processed alike; its `totalLines`
 * counts the header, line 1.
 */
export async function startImport(ctx: Ctx, upload: string, maxLines: number, format: ImportFormat = 'jsonl'): Promise<{ id: string; totalLines: number }> {
  if (!canImport(ctx.actor)) throw new ForbiddenError('you may not import listings');
  const { body, totalLines } = format === 'csv' ? await csvImportBody(upload, maxLines) : fromJsonLines(upload, maxLines);
  const userId = actorUserId(ctx)!;
  const running = await runningImportOf(ctx.db, userId);
  if (running) throw stillRunning(running);
  try {
    return await inTransaction(ctx.db, async (tx) => {
      const [row] = await tx.insert(imports).values({ createdBy: userId, totalLines, createdAt: ctx.clock.now() }).returning({ id: imports.id });
      await storeImportBody(tx, row!.id, body);
      await audit(tx, { actorUserId: userId, action: 'import.started', entityType: 'import', entityId: row!.id, detail: { totalLines, format } });
      return { id: row!.id, totalLines };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'imports_one_running_per_user_key')) throw stillRunning(await runningImportOf(ctx.db, userId));
    throw err;
  }
}

function fromJsonLines(body: string, maxLines: number): { body: string; totalLines: number } {
  const totalLines = splitLines(body).length;
  if (totalLines === 0) throw new InvalidError('the import is empty', [{ field: '(body)', code: 'empty', reason: 'no lines to import' }]);
  if (totalLines > maxLines) {
    throw new InvalidError('the import is too long', [
      { field: '(body)', code: 'too_many_lines', reason: `${totalLines} lines; at most ${maxLines} are accepted` },
    ]);
  }
  return { body, totalLines };
}

/** Imports recorded but not finished: the worker re-queues them in case their job was lost. */
export async function pendingImports(db: Ctx['db']): Promise<string[]> {
  const rows = await db
    .select({ id: imports.id })
    .from(imports)
    .where(inArray(imports.status, [...RUNNING]));
  return rows.map((r) => r.id);
}
