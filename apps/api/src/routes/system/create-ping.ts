import { CreatePing, ErrorBody, Ping } from '@logai/contracts';
import { requestPing } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated } from '../responses';

export function createPing(app: App): void {
  app.post(
    '/api/v1/system/pings',
    {
      schema: {
        tags: ['system'],
        security: authenticated,
        summary: 'Send a ping through the job queue to a worker',
        description:
          'Proves the API → queue → worker path. Poll GET /api/v1/system/pings/{id} for the answer.',
        body: CreatePing,
        response: { 202: Ping, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      await requireAuth(request);
      const ping = await requestPing({ ctx: request.ctx, input: request.body });
      return reply.status(202).send(ping);
    },
  );
}
