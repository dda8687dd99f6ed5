import { IdParams, Upload } from '@logai/contracts';
import { getUpload as getUploadVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function getUpload(app: App): void {
  app.get(
    '/api/v1/uploads/:id',
    {
      schema: {
        tags: ['uploads'],
        summary: 'One upload, with its status and progress',
        security: authenticated,
        params: IdParams,
        response: { 200: Upload, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getUploadVerb({ ctx: await requireAuth(request), uploadId: request.params.id }),
  );
}
