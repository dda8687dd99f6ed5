// Helpers for the reader's tests: in-memory sources and small archives built on the fly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileStats, LogEvent } from '../types';
import { readEvents, type ReadOptions } from './read-events';
import { concatBytes } from '../decode/concat-bytes';

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../test-fixtures', name)));

/** Streams bytes in chunks of `size` (small chunks exercise boundaries). */
export async function* chunks(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

export async function read(
  bytes: Uint8Array,
  options: Partial<ReadOptions> = {},
  chunkSize = 7,
): Promise<{ events: LogEvent[]; files: FileStats[] }> {
  const files: FileStats[] = [];
  const events: LogEvent[] = [];
  const source = chunks(bytes, chunkSize);
  for await (const e of readEvents(source, {
    name: 'input.log',
    year: 2026,
    ...options,
    onFileDone: (s) => files.push(s),
  })) {
    events.push(e);
  }
  return { events, files };
}

/** A minimal ustar archive. */
export function makeTar(files: Record<string, Uint8Array | string>): Uint8Array {
  const blocks: Uint8Array[] = [];
  const enc = new TextEncoder();
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? enc.encode(content) : content;
    const h = new Uint8Array(512);
    h.set(enc.encode(name), 0);
    h.set(enc.encode('0000644\0'), 100);
    h.set(enc.encode('0000000\0'), 108);
    h.set(enc.encode('0000000\0'), 116);
    h.set(enc.encode(data.length.toString(8).padStart(11, '0') + '\0'), 124);
    h.set(enc.encode('00000000000\0'), 136);
    h[156] = 48; // '0' regular file
    h.set(enc.encode('ustar\0'), 257);
    h.set(enc.encode('00'), 263);
    h.fill(32, 148, 156);
    const sum = h.reduce((a, b) => a + b, 0);
    h.set(enc.encode(sum.toString(8).padStart(6, '0') + '\0 '), 148);
    blocks.push(h, data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  blocks.push(new Uint8Array(1024));
  return concatBytes(blocks);
}

export const text = (s: string): Uint8Array => new TextEncoder().encode(s);
