// Recognising PostgreSQL's refusals in errors that drizzle and postgres.js wrap.
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name: name } = e as { code?: unknown; constraint_name?: unknown };
    if (code === '23505' && name === constraint) return true;
  }
  return false;
}
