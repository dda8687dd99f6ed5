import type { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Env = Record<string, string | undefined>;

/** Parses env against a schema; a wrong or missing value throws a ConfigError naming each variable. */
export function parseConfig<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  // Empty strings mean "unset", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    const key = issue.path[0];
    const got = typeof key === 'string' ? cleaned[key] : undefined;
    return `  ${name}: ${issue.message}${got === undefined ? '' : ` (got "${got}")`}`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}
