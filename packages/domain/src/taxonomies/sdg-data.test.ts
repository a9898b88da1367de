import { describe, it, expect } from 'vitest';
import { SDG_GOALS, SDG_TARGETS } from './sdg-data.js';

const EXPECTED_TARGET_COUNTS: Readonly<Record<number, number>> = {
  1: 7,
  2: 8,
  3: 13,
  4: 10,
  5: 9,
  6: 8,
  7: 5,
  8: 12,
  9: 8,
  10: 10,
  11: 10,
  12: 11,
  13: 5,
  14: 10,
  15: 12,
  16: 12,
  17: 19,
};

const TARGET_CODE = /^(\d{1,2})\.(\d{1,2}|[a-z])$/;

describe('SDG_GOALS', () => {
  it('has 17 goals numbered 1 to 17 in order', () => {
    expect(SDG_GOALS).toHaveLength(17);
    expect(SDG_GOALS.map((g) => g.goal)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('names every goal in es, en, pt and fr', () => {
    for (const g of SDG_GOALS) {
      for (const lang of ['es', 'en', 'pt', 'fr'] as const) {
        expect(g.name[lang].trim(), `goal ${g.goal} name.${lang}`).not.toBe('');
      }
    }
  });
});

describe('SDG_TARGETS', () => {
  it('has exactly 169 targets', () => {
    expect(SDG_TARGETS).toHaveLength(169);
  });

  it('has the official number of targets per goal', () => {
    const counts: Record<number, number> = {};
    for (const t of SDG_TARGETS) counts[t.goal] = (counts[t.goal] ?? 0) + 1;
    expect(counts).toEqual(EXPECTED_TARGET_COUNTS);
  });

  it('uses well-formed codes whose prefix is the target goal', () => {
    for (const t of SDG_TARGETS) {
      const m = TARGET_CODE.exec(t.code);
      expect(m, `code ${t.code}`).not.toBeNull();
      expect(Number(m?.[1]), `goal prefix of ${t.code}`).toBe(t.goal);
    }
  });

  it('has no duplicate codes', () => {
    const codes = SDG_TARGETS.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('lists targets by goal, numeric targets in order, then letter targets in order', () => {
    const sortKey = (code: string): [number, number] => {
      const [goal = '', sub = ''] = code.split('.');
      const subKey = /^\d+$/.test(sub) ? Number(sub) : 100 + sub.charCodeAt(0);
      return [Number(goal), subKey];
    };
    const sorted = [...SDG_TARGETS].sort((a, b) => {
      const [ga, sa] = sortKey(a.code);
      const [gb, sb] = sortKey(b.code);
      return ga - gb || sa - sb;
    });
    expect(SDG_TARGETS.map((t) => t.code)).toEqual(sorted.map((t) => t.code));
  });

  it("numbers each goal's targets 1..n without gaps, then letters a, b, c... without gaps", () => {
    for (const goal of Object.keys(EXPECTED_TARGET_COUNTS).map(Number)) {
      const subs = SDG_TARGETS.filter((t) => t.goal === goal).map((t) => t.code.split('.')[1] ?? '');
      const numeric = subs.filter((s) => /^\d+$/.test(s));
      const letters = subs.filter((s) => /^[a-z]$/.test(s));
      expect(numeric, `goal ${goal} numeric targets`).toEqual(numeric.map((_, i) => String(i + 1)));
      expect(letters, `goal ${goal} letter targets`).toEqual(letters.map((_, i) => String.fromCharCode(97 + i)));
    }
  });

  it('has non-empty English and Spanish texts of at least 20 characters', () => {
    for (const t of SDG_TARGETS) {
      expect(t.text.en.trim().length, `${t.code} text.en`).toBeGreaterThanOrEqual(20);
      expect(t.text.es.trim().length, `${t.code} text.es`).toBeGreaterThanOrEqual(20);
    }
  });
});
