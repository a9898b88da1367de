/*
 * Messages by key, in the reader's language, formatted with ICU MessageFormat
 * (intl-messageformat): `{name}` arguments, `{count, plural, one {…} other {…}}`,
 * `{kind, select, …}`. Parsing a message costs far more than formatting it, so each
 * is compiled once per language, on first use.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, type MessageKey } from './catalogues/index.js';
import type { Language } from './languages.js';

export type { MessageKey };

/** The arguments of a message: text already written for the reader, or numbers for `plural`. */
export type MessageValues = Readonly<Record<string, string | number>>;

export type Translate = (key: MessageKey, values?: MessageValues) => string;

const compiled = new Map<string, IntlMessageFormat>();

/** The compiled message; angle brackets are text here, never tags, since messages hold no markup. */
export function compile(lang: Language, key: MessageKey): IntlMessageFormat {
  const id = `${lang}\u0000${key}`;
  let message = compiled.get(id);
  if (!message) {
    const source = CATALOGUES[lang]?.[key];
    // Keys are typed, but stored data (a reason's language, a stage) may name one that is not.
    if (source === undefined) throw new Error(`no message "${key}" in "${lang}"`);
    compiled.set(id, (message = new IntlMessageFormat(source, lang, undefined, { ignoreTag: true })));
  }
  return message;
}

/** The message `key` in `lang`, its arguments filled with `values`. */
export function t(lang: Language, key: MessageKey, values?: MessageValues): string {
  return String(compile(lang, key).format(values));
}

/** `t` bound to one reader's language. */
export function translator(lang: Language): Translate {
  return (key, values) => t(lang, key, values);
}

/** Every message key, in the order of the English catalogue. */
export function messageKeys(): MessageKey[] {
  return Object.keys(CATALOGUES.en) as MessageKey[];
}
