import { Gunzip } from 'fflate';
import { InputError } from '../errors/input-error';
import type { ExpansionMeter } from './expansion-meter';

// Small slices bound the output of one push (deflate expands at most ~1,032 times).
export const SLICE = 16 * 1024;

export function corrupt(name: string, what: string, err: unknown): InputError {
  const detail = err instanceof Error ? err.message : String(err);
  return new InputError('UNSUPPORTED_INPUT', `${name}: the ${what} is corrupt or truncated (${detail})`);
}

/** Decompresses a gzip stream (all members), counting expansion against the archive limits. */
export async function* gunzipChunks(
  chunks: AsyncIterable<Uint8Array>,
  meter: ExpansionMeter,
  name: string,
): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  const gunzip = new Gunzip((data) => {
    out.push(data);
  });
  const push = (chunk: Uint8Array, final: boolean): void => {
    try {
      gunzip.push(chunk, final);
    } catch (err) {
      throw corrupt(name, 'gzip data', err);
    }
  };
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i += SLICE) {
      push(chunk.subarray(i, i + SLICE), false);
      for (const d of out) {
        meter.addExpanded(d.length);
        yield d;
      }
      out.length = 0;
    }
  }
  push(new Uint8Array(0), true);
  for (const d of out) {
    meter.addExpanded(d.length);
    yield d;
  }
}
