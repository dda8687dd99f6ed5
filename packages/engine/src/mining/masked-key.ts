import { WILDCARD, isBooleanWord, maskToken } from './mask-token';

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// ( [ { < " ' : , =  — what maskToken's number fast path keeps before the number.
const isLeadingMark = (c: number): boolean =>
  c === 40 || c === 91 || c === 123 || c === 60 || c === 34 || c === 39 || c === 58 || c === 44 || c === 61;

/** Token kinds: as written, "lead <*> trail" read from the message, or a string from maskToken. */
const PLAIN = 0;
const EDGED = 1;
const MASKED = 2;

const FNV = 0x01000193;

/**
 * Scans a message's first line into masked tokens — the miner's cache key is those tokens joined by
 * single spaces — without building the key: it computes a hash of it and can compare it with a stored
 * key, so the hot path (a repeated shape) allocates nothing but what maskToken's slow path needs.
 */
export class MaskedKeyScanner {
  /** Start and end of token t at [2t] and [2t + 1], for the last scanned message. */
  readonly bounds: Int32Array;
  /** Number of tokens of the last scanned message. */
  count = 0;
  /** Hash and length of the last scanned message's key. */
  hash = 0;
  length = 0;
  private message = '';
  private readonly kinds: Uint8Array;
  /** For EDGED tokens: end of the kept prefix and start of the kept suffix. */
  private readonly leadEnds: Int32Array;
  private readonly trailStarts: Int32Array;
  private readonly masks: string[] = [];

  constructor(private readonly maxTokens: number) {
    this.bounds = new Int32Array(2 * maxTokens);
    this.kinds = new Uint8Array(maxTokens);
    this.leadEnds = new Int32Array(maxTokens);
    this.trailStarts = new Int32Array(maxTokens);
  }

