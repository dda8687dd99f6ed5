import { IdParams } from '@logai/contracts';
import { revokeInvitation as revokeInvitationVerb } from '@logai/core';
import { z } from 'zod';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function revokeInvitation(app: App): void {
  app.delete(
    '/api/v1/organization/invitations/:id',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Revoke a pending invitation (admin)',
        security: authenticated,
        params: IdParams,
        response: { 204: z.null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeInvitationVerb({ ctx: await requireAuth(request), invitationId: request.params.id });
      return reply.status(204).send(null);
    },
  );
}
