/*
 * One area of the web interface (a group of pages) keeps its messages in one file, in
 * the four languages side by side, so that whoever writes a page writes all of its
 * text at once. English is the reference: a key missing or extra in another language
 * is a type error here, and i18n.test.ts checks the ICU arguments.
 */
export interface AreaMessages<E extends Record<string, string>> {
  readonly en: E;
  readonly es: Readonly<Record<keyof E, string>>;
  readonly pt: Readonly<Record<keyof E, string>>;
  readonly fr: Readonly<Record<keyof E, string>>;
}

export function defineArea<const E extends Record<string, string>>(messages: AreaMessages<E>): AreaMessages<E> {
  return messages;
}
