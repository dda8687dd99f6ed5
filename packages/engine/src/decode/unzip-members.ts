import { Unzip, UnzipInflate } from 'fflate';
import { InputError } from '../errors/input-error';
import type { ExpansionMeter } from './expansion-meter';
import { SLICE, corrupt } from './gunzip-chunks';
import type { MemberChunk } from './member-chunk';

/** Streams the files of a zip archive, one after the other. */
export async function* unzipMembers(
  chunks: AsyncIterable<Uint8Array>,
  meter: ExpansionMeter,
  name: string,
): AsyncGenerator<MemberChunk> {
  const queue: MemberChunk[] = [];
  let failure: InputError | null = null;
  let members = 0;
  let open: string | null = null;
  const unzip = new Unzip((file) => {
    if (file.name.endsWith('/') || failure) return;
    // Excel's, Word's and LibreOffice's documents are zip archives of XML parts, not of logs.
    if (file.name === '[Content_Types].xml' || file.name === 'mimetype') {
      failure = new InputError(
        'UNSUPPORTED_INPUT',
        `${name}: this looks like an office document (Excel, Word, OpenDocument), not a log bundle; export the sheet as CSV`,
      );
      return;
    }
    if (++members > meter.limits.maxMembers) {
      failure = new InputError(
        'LIMIT_EXCEEDED',
        `${name}: the archive holds more than ${meter.limits.maxMembers} files`,
      );
      return;
    }
    if (file.compression !== 0 && file.compression !== 8) {
      const why =
        file.compression === 99 ? 'it is encrypted (AES)' : `it uses compression method ${file.compression}`;
      failure = new InputError('UNSUPPORTED_INPUT', `${name}: cannot read ${file.name} because ${why}`);
      return;
    }
    queue.push({ kind: 'start', name: file.name, bundle: true });
    open = file.name;
    file.ondata = (err, data, final) => {
      if (err) {
        failure ??= corrupt(name, `zip member ${file.name}`, err);
        return;
      }
      queue.push({ kind: 'data', bytes: data });
      if (final) {
        queue.push({ kind: 'end' });
        open = null;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  let first = true;
  const push = (chunk: Uint8Array, final: boolean): void => {
    try {
      unzip.push(chunk, final);
    } catch (err) {
      failure ??= corrupt(name, 'zip archive', err);
    }
  };
  function* drain(): Generator<MemberChunk> {
    for (const c of queue) {
      if (c.kind === 'data') meter.addExpanded(c.bytes.length);
      yield c;
    }
    queue.length = 0;
    if (failure) throw failure;
  }
  for await (const chunk of chunks) {
    // General-purpose flag bit 0 of the first local header: traditional (ZipCrypto) encryption.
    if (first && chunk.length > 6 && ((chunk[6] ?? 0) & 1) === 1) {
      throw new InputError(
        'UNSUPPORTED_INPUT',
        `${name}: the zip archive is encrypted; upload it without a password`,
      );
    }
    first = false;
    for (let i = 0; i < chunk.length; i += SLICE) {
      push(chunk.subarray(i, i + SLICE), false);
      yield* drain();
    }
  }
  push(new Uint8Array(0), true);
  yield* drain();
  if (open !== null) throw corrupt(name, 'zip archive', new Error(`it ends inside ${String(open)}`));
  if (members === 0) throw new InputError('UNSUPPORTED_INPUT', `${name}: the zip archive holds no files`);
}
