import { IdParams, PatternPage, PatternQuery } from '@logai/contracts';
import { listPatterns as listPatternsVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function listPatterns(app: App): void {
  app.get(
    '/api/v1/uploads/:id/patterns',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Patterns of an upload by count, with samples, variable statistics and sparklines',
        security: authenticated,
        params: IdParams,
        querystring: PatternQuery,
        response: { 200: PatternPage, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      listPatternsVerb({
        ctx: await requireAuth(request),
        uploadId: request.params.id,
        input: request.query,
      }),
  );
}
