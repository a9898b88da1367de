import { randomUUID } from 'node:crypto';
import { experts } from '@enlace/db';
import {
  type ExpertImportLine,
  type FieldIssue,
  ForbiddenError,
  InvalidError,
  canImportExperts,
  effectiveSdgGoals,
  expertImportLineSchema,
  fieldIssuesFromZod,
} from '@enlace/domain';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { restoreFormula } from '../imports/csv.js';
import { audit } from '../journal.js';
import { resolveInstitutions } from '../listings/institutions.js';
import { recordExpertChange } from './events.js';

/*
 * Bulk import of experts by the secretariat, from JSON Lines (one registration per line,
 * plus `externalId`) or CSV with the columns below. A recruitment campaign often starts
 * from a spreadsheet a country sent. Each good line is written and announced in its own
 * savepoint; each bad line is reported (line, field, code, reason) and written nowhere;
 * the whole import is one transaction, so a crash leaves nothing half-imported. An
 * expert the secretariat imports is validated: it read the spreadsheet. Re-importing an
 * `externalId` updates that expert instead of adding them twice.
 */

/** The CSV columns, in the order a template would have them. Lists are separated by `;`. */
export const EXPERT_CSV_COLUMNS = [
  'externalId',
  'name',
  'country',
  'institutionName',
  'institutionAcronym',
  'institutionType',
  'sectors',
  'sdgTargets',
  'sdgGoals',
  'workingLanguages',
  'availability',
  'profile',
  'language',
  'contactName',
  'contactEmail',
] as const;
type Column = (typeof EXPERT_CSV_COLUMNS)[number];
const LISTS: ReadonlySet<Column> = new Set(['sectors', 'sdgTargets', 'sdgGoals', 'workingLanguages']);

export interface ExpertImportReport {
  lines: number;
  created: number;
  updated: number;
  errors: { line: number; field: string; code: string; reason: string }[];
}

const cell = (value: string | undefined) => {
  if (value === undefined) return undefined;
  const text = restoreFormula(value).trim();
  return text === '' ? undefined : text;
};

/** A CSV record as the object a JSON line would be. */
function recordToLine(cells: Partial<Record<Column, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of ['externalId', 'name', 'country', 'availability', 'profile', 'language'] as const) {
    const v = cell(cells[column]);
    if (v !== undefined) out[column] = v;
  }
  for (const column of LISTS) {
    const v = cell(cells[column]);
    if (v === undefined) continue;
    const items = v
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    out[column] = column === 'sdgGoals' ? items.map((s) => (/^\d{1,2}$/.test(s) ? Number(s) : s)) : items;
  }
  const institution = { name: cell(cells.institutionName), acronym: cell(cells.institutionAcronym), type: cell(cells.institutionType) };
  out.institution = Object.fromEntries(Object.entries(institution).filter(([, v]) => v !== undefined));
  out.contact = Object.fromEntries(Object.entries({ name: cell(cells.contactName), email: cell(cells.contactEmail) }).filter(([, v]) => v !== undefined));
  return out;
}

const FIELD_COLUMN: Readonly<Record<string, string>> = {
  'institution.name': 'institutionName',
  'institution.acronym': 'institutionAcronym',
  'institution.type': 'institutionType',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
};

/** The lines of the upload as objects, numbered as a person would count them (CSV: the header is line 1). */
interface UploadLine {
  line: number;
  value: unknown;
  issues?: FieldIssue[];
}

function linesOf(text: string, format: 'jsonl' | 'csv', maxLines: number): UploadLine[] {
  const tooMany = () =>
    new InvalidError('the import is too long', [{ field: '(body)', code: 'too_many_lines', reason: `at most ${maxLines} lines are accepted` }]);
  if (format === 'jsonl') {
    const rows = text.split(/\r?\n/).map((raw, i) => ({ raw: raw.trim(), line: i + 1 }));
    const filled = rows.filter((r) => r.raw !== '');
    if (filled.length > maxLines) throw tooMany();
    return filled.map(({ raw, line }): UploadLine => {
      try {
        return { line, value: JSON.parse(raw) as unknown };
      } catch {
        return { line, value: undefined, issues: [{ field: '(line)', code: 'invalid_json', reason: 'not a JSON object' }] };
      }
    });
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, max_record_size: 1024 * 1024 }) as string[][];
  } catch (err) {
    if (err instanceof CsvError)
      throw new InvalidError('the upload cannot be read as CSV', [{ field: '(body)', code: 'invalid_csv', reason: err.message.slice(0, 500) }]);
    throw err;
  }
  const [header = [], ...rows] = records;
  const names = header.map((h) => h.trim());
  const unknown = names.filter((n) => !(EXPERT_CSV_COLUMNS as readonly string[]).includes(n));
  const missing = ['name', 'country', 'profile', 'language'].filter((c) => !names.includes(c));
  if (unknown.length + missing.length > 0)
    throw new InvalidError('the CSV header must name expert columns', [
      ...unknown.map((n) => ({ field: n || '(header)', code: 'unknown_column', reason: `${n} is not a column of the expert import` })),
      ...missing.map((c) => ({ field: c, code: 'missing_column', reason: `the column ${c} is missing` })),
    ]);
  if (rows.length > maxLines) throw tooMany();
  return rows.flatMap((record, i): UploadLine[] => {
    if (record.every((c) => c.trim() === '')) return [];
    const line = i + 2;
    if (record.length !== names.length)
      return [
        {
          line,
          value: undefined,
          issues: [{ field: '(line)', code: 'column_count', reason: `${record.length} cells, but the header has ${names.length} columns` }],
        },
      ];
    const cells: Partial<Record<Column, string>> = {};
    names.forEach((n, j) => (cells[n as Column] = record[j]));
    return [{ line, value: recordToLine(cells) }];
  });
}

