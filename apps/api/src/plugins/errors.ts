import type { ErrorBody, ErrorCode } from '@logai/contracts';
import { isAppError } from '@logai/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** The one map from error code to HTTP status. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LIMIT_EXCEEDED: 413,
  UNSUPPORTED_INPUT: 422,
  INTERNAL: 500,
};

/** Every error leaves as `{ code, message, requestId }`; a 500 never shows its internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = (code: ErrorCode, message: string, extra: Partial<ErrorBody> = {}): ErrorBody => ({
      code,
      message,
      requestId: request.id,
      ...extra,
    });
    if (isAppError(error)) {
      const retryAfter = error.details?.retryAfterSeconds;
      if (error.code === 'LIMIT_EXCEEDED' && typeof retryAfter === 'number') {
        // Too many requests (a rate limit) rather than too much data.
        return reply
          .status(429)
          .header('retry-after', String(retryAfter))
          .send(body(error.code, error.message));
      }
      // Too much data: close the connection after answering, rather than drain the rest of the body.
      if (error.code === 'LIMIT_EXCEEDED') reply.header('connection', 'close');
      return reply.status(HTTP_STATUS[error.code]).send(body(error.code, error.message));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        path: [error.validationContext, issue.instancePath.replace(/^\//, '').replaceAll('/', '.')]
          .filter(Boolean)
          .join('.'),
        message: issue.message ?? 'invalid',
      }));
      const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      return reply.status(400).send(body('VALIDATION', `invalid request: ${summary}`, { issues }));
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply.status(413).header('connection', 'close').send(body('LIMIT_EXCEEDED', error.message));
    }
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (malformed JSON, wrong content type…) keep their message.
      const code: ErrorCode =
        status === 404 ? 'NOT_FOUND' : status === 401 ? 'UNAUTHENTICATED' : 'VALIDATION';
      return reply.status(status).send(body(code, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', 'internal error; quote the request id when reporting it'));
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      code: 'NOT_FOUND',
      message: `no route for ${request.method} ${request.url.split('?')[0]}`,
      requestId: request.id,
    } satisfies ErrorBody),
  );
}
