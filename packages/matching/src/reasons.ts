/*
 * A match reason (score.ts) as one sentence in the reader's language. The sentences are
 * messages of @enlace/i18n (`reason.*`); SDG goal, sector and modality names come from
 * the domain taxonomies; matched words are quoted as each side wrote them, demand first.
 */
import { MODALITIES, SDG_GOALS, SECTORS } from '@enlace/domain';
import { listOf, lowerFirst, quote, t, type Language } from '@enlace/i18n';
import type { MatchReason, TermMatch } from './score.js';

function goalName(goal: number, lang: Language): string {
  return SDG_GOALS.find((g) => g.goal === goal)?.name[lang] ?? '';
}

function sectorName(code: string, lang: Language): string {
  return SECTORS.find((s) => s.code === code)?.name[lang] ?? code;
}

function modalityName(code: string, lang: Language): string {
  return MODALITIES.find((m) => m.code === code)?.name[lang] ?? code;
}

function quoteTerm(term: TermMatch, lang: Language): string {
  const demand = quote(lang, term.demand);
  return term.demand.toLowerCase() === term.offer.toLowerCase() ? demand : `${demand} = ${quote(lang, term.offer)}`;
}

/** One readable sentence for a reason, in `lang`. */
export function renderReason(reason: MatchReason, lang: Language): string {
  switch (reason.kind) {
    case 'sdg_target':
      return t(lang, 'reason.sdgTarget', { count: reason.codes.length, codes: listOf(lang, reason.codes) });
    case 'sdg_goal':
      return t(lang, 'reason.sdgGoal', {
        count: reason.goals.length,
        goals: listOf(
          lang,
          reason.goals.map((g) => `${g} (${goalName(g, lang)})`),
        ),
      });
    case 'sector':
      return t(lang, 'reason.sector', {
        count: reason.codes.length,
        names: listOf(
          lang,
          reason.codes.map((c) => sectorName(c, lang)),
        ),
      });
    case 'modality':
      return t(lang, 'reason.modality', {
        names: listOf(
          lang,
          reason.codes.map((c) => lowerFirst(modalityName(c, lang))),
        ),
      });
    case 'working_language':
      return t(lang, 'reason.workingLanguage', {
        names: listOf(
          lang,
          reason.languages.map((l) => t(lang, `language.${l}`)),
        ),
      });
    case 'text':
      if (reason.terms.length === 0) return t(lang, 'reason.textSimilar');
      return t(lang, 'reason.textTerms', { terms: reason.terms.map((term) => quoteTerm(term, lang)).join(', ') });
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';
const isTermMatch = (v: unknown): boolean => typeof v === 'object' && v !== null && isString((v as TermMatch).demand) && isString((v as TermMatch).offer);

/** For each kind, the list renderReason reads and what each of its items must be. */
const REASON_LISTS: Readonly<Record<MatchReason['kind'], readonly [string, (v: unknown) => boolean]>> = {
  sdg_target: ['codes', isString],
  sdg_goal: ['goals', isNumber],
  sector: ['codes', isString],
  modality: ['codes', isString],
  working_language: ['languages', isString],
  text: ['terms', isTermMatch],
};

/**
 * Whether a reason read back from storage or an event payload has the shape renderReason
 * reads: reasons are kept as stored, and one written by an older ranking may not.
 */
export function isMatchReason(value: unknown): value is MatchReason {
  if (typeof value !== 'object' || value === null) return false;
  const { kind } = value as { kind?: unknown };
  if (!isString(kind) || !Object.hasOwn(REASON_LISTS, kind)) return false;
  const [field, isItem] = REASON_LISTS[kind as MatchReason['kind']];
  const list = (value as Record<string, unknown>)[field];
  return Array.isArray(list) && list.every(isItem);
}

/** All reasons of a match, strongest first, as sentences in `lang`. */
export function renderReasons(reasons: readonly MatchReason[], lang: Language): string[] {
  return reasons.map((r) => renderReason(r, lang));
}
