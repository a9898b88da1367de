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

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { es, en, pt, fr };
