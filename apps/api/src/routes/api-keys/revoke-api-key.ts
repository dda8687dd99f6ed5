import { IdParams } from '@logai/contracts';
import { revokeApiKey as revokeApiKeyVerb } from '@logai/core';
import { z } from 'zod';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function revokeApiKey(app: App): void {
  app.delete(
    '/api/v1/organization/api-keys/:id',
    {
      schema: {
        tags: ['api-keys'],
        summary: 'Revoke an API key (admin)',
        security: authenticated,
        params: IdParams,
        response: { 204: z.null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeApiKeyVerb({ ctx: await requireAuth(request), apiKeyId: request.params.id });
      return reply.status(204).send(null);
    },
  );
}
