import { u16, u32, u64, zip64Fields, zipName } from './zip-fields';

/** What a zip's central directory says of one of its files. */
export interface ZipEntry {
  name: string;
  crc32: number;
  size: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const ENTRY = 0x02014b50;
const MAX32 = 0xffffffff;

/**
 * The end-of-central-directory record's offset: the last one whose comment runs to the end, else
 * (bytes appended after the archive) the last one that fits.
 */
function findEnd(tail: Uint8Array): number {
  const from = tail.length - 22;
  const to = Math.max(0, from - 0xffff);
  let fits = -1;
  for (let at = from; at >= to; at--) {
    if (u32(tail, at) !== EOCD) continue;
    const end = at + 22 + u16(tail, at + 20);
    if (end === tail.length) return at;
    if (end < tail.length && fits < 0) fits = at;
  }
  return fits;
}

/**
 * The entries of a zip's central directory, read from the archive's last bytes (`tail`); or why they
 * cannot be (the directory is missing or damaged); or `undefined` when the directory begins before
 * the bytes kept.
 */
export function readZipDirectory(
  tail: Uint8Array,
): { entries: ZipEntry[] } | { damaged: string } | undefined {
  const end = findEnd(tail);
  if (end < 0) return { damaged: 'its central directory is missing' };
  let cdSize = u32(tail, end + 12);
  let cdEnd = end;
  const locator = end - 20;
  if (locator >= 0 && u32(tail, locator) === EOCD64_LOCATOR) {
    // Zip64: its end record (56 bytes) lies just before the locator, and the directory just before it.
    const record = locator - 56;
    if (record < 0) return undefined;
    if (u32(tail, record) !== EOCD64) return { damaged: 'its Zip64 end record is damaged' };
    cdSize = u64(tail, record + 40);
    cdEnd = record;
  }
  const cdStart = cdEnd - cdSize;
  if (cdStart < 0) return undefined;
  const entries: ZipEntry[] = [];
  for (let at = cdStart; at < cdEnd;) {
    if (at + 46 > cdEnd || u32(tail, at) !== ENTRY) return { damaged: 'its central directory is damaged' };
    const nameLength = u16(tail, at + 28);
    const extraLength = u16(tail, at + 30);
    const next = at + 46 + nameLength + extraLength + u16(tail, at + 32);
    if (next > cdEnd) return { damaged: 'its central directory is damaged' };
    const name = zipName(tail.subarray(at + 46, at + 46 + nameLength), u16(tail, at + 8));
    let size = u32(tail, at + 24);
    // Its Zip64 fields hold only the saturated values, the uncompressed size first.
    if (size === MAX32) {
      const extra = at + 46 + nameLength;
      size = zip64Fields(tail, extra, extra + extraLength)?.[0] ?? size;
    }
    entries.push({ name, crc32: u32(tail, at + 16), size });
    at = next;
  }
  return { entries };
}
