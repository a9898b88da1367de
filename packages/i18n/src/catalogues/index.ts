/*
 * The catalogues, one file per language. English is the reference: its keys are the
 * type every other catalogue must fill, so a message missing in one language is a type
 * error, and i18n.test.ts checks that each has the same ICU arguments.
 */
import type { Language } from '../languages.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pt } from './pt.js';
import { WEB } from './web/index.js';

/** The messages of the emails, match reasons and API answers (one file per language). */
export type CoreKey = keyof typeof en;
export type CoreCatalogue = Readonly<Record<CoreKey, string>>;

/** Everything a person reads: the core messages and the web interface's (web/, one file per page area). */
const english = { ...en, ...WEB.en };
export type MessageKey = keyof typeof english;
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  es: { ...es, ...WEB.es },
  en: english,
  pt: { ...pt, ...WEB.pt },
  fr: { ...fr, ...WEB.fr },
};
