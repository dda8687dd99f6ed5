import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buffer, text } from 'node:stream/consumers';
import { CreateBucketCommand, ListMultipartUploadsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { BlobStore } from '@logai/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { motoCredentials, motoRegion, useMotoServer } from '../../../../test/support/moto-server';
import { createS3BlobStore } from './s3-blob-store';
import { createS3Client } from './s3-client';

const moto = useMotoServer();
const bucket = 'logai-test-blobs';
let store: BlobStore;
let client: ReturnType<typeof createS3Client>;

beforeAll(async () => {
  const settings = {
    region: motoRegion,
    endpoint: moto.endpoint,
    forcePathStyle: true,
    credentials: motoCredentials,
  };
  client = createS3Client(settings);
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  store = createS3BlobStore({ ...settings, bucket, partSize: 5 * 1024 * 1024, queueSize: 2 });
});

async function keysUnder(prefix: string): Promise<string[]> {
  const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : []));
}

async function multipartUploadsInProgress(): Promise<number> {
  const listed = await client.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
  return listed.Uploads?.length ?? 0;
}

function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc !== 'function') throw new Error('cannot expose the garbage collector');
  return () => gc();
}

/** `total` bytes produced chunk by chunk, failing instead of ending when `failAt` is reached. */
function generated(total: number, failAt?: number): Readable {
  let produced = 0;
  return new Readable({
    read() {
      if (failAt !== undefined && produced >= failAt) return this.destroy(new Error('client went away'));
      if (produced >= total) return this.push(null);
      const chunk = Buffer.alloc(Math.min(256 * 1024, total - produced), produced % 251);
      produced += chunk.length;
      this.push(chunk);
    },
  });
}

