// A zip's files as they stream by: each one's local header, its data, then (when the header could not
// state the sizes) a data descriptor. The central directory at the end is read by zip-directory.ts.
import { u16, u32, u64, zip64Fields, zipName } from './zip-fields';

const LOCAL = 0x04034b50;
/** A central directory entry, a Zip64 end record, an end record: the files are over. */
const DIRECTORY = new Set([0x02014b50, 0x06064b50, 0x06054b50]);
const MAX32 = 0xffffffff;
const DESCRIPTOR_SIGNATURE = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
/** What follows a file's data descriptor: the next file's header or the central directory. */
const NEXT_SIGNATURES = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x01, 0x02])];
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
  const name = zipName(b.subarray(30, 30 + nameLength), flags);
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

/** A descriptor at `at` whose compressed size, at `sizeAt`, equals the data before it. */
function describedAt(
  b: Uint8Array,
  at: number,
  sizeAt: number,
  dataLength: number,
  wide: boolean,
): Descriptor | null {
  if (wide) {
    if (u64(b, sizeAt) !== dataLength) return null;
    return { at, length: sizeAt - at + 16, crc32: u32(b, sizeAt - 4), size: u64(b, sizeAt + 8) };
  }
  if (u32(b, sizeAt) !== dataLength) return null;
  return { at, length: sizeAt - at + 8, crc32: u32(b, sizeAt - 4), size: u32(b, sizeAt + 4) };
}

/** The first position in `b` from `from` of any of `signatures`, or -1. */
function firstOf(bytes: Buffer, signatures: readonly Buffer[], from: number): number {
  let first = -1;
  for (const signature of signatures) {
    const at = bytes.indexOf(signature, from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/**
 * Finds the data descriptor that ends a file's data in `b`, `before` bytes of the data having gone
 * by already: one whose compressed size equals the data's length, with its signature, or without it
 * (optional in the format) when the next header follows it. (Taking the first signature, as fflate
 * did, cut files whose data held those four bytes.) Else `held`: from where `b` must be kept, as a
 * descriptor may begin there.
 */
export function findDescriptor(
  b: Uint8Array,
  before: number,
  zip64: boolean,
): { descriptor: Descriptor } | { descriptor: null; held: number } {
  const bytes = Buffer.from(b.buffer, b.byteOffset, b.length);
  const limit = b.length - (MAX_DESCRIPTOR - 1);
  for (
    let at = bytes.indexOf(DESCRIPTOR_SIGNATURE);
    at >= 0;
    at = bytes.indexOf(DESCRIPTOR_SIGNATURE, at + 1)
  ) {
    if (at >= limit) break;
    // 8-byte sizes with a Zip64 header field, or (Java's) for data beyond 4 GiB.
    const dataLength = before + at;
    const found = describedAt(b, at, at + 8, dataLength, zip64 || dataLength > MAX32);
    if (found) return { descriptor: found };
  }
  // Without its signature: CRC-32 and sizes, then the next file's header or the central directory.
  for (
    let next = firstOf(bytes, NEXT_SIGNATURES, 0);
    next >= 0;
    next = firstOf(bytes, NEXT_SIGNATURES, next + 1)
  ) {
    for (const wide of [false, true]) {
      const at = next - (wide ? 20 : 12);
      if (at < 0 || wide !== (zip64 || before + at > MAX32)) continue;
      const found = describedAt(b, at, at + 4, before + at, wide);
      if (found) return { descriptor: found };
    }
  }
  return { descriptor: null, held: Math.max(0, limit) };
}
