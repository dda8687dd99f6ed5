import { ApiKeyList } from '@logai/contracts';
import { listApiKeys as listApiKeysVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function listApiKeys(app: App): void {
  app.get(
    '/api/v1/organization/api-keys',
    {
      schema: {
        tags: ['api-keys'],
        summary: 'API keys: prefix, name, role, created, last used (admin)',
        security: authenticated,
        response: { 200: ApiKeyList, ...errors(401, 403) },
      },
    },
    async (request) => ({ items: await listApiKeysVerb({ ctx: await requireAuth(request) }) }),
  );
}
