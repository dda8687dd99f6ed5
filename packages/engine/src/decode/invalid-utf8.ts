import { isUtf8 } from 'node:buffer';
import { concatBytes } from './concat-bytes';

const EMPTY = new Uint8Array(0);

/** The length a lead byte announces (0: not a lead byte). */
export function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Whether `b` may follow `lead` as the first continuation byte (no overlong form, surrogate or > U+10FFFF). */
function isSecond(lead: number, b: number): boolean {
  if (lead === 0xe0) return b >= 0xa0 && b <= 0xbf;
  if (lead === 0xed) return b >= 0x80 && b <= 0x9f;
  if (lead === 0xf0) return b >= 0x90 && b <= 0xbf;
  if (lead === 0xf4) return b >= 0x80 && b <= 0x8f;
  return b >= 0x80 && b <= 0xbf;
}

/**
 * The bytes of `b` that belong to no valid character: a stray or impossible byte, and the lead and
 * valid continuations of a sequence cut short (what a decoder replaces by U+FFFD, counted in bytes).
 */
export function countInvalidUtf8(b: Uint8Array): number {
  let invalid = 0;
  let i = 0;
  while (i < b.length) {
    const lead = b[i] ?? 0;
    const n = sequenceLength(lead);
    if (n === 1) {
      i++;
      continue;
    }
    if (n === 0) {
      invalid++;
      i++;
      continue;
    }
    let k = 1;
    while (k < n && i + k < b.length) {
      const c = b[i + k] ?? 0;
      if (k === 1 ? !isSecond(lead, c) : c < 0x80 || c > 0xbf) break;
      k++;
    }
    if (k < n) invalid += k;
    i += k;
  }
  return invalid;
}

/** Where an incomplete character at the end of `b` starts (b.length when it ends on a whole one). */
function incompleteTail(b: Uint8Array): number {
  for (let i = b.length - 1; i >= 0 && i >= b.length - 3; i--) {
    const c = b[i] ?? 0;
    if (c < 0x80) break;
    if (c >= 0xc0) return i + sequenceLength(c) > b.length ? i : b.length;
  }
  return b.length;
}

/**
 * Counts the invalid bytes of a UTF-8 stream given in chunks, a character split between two chunks
 * being whole. Valid text (nearly all of it) is checked by Node's `isUtf8` alone.
 */
export class InvalidUtf8Counter {
  count = 0;
  /** An incomplete character at the end of the last chunk (at most 3 bytes). */
  private carry: Uint8Array = EMPTY;

  /** Whether bytes of a character are held from the chunk before. */
  get isHolding(): boolean {
    return this.carry.length > 0;
  }

  add(bytes: Uint8Array): void {
    const data = this.carry.length > 0 ? concatBytes([this.carry, bytes]) : bytes;
    const cut = incompleteTail(data);
    const whole = data.subarray(0, cut);
    if (!isUtf8(whole)) this.count += countInvalidUtf8(whole);
    this.carry = cut < data.length ? data.slice(cut) : EMPTY;
  }

  /** At the end of the stream: a character left incomplete is invalid. */
  end(): void {
    this.count += countInvalidUtf8(this.carry);
    this.carry = EMPTY;
  }
}
