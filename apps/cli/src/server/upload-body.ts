import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { LocalFile } from '../lib/spool-inputs';

export interface UploadFile {
  path: string;
  name: string;
  size: number;
}

/** A request body that is streamed from disk, never held in memory, with its exact length known up front. */
export interface UploadBody {
  query: string;
  contentType: string;
  length: number;
  chunks: () => AsyncIterable<Uint8Array>;
}

/** The files' sizes (regular files: see spoolInputs for standard input and pipes). */
export async function statUploadFiles(files: readonly LocalFile[]): Promise<UploadFile[]> {
  return Promise.all(files.map(async ({ path, name }) => ({ path, name, size: (await stat(path)).size })));
}

/** One file: its raw bytes with ?filename=. Several: one multipart/form-data body of `file` parts. */
export function uploadBody(files: UploadFile[]): UploadBody {
  const [only] = files;
  if (only !== undefined && files.length === 1) {
    return {
      query: `?filename=${encodeURIComponent(only.name)}`,
      contentType: 'application/octet-stream',
      length: only.size,
      chunks: () => fileChunks(only.path),
    };
  }
  return multipartBody(files);
}

function multipartBody(files: UploadFile[]): UploadBody {
  const boundary = `----logai-${randomBytes(12).toString('hex')}`;
  const heads = files.map((file) =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quoted(file.name)}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
  );
  const crlf = Buffer.from('\r\n');
  const closing = Buffer.from(`--${boundary}--\r\n`);
  let length = closing.length;
  files.forEach((file, i) => (length += (heads[i]?.length ?? 0) + file.size + crlf.length));
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (const [i, file] of files.entries()) {
      const head = heads[i];
      if (head) yield head;
      yield* fileChunks(file.path);
      yield crlf;
    }
    yield closing;
  }
  return { query: '', contentType: `multipart/form-data; boundary=${boundary}`, length, chunks };
}

async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    if (chunk instanceof Uint8Array) yield chunk;
  }
}

/** What browsers do with quotes and line breaks in a multipart filename. */
function quoted(name: string): string {
  return name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
