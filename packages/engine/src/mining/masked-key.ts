import { WILDCARD, isBooleanWord, maskToken } from './mask-token';

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13;

/**
 * Computes the miner's cache key — the masked tokens of a message's first line joined by single
 * spaces — in one scan, and remembers where each token is, so variable values can be read without
 * scanning again. Unmasked stretches are copied as whole slices: a few allocations per line.
 */
export class MaskedKeyScanner {
  /** Start and end of token t at [2t] and [2t + 1], for the last scanned message. */
  readonly bounds: Int32Array;
  /** Number of tokens of the last scanned message. */
  count = 0;

  constructor(private readonly maxTokens: number) {
    this.bounds = new Int32Array(2 * maxTokens);
  }

  scan(message: string): string {
    const bounds = this.bounds;
    let end = message.indexOf('\n');
    if (end < 0) end = message.length;
    let out = '';
    let runStart = -1; // start of the pending run of unmasked, single-spaced tokens
    let prevEnd = 0;
    let tokens = 0;
    let i = 0;
    while (i < end) {
      let c = message.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (tokens >= this.maxTokens) break;
      const start = i;
      let interesting = false;
      let digits = 0;
      while (i < end) {
        c = message.charCodeAt(i);
        if (isSpace(c)) break;
        if (c >= 48 && c <= 57) {
          interesting = true;
          digits++;
        } else if (c === 47 || c === 64 || c === 92) interesting = true;
        i++;
      }
      bounds[2 * tokens] = start;
      bounds[2 * tokens + 1] = i;
      let masked: string | null = null;
      if (digits === i - start)
        masked = WILDCARD; // a plain number, the most common variable
      else if (interesting || ((i - start === 4 || i - start === 5) && isBooleanWord(message, start, i))) {
        const token = message.slice(start, i);
        const m = maskToken(token);
        if (m !== token) masked = m;
      }
      if (masked === null) {
        if (runStart < 0) {
          if (tokens > 0) out += ' ';
          runStart = start;
        } else if (start !== prevEnd + 1 || message.charCodeAt(prevEnd) !== 32) {
          out += message.slice(runStart, prevEnd) + ' ';
          runStart = start;
        }
      } else {
        if (runStart >= 0) {
          out += message.slice(runStart, prevEnd);
          runStart = -1;
        }
        out += tokens > 0 ? ' ' + masked : masked;
      }
      prevEnd = i;
      tokens++;
    }
    this.count = tokens;
    if (runStart < 0) return out;
    return out.length === 0 ? message.slice(runStart, prevEnd) : out + message.slice(runStart, prevEnd);
  }
}

/** The cache key of a message (see MaskedKeyScanner). */
export function maskedKey(message: string, maxTokens: number): string {
  return new MaskedKeyScanner(maxTokens).scan(message);
}

/**
 * The values of a template's variables in the last scanned message, from the token bounds of the
 * scanner. `slots` holds (position, literal prefix length, literal suffix length) per variable.
 */
export function readParams(
  slots: Int32Array,
  message: string,
  scanner: MaskedKeyScanner,
  positions: number[],
): string[] {
  const params: string[] = [];
  const bounds = scanner.bounds;
  for (let s = 0; s < slots.length; s += 3) {
    const k = slots[s] ?? 0;
    if (k >= scanner.count) break;
    const start = (bounds[2 * k] ?? 0) + (slots[s + 1] ?? 0);
    const end = (bounds[2 * k + 1] ?? 0) - (slots[s + 2] ?? 0);
    params.push(message.slice(start, Math.max(start, end)));
    positions.push(k);
  }
  return params;
}

/** Variable slots of a template: (position, prefix length, suffix length) for each `<*>` token. */
export function slotsOf(template: string[]): Int32Array {
  const slots: number[] = [];
  template.forEach((t, k) => {
    const at = t.indexOf(WILDCARD);
    if (at < 0) return;
    slots.push(k, at, t.length - t.lastIndexOf(WILDCARD) - WILDCARD.length);
  });
  return Int32Array.from(slots);
}
