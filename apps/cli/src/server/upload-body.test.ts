import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statUploadFiles, uploadBody } from './upload-body';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'logai-upload-body-'));
  await writeFile(path.join(dir, 'a.log'), 'first line\nsecond line\n');
  await writeFile(path.join(dir, 'b "quoted".log'), 'x'.repeat(3 * 1024 * 1024));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function bytesOf(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

const local = (name: string) => ({ path: path.join(dir, name), name });

describe('uploadBody', () => {
  it('sends one file raw, named in the query', async () => {
    const body = uploadBody(await statUploadFiles([local('a.log')]));
    expect(body.query).toBe('?filename=a.log');
    expect((await bytesOf(body.chunks())).toString()).toBe('first line\nsecond line\n');
    expect(body.length).toBe(23);
  });

  it('announces exactly the length of the multipart body it streams', async () => {
    const files = await statUploadFiles([local('a.log'), local('b "quoted".log')]);
    const body = uploadBody(files);
    const bytes = await bytesOf(body.chunks());
    expect(bytes.length).toBe(body.length);
    const boundary = /boundary=(.+)$/.exec(body.contentType)?.[1] ?? '';
    const text = bytes.toString('latin1');
    expect(text.startsWith(`--${boundary}\r\n`)).toBe(true);
    expect(text).toContain('filename="b %22quoted%22.log"');
    expect(text.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
  });
});
