import { UploadListQuery, UploadPage } from '@logai/contracts';
import { listUploads as listUploadsVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function listUploads(app: App): void {
  app.get(
    '/api/v1/uploads',
    {
      schema: {
        tags: ['uploads'],
        summary: 'Uploads of the organisation, newest first',
        security: authenticated,
        querystring: UploadListQuery,
        response: { 200: UploadPage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listUploadsVerb({ ctx: await requireAuth(request), input: request.query }),
  );
}
