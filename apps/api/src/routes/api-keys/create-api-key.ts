import { CreateApiKey, CreatedApiKey } from '@logai/contracts';
import { createApiKey as createApiKeyVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function createApiKey(app: App): void {
  app.post(
    '/api/v1/organization/api-keys',
    {
      schema: {
        tags: ['api-keys'],
        summary: 'Create an API key (admin); its secret is shown once',
        security: authenticated,
        body: CreateApiKey,
        response: { 201: CreatedApiKey, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createApiKeyVerb({ ctx: await requireAuth(request), input: request.body })),
  );
}