async function writeLine(ctx: Ctx, tx: Ctx['db'], e: ExpertImportLine): Promise<'created' | 'updated'> {
  const userId = actorUserId(ctx);
  const now = ctx.clock.now();
  const institutionId = await resolveInstitutions(tx, [e]).then((idOf) => idOf(e.country, e.institution.name));
  const fields = {
    name: e.name,
    country: e.country,
    institutionId,
    sectors: e.sectors,
    sdgTargets: e.sdgTargets,
    sdgGoals: effectiveSdgGoals(e.sdgGoals, e.sdgTargets),
    workingLanguages: e.workingLanguages,
    availability: e.availability ?? null,
    profile: e.profile,
    language: e.language,
    contact: e.contact,
    updatedAt: now,
  };
  const [existing] = e.externalId
    ? await tx.select({ id: experts.id, status: experts.status }).from(experts).where(eq(experts.externalId, e.externalId)).for('update')
    : [];
  if (existing) {
    await tx.update(experts).set(fields).where(eq(experts.id, existing.id));
    await audit(tx, { actorUserId: userId, action: 'expert.edited', entityType: 'expert', entityId: existing.id, detail: { import: true } });
    await recordExpertChange(tx, { expertId: existing.id, country: e.country, status: existing.status });
    return 'updated';
  }
  const id = randomUUID();
  await tx
    .insert(experts)
    .values({ id, ...fields, externalId: e.externalId ?? null, status: 'validated', validatedAt: now, reviewedBy: userId, createdBy: userId, createdAt: now });
  await audit(tx, { actorUserId: userId, action: 'expert.imported', entityType: 'expert', entityId: id, detail: { country: e.country } });
  await recordExpertChange(tx, { expertId: id, country: e.country, status: 'validated' });
  return 'created';
}

/** Imports experts (see above); refused whole only when the upload cannot be read or is too long. */
export async function importExperts(ctx: Ctx, text: string, format: 'jsonl' | 'csv', maxLines: number): Promise<ExpertImportReport> {
  if (!canImportExperts(ctx.actor)) throw new ForbiddenError('only the secretariat imports experts');
  const lines = linesOf(text, format, maxLines);
  if (lines.length === 0) throw new InvalidError('the import is empty', [{ field: '(body)', code: 'empty', reason: 'no expert to import' }]);
  const report: ExpertImportReport = { lines: lines.length, created: 0, updated: 0, errors: [] };
  const named = (issue: FieldIssue) => (format === 'csv' ? { ...issue, field: FIELD_COLUMN[issue.field] ?? issue.field.replace(/\.\d+$/, '') } : issue);
  const seen = new Map<string, number>();
  await inTransaction(ctx.db, async (tx) => {
    for (const { line, value, issues } of lines) {
      if (issues) {
        report.errors.push(...issues.map((i) => ({ line, field: i.field, code: i.code ?? 'invalid', reason: i.reason })));
        continue;
      }
      const parsed = expertImportLineSchema.safeParse(value);
      if (!parsed.success) {
        report.errors.push(...fieldIssuesFromZod(parsed.error.issues).map((i) => ({ line, ...named(i), code: i.code ?? 'invalid' })));
        continue;
      }
      const externalId = parsed.data.externalId;
      if (externalId && seen.has(externalId)) {
        report.errors.push({ line, field: 'externalId', code: 'duplicate', reason: `line ${seen.get(externalId)} already has ${externalId}` });
        continue;
      }
      if (externalId) seen.set(externalId, line);
      // A savepoint per line: a line the database refuses leaves the others written.
      try {
        report[await inTransaction(tx, (sp) => writeLine(ctx, sp, parsed.data))] += 1;
      } catch (err) {
        report.errors.push({ line, field: '(line)', code: 'not_written', reason: err instanceof Error ? err.message.slice(0, 300) : 'not written' });
      }
    }
  });
  return report;
}
