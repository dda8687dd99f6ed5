import { InputError } from '../errors/input-error';
import { concatBytes } from './concat-bytes';
import type { ExpansionMeter } from './expansion-meter';
import { gunzipChunks } from './gunzip-chunks';
import { gunzipMembers } from './gunzip-members';
import type { MemberChunk } from './member-chunk';
import { sniffBytes } from './sniff-bytes';
import { untarMembers } from './untar-members';
import { unzipMembers } from './unzip-members';

const HEAD = 512;

/** Reads at least `HEAD` bytes (or all there is) and returns them with a stream of the whole input. */
async function peek(source: AsyncIterable<Uint8Array>, onBytes: (n: number) => void) {
  const it = source[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    onBytes(r.value.length);
    parts.push(r.value);
    size += r.value.length;
  }
  // Most sources give HEAD bytes in their first chunk (a file stream's is 64 KiB to 1 MiB): taken as
  // it is, not copied into a new buffer (a new megabyte page-faults on first touch: ~1.4 ms here).
  const head = concatBytes(parts);
  async function* all(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    while (!done) {
      const r = await it.next();
      if (r.done) return;
      onBytes(r.value.length);
      yield r.value;
    }
  }
  return { head, stream: all() };
}

function stripGz(name: string): string {
  return name.replace(/\.(t?gz|gzip)$/i, (m) => (m.toLowerCase() === '.tgz' ? '.tar' : ''));
}

/**
 * Opens the input's container: plain bytes are one member named `name`; gzip is decompressed; zip,
 * tar and tar.gz bundles yield one member per file.
 */
export async function* expandInput(
  source: AsyncIterable<Uint8Array>,
  name: string,
  meter: ExpansionMeter,
): AsyncGenerator<MemberChunk> {
  const outer = await peek(source, (n) => (meter.compressed += n));
  if (outer.head.length === 0) throw new InputError('UNSUPPORTED_INPUT', `${name} is an empty file`);
  const kind = sniffBytes(outer.head).kind;
  if (kind === 'zip') return yield* gunzipMembers(unzipMembers(outer.stream, meter, name), meter);
  if (kind === 'tar') return yield* gunzipMembers(untarMembers(outer.stream, meter, name), meter);
  if (kind !== 'gzip') return yield* single(name, outer.stream);
  const inner = await peek(gunzipChunks(outer.stream, meter, name), () => undefined);
  if (inner.head.length === 0)
    throw new InputError('UNSUPPORTED_INPUT', `${name} is an empty file (empty gzip)`);
  if (sniffBytes(inner.head).kind === 'tar')
    return yield* gunzipMembers(untarMembers(inner.stream, meter, name), meter);
  return yield* single(stripGz(name), inner.stream);
}

async function* single(name: string, stream: AsyncIterable<Uint8Array>): AsyncGenerator<MemberChunk> {
  yield { kind: 'start', name, bundle: false };
  for await (const bytes of stream) yield { kind: 'data', bytes };
  yield { kind: 'end' };
}
