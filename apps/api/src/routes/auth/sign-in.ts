import { Session, SignIn } from '@logai/contracts';
import { signIn as signInVerb } from '@logai/core';
import type { App } from '../../app';
import { sendSession } from '../../plugins/auth';
import { errors } from '../responses';

export function signIn(app: App): void {
  app.post(
    '/api/v1/auth/sign-in',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        description: 'session=token answers the tokens; session=cookie sets httpOnly cookies (browsers).',
        body: SignIn,
        response: { 200: Session, ...errors(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const session = await signInVerb({ ctx: request.ctx, input: request.body });
      return sendSession(reply, session, request.body.session, app.deps.cookies);
    },
  );
}
