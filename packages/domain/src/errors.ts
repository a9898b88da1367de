/**
 * A field-level problem, reported to callers as `{ field, code, reason }`. `reason` is
 * English for people reading logs; `code` is stable, so that a client can say it in the
 * reader's language: zod's issue codes (`too_small`, `invalid_type`, `invalid_value`,
 * `unrecognized_keys`…), `required`, or a code naming the rule broken (`same_country`,
 * `unknown_campaign`…). Left out, callers read `invalid`.
 */
export interface FieldIssue {
  readonly field: string;
  readonly reason: string;
  readonly code?: string;
}

/** Base class of the errors the domain throws; adapters map `kind` to a status code. */
export abstract class DomainError extends Error {
  abstract readonly kind: 'invalid' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict';
}

export class InvalidError extends DomainError {
  readonly kind = 'invalid' as const;
  constructor(
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
  }
}

export class UnauthorizedError extends DomainError {
  readonly kind = 'unauthorized' as const;
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found' as const;
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict' as const;
  constructor(
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
  }
}

/** Turns zod issues into `{ field, code, reason }` with dotted paths (`institution.name`, `sectors.2`) and zod's issue code. */
export function fieldIssuesFromZod(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[]; params?: unknown }[],
): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        out.push({ field: base ? `${base}.${key}` : key, code: issue.code, reason: 'unknown field' });
      }
      continue;
    }
    // Zod reports a missing field as a wrong type; a client wants to say "required".
    // A refinement names its own code in `params.code` (for example `unstorable_text`).
    const code =
      issue.code === 'invalid_type' && /received undefined$/.test(issue.message)
        ? 'required'
        : issue.code === 'custom' && typeof (issue.params as { code?: unknown } | undefined)?.code === 'string'
          ? (issue.params as { code: string }).code
          : issue.code;
    out.push({ field: base || '(body)', ...(code ? { code } : {}), reason: issue.message });
  }
  return out;
}
