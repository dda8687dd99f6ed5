import { MemberParams } from '@logai/contracts';
import { removeMember as removeMemberVerb } from '@logai/core';
import { z } from 'zod';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function removeMember(app: App): void {
  app.delete(
    '/api/v1/organization/members/:userId',
    {
      schema: {
        tags: ['organization'],
        summary: 'Remove a member (admin), or leave the organisation (your own id)',
        security: authenticated,
        params: MemberParams,
        response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeMemberVerb({ ctx: await requireAuth(request), userId: request.params.userId });
      return reply.status(204).send(null);
    },
  );
}
