import { EventContext, EventContextQuery } from '@logai/contracts';
import { getEventContext as getEventContextVerb } from '@logai/core';
import { z } from 'zod';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

const Params = z.object({
  id: z.uuid({ error: 'expected an upload id (UUID)' }),
  eventId: z.string().regex(/^\d{1,18}$/, 'expected an event id'),
});

export function getEventContext(app: App): void {
  app.get(
    '/api/v1/uploads/:id/events/:eventId/context',
    {
      schema: {
        tags: ['analysis'],
        summary: 'The lines around an event, in its own file',
        security: authenticated,
        params: Params,
        querystring: EventContextQuery,
        response: { 200: EventContext, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      getEventContextVerb({
        ctx: await requireAuth(request),
        uploadId: request.params.id,
        eventId: request.params.eventId,
        input: request.query,
      }),
  );
}
