import { InputError } from '../errors/input-error';
import { concatBytes } from './concat-bytes';
import type { ExpansionMeter } from './expansion-meter';
import { SLICE, corrupt } from './gunzip-chunks';
import type { MemberChunk } from './member-chunk';
import { readZipDirectory } from './zip-directory';
import { findDescriptor, readLocalHeader, type Descriptor, type LocalHeader } from './zip-local';
import { ZipMemberOutput } from './zip-member-output';

/** A member read: its name, CRC-32 and size, for the check against the central directory. */
interface Member {
  name: string;
  crc32: number;
  size: number;
}

const EMPTY = new Uint8Array(0);

/**
 * Data passed to zlib between two waits for it: each wait is a round trip to its threads (16 KiB
 * pieces were ~10% slower than 64 KiB). A bomb's output shows in the meter after at most one piece's
 * (deflate expands at most ~1,032 times: ~66 MB).
 */
const PIECE = 4 * SLICE;

/** The archive's last bytes kept for its central directory (10,000 entries with 800-byte names). */
const TAIL = 8 * 1024 * 1024;

/** Compression methods other than stored (0) and Deflate (8) that zip tools write. */
const METHODS = new Map([
  [9, 'the Deflate64 (Windows) compression'],
  [12, 'the bzip2 compression'],
  [14, 'the LZMA compression'],
  [93, 'the Zstandard compression'],
  [95, 'the xz compression'],
  [98, 'the PPMd compression'],
]);

/** Why a member cannot be read (encrypted, another compression, an office document's part), or null. */
function refusal(name: string, header: LocalHeader): InputError | null {
  if ((header.flags & 1) !== 0) {
    return new InputError(
      'UNSUPPORTED_INPUT',
      `${name}: the zip archive is encrypted; upload it without a password`,
    );
  }
  // Excel's, Word's and LibreOffice's documents are zip archives of XML parts, not of logs.
  if (header.name === '[Content_Types].xml' || header.name === 'mimetype') {
    return new InputError(
      'UNSUPPORTED_INPUT',
      `${name}: this looks like an office document (Excel, Word, OpenDocument), not a log bundle; export the sheet as CSV`,
    );
  }
  if (header.method !== 0 && header.method !== 8) {
    const method = METHODS.get(header.method);
    const why =
      header.method === 99
        ? 'it is encrypted (AES)'
        : `it uses ${method ?? 'compression'} method ${header.method}; zip it again with standard Deflate`;
    return new InputError('UNSUPPORTED_INPUT', `${name}: cannot read ${header.name} because ${why}`);
  }
  return null;
}

/**
 * Streams the files of a zip archive, one after the other, read by their local headers: stored ones
 * as they are, deflated ones through Node's zlib, each piece inflated and drained before the next.
 * A file whose sizes follow its data ends at a data descriptor whose size matches; each file's CRC-32
 * and size are checked against its header or descriptor, and all of them against the central directory.
 */
