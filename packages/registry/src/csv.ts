import { type Options, type Stringifier, stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';

/*
 * Every CSV the service writes goes through here. People open these files in
 * spreadsheets, which run a cell that starts with = + - @ (or a tab or carriage return
 * before one) as a formula: `=HYPERLINK(…)` sends data away, `+cmd|…` runs a program.
 * OWASP's advice is followed: such a cell gets a leading single quote, which spreadsheets
 * show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet will show as text, never run. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The caller's options with every string cell neutralised, after the caller's own cast if any. */
export function safeCsvOptions(options: Options = {}): Options {
  const own = options.cast?.string;
  return {
    ...options,
    cast: {
      ...options.cast,
      string: (value, context) => {
        const cast = own ? own(value, context) : value;
        return typeof cast === 'string' ? neutraliseFormula(cast) : cast;
      },
    },
  };
}

/** A streaming CSV writer (for exports of any size). */
export function csvStream(options: Options = {}): Stringifier {
  return stringify(safeCsvOptions(options));
}

/** A whole CSV document, for small tables. */
export function csvText(records: readonly unknown[], options: Options = {}): string {
  return stringifySync([...records] as unknown[][], safeCsvOptions(options));
}
