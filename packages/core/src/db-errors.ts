/** The PostgreSQL error behind a failed query (drizzle wraps it as the error's cause). */
function postgresError(error: unknown): { code?: unknown; constraint?: unknown } | undefined {
  for (let current = error; current && typeof current === 'object';) {
    if ('code' in current && typeof current.code === 'string' && current.code.length === 5) return current;
    current = 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = postgresError(error);
  return pgError?.code === '23505' && (constraint === undefined || pgError.constraint === constraint);
}
