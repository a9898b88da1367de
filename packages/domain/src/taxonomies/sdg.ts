import type { Language } from './languages.js';
import { SDG_GOALS, SDG_TARGETS } from './sdg-data.js';

export { SDG_GOALS, SDG_TARGETS };

const targetCodes = new Set(SDG_TARGETS.map((t) => t.code));

export const SDG_TARGET_PATTERN = /^(\d{1,2})\.(\d{1,2}|[a-z])$/;

export function isSdgTarget(code: string): boolean {
  return targetCodes.has(code);
}

/** The goal a target belongs to: `"6.b"` → 6. */
export function goalOfTarget(code: string): number {
  return Number(code.slice(0, code.indexOf('.')));
}

/** Declared goals plus the goals implied by targets, sorted and unique. */
export function effectiveSdgGoals(goals: readonly number[] | undefined, targets: readonly string[] | undefined): number[] {
  const all = new Set<number>(goals ?? []);
  for (const t of targets ?? []) all.add(goalOfTarget(t));
  return [...all].sort((a, b) => a - b);
}

export function sdgGoalView(lang: Language) {
  return SDG_GOALS.map((g) => ({ goal: g.goal, name: g.name[lang] }));
}

/** Target texts exist in en and es; pt and fr readers get English. */
export function sdgTargetView(lang: Language, goal?: number) {
  const textLang = lang === 'es' ? 'es' : 'en';
  return SDG_TARGETS.filter((t) => goal === undefined || t.goal === goal).map((t) => ({
    code: t.code,
    goal: t.goal,
    text: t.text[textLang],
    textLanguage: textLang,
  }));
}
