import { z } from 'zod';

/**
 * NUL, which PostgreSQL refuses in text and jsonb, and UTF-16 surrogates without their
 * pair, which pg silently turns into U+FFFD in text and PostgreSQL refuses in jsonb (the
 * audit, the outbox and revisions keep user text as jsonb).
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

export const UNSTORABLE_TEXT_REASON = 'must not contain NUL (U+0000) or unpaired UTF-16 surrogates';

/** Whether PostgreSQL can store `s` as it is. */
export function isStorableText(s: string): boolean {
  return !UNSTORABLE.test(s);
}

/** `s` with what PostgreSQL cannot store replaced by U+FFFD: for text we report, not text we keep. */
export function toStorableText(s: string): string {
  return s.replace(UNSTORABLE_ALL, '\ufffd');
}

/**
 * The start of every text field a person writes: a string PostgreSQL can store. Chain
 * `.trim().min().max()` as usual; the check runs on the text as sent.
 */
export const textSchema = () => z.string().refine(isStorableText, { message: UNSTORABLE_TEXT_REASON, abort: true, params: { code: 'unstorable_text' } });

/** Bounds of PostgreSQL's integer types, for every number a caller sends that reaches a column. */
export const PG_INT_MAX = 2_147_483_647;
/** bigserial ids are read as JavaScript numbers (`mode: 'number'`): keep them exact. */
export const PG_BIGSERIAL_MAX = Number.MAX_SAFE_INTEGER;
