import { z } from 'zod';

/** The closed set of error codes every LogAi API error carries. */
export const ERROR_CODES = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'VALIDATION',
  'LIMIT_EXCEEDED',
  'UNSUPPORTED_INPUT',
  'INTERNAL',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z
  .object({
    code: ErrorCode,
    message: z.string(),
    requestId: z.string(),
    /** Field-level problems of a VALIDATION error. */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Error', example: { code: 'NOT_FOUND', message: 'upload not found', requestId: 'req-1' } });
export type ErrorBody = z.infer<typeof ErrorBody>;
