import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { BlobStore } from '@logai/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilesystemBlobStore } from './filesystem-blob-store';

let root: string;
let store: BlobStore;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'logai-blobs-'));
  store = createFilesystemBlobStore({ root: path.join(root, 'blobs') });
});
afterAll(async () => rm(root, { recursive: true, force: true }));

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

function failingStream(afterChunks: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent++ < afterChunks) this.push(Buffer.alloc(64 * 1024, 'x'));
      else this.destroy(new Error('client went away'));
    },
  });
}

describe('filesystem blob store', () => {
  it('streams a blob in and reads it back whole, by range and by stat', async () => {
    const key = 'org-1/upload-1/abc123';
    const info = await store.put(key, Readable.from(['hello ', 'streaming ', 'world']));
    expect(info).toEqual({ size: 21 });
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

  it('replaces a blob atomically when the same key is written again', async () => {
    await store.put('org-1/replace/x', Readable.from(['first']));
    await store.put('org-1/replace/x', Readable.from(['second']));
    expect(await text(await store.get('org-1/replace/x'))).toBe('second');
  });

  it('answers a missing blob with NOT_FOUND on get and null on stat', async () => {
    await expect(store.get('org-1/nope/none')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(store.get('org-1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await store.stat('org-1/nope/none')).toBeNull();
  });

  it('deletes one blob, then every blob under a prefix', async () => {
    await store.put('org-2/u1/a', Readable.from(['a']));
    await store.put('org-2/u1/nested/b', Readable.from(['b']));
    await store.put('org-2/u2/c', Readable.from(['c']));
    await store.put('org-2/u10/d', Readable.from(['d']));

    await store.delete('org-2/u1/a');
    await store.delete('org-2/u1/a');
    expect(await store.stat('org-2/u1/a')).toBeNull();

    await store.deletePrefix('org-2/u1/');
    expect(await store.stat('org-2/u1/nested/b')).toBeNull();
    expect(await store.stat('org-2/u10/d')).toEqual({ size: 1 });

    await store.deletePrefix('org-2/u');
    expect(await store.stat('org-2/u2/c')).toBeNull();
    expect(await store.stat('org-2/u10/d')).toBeNull();
    await store.deletePrefix('org-404/');
  });

  it('leaves nothing behind when the upload stream fails', async () => {
    const key = 'org-3/u/failing';
    await expect(store.put(key, failingStream(3))).rejects.toThrow('client went away');
    expect(await store.stat(key)).toBeNull();
    expect(await filesUnder(path.join(root, 'blobs', 'org-3'))).toEqual([]);
  });

  it('leaves nothing behind, and keeps the previous version, when the write is aborted', async () => {
    const key = 'org-3/u/aborted';
    await store.put(key, Readable.from(['previous']));
    const controller = new AbortController();
    const endless = new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024, 'y'));
        controller.abort();
      },
    });
    await expect(store.put(key, endless, { signal: controller.signal })).rejects.toThrow();
    expect(await text(await store.get(key))).toBe('previous');
    expect(await filesUnder(path.join(root, 'blobs', 'org-3'))).toEqual(['aborted']);
  });

  it.each([
    '../escape',
    'org/../../escape',
    '/etc/passwd',
    'org\\..\\escape',
    'org/\0/x',
    'org//x',
    'org/./x',
    '',
  ])('rejects the key %j before touching the disk', async (key) => {
    await expect(store.put(key, Readable.from(['x']))).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(store.get(key)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(store.stat(key)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(store.delete(key)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(store.deletePrefix(key)).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('lists its blobs, and removes the temporary files of writes killed mid-way once they are old', async () => {
    const own = createFilesystemBlobStore({ root: path.join(root, 'listed') });
    await own.put('org/u1/0', Readable.from(['abc']));
    await own.put('org/u2/0', Readable.from(['de']));
    // What `put` leaves when its process is killed while streaming: a hidden temporary file.
    const temp = path.join(root, 'listed', 'org', 'u2', '.1.killed.tmp');
    await writeFile(temp, 'partial');
    const listed = [];
    for await (const blob of own.list()) listed.push([blob.key, blob.size]);
    expect(listed.sort()).toEqual([
      ['org/u1/0', 3],
      ['org/u2/0', 2],
    ]);
    expect(await own.reapPartial(new Date(Date.now() - 3600_000))).toBe(0);
    const old = new Date(Date.now() - 2 * 3600_000);
    await utimes(temp, old, old);
    expect(await own.reapPartial(new Date(Date.now() - 3600_000))).toBe(1);
    expect(await filesUnder(path.join(root, 'listed'))).toHaveLength(2);
  });
});
