import { UploadComparison } from '@logai/contracts';
import { compareUploads as compareUploadsVerb } from '@logai/core';
import { z } from 'zod';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

const Params = z.object({
  id: z.uuid({ error: 'expected an upload id (UUID)' }),
  otherId: z.uuid({ error: 'expected an upload id (UUID)' }),
});

export function compareUploads(app: App): void {
  app.get(
    '/api/v1/uploads/:id/compare/:otherId',
    {
      schema: {
        tags: ['analysis'],
        summary: 'New, gone and changed patterns of :otherId compared with :id, with a distance score',
        security: authenticated,
        params: Params,
        response: { 200: UploadComparison, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      compareUploadsVerb({
        ctx: await requireAuth(request),
        baseId: request.params.id,
        targetId: request.params.otherId,
      }),
  );
}
