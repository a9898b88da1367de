/*
 * The four languages people read Enlace in. The list is the domain's (it also validates
 * what people choose); it is re-exported here so that a page or a renderer needs only
 * this package.
 */
import { LANGUAGES, type Language } from '@enlace/domain';

export { LANGUAGES, type Language };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
