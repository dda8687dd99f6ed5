import { IdParams } from '@logai/contracts';
import { deleteUpload as deleteUploadVerb } from '@logai/core';
import { z } from 'zod';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function deleteUpload(app: App): void {
  app.delete(
    '/api/v1/uploads/:id',
    {
      schema: {
        tags: ['uploads'],
        summary: 'Delete an upload, its blobs and everything derived from it',
        security: authenticated,
        params: IdParams,
        response: { 204: z.null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteUploadVerb({ ctx: await requireAuth(request), uploadId: request.params.id });
      return reply.status(204).send(null);
    },
  );
}
