import { InvalidError, parseInterchangeLine, splitLines } from '@enlace/domain';
import { describe, expect, it } from 'vitest';
import { csvText } from '../csv.js';
import { CSV_COLUMNS, toCsvRecord } from '../listings/export.js';
import { CSV_BODY_MARK, csvImportBody, csvIssue, csvRecordToLine, parseIssuesLine, protectQuotedFormula, restoreFormula } from './csv.js';

const listing = {
  externalId: 'MX-IFE-2024-003',
  kind: 'offer' as const,
  status: 'published' as const,
  title: 'Formación en administración electoral',
  description: 'Cursos de administración electoral y misiones de expertos para organismos electorales.',
  language: 'es' as const,
  country: 'MX',
  institution: { name: 'Instituto Nacional Electoral', acronym: 'INE', type: 'government' as const },
  sectors: ['political_participation_civil_society' as const],
  sdgGoals: [16, 5],
  sdgTargets: ['16.7'],
  modalities: ['training' as const, 'expert_mission' as const],
  workingLanguages: ['es' as const, 'en' as const],
  validUntil: '2027-12-31',
  keywords: ['=elecciones', 'observación'],
  contact: { name: '+Unidad de cooperación', email: 'coop@ine.example.org' },
};

/** A CSV as the export writes it (header, BOM, neutralised cells). */
const exported = (rows: Record<string, string>[]) =>
  csvText(
    rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, protectQuotedFormula(v)]))),
    { header: true, columns: [...CSV_COLUMNS], bom: true },
  );

describe('a CSV record', () => {
  it('becomes the object the JSON line would be: lists split, goals as numbers, institution and contact as objects, empty cells absent', () => {
    const line = csvRecordToLine(toCsvRecord(listing));
    expect(line).toEqual(listing);
    expect(csvRecordToLine({ externalId: 'X', title: ' ', keywords: ' a ; ;b;', institutionAcronym: 'INE' })).toEqual({
      externalId: 'X',
      keywords: ['a', 'b'],
      institution: { acronym: 'INE' },
    });
  });

  it('gets back the text the export protected against formula injection, and only that', () => {
    for (const text of ['=HYPERLINK("x")', '+1', '-2', '@SUM(1)', '\t=1', "'=x", "''+y", "'plain", 'a=b', "'"]) {
      const [cell] = csvText([[protectQuotedFormula(text)]])
        .trimEnd()
        .split('\n');
      const unquoted = cell!.startsWith('"') ? cell!.slice(1, -1).replaceAll('""', '"') : cell!;
      expect(restoreFormula(unquoted), text).toBe(text);
    }
  });
});

describe('a CSV upload', () => {
  it('is stored as JSON Lines after the export header, numbered as a spreadsheet numbers its rows', async () => {
    const second = { ...toCsvRecord({ ...listing, externalId: 'TWO' }), description: 'Una descripción\nen dos líneas del archivo, larga.' };
    const empty = `${','.repeat(CSV_COLUMNS.length - 1)}\n`;
    const text = `${exported([toCsvRecord(listing)])}${empty}${exported([second]).split('\n').slice(1).join('\n')}${empty}\n`;
    const { body, totalLines } = await csvImportBody(text, 10);
    const lines = splitLines(body);
    // Header, listing, an empty row (kept, so that the next keeps its number), listing; empty rows at the end dropped.
    expect(totalLines).toBe(4);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(CSV_BODY_MARK);
    expect(parseInterchangeLine(lines[1]!)).toEqual({ ok: true, listing });
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[3]!).description).toBe('Una descripción\nen dos líneas del archivo, larga.');
  });

  it('accepts the columns in any order', async () => {
    const reversed = [...CSV_COLUMNS].reverse();
    const text = csvText([toCsvRecord(listing)], { header: true, columns: reversed });
    const { body } = await csvImportBody(text, 10);
    expect(parseInterchangeLine(splitLines(body)[1]!)).toEqual({ ok: true, listing });
  });

  it('carries the issues of a record with more or fewer cells than the header on its line', async () => {
    const text = `${exported([toCsvRecord(listing)])}a,b,c\n`;
    const lines = splitLines((await csvImportBody(text, 10)).body);
    expect(parseIssuesLine(lines[2]!)).toEqual([
      { field: '(line)', code: 'column_count', reason: `3 cells, but the header has ${CSV_COLUMNS.length} columns` },
    ]);
  });

  it.each([
    ['an unknown column', (h: string[]) => [...h, 'nickname'], { field: 'nickname', code: 'unknown_column' }],
    ['a missing column', (h: string[]) => h.filter((c) => c !== 'sdgTargets'), { field: 'sdgTargets', code: 'missing_column' }],
    ['a repeated column', (h: string[]) => [...h, 'title'], { field: 'title', code: 'duplicate_column' }],
  ])('is refused as a whole for %s in its header, naming the column', async (_what, header, issue) => {
    const text = `${header([...CSV_COLUMNS]).join(',')}\n`;
    const err = await csvImportBody(text, 10).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidError);
    expect((err as InvalidError).issues).toEqual([expect.objectContaining(issue)]);
  });

  it('is refused when it cannot be read as CSV, is empty, or has too many lines', async () => {
    const open = `${CSV_BODY_MARK}\n"unclosed,${','.repeat(CSV_COLUMNS.length - 2)}\n`;
    await expect(csvImportBody(open, 10)).rejects.toMatchObject({ issues: [{ field: '(body)', code: 'invalid_csv' }] });
    await expect(csvImportBody('', 10)).rejects.toMatchObject({ issues: [{ code: 'empty' }] });
    await expect(csvImportBody(`${CSV_BODY_MARK}\n`, 10)).rejects.toMatchObject({ issues: [{ code: 'empty' }] });
    const three = exported([1, 2, 3].map((i) => toCsvRecord({ ...listing, externalId: `L-${i}` })));
    await expect(csvImportBody(three, 2)).rejects.toMatchObject({ issues: [{ code: 'too_many_lines' }] });
    await expect(csvImportBody(three, 3)).resolves.toMatchObject({ totalLines: 4 });
  });
});

describe('errors of a CSV line', () => {
  it('are named by their column', () => {
    expect(csvIssue({ field: 'institution.name', code: 'too_small', reason: 'too short' }).field).toBe('institutionName');
    expect(csvIssue({ field: 'contact.email', code: 'invalid_format', reason: 'bad' }).field).toBe('contactEmail');
    expect(csvIssue({ field: 'sdgTargets.1', code: 'custom', reason: 'not a target' })).toEqual({
      field: 'sdgTargets',
      code: 'custom',
      reason: 'item 2: not a target',
    });
    expect(csvIssue({ field: 'title', code: 'required', reason: 'x' }).field).toBe('title');
  });
});
