import { Session, SignUp } from '@logai/contracts';
import { signUp as signUpVerb } from '@logai/core';
import type { App } from '../../app';
import { sendSession } from '../../plugins/auth';
import { errors } from '../responses';

export function signUp(app: App): void {
  app.post(
    '/api/v1/auth/sign-up',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an organisation and its owner, and sign in',
        body: SignUp,
        response: { 201: Session, ...errors(400, 409, 429) },
      },
    },
    async (request, reply) => {
      const session = await signUpVerb({ ctx: request.ctx, input: request.body });
      return reply.status(201).send(sendSession(reply, session, request.body.session, app.deps.cookies));
    },
  );
}
