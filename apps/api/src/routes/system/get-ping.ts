import { ErrorBody, Ping, PingParams } from '@logai/contracts';
import { getPing as getPingVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated } from '../responses';

export function getPing(app: App): void {
  app.get(
    '/api/v1/system/pings/:id',
    {
      schema: {
        tags: ['system'],
        security: authenticated,
        summary: 'Read a ping: queued, or processed by a worker',
        params: PingParams,
        response: { 200: Ping, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      await requireAuth(request);
      return getPingVerb({ ctx: request.ctx, input: request.params });
    },
  );
}
