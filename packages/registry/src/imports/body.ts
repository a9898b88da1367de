import { type DbOrTx, importBodyParts } from '@enlace/db';
import { splitLines } from '@enlace/domain';
import { and, asc, eq, gte } from 'drizzle-orm';

/** About a MiB of text per part: small enough for the pg driver to receive cheaply. */
const PART_CHARS = 1 << 20;
/** Parts read per statement: a few MiB a round trip. */
const PARTS_PER_READ = 8;

/**
 * The body cut into consecutive parts of about `partChars` characters, each ending at the
 * end of a line (a line longer than that is a part of its own), so that no part splits a
 * line or a character. Joined, the parts give back the body.
 */
export function bodyParts(body: string, partChars = PART_CHARS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < body.length;) {
    let end = body.length;
    if (start + partChars < body.length) {
      const before = body.lastIndexOf('\n', start + partChars - 1);
      const after = body.indexOf('\n', start + partChars);
      end = before >= start ? before + 1 : after >= 0 ? after + 1 : body.length;
    }
    parts.push(body.slice(start, end));
    start = end;
  }
  return parts;
}

/** Keeps an import's body until the import ends. */
export async function storeImportBody(tx: DbOrTx, importId: string, body: string, partChars = PART_CHARS): Promise<void> {
  const parts = bodyParts(body, partChars);
  // A statement per part: the driver builds each statement's message in a buffer that
  // grows by copying, so one statement of tens of MiB would be copied many times over.
  for (const [part, text] of parts.entries()) await tx.insert(importBodyParts).values({ importId, part, text });
}

/**
 * The lines of an import still waiting or running (as `splitLines` gives them from the
 * whole body); undefined once it has ended. Each part ends where a line does, so the
 * parts are split one by one and never joined into one string of tens of MiB.
 */
export async function readImportLines(db: DbOrTx, importId: string): Promise<string[] | undefined> {
  const lines: string[] = [];
  for (let read = 0; ;) {
    const rows = await db
      .select({ text: importBodyParts.text })
      .from(importBodyParts)
      .where(and(eq(importBodyParts.importId, importId), gte(importBodyParts.part, read)))
      .orderBy(asc(importBodyParts.part))
      .limit(PARTS_PER_READ);
    for (const r of rows) for (const line of splitLines(r.text)) lines.push(line);
    read += rows.length;
    if (rows.length < PARTS_PER_READ) return read > 0 ? lines : undefined;
  }
}

/** Drops the body of an import that has ended. */
export async function dropImportBody(tx: DbOrTx, importId: string): Promise<void> {
  await tx.delete(importBodyParts).where(eq(importBodyParts.importId, importId));
}
