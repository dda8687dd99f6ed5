import { z } from 'zod';
import { postgresUrl } from './fields';
import { parseConfig, type Env } from './parse-config';

/** Settings of the test suite. */
export const TestConfig = z.object({
  /** A server the tests may create databases on; unset starts an embedded PostgreSQL for the run. */
  TEST_DATABASE_URL: postgresUrl.optional(),
});
export type TestConfig = z.infer<typeof TestConfig>;

export function loadTestConfig(env: Env = process.env): TestConfig {
  return parseConfig(TestConfig, env);
}
