import { Readable } from 'node:stream';
import { type FieldIssue, InvalidError } from '@enlace/domain';
import { CsvError, parse } from 'csv-parse';
import { CSV_COLUMNS } from '../listings/export.js';

/*
 * Imports in CSV, with exactly the columns the CSV export writes (in any order). Each
 * record becomes the JSON object a line of the interchange format would be, so that
 * validation, per-line errors and processing are the JSON Lines import's own:
 *
 * - an empty cell is an absent field; list columns are split on `;`, as the export joins
 *   them (`sdgGoals` items become numbers); `institution*` and `contact*` columns make
 *   the `institution` and `contact` objects;
 * - a cell the export neutralised against formula injection (a leading `'` before
 *   = + - @, a tab or a carriage return) gets its text back;
 * - line numbers are record numbers as a spreadsheet counts its rows: the header is
 *   line 1, the first listing line 2 (a quoted cell may span several lines of the file).
 *
 * The import stores the converted records as JSON Lines after one line that marks the
 * body as a CSV import: the export's header, which no JSON line can be. The worker then
 * skips that line and names errors by their column.
 */

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The first line of a stored CSV import. */
export const CSV_BODY_MARK = CSV_COLUMNS.join(',');

const LIST_COLUMNS: ReadonlySet<CsvColumn> = new Set([
  'sectors',
  'sdgGoals',
  'sdgTargets',
  'modalities',
  'cooperationTypes',
  'deliveryFormats',
  'workingLanguages',
  'targetCountries',
  'keywords',
]);
const PLAIN_COLUMNS = ['externalId', 'kind', 'status', 'title', 'description', 'language', 'country', 'validFrom', 'validUntil'] as const;

/*
 * The export writes a cell starting with = + - @, a tab or a carriage return with a
 * leading quote (see ../csv.ts). So that a cell whose own text starts with quotes and
 * then one of those can be told apart, the export adds one more quote to it as well:
 * importing removes exactly one quote from any cell of that shape.
 */
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;

