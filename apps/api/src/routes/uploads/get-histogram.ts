import { Histogram, HistogramQuery, IdParams } from '@logai/contracts';
import { getHistogram as getHistogramVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function getHistogram(app: App): void {
  app.get(
    '/api/v1/uploads/:id/histogram',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Events per time bucket and level, for the same filters as the event search',
        security: authenticated,
        params: IdParams,
        querystring: HistogramQuery,
        response: { 200: Histogram, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      getHistogramVerb({
        ctx: await requireAuth(request),
        uploadId: request.params.id,
        input: request.query,
      }),
  );
}
