import { isUtf8 } from 'node:buffer';
import { sequenceLength } from './invalid-utf8';
import { cjkEncoding, type CjkEncoding } from './legacy-cjk';

// Recognises what a byte stream is from its first bytes: a container to open, a text encoding,
// or a binary file to refuse (by magic number, then by the share of control bytes).

export type Sniffed =
  | { kind: 'gzip' | 'zip' | 'tar' }
  | { kind: 'text'; encoding: TextEncoding; bomLength: number }
  | { kind: 'binary'; what: string };

/**
 * The text encodings read: UTF-8 (the default), UTF-16 (with a BOM, or by its zero bytes),
 * Windows-1252 for a file written in a legacy 8-bit code page (Latin-1 is its subset), and the East
 * Asian double-byte code pages (Shift-JIS, EUC-JP, EUC-KR, GB 18030, Big5; see legacy-cjk.ts).
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | CjkEncoding;

const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an ELF executable'],
  [[0x4d, 0x5a], 'a Windows executable'],
  [[0x42, 0x5a, 0x68], 'a bzip2 archive (not supported: use gzip or zip)'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'an xz archive (not supported: use gzip or zip)'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive (not supported: use gzip or zip)'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive (not supported: use gzip or zip)'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'a Zstandard archive (not supported: use gzip or zip)'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
  [[0x00, 0x61, 0x73, 0x6d], 'a WebAssembly module'],
  [[0xca, 0xfe, 0xba, 0xbe], 'a Java class file'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'a Mach-O executable'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF media file (audio/video/image)'],
  [[0x4f, 0x67, 0x67, 0x53], 'an Ogg media file'],
  [[0x49, 0x44, 0x33], 'an MP3 audio file'],
  [[0x50, 0x4b, 0x07, 0x08], 'a split zip archive (not supported)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'a Microsoft Office document'],
  // Logs kept in a binary form of their own: what to export them with says what to upload instead.
  [
    [0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00],
    "a Windows event log (.evtx; export it as CSV: Event Viewer's Save All Events As, or `Get-WinEvent -Path <file> | Export-Csv <file>.csv`)",
  ],
  [
    [0x4c, 0x50, 0x4b, 0x53, 0x48, 0x48, 0x52, 0x48],
    'a systemd journal file (export it: `journalctl --file <file> -o json` or `-o short-iso`)',
  ],
  [[0xd4, 0xc3, 0xb2, 0xa1], 'a packet capture (pcap)'],
  [[0xa1, 0xb2, 0xc3, 0xd4], 'a packet capture (pcap)'],
  [[0x0a, 0x0d, 0x0d, 0x0a], 'a packet capture (pcapng)'],
  [[0x4a, 0x41, 0x56, 0x41, 0x20, 0x50, 0x52, 0x4f, 0x46, 0x49, 0x4c, 0x45], 'a Java heap dump (hprof)'],
];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

function isTar(b: Uint8Array): boolean {
  return b.length >= 262 && startsWith(b, [0x75, 0x73, 0x74, 0x61, 0x72], 257); // "ustar"
}

/** Classifies the first bytes (up to a few KiB) of a stream. */
export function sniffBytes(b: Uint8Array): Sniffed {
  if (startsWith(b, [0x1f, 0x8b])) return { kind: 'gzip' };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'zip' };
  if (isTar(b)) return { kind: 'tar' };
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8', bomLength: 3 };
  if (startsWith(b, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(b, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bomLength: 2 };
  if (startsWith(b, [0x66, 0x74, 0x79, 0x70], 4))
    return { kind: 'binary', what: 'an MP4/QuickTime media file' };
  for (const [magic, what] of MAGIC) if (startsWith(b, magic)) return { kind: 'binary', what };
  const n = Math.min(b.length, 8192);
  let zeroEven = 0;
  let zeroOdd = 0;
  let control = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    high |= c;
    if (c === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    }
    // Tab, LF, VT, FF, CR and ESC (ANSI colours) are normal in logs.
    if ((c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) || c === 127)
      control++;
  }
  const half = n / 2;
  if (half >= 2 && zeroOdd > half * 0.4 && zeroEven < half * 0.05)
    return { kind: 'text', encoding: 'utf-16le', bomLength: 0 };
  if (half >= 2 && zeroEven > half * 0.4 && zeroOdd < half * 0.05)
    return { kind: 'text', encoding: 'utf-16be', bomLength: 0 };
  if (n > 0 && control / n > 0.1) {
    return { kind: 'binary', what: `a binary file (${Math.round((control / n) * 100)}% control bytes)` };
  }
  // Only a byte above 127 can make the text anything but UTF-8's ASCII.
  if (high < 0x80) return { kind: 'text', encoding: 'utf-8', bomLength: 0 };
  return { kind: 'text', encoding: legacyEncoding(b.subarray(0, n)) ?? 'utf-8', bomLength: 0 };
}

/**
 * The code page of a head that is not UTF-8 (its lines up to the last whole one): an East Asian
 * double-byte one its text reads as (see cjkEncoding), else Windows-1252 (see isLegacy8Bit), else
 * none (UTF-8 with damage).
 */
function legacyEncoding(head: Uint8Array): TextEncoding | null {
  const end = head.lastIndexOf(10);
  if (isUtf8(end > 0 ? head.subarray(0, end) : head)) return null;
  return cjkEncoding(head) ?? (isLegacy8Bit(head) ? 'windows-1252' : null);
}

/**
 * Whether text that is not UTF-8 was written in an 8-bit code page: its bytes above 127 form no UTF-8
 * character anywhere in the first bytes, and some form none at all ("M\xfcller", "10\x80" — Windows'
 * and older Java's default charsets). A file with one valid UTF-8 character among its invalid bytes is
 * UTF-8 with damage (its bad bytes replaced and counted). A character cut by the end of `b` decides nothing.
 */
function isLegacy8Bit(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let invalid = 0;
  let i = 0;
  while (i < n) {
    const lead = b[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length > 0 && i + length > b.length) break;
    let k = 1;
    while (k < length && ((b[i + k] ?? 0) & 0xc0) === 0x80) k++;
    if (length > 0 && k === length) return false;
    // A code page's letter or sign stands beside a letter or digit of its word ("M\xfcller", "10\x80",
    // "informa\xe7\xe3o"); bytes of damage or junk ("\xff\xfe" between blanks) do not.
    if (!isAlphanumeric(b[i - 1] ?? 0) && !isAlphanumeric(b[i + 1] ?? 0)) return false;
    invalid++;
    i++;
  }
  return invalid > 0;
}

const isAlphanumeric = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
