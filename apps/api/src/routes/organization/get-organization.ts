import { Organization } from '@logai/contracts';
import { getOrganization as getOrganizationVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function getOrganization(app: App): void {
  app.get(
    '/api/v1/organization',
    {
      schema: {
        tags: ['organization'],
        summary: 'The organisation of the caller',
        security: authenticated,
        response: { 200: Organization, ...errors(401, 403) },
      },
    },
    async (request) => getOrganizationVerb({ ctx: await requireAuth(request) }),
  );
}