export async function* unzipMembers(
  chunks: AsyncIterable<Uint8Array>,
  meter: ExpansionMeter,
  name: string,
): AsyncGenerator<MemberChunk> {
  const read: Member[] = [];
  const tail: Uint8Array[] = [];
  let tailLength = 0;
  let length = 0;
  // Bytes received and not yet used; the member whose data they continue.
  let buf: Uint8Array = EMPTY;
  let current: { header: LocalHeader; output: ZipMemberOutput; passed: number; isFile: boolean } | null =
    null;
  let atDirectory = false;

  /** Uses what `buf` holds: headers, data (handed out as it comes), descriptors. */
  async function* consume(): AsyncGenerator<MemberChunk> {
    while (!atDirectory) {
      if (current === null) {
        const found = readLocalHeader(buf);
        if (found.kind === 'more') return;
        if (found.kind === 'directory') {
          atDirectory = true;
          return;
        }
        if (found.kind === 'other') {
          const where = read.length === 0 ? 'at its start' : `after ${read[read.length - 1]?.name ?? ''}`;
          throw corrupt(name, 'zip archive', new Error(`no file header ${where}`));
        }
        const header = found.header;
        const refused = refusal(name, header);
        if (refused) throw refused;
        buf = buf.subarray(header.length);
        const isFile = !header.name.endsWith('/');
        if (isFile && read.length + 1 > meter.limits.maxMembers) {
          throw new InputError(
            'LIMIT_EXCEEDED',
            `${name}: the archive holds more than ${meter.limits.maxMembers} files`,
          );
        }
        current = { header, output: new ZipMemberOutput(header.method === 8), passed: 0, isFile };
        if (isFile) yield { kind: 'start', name: header.name, bundle: true };
        continue;
      }
      const member = current;
      const { header, output } = member;
      let data: Uint8Array;
      let descriptor: Descriptor | null = null;
      let done: boolean;
      if (header.compressedSize >= 0) {
        data = buf.subarray(0, Math.min(buf.length, header.compressedSize - member.passed));
        buf = buf.subarray(data.length);
        done = member.passed + data.length === header.compressedSize;
      } else {
        const found = findDescriptor(buf, member.passed, header.zip64);
        if (found.descriptor) {
          descriptor = found.descriptor;
          data = buf.subarray(0, descriptor.at);
          buf = buf.subarray(descriptor.at + descriptor.length);
        } else {
          data = buf.subarray(0, found.held);
          buf = buf.subarray(found.held);
        }
        done = descriptor !== null;
      }
      member.passed += data.length;
      for (let i = 0; i < data.length; i += PIECE) {
        await write(output, () => output.write(data.subarray(i, i + PIECE)), header.name);
        yield* drain(member);
      }
      if (!done) return;
      await write(output, () => output.end(), header.name);
      yield* drain(member);
      const expected = descriptor ?? header;
      const what = `zip member ${header.name}`;
      if (output.size !== expected.size) {
        const says = descriptor ? 'its data descriptor' : 'its header';
        throw corrupt(name, what, new Error(`${output.size} bytes where ${says} says ${expected.size}`));
      }
      if (output.crc32 !== expected.crc32) throw corrupt(name, what, new Error('its CRC-32 does not match'));
      current = null;
      if (member.isFile) {
        read.push({ name: header.name, crc32: output.crc32, size: output.size });
        yield { kind: 'end' };
      }
    }
  }

  async function write(output: ZipMemberOutput, step: () => Promise<void>, member: string): Promise<void> {
    try {
      await step();
    } catch (err) {
      output.destroy();
      throw corrupt(name, `zip member ${member}`, err);
    }
  }

  /** What the input ended inside of, if anything: a file, or a header. */
  function endedInside(): string | null {
    if (current !== null) return current.header.name;
    return !atDirectory && buf.length > 0 ? 'a file header' : null;
  }

  function stop(): void {
    current?.output.destroy();
  }

  function* drain(member: { output: ZipMemberOutput; isFile: boolean }): Generator<MemberChunk> {
    for (const bytes of member.output.take()) {
      if (!member.isFile) continue;
      meter.addExpanded(bytes.length);
      yield { kind: 'data', bytes };
    }
  }

  try {
    for await (const chunk of chunks) {
      length += chunk.length;
      tail.push(chunk);
      tailLength += chunk.length;
      for (let head = tail[0]; head && tailLength - head.length >= TAIL; head = tail[0]) {
        tailLength -= head.length;
        tail.shift();
      }
      if (atDirectory) continue;
      buf = buf.length === 0 ? chunk : concatBytes([buf, chunk]);
      yield* consume();
    }
  } finally {
    stop();
  }
  const inside = endedInside();
  if (inside !== null) throw corrupt(name, 'zip archive', new Error(`it ends inside ${inside}`));
  if (read.length === 0) throw new InputError('UNSUPPORTED_INPUT', `${name}: the zip archive holds no files`);
  checkDirectory(name, concatBytes(tail), tailLength === length, read);
}

/**
 * Compares the members read with the archive's central directory: their CRC-32 and size, and that
 * none is missing on either side (a file whose local header was lost is listed there only).
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
