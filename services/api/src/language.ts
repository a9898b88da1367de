import { type Language, isPerson, languageSchema } from '@enlace/domain';
import { acceptedLanguage } from '@enlace/i18n';

export { acceptedLanguage };
import { getMe } from '@enlace/registry/people';
import type { FastifyRequest } from 'fastify';
import { ctxOf } from './deps.js';

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
