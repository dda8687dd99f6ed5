import { IdParams, Summary } from '@logai/contracts';
import { getSummary as getSummaryVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function getSummary(app: App): void {
  app.get(
    '/api/v1/uploads/:id/summary',
    {
      schema: {
        tags: ['analysis'],
        summary: 'The summary of an analysed upload',
        security: authenticated,
        params: IdParams,
        response: { 200: Summary, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getSummaryVerb({ ctx: await requireAuth(request), uploadId: request.params.id }),
  );
}
