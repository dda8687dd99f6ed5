import { EventPage, EventQuery, IdParams } from '@logai/contracts';
import { searchEvents as searchEventsVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function searchEvents(app: App): void {
  app.get(
    '/api/v1/uploads/:id/events',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Search the events of an upload (time range, level, pattern, file, text), in time order',
        security: authenticated,
        params: IdParams,
        querystring: EventQuery,
        response: { 200: EventPage, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      searchEventsVerb({
        ctx: await requireAuth(request),
        uploadId: request.params.id,
        input: request.query,
      }),
  );
}
