import { z } from 'zod';

export const port = (fallback: number) =>
  z.coerce
    .number({ error: 'expected a port number' })
    .int('expected a whole port number')
    .min(1, 'expected a port between 1 and 65535')
    .max(65535, 'expected a port between 1 and 65535')
    .default(fallback);

const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : 'expected text'),
};

export const postgresUrl = z
  .string(required)
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), 'expected a postgres:// or postgresql:// URL');

export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');

export const nodeEnv = z.enum(['development', 'production', 'test']).default('development');

export const positiveInt = (fallback: number) =>
  z.coerce.number({ error: 'expected a number' }).int('expected a whole number').positive().default(fallback);

export const common = {
  NODE_ENV: nodeEnv,
  LOG_LEVEL: logLevel,
  /** Force pretty (true) or JSON (false) logs; unset means pretty only on a terminal. */
  LOG_PRETTY: z
    .enum(['true', 'false'], { error: 'expected true or false' })
    .transform((value) => value === 'true')
    .optional(),
};
