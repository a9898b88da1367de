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

/** The first language of an Accept-Language header that Enlace speaks, by preference. */
export function acceptedLanguage(header: string | undefined): Language | undefined {
  const ranked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { lang: (tag ?? '').slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.find((r) => isLanguage(r.lang))?.lang as Language | undefined;
}
