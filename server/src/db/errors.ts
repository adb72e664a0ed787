// Recognising PostgreSQL's refusals in errors that drizzle and postgres.js wrap.

/** `error` and every error it wraps: GraphQL's originalError, drizzle's cause. */
export function* wrappedErrors(error: unknown): Generator<object> {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause) yield e;
}

/** Whether `error`, or one it wraps, has a code `codes` holds. */
function hasCode(error: unknown, codes: ReadonlySet<string>): boolean {
  for (const e of wrappedErrors(error)) {
    const { code } = e as { code?: unknown };
    if (typeof code === 'string' && codes.has(code)) return true;
  }
  return false;
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (const e of wrappedErrors(error)) {
    const { code, constraint_name: name } = e as { code?: unknown; constraint_name?: unknown };
    if (code === '23505' && name === constraint) return true;
  }
  return false;
}

/** postgres.js's own codes for a connection it could not make or lost; Node's for a refused or cut socket; ours for a pool with no connection free in time (client.ts) and a database that does not answer (answer-watch.ts). */
const CONNECTION_FAILURES = ['POOL_EXHAUSTED', 'DATABASE_SILENT', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE'];
/** PostgreSQL shutting down, starting up, or out of connections (SQLSTATE classes 57 and 53). */
const SERVER_UNAVAILABLE = ['57P01', '57P02', '57P03', '53300'];
const UNAVAILABLE: ReadonlySet<string> = new Set([...CONNECTION_FAILURES, ...SERVER_UNAVAILABLE]);
const STATEMENT_TIMEOUT: ReadonlySet<string> = new Set(['57014']);

/** Whether `error`, or one it wraps, says the database cannot be reached now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return hasCode(error, UNAVAILABLE);
}

/** Whether `error`, or one it wraps, is PostgreSQL cancelling a statement that ran past its statement_timeout. */
export function isStatementTimeout(error: unknown): boolean {
  return hasCode(error, STATEMENT_TIMEOUT);
}