describe('S3 blob store', () => {
  it('streams a blob in and reads it back whole, by range and by stat', async () => {
    const key = 'org-1/upload-1/abc123';
    expect(
      await store.put(key, Readable.from(['hello ', 'streaming ', 'world']), { contentType: 'text/plain' }),
    ).toEqual({
      size: 21,
    });
    expect(await text(await store.get(key))).toBe('hello streaming world');
    expect(await text(await store.get(key, { start: 6, end: 14 }))).toBe('streaming');
    expect(await text(await store.get(key, { start: 16 }))).toBe('world');
    expect(await store.stat(key)).toEqual({ size: 21 });
  });

  it('stores an empty blob, and refuses a range that starts past the end', async () => {
    const key = 'org-1/empty/blob';
    expect(await store.put(key, Readable.from([]))).toEqual({ size: 0 });
    expect(await text(await store.get(key))).toBe('');
    await store.put('org-1/short/blob', Readable.from(['12345']));
    await expect(store.get('org-1/short/blob', { start: 5 })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(store.get('org-1/short/blob', { start: 3, end: 1 })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await text(await store.get('org-1/short/blob', { start: 3, end: 99 }))).toBe('45');
  });

  it('answers a missing blob with NOT_FOUND on get and null on stat', async () => {
    await expect(store.get('org-1/nope/none')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await store.stat('org-1/nope/none')).toBeNull();
  });

  it('deletes one blob, then every blob under a prefix, across pages of 1000', async () => {
    await store.put('org-2/u1/a', Readable.from(['a']));
    await store.delete('org-2/u1/a');
    await store.delete('org-2/u1/a');
    expect(await store.stat('org-2/u1/a')).toBeNull();

    const many = Array.from({ length: 1003 }, (_, index) => `org-2/u2/member-${index}`);
    for (let index = 0; index < many.length; index += 50) {
      await Promise.all(many.slice(index, index + 50).map((key) => store.put(key, Readable.from(['x']))));
    }
    await store.put('org-2/u3/keep', Readable.from(['keep']));
    await store.deletePrefix('org-2/u2/');
    expect(await keysUnder('org-2/')).toEqual(['org-2/u3/keep']);
  });

  it('streams a 50 MB blob through multipart upload and reads it back intact', async () => {
    const size = 50 * 1024 * 1024;
    const key = 'org-3/big/blob';
    const collect = exposeGc();
    collect();
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    let chunks = 0;
    // Live buffer memory, sampled after a full collection every 5 MB read from the source.
    const body = generated(size).on('data', () => {
      if (++chunks % 20 !== 0) return;
      collect();
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    });
    expect(await store.put(key, body)).toEqual({ size });
    // Parts of 5 MiB, two in flight: a write that buffered the whole blob would hold 50 MB or more.
    expect(peak - before).toBeLessThan(40 * 1024 * 1024);
    expect(await store.stat(key)).toEqual({ size });
    const tail = await buffer(await store.get(key, { start: size - 10 }));
    expect(tail).toEqual(Buffer.alloc(10, (size - 256 * 1024) % 251));
    expect(await multipartUploadsInProgress()).toBe(0);
  });

  it('leaves no object and no multipart upload behind when the stream fails mid-way', async () => {
    const key = 'org-4/failing/blob';
    await expect(store.put(key, generated(30 * 1024 * 1024, 12 * 1024 * 1024))).rejects.toThrow(
      'client went away',
    );
    expect(await store.stat(key)).toBeNull();
    expect(await multipartUploadsInProgress()).toBe(0);
  });

  it('leaves no object and no multipart upload behind when the write is aborted', async () => {
    const key = 'org-4/aborted/blob';
    const controller = new AbortController();
    const body = generated(40 * 1024 * 1024);
    let sent = 0;
    body.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (sent > 11 * 1024 * 1024) controller.abort();
    });
    await expect(store.put(key, body, { signal: controller.signal })).rejects.toThrow();
    expect(await store.stat(key)).toBeNull();
    expect(await multipartUploadsInProgress()).toBe(0);
  });

  it.each(['../escape', '/abs', 'a\\b', 'a/\0', 'a//b'])('rejects the key %j', async (key) => {
    await expect(store.put(key, Readable.from(['x']))).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(store.get(key)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(store.direct?.presignPut(key, { expiresInSeconds: 60 })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('lets a client PUT straight to a presigned URL', async () => {
    const direct = store.direct;
    if (!direct) throw new Error('the S3 store offers direct uploads');
    const key = 'org-5/direct/put';
    const url = await direct.presignPut(key, { expiresInSeconds: 300, contentType: 'text/plain' });
    const response = await fetch(url, {
      method: 'PUT',
      body: 'sent directly',
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.status).toBe(200);
    expect(await text(await store.get(key))).toBe('sent directly');
  });

  it('lets a client upload the parts of a multipart upload to presigned URLs', async () => {
    const direct = store.direct;
    if (!direct) throw new Error('the S3 store offers direct uploads');
    const key = 'org-5/direct/multipart';
    const parts = [randomBytes(5 * 1024 * 1024), randomBytes(1024)];
    const { uploadId } = await direct.createMultipart(key, { contentType: 'application/octet-stream' });
    const urls = await direct.presignParts(key, uploadId, [1, 2], 300);
    const etags = await Promise.all(
      urls.map(async ({ partNumber, url }) => {
        const response = await fetch(url, { method: 'PUT', body: parts[partNumber - 1] });
        expect(response.status).toBe(200);
        return { partNumber, etag: response.headers.get('etag') ?? '' };
      }),
    );
    expect(await direct.completeMultipart(key, uploadId, etags.reverse())).toEqual({
      size: 5 * 1024 * 1024 + 1024,
    });
    const stored = await buffer(await store.get(key));
    // Buffer.equals: a deep toEqual over 5 MB is needlessly slow.
    expect(stored.equals(Buffer.concat(parts))).toBe(true);
  });

  it('aborts a direct multipart upload so that nothing is left', async () => {
    const direct = store.direct;
    if (!direct) throw new Error('the S3 store offers direct uploads');
    const key = 'org-5/direct/abandoned';
    const { uploadId } = await direct.createMultipart(key);
    const [part] = await direct.presignParts(key, uploadId, [1], 300);
    await fetch(part?.url ?? '', { method: 'PUT', body: 'partial' });
    await direct.abortMultipart(key, uploadId);
    expect(await multipartUploadsInProgress()).toBe(0);
    expect(await store.stat(key)).toBeNull();
  });

  it('lists its objects, and aborts multipart uploads nobody finished', async () => {
    const own = createS3BlobStore({
      region: motoRegion,
      endpoint: moto.endpoint,
      forcePathStyle: true,
      credentials: motoCredentials,
      bucket,
    });
    const prefix = `listed-${randomBytes(4).toString('hex')}`;
    await own.put(`${prefix}/u1/0`, Readable.from(['abc']));
    const listed = [];
    for await (const blob of own.list()) if (blob.key.startsWith(prefix)) listed.push([blob.key, blob.size]);
    expect(listed).toEqual([[`${prefix}/u1/0`, 3]]);
    // A direct upload a browser started and abandoned.
    await own.direct?.createMultipart(`${prefix}/u2/0`);
    expect(await multipartUploadsInProgress()).toBeGreaterThanOrEqual(1);
    // moto reports the same old `Initiated` date for every upload, so only the reaping itself is
    // checked here; the age rule is the filesystem store's test.
    expect(await own.reapPartial(new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(1);
    expect(await multipartUploadsInProgress()).toBe(0);
  });
});
