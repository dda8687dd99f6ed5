import { Me } from '@logai/contracts';
import { getMe } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function me(app: App): void {
  app.get(
    '/api/v1/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, in which organisation, with which role',
        security: authenticated,
        response: { 200: Me, ...errors(401) },
      },
    },
    async (request) => getMe({ ctx: await requireAuth(request) }),
  );
}
