/** A field-level problem, reported to callers as `{ field, reason }`. */
export interface FieldIssue {
  readonly field: string;
  readonly reason: string;
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

/** Turns zod issues into `{ field, reason }` pairs with dotted paths (`institution.name`, `sectors.2`). */
export function fieldIssuesFromZod(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[],
): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        out.push({ field: base ? `${base}.${key}` : key, reason: 'unknown field' });
      }
      continue;
    }
    out.push({ field: base || '(body)', reason: issue.message });
  }
  return out;
}
