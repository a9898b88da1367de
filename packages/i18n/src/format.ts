/*
 * Formatting in the reader's language: quotes, percentages, dates, lists, plurals, and
 * French punctuation spacing. Building an Intl formatter costs far more than using one,
 * so each is kept per language.
 */
import type { Language } from './languages.js';

/** The no-break space French puts before : ; ! ? and inside « ». Kept U+00A0 (not the narrow U+202F) as every message so far has it. */
export const NBSP = '\u00a0';

/** Opening and closing quotation marks per language; French keeps its spaces unbroken. */
const QUOTES: Readonly<Record<Language, readonly [string, string]>> = {
  es: ['«', '»'],
  en: ['“', '”'],
  pt: ['«', '»'],
  fr: [`«${NBSP}`, `${NBSP}»`],
};

function cached<T>(make: (lang: Language) => T): (lang: Language) => T {
  const cache = new Map<Language, T>();
  return (lang) => {
    let value = cache.get(lang);
    if (value === undefined) cache.set(lang, (value = make(lang)));
    return value;
  };
}

const percentFormat = cached((lang) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }));
const dateFormat = cached((lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));
const relativeFormat = cached((lang) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
const listFormat = cached((lang) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }));
const pluralRules = cached((lang) => new Intl.PluralRules(lang));

/** Whitespace (newlines included) collapsed, and cut to `max` characters with an ellipsis. */
export function oneLine(s: string, max = Infinity): string {
  const line = s.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Someone's words (a title, a message, a matched term) between the reader's quotation marks, on one line. */
export function quote(lang: Language, s: string, max?: number): string {
  const [open, close] = QUOTES[lang];
  return `${open}${oneLine(s, max)}${close}`;
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Asistencia técnica" → "asistencia técnica" inside a sentence (acronyms left alone). */
export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** The colon of "Label: value", with the space French puts before it. */
export function colon(lang: Language): string {
  return lang === 'fr' ? `${NBSP}:` : ':';
}

/** 0.823 → "82 %" (es, fr) or "82%" (en, pt). */
export function percent(lang: Language, score: number): string {
  return percentFormat(lang).format(score);
}

/** An ISO date or timestamp as a long date (UTC) in the reader's language; the string itself if it is not a date. */
export function longDate(lang: Language, iso: string | Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  const text = dateFormat(lang).format(date);
  // French and Brazilian Portuguese write the first of the month as an ordinal: « 1er mars », «1º de março».
  if (lang === 'fr') return text.replace(/^1(?=\s)/, '1er');
  if (lang === 'pt') return text.replace(/^1(?=\s)/, '1º');
  return text;
}

/** 5 → "dentro de 5 días", "in 5 days", "em 5 dias", "dans 5 jours"; 1 → "mañana"… */
export function inDays(lang: Language, days: number): string {
  return relativeFormat(lang).format(days, 'day');
}

/** ["a", "b", "c"] → "a, b y c" in the reader's language. */
export function listOf(lang: Language, items: readonly string[]): string {
  return listFormat(lang).format(items);
}

/** Whether `n` takes the singular in `lang` (French and Brazilian Portuguese count 0 and 1 as singular). */
export function isOne(lang: Language, n: number): boolean {
  return pluralRules(lang).select(n) === 'one';
}
