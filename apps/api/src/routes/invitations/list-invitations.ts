import { InvitationList } from '@logai/contracts';
import { listInvitations as listInvitationsVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function listInvitations(app: App): void {
  app.get(
    '/api/v1/organization/invitations',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Invitations of the organisation (admin)',
        security: authenticated,
        response: { 200: InvitationList, ...errors(401, 403) },
      },
    },
    async (request) => ({ items: await listInvitationsVerb({ ctx: await requireAuth(request) }) }),
  );
}
