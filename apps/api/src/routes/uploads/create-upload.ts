import multipart from '@fastify/multipart';
import { RawUploadQuery, Upload } from '@logai/contracts';
import { createUpload as createUploadVerb, type IncomingFile } from '@logai/core';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from '../../app';
import { requireAuth } from '../../plugins/auth';
import { authenticated, errors } from '../responses';

/**
 * POST /api/v1/uploads takes multipart/form-data (one or several `file` fields) or the raw bytes of one
 * file (`?filename=`). Bodies are never parsed or buffered here: they stream into the blob store.
 */
export async function createUpload(app: App): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    await scope.register(multipart, {
      limits: { fileSize: app.deps.limits.uploadMaxBytes + 1, files: 100, fields: 20, fieldSize: 64 * 1024 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/uploads',
      {
        schema: {
          tags: ['uploads'],
          summary: 'Upload one or several log files, or a bundle (zip, tar, tar.gz)',
          description:
            'multipart/form-data with `file` fields, or the raw bytes with ?filename=; ?timezone= names the zone of times ' +
            'written without one. Streams into storage; answers 202 ' +
            'with the upload, queued for analysis. Over the size limit: 413. `duplicateOf` names an earlier upload with ' +
            'the same content.',
          consumes: ['multipart/form-data', 'application/octet-stream'],
          security: authenticated,
          querystring: RawUploadQuery,
          response: { 202: Upload, ...errors(400, 401, 403, 413, 422) },
        },
      },
      async (request, reply) => {
        const ctx = await requireAuth(request);
        const upload = await createUploadVerb({
          ctx,
          files: filesOf(request, request.query.filename),
          ...(request.query.timezone === undefined ? {} : { timeZone: request.query.timezone }),
        });
        return reply.status(202).send(upload);
      },
    );
  });
}

async function* filesOf(request: FastifyRequest, filename: string | undefined): AsyncGenerator<IncomingFile> {
  if (request.isMultipart()) {
    for await (const part of request.parts()) {
      if (part.type === 'file') yield { name: part.filename || part.fieldname, stream: part.file };
    }
    return;
  }
  yield { name: filename ?? 'upload.log', stream: request.raw };
}