/** The export's side: one more quote on a cell that already starts with quotes before a formula character. */
export function protectQuotedFormula(cell: string): string {
  return QUOTED_FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The import's side: the cell's text as it was before the export neutralised it. */
export function restoreFormula(cell: string): string {
  return QUOTED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

const present = (cell: string | undefined): string | undefined => {
  if (cell === undefined) return undefined;
  const text = restoreFormula(cell);
  return text.trim() === '' ? undefined : text;
};

function listOf(column: CsvColumn, cell: string): (string | number)[] {
  const items = cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  // Goals are numbers in the interchange format; anything else is left for validation to name.
  return column === 'sdgGoals' ? items.map((s) => (/^\d{1,2}$/.test(s) ? Number(s) : s)) : items;
}

/** One CSV record (cells by column) as the object a JSON line would carry. */
export function csvRecordToLine(cells: Readonly<Partial<Record<CsvColumn, string>>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of PLAIN_COLUMNS) {
    const value = present(cells[column]);
    if (value !== undefined) out[column] = value;
  }
  const object = (entries: [string, CsvColumn][]) => {
    const o: Record<string, string> = {};
    for (const [key, column] of entries) {
      const value = present(cells[column]);
      if (value !== undefined) o[key] = value;
    }
    return Object.keys(o).length > 0 ? o : undefined;
  };
  const institution = object([
    ['name', 'institutionName'],
    ['acronym', 'institutionAcronym'],
    ['type', 'institutionType'],
  ]);
  if (institution) out.institution = institution;
  for (const column of LIST_COLUMNS) {
    const value = present(cells[column]);
    if (value === undefined) continue;
    const items = listOf(column, value);
    if (items.length > 0) out[column] = items;
  }
  const contact = object([
    ['name', 'contactName'],
    ['email', 'contactEmail'],
  ]);
  if (contact) out.contact = contact;
  return out;
}

const FIELD_COLUMNS: Readonly<Record<string, CsvColumn>> = {
  institution: 'institutionName',
  'institution.name': 'institutionName',
  'institution.acronym': 'institutionAcronym',
  'institution.type': 'institutionType',
  contact: 'contactName',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
};

/** An error of a CSV line, named by its column (`institution.name` → `institutionName`, `sdgGoals.1` → `sdgGoals`, item 2). */
export function csvIssue<I extends FieldIssue>(issue: I): I {
  const column = FIELD_COLUMNS[issue.field];
  if (column) return { ...issue, field: column };
  const item = /^([A-Za-z]+)\.(\d+)$/.exec(issue.field);
  if (item && LIST_COLUMNS.has(item[1] as CsvColumn)) {
    return { ...issue, field: item[1]!, reason: `item ${Number(item[2]) + 1}: ${issue.reason}` };
  }
  return issue;
}

/** The issues of a record the worker must report as they are (the record could not be read as columns). */
export type RecordIssues = readonly FieldIssue[];

/** A stored line of a CSV import that carries its record's issues instead of a listing. */
export function parseIssuesLine(text: string): RecordIssues | undefined {
  if (!text.startsWith('[')) return undefined;
  try {
    const issues = JSON.parse(text) as unknown;
    if (!Array.isArray(issues)) return undefined;
    return issues.filter(
      (i): i is FieldIssue =>
        typeof i === 'object' && i !== null && typeof (i as FieldIssue).field === 'string' && typeof (i as FieldIssue).reason === 'string',
    );
  } catch {
    return undefined;
  }
}

function headerIssues(header: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const known = new Set<string>(CSV_COLUMNS);
  const seen = new Set<string>();
  for (const whole of header) {
    const name = whole.slice(0, 100);
    if (!known.has(name)) {
      issues.push({
        field: name === '' ? '(header)' : name,
        code: 'unknown_column',
        reason: name === '' ? 'a column has no name' : `${name} is not a column of the CSV export`,
      });
    } else if (seen.has(name)) {
      issues.push({ field: name, code: 'duplicate_column', reason: `the column ${name} appears twice` });
    }
    seen.add(name);
  }
  for (const column of CSV_COLUMNS) {
    if (!seen.has(column)) issues.push({ field: column, code: 'missing_column', reason: `the column ${column} is missing` });
  }
  return issues;
}

/** The text in slices, so that parsing a large upload lets other requests in between. */
function* slices(text: string, size = 256 * 1024): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/**
 * A CSV upload as the body a CSV import stores (see above), and the number of listing
 * lines it has. Refused as a whole (InvalidError) when its header is not the export's
 * columns, when it cannot be read as CSV (a quote left open), when it has no listing
 * line or more than `maxLines`. A record with more or fewer cells than the header
 * is reported on its line, like any other bad line.
 */
export async function csvImportBody(text: string, maxLines: number): Promise<{ body: string; totalLines: number }> {
  const parser = Readable.from(slices(text), { objectMode: false }).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: false, max_record_size: 1024 * 1024 }),
  );
  const out: string[] = [CSV_BODY_MARK];
  let header: string[] | undefined;
  let dataLines = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = record.map((name) => name.trim());
        const issues = headerIssues(header);
        if (issues.length > 0) throw new InvalidError('the CSV header must name the columns of the CSV export, each once', issues);
        continue;
      }
      if (++dataLines > maxLines) {
        throw new InvalidError('the import is too long', [
          { field: '(body)', code: 'too_many_lines', reason: `more than ${maxLines} lines; at most ${maxLines} are accepted` },
        ]);
      }
      if (record.every((cell) => cell.trim() === '')) {
        // A spreadsheet's empty row: it keeps its number and carries nothing.
        out.push('');
      } else if (record.length !== header.length) {
        out.push(
          JSON.stringify([
            { field: '(line)', code: 'column_count', reason: `${record.length} cells, but the header has ${header.length} columns` },
          ] satisfies FieldIssue[]),
        );
      } else {
        const cells: Partial<Record<CsvColumn, string>> = {};
        header.forEach((name, i) => (cells[name as CsvColumn] = record[i]));
        out.push(JSON.stringify(csvRecordToLine(cells)));
      }
    }
  } catch (err) {
    if (err instanceof CsvError) {
      throw new InvalidError('the upload cannot be read as CSV', [{ field: '(body)', code: 'invalid_csv', reason: err.message.slice(0, 500) }]);
    }
    throw err;
  } finally {
    parser.destroy();
  }
  if (!header) throw new InvalidError('the import is empty', [{ field: '(body)', code: 'empty', reason: 'no header and no lines to import' }]);
  // Empty rows at the end carry nothing (and a body's last line cannot be empty).
  while (out.length > 1 && out.at(-1) === '') out.pop();
  if (out.length === 1) {
    throw new InvalidError('the import is empty', [{ field: '(body)', code: 'empty', reason: 'the header is there, but no lines to import' }]);
  }
  return { body: out.join('\n'), totalLines: out.length };
}
