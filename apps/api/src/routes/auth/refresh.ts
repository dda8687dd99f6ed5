import { RefreshSession, Session } from '@logai/contracts';
import { refreshSession } from '@logai/core';
import type { App } from '../../app';
import { assertCsrf, COOKIES, sendSession } from '../../plugins/auth';
import { errors } from '../responses';

export function refresh(app: App): void {
  app.post(
    '/api/v1/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange a refresh token for a new access and refresh token (rotation)',
        description: 'A refresh token works once; presenting a used one ends the whole session.',
        body: RefreshSession,
        response: { 200: Session, ...errors(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      let refreshToken = request.body.refreshToken;
      if (!refreshToken && request.cookies[COOKIES.refresh]) {
        assertCsrf(request);
        refreshToken = request.cookies[COOKIES.refresh];
      }
      const session = await refreshSession({ ctx: request.ctx, input: { ...request.body, refreshToken } });
      const mode = request.body.refreshToken ? request.body.session : 'cookie';
      return sendSession(reply, session, mode, app.deps.cookies);
    },
  );
}
