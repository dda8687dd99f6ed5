import type { Readable } from 'node:stream';

export interface BlobInfo {
  size: number;
}

export interface ListedBlob {
  key: string;
  size: number;
  modifiedAt: Date;
}

/**
 * Where uploaded files live: the filesystem by default, S3 at scale. Writes stream (never buffer a
 * whole file) and are all-or-nothing: a failed or aborted write leaves no partial blob behind.
 */
export interface BlobStore {
  readonly kind: 'filesystem' | 's3';
  put(
    key: string,
    body: Readable,
    options?: { contentType?: string; signal?: AbortSignal },
  ): Promise<BlobInfo>;
  /** Streams the blob, or the inclusive byte range [start, end]. Rejects with NOT_FOUND when absent. */
  get(key: string, range?: { start: number; end?: number }): Promise<Readable>;
  stat(key: string): Promise<BlobInfo | null>;
  delete(key: string): Promise<void>;
  /** Deletes every blob whose key starts with the prefix (an upload's members, an organisation). */
  deletePrefix(prefix: string): Promise<void>;
  /** Every blob, in no particular order (for the reaper of orphans). */
  list(): AsyncIterable<ListedBlob>;
  /**
   * Removes the remains of writes that never finished (a process killed mid-upload): temporary files,
   * unfinished multipart uploads, untouched since `olderThan`. Returns how many went.
   */
  reapPartial(olderThan: Date): Promise<number>;
  /** Present only when clients can upload straight to the store (S3), bypassing the API. */
  readonly direct?: DirectUploads;
}

export interface PresignedPart {
  partNumber: number;
  url: string;
}

/** Direct-to-store uploads: one presigned PUT for small files, presigned multipart for large ones. */
export interface DirectUploads {
  presignPut(key: string, options: { expiresInSeconds: number; contentType?: string }): Promise<string>;
  createMultipart(key: string, options?: { contentType?: string }): Promise<{ uploadId: string }>;
  presignParts(
    key: string,
    uploadId: string,
    partNumbers: number[],
    expiresInSeconds: number,
  ): Promise<PresignedPart[]>;
  completeMultipart(
    key: string,
    uploadId: string,
    parts: { partNumber: number; etag: string }[],
  ): Promise<BlobInfo>;
  abortMultipart(key: string, uploadId: string): Promise<void>;
}
