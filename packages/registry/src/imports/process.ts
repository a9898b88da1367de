import { type DbOrTx, columnName, importErrors, imports, listings, users } from '@enlace/db';
import { type Actor, type Clock, canWriteListing, type ParsedLine, isoDay, parseInterchangeLine } from '@enlace/domain';
import { count, eq, sql } from 'drizzle-orm';
import { inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { dropImportBody, readImportLines } from './body.js';
import { CSV_BODY_MARK, csvIssue, parseIssuesLine } from './csv.js';
import { type LineError, storedErrors } from './error-caps.js';
import { type ResolvedInstitutions } from '../listings/institutions.js';
import { type NumberedListing, listingContent, listingKey, upsertListingBatch } from '../listings/upsert-batch.js';

/** The listing columns queries look listings up, filter or sort by (see processImport's analyze). */
const ANALYZED_COLUMNS = (
  [
    'id',
    'seq',
    'kind',
    'country',
    'externalId',
    'status',
    'institutionId',
    'language',
    'sectors',
    'sdgGoalsEffective',
    'validFrom',
    'validUntil',
    'publishedAt',
    'createdBy',
    'createdAt',
    'updatedAt',
  ] satisfies (keyof typeof listings.$inferSelect)[]
)
  .map(columnName)
  .join(', ');

export interface ImportProgress {
  readonly linesDone: number;
  readonly totalLines: number;
}

async function actorOf(db: DbOrTx, userId: string): Promise<Actor> {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  if (!u || u.disabledAt) return { kind: 'anonymous' };
  return { kind: 'user', userId: u.id, role: u.role, country: u.country, institutionId: u.institutionId };
}

/**
 * How the lines of a stored body are read. A CSV import (see csv.ts) starts with the
 * export's header, which carries nothing; its lines name their errors by column, and a
 * line may carry the issues its record had as CSV instead of a listing.
 */
function lineParser(csv: boolean): (text: string, index: number) => ParsedLine | undefined {
  if (!csv) return (text) => (text.trim() === '' ? undefined : parseInterchangeLine(text));
  return (text, index) => {
    if (index === 0 || text.trim() === '') return undefined;
    const issues = parseIssuesLine(text);
    if (issues) return { ok: false, issues };
    const parsed = parseInterchangeLine(text);
    return parsed.ok ? parsed : { ok: false, issues: parsed.issues.map(csvIssue) };
  };
}

/**
 * Processes an import in chunks. Each chunk (its good lines, its errors and the
 * progress counter) commits in one transaction, so a retry after a crash resumes at
 * the first uncommitted line and never writes a line twice or half.
 */
export async function processImport(
  deps: { db: DbOrTx; clock: Clock },
  importId: string,
  opts: {
    chunkSize?: number;
    onProgress?: (p: ImportProgress) => void | Promise<void>;
    /** Caps on the errors stored, per line and per import (defaults in error-caps.ts). */
    errorCaps?: { perLine?: number; maxStored?: number };
  } = {},
): Promise<void> {
  const chunkSize = opts.chunkSize ?? 2000;
  const [job] = await deps.db.select().from(imports).where(eq(imports.id, importId));
  if (!job || job.status === 'completed' || job.status === 'failed') return;
  const lines = await readImportLines(deps.db, importId);
  if (lines === undefined) return;
  const actor = await actorOf(deps.db, job.createdBy);
  await deps.db
    .update(imports)
    .set({ status: 'running', startedAt: job.startedAt ?? deps.clock.now() })
    .where(eq(imports.id, importId));

  const parseLine = lineParser(lines[0] === CSV_BODY_MARK);
  // Errors already stored by the chunks a crashed run committed count against the cap.
  const [{ n: alreadyStored }] = (await deps.db.select({ n: count() }).from(importErrors).where(eq(importErrors.importId, importId))) as [{ n: number }];
  let errorsStored = alreadyStored;
  // Lines are parsed (and their content hashed) in order, as far as `ready`. The lines of
  // the chunk about to be written are readied on the spot; the lines after it are readied
  // in small slices while the chunk's statements run in PostgreSQL, so that the parsing
  // and hashing overlap the database work instead of adding to it.
  const parsed: (ParsedLine | undefined)[] = new Array(lines.length);
  let ready = 0;
  const readyUpTo = (n: number) => {
    for (; ready < n; ready++) {
      const text = lines[ready]!;
      const p = parseLine(text, ready);
      if (p?.ok) listingContent(p.listing);
      parsed[ready] = p;
    }
  };
  // At most one slice at a time; slices stop at the end of the next chunk, or on any
  // error (the chunk loop then meets it when it readies that line itself).
  let aheadTo = 0;
  let aheadRunning = false;
  const readyAhead = () => {
    if (ready >= aheadTo) {
      aheadRunning = false;
      return;
    }
    try {
      readyUpTo(Math.min(ready + 16, aheadTo));
    } catch {
      aheadRunning = false;
      return;
    }
    setImmediate(readyAhead);
  };
  const startReadyingAhead = (to: number) => {
    aheadTo = to;
    if (!aheadRunning && ready < aheadTo) {
      aheadRunning = true;
      setImmediate(readyAhead);
    }
  };

  // A chunk that fails ends this run, so the institutions its transaction created are
  // never looked for again in it; a retry starts with none.
  const institutions: ResolvedInstitutions = new Map();
  // (kind, country, externalId) → first line that used it; a later line with the same key is an error.
  const firstLine = new Map<string, number>();
  readyUpTo(job.linesDone);
  parsed.slice(0, job.linesDone).forEach((p, i) => {
    if (p?.ok) {
      const key = listingKey(p.listing);
      if (!firstLine.has(key)) firstLine.set(key, i + 1);
    }
  });

  try {
    for (let start = job.linesDone; start < lines.length; start += chunkSize) {
      const end = Math.min(start + chunkSize, lines.length);
      readyUpTo(end);
      startReadyingAhead(Math.min(end + chunkSize, lines.length));
      const good: NumberedListing[] = [];
      const errors: LineError[] = [];
      for (let i = start; i < end; i++) {
        const p = parsed[i];
        const line = i + 1;
        if (!p) continue;
        if (!p.ok) {
          for (const issue of p.issues) errors.push({ line, ...issue });
          continue;
        }
        const { listing } = p;
        if (!canWriteListing(actor, listing.country)) {
          errors.push({
            line,
            field: 'country',
            code: 'wrong_country',
            reason: `you may only import listings of ${actor.kind === 'user' ? (actor.country ?? 'no country') : 'no country'}`,
          });
          continue;
        }
        const key = listingKey(listing);
        const seen = firstLine.get(key);
        if (seen !== undefined) {
          errors.push({
            line,
            field: 'externalId',
            code: 'duplicate',
            reason: `${listing.kind} ${listing.externalId} already appears on line ${seen} of this import`,
          });
          continue;
        }
        firstLine.set(key, line);
        good.push({ line, listing });
      }
      const now = deps.clock.now();
      await inTransaction(deps.db, async (tx) => {
        const outcome = await upsertListingBatch(tx, actor, good, now, isoDay(now), { importId, institutions });
        // A stable sort keeps each line's errors in the order they were found.
        const allErrors = [...errors, ...outcome.errors].sort((a, b) => a.line - b.line);
        const { rows, notStored } = storedErrors(allErrors, errorsStored, opts.errorCaps);
        if (rows.length > 0) await tx.insert(importErrors).values(rows.map((e) => ({ importId, ...e })));
        errorsStored += rows.length;
        const erroredLines = new Set(allErrors.map((e) => e.line)).size;
        await tx
          .update(imports)
          .set({
            linesDone: end,
            createdCount: sql`${imports.createdCount} + ${outcome.created}`,
            updatedCount: sql`${imports.updatedCount} + ${outcome.updated}`,
            unchangedCount: sql`${imports.unchangedCount} + ${outcome.unchanged}`,
            errorCount: sql`${imports.errorCount} + ${erroredLines}`,
            errorsNotStored: sql`${imports.errorsNotStored} + ${notStored}`,
          })
          .where(eq(imports.id, importId));
      });
      // Written: let the chunk's parsed lines go rather than keep all of them to the end.
      parsed.fill(undefined, start, end);
      await opts.onProgress?.({ linesDone: end, totalLines: lines.length });
    }
  } finally {
    aheadTo = 0;
  }

  // A large import leaves the planner's statistics far behind (it would think a few
  // listings exist and choose scans that take seconds); refresh them now rather than
  // whenever autovacuum gets to it. Only the columns queries look listings up, filter or
  // sort by: the row count comes with any of them, while the long texts' and the
  // contacts' statistics took half of a full analyze's second after the import bench's
  // 50,000 lines (1.0 s against 0.5 s, the import job's phases timed one by one on
  // 2026-12-04); autovacuum's next analyze, which the import has just made due,
  // refreshes those.
  if (lines.length >= 1000) await deps.db.execute(sql`analyze ${listings} (${sql.raw(ANALYZED_COLUMNS)})`);
  await inTransaction(deps.db, async (tx) => {
    const [done] = await tx.update(imports).set({ status: 'completed', finishedAt: deps.clock.now() }).where(eq(imports.id, importId)).returning();
    await dropImportBody(tx, importId);
    await audit(tx, {
      actorUserId: job.createdBy,
      action: 'import.completed',
      entityType: 'import',
      entityId: importId,
      detail: { created: done!.createdCount, updated: done!.updatedCount, unchanged: done!.unchangedCount, errors: done!.errorCount },
    });
  });
}

/** Marks an import failed for good (the job gave up); its body is dropped. */
export async function failImport(db: DbOrTx, importId: string, reason: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.update(imports).set({ status: 'failed', failure: reason, finishedAt: new Date() }).where(eq(imports.id, importId));
    await dropImportBody(tx, importId);
  });
}
