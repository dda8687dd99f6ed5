import type { TextEncoding } from './sniff-bytes';
import { Buffer, isAscii } from 'node:buffer';
import { InvalidUtf8Counter } from './invalid-utf8';

/**
 * Decodes bytes to text and splits it into physical lines (LF, CRLF or CR). Lines longer than
 * `maxLineChars` are cut; the rest of such a line is dropped and the line reported as truncated.
 */
export class LineSplitter {
  private readonly decoder: InstanceType<typeof TextDecoder>;
  private readonly utf8: boolean;
  private carry = '';
  private pendingCR = false;
  private carryTruncated = false;
  /** Whether the decoder may hold the first bytes of a character split across chunks. */
  private decoderPending = false;
  /** UTF-8: the bytes that belong to no valid character (a genuine U+FFFD is valid). */
  private readonly invalidUtf8: InvalidUtf8Counter | null;
  /** UTF-16: the code units the decoder replaced (U+FFFD in its output, a genuine one too). */
  private replacedUtf16 = 0;
  /** Whether the text held an escape character: its lines are then read without terminal escapes. */
  private escapes = false;

  constructor(
    encoding: TextEncoding,
    private readonly maxLineChars: number,
    private readonly onLine: (line: string, truncated: boolean) => void,
  ) {
    this.decoder = new TextDecoder(encoding, { fatal: false });
    this.utf8 = encoding === 'utf-8';
    this.invalidUtf8 = this.utf8 ? new InvalidUtf8Counter() : null;
  }

  /** Invalid bytes of UTF-8 input (see invalidUtf8), replaced code units of UTF-16. */
  get invalid(): number {
    return this.invalidUtf8 ? this.invalidUtf8.count : this.replacedUtf16;
  }

  write(bytes: Uint8Array): void {
    // A chunk of pure ASCII (most logs) is copied byte for byte: several times faster than the
    // decoder, and the same text. Bytes the decoder still holds from the chunk before cannot start a
    // character with an ASCII byte, so they are flushed first, as the decoder would have done.
    const counter = this.invalidUtf8;
    if (counter !== null && isAscii(bytes)) {
      if (counter.isHolding) counter.add(bytes);
      if (this.decoderPending) {
        this.decoderPending = false;
        this.split(this.decoder.decode());
      }
      this.split(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
      return;
    }
    this.decoderPending = true;
    counter?.add(bytes);
    this.split(this.decoder.decode(bytes, { stream: true }));
  }

  end(): void {
    this.invalidUtf8?.end();
    this.split(this.decoder.decode());
    this.finish();
  }

  /** After the last text: the last line, when it had no line break. */
  protected finish(): void {
    if (this.carry.length > 0 || this.carryTruncated) this.emit(this.carry);
    this.carry = '';
  }

  /** Decoded text, in order: split into lines (another reader of text overrides it, see JsonRecordSplitter). */
  protected split(text: string): void {
    if (text.length === 0) return;
    this.countInvalid(text);
    // One search a chunk: a file without escapes (nearly every one) pays nothing a line.
    if (!this.escapes && text.indexOf('\x1b') >= 0) this.escapes = true;
    let start = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (text.charCodeAt(0) === 10) start = 1;
    }
    const n = text.length;
    let cr = -1;
    while (start <= n) {
      let nl = text.indexOf('\n', start);
      // Searched again only once passed, so text without CR is scanned once, not once per line.
      if (cr !== n && cr < start) {
        cr = text.indexOf('\r', start);
        if (cr < 0) cr = n;
      }
      let isCR = false;
      if (cr < n && (nl < 0 || cr < nl)) {
        nl = cr;
        isCR = true;
      }
      if (nl < 0) {
        this.append(text, start, n);
        return;
      }
      this.append(text, start, nl);
      this.emit(this.carry);
      this.carry = '';
      start = nl + 1;
      if (isCR) {
        if (start === n) this.pendingCR = true;
        else if (text.charCodeAt(start) === 10) start++;
      }
    }
  }

  private append(text: string, from: number, to: number): void {
    if (to <= from || this.carryTruncated) {
      if (to > from) this.carryTruncated = true;
      return;
    }
    const room = this.maxLineChars - this.carry.length;
    if (to - from > room) {
      this.carry += text.slice(from, from + Math.max(0, room));
      this.carryTruncated = true;
    } else this.carry = this.carry.length === 0 ? text.slice(from, to) : this.carry + text.slice(from, to);
  }

  private emit(line: string): void {
    const truncated = this.carryTruncated;
    this.carryTruncated = false;
    this.onLine(this.escapes && line.indexOf('\x1b') >= 0 ? withoutEscapes(line) : line, truncated);
  }

  protected countInvalid(text: string): void {
    if (this.utf8) return;
    let i = text.indexOf('\uFFFD');
    while (i >= 0) {
      this.replacedUtf16++;
      i = text.indexOf('\uFFFD', i + 1);
    }
  }
}

/**
 * A terminal's escape sequences: colours and cursor moves (CSI, "ESC [ 31 m", "ESC [ 0 K"), window
 * titles and links (OSC, ended by BEL or "ESC \\"), character sets ("ESC ( B") and the other
 * two-character escapes ("ESC 7", "ESC ="). Colored logs (Spring Boot, Rails, `docker compose logs`,
 * CI jobs) write them around their levels and times.
 */
// eslint-disable-next-line no-control-regex -- the escape character is what the expression looks for
const ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[()][0-9A-Za-z]|[0-~])/g;

/** A line without its terminal escape sequences (see ESCAPES); a lone escape character is kept. */
export function withoutEscapes(line: string): string {
  return line.replace(ESCAPES, '');
}
