import { Organization, RenameOrganization } from '@logai/contracts';
import { renameOrganization as renameOrganizationVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function renameOrganization(app: App): void {
  app.patch(
    '/api/v1/organization',
    {
      schema: {
        tags: ['organization'],
        summary: 'Rename the organisation (admin)',
        security: authenticated,
        body: RenameOrganization,
        response: { 200: Organization, ...errors(400, 401, 403) },
      },
    },
    async (request) => renameOrganizationVerb({ ctx: await requireAuth(request), input: request.body }),
  );
}
