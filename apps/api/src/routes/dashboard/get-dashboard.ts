import { Dashboard } from '@logai/contracts';
import { getDashboard as getDashboardVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function getDashboard(app: App): void {
  app.get(
    '/api/v1/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'The organisation at a glance',
        security: authenticated,
        response: { 200: Dashboard, ...errors(401, 403) },
      },
    },
    async (request) => getDashboardVerb({ ctx: await requireAuth(request) }),
  );
}
