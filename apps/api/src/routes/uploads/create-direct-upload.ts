import { DirectUploadRequest, DirectUploadTicket } from '@logai/contracts';
import { createDirectUpload as createDirectUploadVerb } from '@logai/core';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

export function createDirectUpload(app: App): void {
  app.post(
    '/api/v1/uploads/direct',
    {
      schema: {
        tags: ['uploads'],
        summary: 'Start an upload straight to S3 (large files bypass the API)',
        description:
          'Answers presigned URLs: PUT the whole file to `url`, or each part to its URL (keeping the ETags), then ' +
          'POST /api/v1/uploads/{id}/complete. Only with the S3 blob store.',
        security: authenticated,
        body: DirectUploadRequest,
        response: { 201: DirectUploadTicket, ...errors(400, 401, 403, 413) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createDirectUploadVerb({ ctx: await requireAuth(request), input: request.body })),
  );
}
