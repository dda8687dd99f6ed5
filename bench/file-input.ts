// A file on disk as an input of `analyzeInputs`: its stream, its last 64 KiB and a way to read it again
// (what the CLI gives: a gzipped file or an archive is then clocked by its members' ends).
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import type { AnalysisInput } from '../packages/engine/src/index';

const TAIL_BYTES = 64 * 1024;

export function fileInput(name: string, path: string): AnalysisInput {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tail = new Uint8Array(Math.min(size, TAIL_BYTES));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return {
      name,
      source: createReadStream(path),
      tail,
      reopen: () => createReadStream(path, { highWaterMark: 1024 * 1024 }),
    };
  } finally {
    closeSync(fd);
  }
}
