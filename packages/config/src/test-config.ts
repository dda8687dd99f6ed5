import { z } from 'zod';
import { logLevel, postgresUrl } from './fields';
import { parseConfig, type Env } from './parse-config';

/** Settings of the test suite. */
export const TestConfig = z.object({
  /** A server the tests may create databases on; unset starts an embedded PostgreSQL for the run. */
  TEST_DATABASE_URL: postgresUrl.optional(),
  /** Log level of the apps the tests build (silent unless you are debugging one). */
  TEST_LOG_LEVEL: logLevel.default('silent'),
});
export type TestConfig = z.infer<typeof TestConfig>;

export function loadTestConfig(env: Env = process.env): TestConfig {
  return parseConfig(TestConfig, env);
}
