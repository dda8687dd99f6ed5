import { Readiness } from '@logai/contracts';
import { checkReadiness } from '@logai/core';
import type { App } from '../../app';

export function readyz(app: App): void {
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'The database is reachable and its migrations are current',
        response: { 200: Readiness, 503: Readiness },
      },
      logLevel: 'warn',
    },
    async (request, reply) => {
      const readiness = await checkReadiness({ ctx: request.ctx });
      return reply.status(readiness.status === 'ready' ? 200 : 503).send(readiness);
    },
  );
}
