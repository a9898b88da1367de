import { z } from 'zod';

/** The four languages users write in and read the service in. */
export const LANGUAGES = ['es', 'en', 'pt', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

export type Labels = Readonly<Record<Language, string>>;

/** Label in the requested language; falls back to English, then Spanish. */
export function label(labels: Partial<Record<Language, string>>, lang: Language): string {
  return labels[lang] ?? labels.en ?? labels.es ?? '';
}
