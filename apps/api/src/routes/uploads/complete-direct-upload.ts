import { CompleteDirectUpload, IdParams, Upload } from '@logai/contracts';
import { completeDirectUpload as completeDirectUploadVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function completeDirectUpload(app: App): void {
  app.post(
    '/api/v1/uploads/:id/complete',
    {
      schema: {
        tags: ['uploads'],
        summary: 'Finish a direct upload and queue its analysis',
        security: authenticated,
        params: IdParams,
        body: CompleteDirectUpload,
        response: { 202: Upload, ...errors(400, 401, 403, 404, 409, 413, 422) },
      },
    },
    async (request, reply) =>
      reply.status(202).send(
        await completeDirectUploadVerb({
          ctx: await requireAuth(request),
          uploadId: request.params.id,
          input: request.body,
        }),
      ),
  );
}
