import { type FieldIssue, toStorableText } from '@enlace/domain';

/** Errors kept for one line: enough to fix it, and well below a page of `getImport`. */
export const IMPORT_ERRORS_PER_LINE = 20;
/** Errors kept for one import; the rest are only counted (`errorsNotStored`). */
export const IMPORT_ERRORS_STORED = 10_000;

export type LineError = FieldIssue & { line: number };

/**
 * What is stored of a chunk's errors (sorted by line): per line the first
 * `perLine` and one error saying how many more there were; whole lines only, and at
 * most `maxStored` in all (`stored` so far), so that a line's errors are kept together
 * or not at all. Field and reason are cut short and made
 * storable: they may quote what the line sent.
 */
export function storedErrors(
  errors: readonly LineError[],
  stored: number,
  caps: { perLine?: number; maxStored?: number } = {},
): { rows: LineError[]; notStored: number } {
  const perLine = caps.perLine ?? IMPORT_ERRORS_PER_LINE;
  const maxStored = caps.maxStored ?? IMPORT_ERRORS_STORED;
  const rows: LineError[] = [];
  let notStored = 0;
  for (let i = 0; i < errors.length;) {
    const line = errors[i]!.line;
    let end = i;
    while (end < errors.length && errors[end]!.line === line) end++;
    const count = end - i;
    // Room is kept for the longest line, so the cap holds exactly and, once reached, no
    // later line is stored: what is stored is always the errors of the first lines.
    if (stored + rows.length + perLine + 1 > maxStored) {
      notStored += count;
    } else {
      for (const e of errors.slice(i, Math.min(end, i + perLine))) {
        rows.push({
          line,
          field: toStorableText(e.field.slice(0, 200)),
          code: toStorableText((e.code ?? 'invalid').slice(0, 60)),
          reason: toStorableText(e.reason.slice(0, 1000)),
        });
      }
      if (count > perLine) {
        rows.push({ line, field: '(line)', code: 'more_errors', reason: `and ${count - perLine} more errors on this line` });
        notStored += count - perLine;
      }
    }
    i = end;
  }
  return { rows, notStored };
}
