// A zip's files as they stream by: each one's local header, its data, then (when the header could not
// state the sizes) a data descriptor. The central directory at the end is read by zip-directory.ts.
import { u16, u32, u64, zip64Fields } from './zip-directory';

const LOCAL = 0x04034b50;
/** A central directory entry, a Zip64 end record, an end record: the files are over. */
const DIRECTORY = new Set([0x02014b50, 0x06064b50, 0x06054b50]);
const MAX32 = 0xffffffff;
const DESCRIPTOR_SIGNATURE = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
/** The longest data descriptor: signature, CRC-32 and two 8-byte sizes. */
export const MAX_DESCRIPTOR = 24;

export interface LocalHeader {
  /** Header length: 30 bytes, the name and the extra field. */
  length: number;
  name: string;
  flags: number;
  method: number;
  crc32: number;
  /** Sizes; -1 when a data descriptor after the data gives them (flag bit 3). */
  compressedSize: number;
  size: number;
  /** A Zip64 extra field is present: a data descriptor then has 8-byte sizes. */
  zip64: boolean;
}

export type HeaderRead =
  { kind: 'more' } | { kind: 'file'; header: LocalHeader } | { kind: 'directory' } | { kind: 'other' };

/** Reads the local file header at the start of `b`, or says what is there instead. */
export function readLocalHeader(b: Uint8Array): HeaderRead {
  if (b.length < 4) return { kind: 'more' };
  const sig = u32(b, 0);
  if (DIRECTORY.has(sig)) return { kind: 'directory' };
  if (sig !== LOCAL) return { kind: 'other' };
  if (b.length < 30) return { kind: 'more' };
  const nameLength = u16(b, 26);
  const length = 30 + nameLength + u16(b, 28);
  if (b.length < length) return { kind: 'more' };
  const flags = u16(b, 6);
  const name = Buffer.from(b.buffer, b.byteOffset + 30, nameLength).toString(
    (flags & 0x800) !== 0 ? 'utf8' : 'latin1',
  );
  // A local Zip64 field holds both sizes, the uncompressed one first.
  const zip64 = zip64Fields(b, 30 + nameLength, length);
  let size = u32(b, 22);
  let compressedSize = u32(b, 18);
  if (zip64 !== null && size === MAX32) size = zip64[0] ?? size;
  if (zip64 !== null && compressedSize === MAX32) compressedSize = zip64[1] ?? compressedSize;
  const described = (flags & 8) !== 0;
  return {
    kind: 'file',
    header: {
      length,
      name,
      flags,
      method: u16(b, 8),
      crc32: u32(b, 14),
      compressedSize: described ? -1 : compressedSize,
      size: described ? -1 : size,
      zip64: zip64 !== null,
    },
  };
}

export interface Descriptor {
  /** Where it starts in the bytes searched, and its length (16 bytes, 24 with 8-byte sizes). */
  at: number;
  length: number;
  crc32: number;
  size: number;
}

/**
 * Finds the data descriptor that ends a file's data in `b`, `before` bytes of the data having gone
 * by already: its signature followed by a compressed size equal to the data's length. (Taking the
 * signature alone, as fflate does, cut files whose data held those four bytes.) Else `held`: from
 * where `b` must be kept, as a descriptor may begin there.
 */
export function findDescriptor(
  b: Uint8Array,
  before: number,
  zip64: boolean,
): { descriptor: Descriptor } | { descriptor: null; held: number } {
  const bytes = Buffer.from(b.buffer, b.byteOffset, b.length);
  for (
    let at = bytes.indexOf(DESCRIPTOR_SIGNATURE);
    at >= 0;
    at = bytes.indexOf(DESCRIPTOR_SIGNATURE, at + 1)
  ) {
    if (at + MAX_DESCRIPTOR > b.length) return { descriptor: null, held: at };
    const dataLength = before + at;
    // 8-byte sizes with a Zip64 header field, or (Java's) for data beyond 4 GiB.
    if (zip64 || dataLength > MAX32) {
      if (u64(b, at + 8) === dataLength)
        return { descriptor: { at, length: 24, crc32: u32(b, at + 4), size: u64(b, at + 16) } };
    } else if (u32(b, at + 8) === dataLength) {
      return { descriptor: { at, length: 16, crc32: u32(b, at + 4), size: u32(b, at + 12) } };
    }
  }
  return { descriptor: null, held: Math.max(0, b.length - (MAX_DESCRIPTOR - 1)) };
}
