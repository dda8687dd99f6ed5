import { crc32, createInflateRaw } from 'node:zlib';
import { Unzip, type AsyncFlateStreamHandler, type FlateError, type UnzipDecoder } from 'fflate';
import { InputError } from '../errors/input-error';
import { concatBytes } from './concat-bytes';
import type { ExpansionMeter } from './expansion-meter';
import { SLICE, corrupt } from './gunzip-chunks';
import type { MemberChunk } from './member-chunk';
import { readZipDirectory } from './zip-directory';

/** A member's output, kept apart: one member's inflating may still run when the next one starts. */
interface Member {
  name: string;
  data: Uint8Array[];
  started: boolean;
  ended: boolean;
  crc32: number;
  size: number;
}

const EMPTY = new Uint8Array(0);

/**
 * Input pushed between two waits for zlib: each wait is a round trip to its threads (16 KiB pieces
 * were ~10% slower than 64 KiB). A bomb's output shows in the meter after at most one piece's (deflate
 * expands at most ~1,032 times: ~66 MB).
 */
const PIECE = 4 * SLICE;

/** The archive's last bytes kept for its central directory (10,000 entries with 800-byte names). */
const TAIL = 8 * 1024 * 1024;

/** zlib's output as the plain Uint8Array fflate's handler takes, without copying it. */
function viewOf(data: Buffer): Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer
    ? new Uint8Array(data.buffer, data.byteOffset, data.length)
    : Uint8Array.from(data);
}

/**
 * Streams the files of a zip archive, one after the other. fflate's `Unzip` reads the archive's
 * structure; deflated members are inflated by Node's zlib (2–4× faster than fflate's JavaScript, on
 * libuv's threads), and each piece of input is inflated and drained before the next is pushed.
 */
export async function* unzipMembers(
  chunks: AsyncIterable<Uint8Array>,
  meter: ExpansionMeter,
  name: string,
): AsyncGenerator<MemberChunk> {
  const members: Member[] = [];
  // Every member read, for the check against the central directory; and the archive's last chunks.
  const read: Member[] = [];
  const tail: Uint8Array[] = [];
  let tailLength = 0;
  let length = 0;
  let failure: InputError | null = null;
  let count = 0;
  // Inflating under way: a slice's input written, a member's end awaited.
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };

  class ZlibInflate implements UnzipDecoder {
    static compression = 8;
    ondata: AsyncFlateStreamHandler = () => undefined;
    private readonly inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    /** Settles when the stream is gone (after an error its pending writes' callbacks never come). */
    private readonly closed = new Promise<void>((resolve) => this.inflate.once('close', () => resolve()));

    constructor() {
      this.inflate.on('data', (data: Buffer) => this.ondata(null, viewOf(data), false));
      // fflate's handler takes its own error shape: the message is what reaches the user.
      const flateError = (err: Error): FlateError => Object.assign(new Error(err.message), { code: -1 });
      this.inflate.on('error', (err: Error) => this.ondata(flateError(err), EMPTY, true));
    }

    push(chunk: Uint8Array, final: boolean): void {
      // A copy: zlib reads it later, on its threads; fflate may reuse its memory once push returns.
      const input = chunk.slice();
      const written = new Promise<void>((resolve) => this.inflate.write(input, () => resolve()));
      track(Promise.race([written, this.closed]));
      if (!final) return;
      const ended = new Promise<void>((resolve) =>
        this.inflate.once('end', () => {
          this.ondata(null, EMPTY, true);
          resolve();
        }),
      );
      this.inflate.end();
      track(Promise.race([ended, this.closed]));
    }
  }

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
    if (++count > meter.limits.maxMembers) {
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
    const member: Member = { name: file.name, data: [], started: false, ended: false, crc32: 0, size: 0 };
    members.push(member);
    read.push(member);
    file.ondata = (err, data, final) => {
      if (err) {
        failure ??= corrupt(name, `zip member ${file.name}`, err);
        return;
      }
      if (data.length > 0) {
        member.data.push(data);
        member.crc32 = crc32(data, member.crc32);
        member.size += data.length;
      }
      if (final) member.ended = true;
    };
    file.start();
  });
  unzip.register(ZlibInflate);
  let first = true;
  const push = async (chunk: Uint8Array, final: boolean): Promise<void> => {
    try {
      unzip.push(chunk, final);
    } catch (err) {
      failure ??= corrupt(name, 'zip archive', err);
    }
    while (pending.size > 0) await Promise.all(pending);
  };
  /** The members' output so far, in order: a member is left (its end yielded) once it has ended. */
  function* drain(): Generator<MemberChunk> {
    for (let member = members[0]; member !== undefined; member = members[0]) {
      if (!member.started) {
        member.started = true;
        yield { kind: 'start', name: member.name, bundle: true };
      }
      for (let bytes = member.data.shift(); bytes !== undefined; bytes = member.data.shift()) {
        meter.addExpanded(bytes.length);
        yield { kind: 'data', bytes };
      }
      if (!member.ended) break;
      members.shift();
      yield { kind: 'end' };
    }
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
    length += chunk.length;
    tail.push(chunk);
    tailLength += chunk.length;
    for (let head = tail[0]; head && tailLength - head.length >= TAIL; head = tail[0]) {
      tailLength -= head.length;
      tail.shift();
    }
    for (let i = 0; i < chunk.length; i += PIECE) {
      await push(chunk.subarray(i, i + PIECE), false);
      yield* drain();
    }
  }
  await push(EMPTY, true);
  yield* drain();
  const open = members[0];
  if (open !== undefined) throw corrupt(name, 'zip archive', new Error(`it ends inside ${open.name}`));
  if (count === 0) throw new InputError('UNSUPPORTED_INPUT', `${name}: the zip archive holds no files`);
  checkDirectory(name, concatBytes(tail), tailLength === length, read);
}

/**
 * Compares the members read with the archive's central directory: their CRC-32 and size, and that
 * none is missing on either side. fflate's `Unzip` reads the local headers only and checks neither.
 */
function checkDirectory(name: string, tail: Uint8Array, whole: boolean, read: readonly Member[]): void {
  const directory = readZipDirectory(tail);
  const damaged = (why: string) => corrupt(name, 'zip archive', new Error(why));
  if (directory === undefined) {
    if (whole) throw damaged('its central directory is damaged');
    return;
  }
  if ('damaged' in directory) throw damaged(directory.damaged);
  const listed = new Map<string, { crc32: number; size: number }[]>();
  for (const entry of directory.entries) {
    if (entry.name.endsWith('/')) continue;
    const same = listed.get(entry.name);
    if (same) same.push(entry);
    else listed.set(entry.name, [entry]);
  }
  for (const member of read) {
    const entry = listed.get(member.name)?.shift();
    const what = `zip member ${member.name}`;
    if (entry === undefined) throw corrupt(name, what, new Error('the central directory does not list it'));
    if (entry.size !== member.size) {
      const why = `${member.size} bytes where the central directory says ${entry.size}`;
      throw corrupt(name, what, new Error(why));
    }
    if (entry.crc32 !== member.crc32) throw corrupt(name, what, new Error('its CRC-32 does not match'));
  }
  const unread = [...listed.entries()].flatMap(([file, rest]) => rest.map(() => file));
  if (unread.length > 0) {
    const names = unread.slice(0, 3).join(', ') + (unread.length > 3 ? ', …' : '');
    throw damaged(`its central directory lists files not found in it: ${names}`);
  }
}
