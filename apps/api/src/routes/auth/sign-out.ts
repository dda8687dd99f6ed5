import { SignOut } from '@logai/contracts';
import { signOut as signOutVerb } from '@logai/core';
import { z } from 'zod';
import type { App } from '../../app';
import { assertCsrf, clearSessionCookies, COOKIES, requireAuth } from '../../plugins/auth';
import { errors } from '../responses';

export function signOut(app: App): void {
  app.post(
    '/api/v1/auth/sign-out',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the session (its refresh token family and access tokens)',
        body: SignOut.optional(),
        response: { 204: z.null(), ...errors(400, 403) },
      },
    },
    async (request, reply) => {
      const fromCookie = request.cookies[COOKIES.refresh] ?? request.cookies[COOKIES.access];
      if (fromCookie && !request.headers.authorization) assertCsrf(request);
      const auth = await requireAuth(request).catch(() => null);
      const refreshToken = request.body?.refreshToken ?? request.cookies[COOKIES.refresh];
      await signOutVerb({ ctx: auth ?? request.ctx, input: { refreshToken }, sessionId: auth?.sessionId });
      clearSessionCookies(reply, app.deps.cookies);
      return reply.status(204).send(null);
    },
  );
}
