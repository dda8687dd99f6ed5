import { Readable, Transform } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { AppError, type BlobInfo, type BlobStore } from '@logai/core';
import { assertBlobKey, assertBlobPrefix, assertRange } from './blob-key';
import { createS3Client, type S3ClientOptions } from './s3-client';
import { createS3DirectUploads } from './s3-direct-uploads';

export interface S3BlobStoreOptions extends S3ClientOptions {
  bucket: string;
  /** Size of one multipart part (≥ 5 MiB); memory held is about partSize × queueSize. */
  partSize?: number;
  /** Parts uploaded at the same time. */
  queueSize?: number;
}

/** Blobs in an S3 bucket: multipart streaming writes with bounded memory, range reads, presigned uploads. */
export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore {
  const { bucket } = options;
  const client = createS3Client(options);

  return {
    kind: 's3',
    direct: createS3DirectUploads(client, bucket),

    async put(key, body, { contentType, signal } = {}) {
      assertBlobKey(key);
      let size = 0;
      const counted = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          done(null, chunk);
        },
      });
      // Failing the body (rather than Upload.abort(), which rejects at once) makes `done()` settle only
      // after lib-storage has aborted the multipart upload, so nothing is left behind when we return.
      const fail = (error: unknown) =>
        counted.destroy(error instanceof Error ? error : new Error(String(error)));
      body.once('error', fail);
      body.pipe(counted);
      const onAbort = () => fail(signal?.reason ?? new Error('upload aborted'));
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: key, Body: counted, ContentType: contentType },
        partSize: options.partSize ?? 8 * 1024 * 1024,
        queueSize: options.queueSize ?? 4,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
        return { size };
      } catch (error) {
        body.destroy();
        throw error;
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    },

    async get(key, range) {
      assertBlobKey(key);
      if (range) assertRange(range);
      try {
        const object = await client.send(
          new GetObjectCommand({
            Bucket: bucket,
            Key: key,
            Range: range ? `bytes=${range.start}-${range.end ?? ''}` : undefined,
          }),
        );
        if (object.Body instanceof Readable) return object.Body;
        if (object.Body === undefined) return Readable.from([]);
        throw new AppError('INTERNAL', 'S3 returned a body that is not a Node.js stream');
      } catch (error) {
        if (isNotFound(error)) throw new AppError('NOT_FOUND', `blob ${JSON.stringify(key)} not found`);
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 416) {
          throw new AppError('VALIDATION', `byte range starts past the end of blob ${JSON.stringify(key)}`);
        }
        throw error;
      }
    },

    async stat(key): Promise<BlobInfo | null> {
      assertBlobKey(key);
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { size: head.ContentLength ?? 0 };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      assertBlobKey(key);
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async deletePrefix(prefix) {
      assertBlobPrefix(prefix);
      let continuationToken: string | undefined;
      do {
        // A page holds at most 1000 keys, which is also DeleteObjects' limit.
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: continuationToken }),
        );
        const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
        if (keys.length > 0) {
          const deleted = await client.send(
            new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }),
          );
          const failed = deleted.Errors ?? [];
          if (failed.length > 0) {
            throw new AppError('INTERNAL', `could not delete ${failed.length} blob(s) under ${prefix}`, {
              first: failed[0]?.Message,
            });
          }
        }
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken);
    },

    async *list() {
      let continuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: continuationToken }),
        );
        for (const object of page.Contents ?? []) {
          if (object.Key === undefined) continue;
          yield { key: object.Key, size: object.Size ?? 0, modifiedAt: object.LastModified ?? new Date() };
        }
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken);
    },

    async reapPartial(olderThan) {
      // Multipart uploads that were started but neither completed nor aborted (a killed API, or a
      // browser that gave up on a direct upload). A bucket lifecycle rule does the same, more slowly.
      let reaped = 0;
      let keyMarker: string | undefined;
      let uploadIdMarker: string | undefined;
      do {
        const page = await client.send(
          new ListMultipartUploadsCommand({
            Bucket: bucket,
            KeyMarker: keyMarker,
            UploadIdMarker: uploadIdMarker,
          }),
        );
        for (const upload of page.Uploads ?? []) {
          if (!upload.Key || !upload.UploadId || !upload.Initiated || upload.Initiated >= olderThan) continue;
          await client.send(
            new AbortMultipartUploadCommand({ Bucket: bucket, Key: upload.Key, UploadId: upload.UploadId }),
          );
          reaped++;
        }
        keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
        uploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
      } while (keyMarker);
      return reaped;
    },
  };
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)
  );
}
