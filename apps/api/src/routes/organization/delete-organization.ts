import { deleteOrganization as deleteOrganizationVerb } from '@logai/core';
import { z } from 'zod';
import type { App } from '../../app';
import { clearSessionCookies, requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function deleteOrganization(app: App): void {
  app.delete(
    '/api/v1/organization',
    {
      schema: {
        tags: ['organization'],
        summary: 'Delete the organisation and everything it owns (owner)',
        security: authenticated,
        response: { 204: z.null(), ...errors(401, 403) },
      },
    },
    async (request, reply) => {
      await deleteOrganizationVerb({ ctx: await requireAuth(request) });
      clearSessionCookies(reply, app.deps.cookies);
      return reply.status(204).send(null);
    },
  );
}
