/*
 * Campaign messages are templates with {{placeholders}}, filled for each recipient in
 * their language. Unknown placeholders are refused when the campaign is written, so a
 * typo never reaches a minister's inbox as "{{contry}}".
 */

/** What a message may say about its recipient and their country. */
export const PLACEHOLDERS = ['name', 'country', 'offers', 'demands', 'experts', 'goal', 'toRenew', 'deadline', 'link'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PATTERN = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PATTERN)].map((m) => m[1]!);
}

export function fillTemplate(template: string, values: Readonly<Record<Placeholder, string>>): string {
  return template.replace(PATTERN, (whole, name: string) => (name in values ? values[name as Placeholder] : whole));
}

/** The message in the reader's language, else in the campaign's default one. */
export function messageFor<M>(messages: Partial<Record<string, M>>, lang: string, fallback: string): { message: M; language: string } | undefined {
  const own = messages[lang];
  if (own) return { message: own, language: lang };
  const other = messages[fallback];
  return other ? { message: other, language: fallback } : undefined;
}
