import { createHash, randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Upload } from '@logai/contracts';
import { uploads } from '@logai/db';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { publishEvent } from '../live/publish';
import { withTenant } from '../tenancy/with-tenant';
import { findDuplicate } from './find-duplicate';
import { cleanFilename, type IncomingFile } from './incoming-file';
import { measureStream } from './measure-stream';
import { queueAnalysis } from './queue-analysis';
import { toUpload, type UploadMetadata } from './to-upload';
import { uploadTimeZone } from './upload-time-zone';

/**
 * Streams the request's files into the blob store (hashing and counting, never buffering), then records
 * the upload and enqueues its analysis in one transaction. Whatever fails on the way, no blob and no
 * row is left behind.
 */
export async function createUpload({
  ctx,
  files,
  timeZone: givenZone,
}: {
  ctx: OrgContext;
  files: AsyncIterable<IncomingFile>;
  /** The zone the files' times written without one are in (an IANA name or an offset). */
  timeZone?: string;
}): Promise<Upload> {
  assertCan(ctx, 'uploads.create');
  const timeZone = uploadTimeZone(givenZone);
  const { blobs, limits } = ctx.deps;
  const uploadId = randomUUID();
  const prefix = `${ctx.organizationId}/${uploadId}/`;
  const members: UploadMetadata['members'] = [];
  let total = 0;
  try {
    for await (const file of files) {
      const key = `${prefix}${members.length}`;
      const meter = measureStream({ alreadyRead: total, maxBytes: limits.uploadMaxBytes });
      const stored = blobs.put(key, meter.stream);
      await Promise.all([pipeline(file.stream, meter.stream), stored]);
      const { bytes, sha256 } = meter.result();
      total += bytes;
      members.push({
        name: cleanFilename(file.name),
        key,
        size: bytes,
        sha256,
        format: null,
        lines: null,
        events: null,
        start: null,
        end: null,
      });
    }
    if (members.length === 0)
      throw new AppError(
        'VALIDATION',
        'the request holds no file: send a multipart "file" field or a raw body',
      );
    if (total === 0)
      throw new AppError(
        'UNSUPPORTED_INPUT',
        `${members.length === 1 ? members[0]?.name : 'every file'} is empty`,
      );
    const sha256 =
      members.length === 1 ? (members[0]?.sha256 ?? '') : combinedHash(members.map((m) => m.sha256));
    const filename =
      members.length === 1
        ? (members[0]?.name ?? '')
        : `${members.length} files: ${members.map((m) => m.name).join(', ')}`.slice(0, 255);
    const metadata: UploadMetadata = {
      members,
      files: [],
      severity: null,
      anomalyCount: 0,
      errorCount: 0,
      ...(timeZone === undefined ? {} : { timeZone }),
    };
    const row = await withTenant(ctx, async (tx) => {
      const [created] = await tx
        .insert(uploads)
        .values({
          id: uploadId,
          organizationId: ctx.organizationId,
          filename,
          s3Key: prefix,
          fileSize: total,
          status: 'queued',
          metadata,
          progress: { stage: 'queued', bytesDone: 0, bytesTotal: total, percent: 0 },
          sha256,
          uploadedBy: ctx.actor.userId,
        })
        .returning();
      if (!created) throw new Error('upload insert returned nothing');
      await queueAnalysis(ctx, tx, { id: uploadId, filename, bytes: total });
      // Before the commit lets a worker start: published after it, "queued" could reach browsers after
      // the worker's first progress and stand there as the upload's state.
      const { status, progress } = toUpload(created, null);
      await publishEvent(ctx.deps, ctx.organizationId, {
        type: 'upload.updated',
        data: { uploadId, status, progress, error: null },
      });
      return created;
    });
    return toUpload(row, await findDuplicate(ctx, sha256, uploadId));
  } catch (error) {
    await blobs
      .deletePrefix(prefix)
      .catch((cleanupError: unknown) =>
        ctx.deps.logger.error({ err: cleanupError, prefix }, 'could not remove the blobs of a failed upload'),
      );
    throw error;
  }
}

function combinedHash(hashes: string[]): string {
  return createHash('sha256').update(hashes.join('\n')).digest('hex');
}
