import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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
