// Recognising PostgreSQL's refusals in errors that drizzle and postgres.js wrap.
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name: name } = e as { code?: unknown; constraint_name?: unknown };
    if (code === '23505' && name === constraint) return true;
  }
  return false;
}

/** postgres.js's own codes for a connection it could not make or lost; Node's for a refused or cut socket. */
const CONNECTION_FAILURES = new Set(['CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE']);
/** PostgreSQL shutting down, starting up, or out of connections (SQLSTATE classes 57 and 53). */
const SERVER_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300']);

/** Whether `error`, or one it wraps (GraphQL's originalError, drizzle's cause), says the database cannot be reached now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause) {
    const { code } = e as { code?: unknown };
    if (typeof code === 'string' && (CONNECTION_FAILURES.has(code) || SERVER_UNAVAILABLE.has(code))) return true;
  }
  return false;
}
