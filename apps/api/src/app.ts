import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import type { AccountDeps, Context } from '@logai/core';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAuth, type CookieSettings } from './plugins/auth';
import { registerErrorHandler } from './plugins/errors';
import { registerOpenApi } from './plugins/openapi';
import { registerRoutes } from './routes/index';

export type AppDeps = AccountDeps & {
  logger: FastifyBaseLogger;
  cookies: CookieSettings;
  /** Browser origins allowed to call the API with credentials (the web app). */
  corsOrigins: string[];
  trustProxy?: boolean;
};

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Context<AccountDeps>;
  }
  interface FastifyInstance {
    deps: AppDeps;
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
    trustProxy: deps.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('ctx');
  app.addHook('onRequest', async (request, reply) => {
    request.ctx = { deps, request: { ip: request.ip, userAgent: request.headers['user-agent'] } };
    void reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app);
  await app.register(cors, { origin: deps.corsOrigins, credentials: true });
  await registerAuth(app);
  await registerOpenApi(app);
  await registerRoutes(app);
  return app;
}
