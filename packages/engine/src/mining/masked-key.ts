import {
  CHARS,
  COMPLEX,
  DIGIT,
  EDGED as EDGED_SPAN,
  MARK,
  SPACE,
  WILDCARD,
  isBooleanWord,
  maskSpan,
  maskToken,
} from './mask-token';

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13;

/** Token kinds: as written, "lead <*> trail" read from the message, or a string from maskToken. */
const PLAIN = 0;
const EDGED = 1;
const MASKED = 2;

const FNV = 0x01000193;
const SEED = 0x811c9dc5;

/**
 * Scans a message's first line into masked tokens — the miner's cache key is those tokens joined by
 * single spaces — without building the key: it computes two independent 32-bit hashes of it (a 64-bit
 * fingerprint, so a cache hit needs no comparison), and allocates only for tokens with several
 * variable parts.
 */
export class MaskedKeyScanner {
  /** Start and end of token t at [2t] and [2t + 1], for the last scanned message. */
  readonly bounds: Int32Array;
  /** Number of tokens of the last scanned message. */
  count = 0;
  /** Hashes and length of the last scanned message's key. */
  hash = 0;
  hash2 = 0;
  length = 0;
  private message = '';
  private readonly kinds: Uint8Array;
  /** For EDGED tokens: end of the kept prefix and start of the kept suffix. */
  private readonly leadEnds: Int32Array;
  private readonly trailStarts: Int32Array;
  private readonly masks: string[] = [];
  private readonly edge = new Int32Array(2);

  constructor(private readonly maxTokens: number) {
    this.bounds = new Int32Array(2 * maxTokens);
    this.kinds = new Uint8Array(maxTokens);
    this.leadEnds = new Int32Array(maxTokens);
    this.trailStarts = new Int32Array(maxTokens);
  }

  scan(message: string): void {
    const bounds = this.bounds;
    const leadEnds = this.leadEnds;
    const trailStarts = this.trailStarts;
    const edge = this.edge;
    this.message = message;
    let end = message.indexOf('\n');
    if (end < 0) end = message.length;
    let tokens = 0;
    let length = 0;
    let h = SEED;
    let h2 = 0;
    let i = 0;
    while (i < end) {
      let c = message.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (tokens >= this.maxTokens) break;
      const start = i;
      let marks = 0;
      let digits = 0;
      let th = SEED;
      let th2 = 0;
      while (i < end) {
        c = message.charCodeAt(i);
        const cls = c < 128 ? (CHARS[c] ?? 0) : 0;
        if (cls === SPACE) break;
        digits += cls & DIGIT;
        marks |= cls & (DIGIT | MARK);
        th = Math.imul(th ^ c, FNV);
        th2 = (Math.imul(th2, 31) + c) | 0;
        i++;
      }
      const interesting = marks !== 0;
      bounds[2 * tokens] = start;
      bounds[2 * tokens + 1] = i;
      const len = i - start;
      let kind = PLAIN;
      if (digits === len || (!interesting && isBooleanWord(message, start, i))) {
        kind = EDGED; // a plain number, true or false: the whole token is the variable
        leadEnds[tokens] = start;
        trailStarts[tokens] = i;
      } else if (interesting) {
        const span = maskSpan(message, start, i, edge);
        if (span === EDGED_SPAN) {
          kind = EDGED;
          leadEnds[tokens] = edge[0] ?? start;
          trailStarts[tokens] = edge[1] ?? i;
        } else if (span === COMPLEX) {
          const m = maskToken(message.slice(start, i));
          kind = MASKED;
          this.masks[tokens] = m;
        }
      }
      this.kinds[tokens] = kind;
      if (kind === EDGED) {
        const lead = leadEnds[tokens] ?? start;
        const trail = trailStarts[tokens] ?? i;
        th = SEED;
        th2 = 0;
        for (let k = start; k < lead; k++) {
          const ch = message.charCodeAt(k);
          th = Math.imul(th ^ ch, FNV);
          th2 = (Math.imul(th2, 31) + ch) | 0;
        }
        th = Math.imul(Math.imul(Math.imul(th ^ 60, FNV) ^ 42, FNV) ^ 62, FNV); // "<*>"
        th2 = (Math.imul((Math.imul((Math.imul(th2, 31) + 60) | 0, 31) + 42) | 0, 31) + 62) | 0;
        for (let k = trail; k < i; k++) {
          const ch = message.charCodeAt(k);
          th = Math.imul(th ^ ch, FNV);
          th2 = (Math.imul(th2, 31) + ch) | 0;
        }
        length += lead - start + WILDCARD.length + i - trail;
      } else if (kind === MASKED) {
        const m = this.masks[tokens] ?? '';
        th = SEED;
        th2 = 0;
        for (let k = 0; k < m.length; k++) {
          const ch = m.charCodeAt(k);
          th = Math.imul(th ^ ch, FNV);
          th2 = (Math.imul(th2, 31) + ch) | 0;
        }
        length += m.length;
      } else length += len;
      h = Math.imul(h ^ th, 0x9e3779b1) ^ (h >>> 15);
      h2 = Math.imul(h2 + th2, 0x85ebca6b) ^ (h2 >>> 13);
      tokens++;
    }
    this.count = tokens;
    this.length = tokens > 0 ? length + tokens - 1 : 0;
    this.hash = h ^ tokens;
    this.hash2 = h2 ^ this.length;
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
