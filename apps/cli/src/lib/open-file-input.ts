import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UsageError } from './parse-cli-args';

export interface FileInput {
  name: string;
  size: number;
  source: AsyncIterable<Uint8Array>;
}

/** Opens a file as a byte stream for the engine; a missing or unreadable path is a usage error. */
export async function openFileInput(path: string): Promise<FileInput> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new UsageError(`${path} is not a regular file`);
    size = s.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot open ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { name: basename(path), size, source: createReadStream(path, { highWaterMark: 1024 * 1024 }) };
}

/** The first `bytes` of a file (fewer for a shorter one); null when it cannot be read. */
export async function readHead(path: string, bytes = 64 * 1024): Promise<Uint8Array | null> {
  return readBytes(path, bytes, false);
}

/** The last `bytes` of a file (all of a shorter one); null when it cannot be read. */
export async function readTail(path: string, bytes = 64 * 1024): Promise<Uint8Array | null> {
  return readBytes(path, bytes, true);
}

async function readBytes(path: string, bytes: number, fromEnd: boolean): Promise<Uint8Array | null> {
  try {
    const file = await open(path, 'r');
    try {
      const position = fromEnd ? Math.max(0, (await file.stat()).size - bytes) : 0;
      const buffer = new Uint8Array(bytes);
      const { bytesRead } = await file.read(buffer, 0, bytes, position);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return null;
  }
}
