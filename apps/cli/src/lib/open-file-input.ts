import { createReadStream, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from './parse-cli-args';

export interface FileInput {
  name: string;
  /** Bytes, when known (a regular file): the progress bar's whole. */
  size: number | null;
  source: AsyncIterable<Uint8Array>;
}

/** The FILE that stands for standard input, as in other command-line tools. */
export const STDIN = '-';
/** How standard input is named in reports and messages. */
export const STDIN_NAME = 'stdin';

/**
 * Opens a log as a byte stream for the engine: a file, standard input ("-"), or a pipe or device
 * (`<(zcat app.log.gz)`, /dev/stdin). A missing path or a directory is a usage error.
 */
export async function openFileInput(path: string, stdin: Readable): Promise<FileInput> {
  if (path === STDIN) return { name: STDIN_NAME, size: null, source: stdin };
  const info = await statInput(path);
  return {
    name: nameOf(path),
    size: info.isFile() ? info.size : null,
    source: createReadStream(path, { highWaterMark: 1024 * 1024 }),
  };
}

/**
 * How reports name a path: its file name, but a device's or a pipe's whole path (`<(zcat a.gz)` is
 * /dev/fd/63: "63" alone says nothing).
 */
export function nameOf(path: string): string {
  return /^\/(?:dev|proc)\//.test(path) ? path : basename(path);
}

/** Says how to end standard input when it is a terminal and "-" is among the paths (else it just waits). */
export function hintTerminalInput(paths: readonly string[], isStdinTTY: boolean, stderr: Writable): void {
  if (isStdinTTY && paths.includes(STDIN)) {
    stderr.write('logai: reading standard input (type or paste the log, then Ctrl-D)\n');
  }
}

/** A path's kind, checked: something a log can be read from (not a directory), or a UsageError. */
export async function statInput(path: string): Promise<Stats> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    throw new UsageError(`cannot open ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (info.isDirectory())
    throw new UsageError(`${path} is a directory (give the files in it, or a zip or tar of it)`);
  return info;
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
