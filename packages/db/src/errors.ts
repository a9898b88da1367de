/** What PostgreSQL (through pg) says about a failed statement, wherever drizzle wrapped it. */
export interface PgErrorFacts {
  readonly code?: string;
  readonly constraint?: string;
  readonly column?: string;
  readonly message: string;
}

/** The first error in `err`'s cause chain that carries a SQLSTATE or a system error code. */
export function pgErrorOf(err: unknown): PgErrorFacts | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const { code, constraint, column } = e as Error & { code?: unknown; constraint?: unknown; column?: unknown };
    if (typeof code === 'string') {
      return {
        code,
        message: e.message,
        ...(typeof constraint === 'string' ? { constraint } : {}),
        ...(typeof column === 'string' ? { column } : {}),
      };
    }
  }
  return undefined;
}

/** Whether `err` is a unique violation of the named index. */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const facts = pgErrorOf(err);
  return facts?.code === '23505' && facts.constraint === constraint;
}

/** System errors of a connection that failed or dropped. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);
/** pg's own words when a connection drops, times out or was never made (it gives these no code). */
const POOL_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Connection ended unexpectedly|Cannot use a pool after calling end/i;

/**
 * Whether `err` says PostgreSQL could not be reached or went away: a refused or dropped
 * socket, a server shutting down or starting (57P01–57P03), too many connections
 * (53300), a connection exception (class 08), or the pool giving up on a connection.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const code = pgErrorOf(err)?.code;
  if (code && (SOCKET_CODES.has(code) || /^57P0[123]$/.test(code) || code === '53300' || code.startsWith('08'))) return true;
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    // drizzle's own wrapper quotes the statement and its parameters: not evidence.
    if (!e.message.startsWith('Failed query:') && POOL_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/**
 * Whether PostgreSQL refused a value as data (SQLSTATE class 22: out of range, invalid
 * text, a character it cannot store, a bad date): the caller sent it, so it is a 400.
 * Validation should have refused it first; this is the net under it.
 */
export function isDataException(err: unknown): boolean {
  return pgErrorOf(err)?.code?.startsWith('22') ?? false;
}
