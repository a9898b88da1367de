import { LANGUAGES, type Language, isPerson, languageSchema } from '@enlace/domain';
import { getMe } from '@enlace/registry';
import type { FastifyRequest } from 'fastify';
import { ctxOf } from './deps.js';

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
  return ranked.find((r) => (LANGUAGES as readonly string[]).includes(r.lang))?.lang as Language | undefined;
}

/**
 * The language to write an answer in, the same way on every route that returns text:
 * `?lang=`, then the signed-in person's language, then Accept-Language, then English.
 */
export async function readerLanguage(request: FastifyRequest, explicit?: Language): Promise<Language> {
  if (explicit) return explicit;
  if (isPerson(request.actor)) {
    const own = languageSchema.safeParse((await getMe(ctxOf(request))).language);
    if (own.success) return own.data;
  }
  return acceptedLanguage(request.headers['accept-language']) ?? 'en';
}

/** How routes that return text describe their `lang` parameter. */
export const LANG_DESCRIPTION = "The language to write in; without it, the signed-in person's language, then Accept-Language, then English.";
