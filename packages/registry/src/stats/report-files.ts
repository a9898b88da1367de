import { type ConciseReport, countryName, type ReportTable, SECTORS } from '@enlace/domain';
import { type Language, t } from '@enlace/i18n';
import ExcelJS from 'exceljs';
import { csvText, neutraliseFormula } from '../csv.js';

/*
 * The concise report's tables as a reader downloads them: each as CSV, or all four as
 * the sheets of one Excel workbook, with headers and names in the reader's language.
 * Cells people wrote (titles, outcomes, lessons) are neutralised as in every CSV, and
 * written to the workbook as text, never as a formula.
 */

type Cell = string | number;
export interface Sheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

const sectorName = (code: string, lang: Language) => SECTORS.find((s) => s.code === code)?.name[lang] ?? code;
const change = (current: number, previous: number) =>
  previous === 0 ? (current === 0 ? '0%' : '—') : `${Math.round(((current - previous) / previous) * 100)}%`;

export function reportSheet(report: ConciseReport, table: ReportTable, lang: Language): Sheet {
  const col = (k: string) => t(lang, `report.column.${k}` as 'report.column.title');
  switch (table) {
    case 'figures':
      return {
        name: t(lang, 'report.sheet.figures'),
        header: [
          col('figure'),
          `${col('current')} (${report.period.from} – ${report.period.to})`,
          `${col('previous')} (${report.previous.from} – ${report.previous.to})`,
          col('change'),
        ],
        rows: report.figures.map((f) => [t(lang, `report.figure.${f.key}`), f.current, f.previous, change(f.current, f.previous)]),
      };
    case 'themes':
      return {
        name: t(lang, 'report.sheet.themes'),
        header: [col('theme'), col('sector'), col('count')],
        rows: [
          ...report.themes.offered.map((r) => [t(lang, 'report.theme.offered'), sectorName(r.sector, lang), r.count]),
          ...report.themes.asked.map((r) => [t(lang, 'report.theme.asked'), sectorName(r.sector, lang), r.count]),
        ],
      };
    case 'unmet':
      return {
        name: t(lang, 'report.sheet.unmet'),
        header: [col('title'), col('country'), col('sectors'), col('publishedAt')],
        rows: report.unmet.items.map((d) => [
          d.title,
          countryName(d.country, lang),
          d.sectors.map((s) => sectorName(s, lang)).join(', '),
          d.publishedAt.slice(0, 10),
        ]),
      };
    case 'completed':
      return {
        name: t(lang, 'report.sheet.completed'),
        header: [col('provider'), col('recipient'), col('offer'), col('demand'), col('completedAt'), col('summary'), col('lessons')],
        rows: report.completed.map((c) => [
          countryName(c.provider, lang),
          countryName(c.recipient, lang),
          c.offer,
          c.demand,
          c.completedAt.slice(0, 10),
          c.summary,
          c.lessonsLearned,
        ]),
      };
  }
}

export function reportCsv(report: ConciseReport, table: ReportTable, lang: Language): string {
  const sheet = reportSheet(report, table, lang);
  return csvText([sheet.header, ...sheet.rows]);
}

/** All four tables, a sheet each. */
export async function reportWorkbook(report: ConciseReport, lang: Language): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Enlace';
  for (const table of ['figures', 'themes', 'unmet', 'completed'] as const) {
    const sheet = reportSheet(report, table, lang);
    // Sheet names may not hold : \ / ? * [ ] and are at most 31 characters.
    const ws = book.addWorksheet(sheet.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
    ws.addRow([...sheet.header]).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c)));
    ws.columns.forEach((c) => (c.width = 24));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
