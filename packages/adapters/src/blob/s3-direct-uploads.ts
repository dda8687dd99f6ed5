import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { AppError, type DirectUploads } from '@logai/core';
import { assertBlobKey } from './blob-key';

/** Presigned URLs with which a client uploads straight to S3, never through the API. */
export function createS3DirectUploads(client: S3Client, bucket: string): DirectUploads {
  return {
    async presignPut(key, { expiresInSeconds, contentType }) {
      assertBlobKey(key);
      const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType });
      return getSignedUrl(client, command, { expiresIn: expiresInSeconds });
    },

    async createMultipart(key, { contentType } = {}) {
      assertBlobKey(key);
      const created = await client.send(
        new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType }),
      );
      if (!created.UploadId) throw new AppError('INTERNAL', 'S3 did not return a multipart upload id');
      return { uploadId: created.UploadId };
    },

    async presignParts(key, uploadId, partNumbers, expiresInSeconds) {
      assertBlobKey(key);
      return Promise.all(
        partNumbers.map(async (partNumber) => {
          if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10_000) {
            throw new AppError('VALIDATION', `part number ${partNumber} is outside 1..10000`);
          }
          const command = new UploadPartCommand({
            Bucket: bucket,
            Key: key,
            UploadId: uploadId,
            PartNumber: partNumber,
          });
          return { partNumber, url: await getSignedUrl(client, command, { expiresIn: expiresInSeconds }) };
        }),
      );
    },

    async completeMultipart(key, uploadId, parts) {
      assertBlobKey(key);
      const sorted = [...parts].sort((a, b) => a.partNumber - b.partNumber);
      await client.send(
        new CompleteMultipartUploadCommand({
          Bucket: bucket,
          Key: key,
          UploadId: uploadId,
          MultipartUpload: {
            Parts: sorted.map((part) => ({ PartNumber: part.partNumber, ETag: part.etag })),
          },
        }),
      );
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return { size: head.ContentLength ?? 0 };
    },

    async abortMultipart(key, uploadId) {
      assertBlobKey(key);
      await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }));
    },
  };
}
