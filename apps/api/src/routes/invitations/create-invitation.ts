import { CreatedInvitation, CreateInvitation } from '@logai/contracts';
import { createInvitation as createInvitationVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function createInvitation(app: App): void {
  app.post(
    '/api/v1/organization/invitations',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Invite someone by e-mail (admin)',
        description: 'Without an SMTP server configured, the answer carries the link to pass on.',
        security: authenticated,
        body: CreateInvitation,
        response: { 201: CreatedInvitation, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createInvitationVerb({ ctx: await requireAuth(request), input: request.body })),
  );
}
