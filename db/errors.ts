/**
 * True when a statement failed on a unique index. Both drivers report the
 * PostgreSQL code, drizzle sometimes wraps it as the error's cause.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const {
      code,
      constraint_name,
      constraint: pgliteConstraint,
    } = current as Record<string, unknown>;
    if (code === '23505') {
      return !constraint || constraint_name === constraint || pgliteConstraint === constraint;
    }
    if (typeof current !== 'object') break;
  }
  return false;
}