  scan(message: string): void {
    const bounds = this.bounds;
    this.message = message;
    let end = message.indexOf('\n');
    if (end < 0) end = message.length;
    let tokens = 0;
    let length = 0;
    let h = 0x811c9dc5;
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
      let th = 0x811c9dc5;
      while (i < end) {
        c = message.charCodeAt(i);
        if (isSpace(c)) break;
        if (c >= 48 && c <= 57) {
          interesting = true;
          digits++;
        } else if (c === 47 || c === 64 || c === 92) interesting = true;
        th = Math.imul(th ^ c, FNV);
        i++;
      }
      bounds[2 * tokens] = start;
      bounds[2 * tokens + 1] = i;
      let kind = PLAIN;
      if (
        digits === i - start ||
        ((i - start === 4 || i - start === 5) && isBooleanWord(message, start, i))
      ) {
        // A plain number or true/false: the whole token is the variable.
        kind = EDGED;
        this.leadEnds[tokens] = start;
        this.trailStarts[tokens] = i;
      } else if (interesting) {
        if (this.edges(message, start, i, tokens)) kind = EDGED;
        else {
          const token = message.slice(start, i);
          const m = maskToken(token);
          if (m !== token) {
            kind = MASKED;
            this.masks[tokens] = m;
          }
        }
      }
      this.kinds[tokens] = kind;
      if (kind === EDGED) {
        const lead = this.leadEnds[tokens] ?? start;
        const trail = this.trailStarts[tokens] ?? i;
        th = 0x811c9dc5;
        for (let k = start; k < lead; k++) th = Math.imul(th ^ message.charCodeAt(k), FNV);
        th = Math.imul(Math.imul(Math.imul(th ^ 60, FNV) ^ 42, FNV) ^ 62, FNV); // "<*>"
        for (let k = trail; k < i; k++) th = Math.imul(th ^ message.charCodeAt(k), FNV);
        length += lead - start + WILDCARD.length + i - trail;
      } else if (kind === MASKED) {
        const m = this.masks[tokens] ?? '';
        th = 0x811c9dc5;
        for (let k = 0; k < m.length; k++) th = Math.imul(th ^ m.charCodeAt(k), FNV);
        length += m.length;
      } else length += i - start;
      h = Math.imul(h ^ th, 0x9e3779b1) ^ (h >>> 15);
      tokens++;
    }
    this.count = tokens;
    this.length = tokens > 0 ? length + tokens - 1 : 0;
    this.hash = h ^ tokens;
  }

  /**
   * maskToken's fast path (a number, time, IP or ip:port without letters, maybe with a leading mark
   * and trailing punctuation), read in place. Returns false when maskToken has to decide.
   */
  private edges(s: string, from: number, to: number, t: number): boolean {
    let firstAlnum = -1;
    let lastAlnum = -1;
    let inner = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (isLetter(c)) return false;
      if (isDigit(c)) {
        if (firstAlnum < 0) firstAlnum = i;
        lastAlnum = i;
      } else if (firstAlnum >= 0 && c !== 46 && c !== 58 && c !== 45) inner++;
    }
    if (firstAlnum < 0) return false;
    for (let i = lastAlnum + 1; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c !== 46 && c !== 58 && c !== 45) inner--;
    }
    if (inner !== 0 || (firstAlnum > from && s.charCodeAt(firstAlnum - 1) === 47)) return false;
    const c0 = s.charCodeAt(from);
    if (c0 === 45) this.leadEnds[t] = from;
    else if (firstAlnum === from || (firstAlnum === from + 1 && isLeadingMark(c0)))
      this.leadEnds[t] = firstAlnum;
    else return false;
    this.trailStarts[t] = lastAlnum + 1;
    return true;
  }

  /** Whether `key` is the key of the last scanned message (compared in place, nothing built). */
  matches(key: string): boolean {
    if (key.length !== this.length) return false;
    const s = this.message;
    let p = 0;
    for (let t = 0; t < this.count; t++) {
      if (t > 0 && key.charCodeAt(p++) !== 32) return false;
      const start = this.bounds[2 * t] ?? 0;
      const end = this.bounds[2 * t + 1] ?? 0;
      const kind = this.kinds[t];
      if (kind === PLAIN) {
        for (let k = start; k < end; k++) if (key.charCodeAt(p++) !== s.charCodeAt(k)) return false;
      } else if (kind === EDGED) {
        const lead = this.leadEnds[t] ?? start;
        const trail = this.trailStarts[t] ?? end;
        for (let k = start; k < lead; k++) if (key.charCodeAt(p++) !== s.charCodeAt(k)) return false;
        if (key.charCodeAt(p) !== 60 || key.charCodeAt(p + 1) !== 42 || key.charCodeAt(p + 2) !== 62)
          return false;
        p += 3;
        for (let k = trail; k < end; k++) if (key.charCodeAt(p++) !== s.charCodeAt(k)) return false;
      } else {
        const m = this.masks[t] ?? '';
        for (let k = 0; k < m.length; k++) if (key.charCodeAt(p++) !== m.charCodeAt(k)) return false;
      }
    }
    return true;
  }

  /** The key of the last scanned message, built (only when it is new to the cache). */
  key(): string {
    const s = this.message;
    const parts: string[] = [];
    for (let t = 0; t < this.count; t++) {
      const start = this.bounds[2 * t] ?? 0;
      const end = this.bounds[2 * t + 1] ?? 0;
      const kind = this.kinds[t];
      if (kind === PLAIN) parts.push(s.slice(start, end));
      else if (kind === EDGED) {
        parts.push(
          s.slice(start, this.leadEnds[t] ?? start) + WILDCARD + s.slice(this.trailStarts[t] ?? end, end),
        );
      } else parts.push(this.masks[t] ?? '');
    }
    return parts.join(' ');
  }
}

/** The cache key of a message (see MaskedKeyScanner). */
export function maskedKey(message: string, maxTokens: number): string {
  const scanner = new MaskedKeyScanner(maxTokens);
  scanner.scan(message);
  return scanner.key();
}

/**
 * The values of a template's variables in the last scanned message, from the token bounds of the
 * scanner. `slots` holds (position, literal prefix length, literal suffix length) per variable;
 * the token position of param i is written to `positions[i]`.
 */
export function readParams(
  slots: Int32Array,
  message: string,
  scanner: MaskedKeyScanner,
  positions: Int32Array,
): string[] {
  const params: string[] = [];
  const bounds = scanner.bounds;
  for (let s = 0; s < slots.length; s += 3) {
    const k = slots[s] ?? 0;
    if (k >= scanner.count) break;
    const start = (bounds[2 * k] ?? 0) + (slots[s + 1] ?? 0);
    const end = (bounds[2 * k + 1] ?? 0) - (slots[s + 2] ?? 0);
    positions[params.length] = k;
    params.push(message.slice(start, Math.max(start, end)));
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
