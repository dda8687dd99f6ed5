import { CompleteDirectUpload, type Upload } from '@logai/contracts';
import { uploads } from '@logai/db';
import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { publishEvent } from '../live/publish';
import { withTenant } from '../tenancy/with-tenant';
import { findUploadRow } from './get-upload';
import { formatBytes } from './measure-stream';
import { queueAnalysis } from './queue-analysis';
import { toUpload, UploadMetadata } from './to-upload';

/** Finishes a direct upload: checks what reached the store, then queues the analysis. */
export async function completeDirectUpload({
  ctx,
  uploadId,
  input,
}: {
  ctx: OrgContext;
  uploadId: string;
  input: CompleteDirectUpload;
}): Promise<Upload> {
  assertCan(ctx, 'uploads.create');
  const { parts } = CompleteDirectUpload.parse(input);
  const row = await findUploadRow(ctx, uploadId);
  const metadata = UploadMetadata.parse(row.metadata);
  const member = metadata.members[0];
  if (row.status !== 'pending' || !metadata.direct || !member) {
    throw new AppError(
      'CONFLICT',
      `this upload is ${row.status}, not a direct upload waiting to be completed`,
    );
  }
  const { blobs, limits } = ctx.deps;
  if (!blobs.direct)
    throw new AppError('VALIDATION', 'direct uploads need the S3 blob store (BLOB_STORE=s3)');
  let size: number;
  if (metadata.direct.multipartId) {
    if (!parts?.length)
      throw new AppError('VALIDATION', 'a multipart upload is completed with its parts and their ETags');
    size = (await blobs.direct.completeMultipart(member.key, metadata.direct.multipartId, parts)).size;
  } else {
    const stored = await blobs.stat(member.key);
    if (!stored)
      throw new AppError(
        'VALIDATION',
        'the file has not reached storage yet: PUT it to the presigned URL first',
      );
    size = stored.size;
  }
  if (size === 0 || size > limits.uploadMaxBytes) {
    await blobs.deletePrefix(`${ctx.organizationId}/${uploadId}/`);
    await withTenant(ctx, (tx) => tx.delete(uploads).where(eq(uploads.id, uploadId)));
    throw size === 0
      ? new AppError('UNSUPPORTED_INPUT', `${member.name} is empty`)
      : new AppError(
          'LIMIT_EXCEEDED',
          `the upload is larger than the limit of ${formatBytes(limits.uploadMaxBytes)}`,
        );
  }
  const completed: UploadMetadata = { ...metadata, members: [{ ...member, size }], direct: undefined };
  const updated = await withTenant(ctx, async (tx) => {
    const [saved] = await tx
      .update(uploads)
      .set({
        status: 'queued',
        fileSize: size,
        metadata: completed,
        progress: { stage: 'queued', bytesDone: 0, bytesTotal: size, percent: 0 },
      })
      .where(and(eq(uploads.id, uploadId), eq(uploads.status, 'pending')))
      .returning();
    if (!saved) throw new AppError('CONFLICT', 'this upload was completed already');
    await queueAnalysis(ctx, tx, { id: uploadId, filename: row.filename, bytes: size, direct: true });
    // Before the commit lets a worker start (see createUpload).
    await publishEvent(ctx.deps, ctx.organizationId, {
      type: 'upload.updated',
      data: { uploadId, status: 'queued', progress: toUpload(saved).progress, error: null },
    });
    return saved;
  });
  return toUpload(updated);
}
