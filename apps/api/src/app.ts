import { randomUUID } from 'node:crypto';
import type { Context, Deps } from '@logai/core';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerErrorHandler } from './plugins/errors';
import { registerOpenApi } from './plugins/openapi';
import { registerRoutes } from './routes/index';

export type AppDeps = Deps & { logger: FastifyBaseLogger };

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Context;
  }
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Builds the API on the given adapters; main.ts passes real ones, tests pass the same pointed at test resources. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    loggerInstance: deps.logger,
    // A caller's well-formed X-Request-Id is kept so one id follows a request across services.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('ctx');
  app.addHook('onRequest', async (request, reply) => {
    request.ctx = { deps };
    void reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app);
  await registerOpenApi(app);
  registerRoutes(app);
  return app;
}
