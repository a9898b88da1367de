import type { FieldIssue } from '../errors.js';
import { fieldIssuesFromZod } from '../errors.js';
import { type InterchangeListing, interchangeListingSchema } from './schema.js';

export type ParsedLine = { readonly ok: true; readonly listing: InterchangeListing } | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** One line of an interchange file: JSON first, then every listing rule. */
export function parseInterchangeLine(text: string): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ field: '(line)', code: 'invalid_json', reason: `malformed JSON: ${(e as Error).message}` }] };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, issues: [{ field: '(line)', code: 'invalid_type', reason: 'each line must be one JSON object' }] };
  }
  const result = interchangeListingSchema.safeParse(json);
  return result.success ? { ok: true, listing: result.data } : { ok: false, issues: fieldIssuesFromZod(result.error.issues) };
}

/** Lines of a JSON Lines body, numbered from 1; blank lines keep their number but carry nothing. */
export function splitLines(body: string): string[] {
  const lines = body.split(/\r?\n/);
  if (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}
