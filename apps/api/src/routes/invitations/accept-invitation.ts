import { AcceptInvitation, Session } from '@logai/contracts';
import { acceptInvitation as acceptInvitationVerb } from '@logai/core';
import type { App } from '../../app';
import { sendSession } from '../../plugins/auth';
import { errors } from '../responses';

export function acceptInvitation(app: App): void {
  app.post(
    '/api/v1/invitations/accept',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation, with a new account or an existing one',
        body: AcceptInvitation,
        response: { 200: Session, ...errors(400, 401, 404, 429) },
      },
    },
    async (request, reply) => {
      const session = await acceptInvitationVerb({ ctx: request.ctx, input: request.body });
      return sendSession(reply, session, request.body.session, app.deps.cookies);
    },
  );
}
