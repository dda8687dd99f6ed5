import { randomUUID } from 'node:crypto';
import { DirectUploadRequest, type DirectUploadTicket } from '@logai/contracts';
import { uploads } from '@logai/db';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';
import { cleanFilename } from './incoming-file';
import { formatBytes } from './measure-stream';
import { toUpload, type UploadMetadata } from './to-upload';
import { uploadTimeZone } from './upload-time-zone';

const MIN_PART = 8 * 1024 * 1024;
const MAX_PARTS = 10_000;
const TICKET_SECONDS = 3600;

/**
 * Starts an upload that goes straight to the blob store (S3), bypassing the API: one presigned PUT for
 * files up to two parts, presigned multipart beyond. The upload stays `pending` until completed.
 */
export async function createDirectUpload({
  ctx,
  input,
}: {
  ctx: OrgContext;
  input: DirectUploadRequest;
}): Promise<DirectUploadTicket> {
  assertCan(ctx, 'uploads.create');
  const { filename, size, contentType, timezone } = DirectUploadRequest.parse(input);
  const timeZone = uploadTimeZone(timezone);
  const { blobs, limits } = ctx.deps;
  if (!blobs.direct) {
    throw new AppError(
      'VALIDATION',
      'direct uploads need the S3 blob store (BLOB_STORE=s3); POST the file to /api/v1/uploads instead',
    );
  }
  if (size > limits.uploadMaxBytes) {
    throw new AppError(
      'LIMIT_EXCEEDED',
      `the upload is larger than the limit of ${formatBytes(limits.uploadMaxBytes)}`,
    );
  }
  const uploadId = randomUUID();
  const key = `${ctx.organizationId}/${uploadId}/0`;
  const partSize = Math.max(MIN_PART, Math.ceil(size / MAX_PARTS));
  const expiresAt = new Date(Date.now() + TICKET_SECONDS * 1000);
  const name = cleanFilename(filename);
  let multipartId: string | null = null;
  let url: string | undefined;
  let parts: { partNumber: number; url: string }[] | undefined;
  if (size > 2 * partSize) {
    multipartId = (await blobs.direct.createMultipart(key, { contentType })).uploadId;
    const numbers = Array.from({ length: Math.ceil(size / partSize) }, (_, index) => index + 1);
    parts = await blobs.direct.presignParts(key, multipartId, numbers, TICKET_SECONDS);
  } else {
    url = await blobs.direct.presignPut(key, { expiresInSeconds: TICKET_SECONDS, contentType });
  }
  const metadata: UploadMetadata = {
    members: [
      { name, key, size, sha256: '', format: null, lines: null, events: null, start: null, end: null },
    ],
    files: [],
    severity: null,
    anomalyCount: 0,
    errorCount: 0,
    ...(timeZone === undefined ? {} : { timeZone }),
    direct: { multipartId, partSize },
  };
  const [row] = await withTenant(ctx, (tx) =>
    tx
      .insert(uploads)
      .values({
        id: uploadId,
        organizationId: ctx.organizationId,
        filename: name,
        s3Key: `${ctx.organizationId}/${uploadId}/`,
        fileSize: size,
        status: 'pending',
        metadata,
        progress: { stage: 'uploading', bytesDone: 0, bytesTotal: size, percent: 0 },
        uploadedBy: ctx.actor.userId,
      })
      .returning(),
  );
  if (!row) throw new Error('upload insert returned nothing');
  return {
    upload: toUpload(row),
    method: multipartId ? 'multipart' : 'put',
    ...(url ? { url } : {}),
    ...(parts ? { parts, partSize } : {}),
    expiresAt: expiresAt.toISOString(),
  };
}
