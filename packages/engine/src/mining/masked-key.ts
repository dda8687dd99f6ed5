import {
  CHARS,
  COMPLEX,
  DIGIT,
  EDGED as EDGED_SPAN,
  LETTER,
  MARK,
  SPACE,
  WILDCARD,
  isVariableSegment,
  wordValueSpan,
  maskSpan,
  maskToken,
} from './mask-token';

import { isCalendarWordAt, isUserNameAt } from './value-words';

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13;

/** Token kinds: as written, "lead <*> trail" read from the message, or a string from maskToken. */
const PLAIN = 0;
const EDGED = 1;
const MASKED = 2;

const FNV = 0x01000193;
/**
 * FNV's offset basis as a 32-bit integer (0x811c9dc5 | 0, the same hashes): written as 0x811c9dc5, a
 * number above 2^31, it made each hash a double in compiled code, converted to an integer and back
 * at every character (scan: 4,000 → 3,400 instructions a message of 48 characters).
 */
const SEED = 0x811c9dc5 | 0;
/** What a masked hex run stands for in a shape: above every UTF-16 code unit, so no text hashes alike. */
const HEX_RUN = 0x10000;
/** Starts the kept-digit part of a shape variant (see `digitVariant`); no code unit or HEX_RUN hashes alike. */
const DIGIT_VARIANT = 0x10001;
/** Shortest run of hex digits (and dashes) at a token's end worth asking maskSpan about in the shape pass. */
const MIN_HEX_RUN = 8;

const isHexOrDash = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c === 45;

/**
 * For every UTF-16 code unit: its shape (digits read as "0") in the low 16 bits and its class
 * (CHARS, ASCII only) above them — one table read per character in the shape pass.
 */
const SHAPES = new Uint32Array(65536);
for (let c = 0; c < 65536; c++) {
  const cls = c < 128 ? (CHARS[c] ?? 0) : 0;
  SHAPES[c] = (cls === DIGIT ? 48 : c) | (cls << 16);
}
// A line feed ends a token as a blank does: `scan` stops at it (an event's first line) as it reads,
// instead of searching for it first (a builtin call per message).
SHAPES[10] = 10 | (SPACE << 16);

/** Whether s[from, to) holds only letters, digits, "_" and "-" (maskSpan finds no URL, host or delimiter in it). */
function isPlainWord(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 95 || c === 45 || (c < 128 && ((CHARS[c] ?? 0) & (DIGIT | LETTER)) !== 0))) return false;
  }
  return true;
}

/** Per-token flags of the shape pass. */
const ALL_DIGITS = 1;
const INTERESTING = 2;
const HAS_DIGIT = 4;

const hasDigit = (s: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};

/**
 * Scans a message's first line into masked tokens — the miner's cache key is those tokens joined by
 * single spaces — without building the key. Two passes:
 * - `scan` finds the tokens and a fingerprint of the line's *shape* (the text with every digit read
 *   as 0). Masking looks only at character classes, so lines of one shape are masked alike; when no
 *   digit survives masking (`keptDigits` false), they have one masked key. The miner remembers such
 *   shapes, and most lines need nothing more.
 * - `mask` (for a new shape) masks each token and fingerprints the masked key.
 * Fingerprints are two independent 32-bit hashes (64 bits), so a cache hit needs no comparison.
 */
export class MaskedKeyScanner {
  /** Start and end of token t at [2t] and [2t + 1], for the last scanned message. */
  readonly bounds: Int32Array;
  /** Number of tokens of the last scanned message. */
  count = 0;
  /** Fingerprint of the last scanned message's shape, and the length of the text it covers. */
  shapeHash = 0;
  shapeHash2 = 0;
  shapeLength = 0;
  /** Fingerprint and length of the masked key (after `mask`). */
  hash = 0;
  hash2 = 0;
  length = 0;
  /** Whether the masked key keeps a digit ("ssh2", "bglio344"): then the shape does not decide the key. */
  keptDigits = false;
  /**
   * After `mask`: the tokens kept whole with their digits (in `digitTokens`), or -1 when a digit is
   * kept beside a variable inside a token. With those tokens' own text (`digitVariant`), the shape
   * decides the key again.
   */
  digitTokenCount = 0;
  readonly digitTokens: Int32Array;
  /** Fingerprint of the last scanned message's shape with its kept-digit tokens as written (`digitVariant`). */
  variantHash = 0;
  variantHash2 = 0;
  private message = '';
  private readonly flags: Uint8Array;
  private readonly kinds: Uint8Array;
  /** For EDGED tokens: end of the kept prefix and start of the kept suffix. */
  private readonly leadEnds: Int32Array;
  private readonly trailStarts: Int32Array;
  private readonly masks: string[] = [];
  private readonly edge = new Int32Array(2);
  /** A token's shape fingerprint from `hexShape`. */
  private tokenHash = 0;
  private tokenHash2 = 0;

  constructor(private readonly maxTokens: number) {
    this.bounds = new Int32Array(2 * maxTokens);
    this.digitTokens = new Int32Array(maxTokens);
    this.flags = new Uint8Array(maxTokens);
    this.kinds = new Uint8Array(maxTokens);
    this.leadEnds = new Int32Array(maxTokens);
    this.trailStarts = new Int32Array(maxTokens);
  }

  /** The shape pass: token bounds and the shape fingerprint. */
  scan(message: string): void {
    const bounds = this.bounds;
    const flags = this.flags;
    // Constants read once: an imported binding is a cell that compiled code loads and checks (for its
    // temporal dead zone) at every use, several times a character and a token below; the module's own
    // are read once too, alike (callgrind did not tell them apart from its noise).
    const space = SPACE;
    const digit = DIGIT;
    const letter = LETTER;
    const digitOrMark = DIGIT | MARK;
    const shapes = SHAPES;
    const fnv = FNV;
    const maxTokens = this.maxTokens;
    const minHexRun = MIN_HEX_RUN;
    const allDigits = ALL_DIGITS;
    const interesting = INTERESTING;
    const hasDigitFlag = HAS_DIGIT;
    this.message = message;
    const end = message.length;
    let tokens = 0;
    let h = SEED;
    let h2 = 0;
    let i = 0;
    while (i < end) {
      const c = message.charCodeAt(i);
      if (c === 10) break;
      if (isSpace(c)) {
        h = Math.imul(h ^ c, fnv);
        h2 = (Math.imul(h2, 31) + c) | 0;
        i++;
        continue;
      }
      if (tokens >= maxTokens) break;
      const start = i;
      const startH = h;
      const startH2 = h2;
      let marks = 0;
      let digits = 0;
      while (i < end) {
        const packed = shapes[message.charCodeAt(i)] ?? 0;
        const cls = packed >>> 16;
        if (cls === space) break;
        digits += cls & digit;
        marks |= cls;
        const z = packed & 0xffff;
        h = Math.imul(h ^ z, fnv);
        h2 = (Math.imul(h2, 31) + z) | 0;
        i++;
      }
      // Ids, hashes and UUIDs vary in their letters a–f too: one read as its masked form keeps the shape.
      if (
        digits > 0 &&
        (marks & letter) !== 0 &&
        i - start >= minHexRun &&
        isHexOrDash(message.charCodeAt(i - 1)) &&
        this.hexShape(message, start, i, startH, startH2)
      ) {
        h = this.tokenHash;
        h2 = this.tokenHash2;
      }
      bounds[2 * tokens] = start;
      bounds[2 * tokens + 1] = i;
      flags[tokens] =
        digits === i - start
          ? allDigits
          : ((marks & digitOrMark) !== 0 ? interesting : 0) | (digits > 0 ? hasDigitFlag : 0);
      tokens++;
    }
    this.count = tokens;
    this.shapeLength = i;
    this.shapeHash = h;
    this.shapeHash2 = h2 ^ i;
  }

  /**
   * For a token s[start, end) ending in a long run of hex digits with a letter among them: when
   * maskSpan makes one variable of its tail (EDGED, nothing kept after it), its shape is the kept
   * prefix (digits read as 0, as everywhere) followed by HEX_RUN, so ids that differ in their letters
   * share a shape. Sound: tokens of one such shape mask to equal text (their prefixes differ at most in
   * digits, and a kept digit makes the shape untrusted, see `keptDigits`); other tokens never hash
   * HEX_RUN. The fingerprint, continued from (h, h2), is left in tokenHash/tokenHash2; false when the
   * token is read as usual.
   */
  private hexShape(s: string, start: number, end: number, h: number, h2: number): boolean {
    let run = end;
    let letters = 0;
    let dashes = 0;
    while (run > start) {
      const c = s.charCodeAt(run - 1);
      if (!isHexOrDash(c)) break;
      if (c === 45) dashes++;
      else if (c > 57) letters++;
      run--;
    }
    if (end - run < MIN_HEX_RUN || letters === 0) return false;
    let lead = start;
    // A token all of hex digits, with a digit (the caller checked), is one variable: a hash or an id.
    // A word of letters, digits, _ and - (a UUID, "blk_9085c07c8b67") is one variable or none: what
    // maskSpan answers for it is isVariableSegment's answer, without maskSpan's other tests.
    if (run !== start || dashes > 0) {
      if (isPlainWord(s, start, run)) return isVariableSegment(s, start, end) && this.hexRun(h, h2);
      const edge = this.edge;
      if (maskSpan(s, start, end, edge) !== EDGED_SPAN || edge[1] !== end) return false;
      lead = edge[0] ?? start;
    }
    for (let k = start; k < lead; k++) {
      const z = (SHAPES[s.charCodeAt(k)] ?? 0) & 0xffff;
      h = Math.imul(h ^ z, FNV);
      h2 = (Math.imul(h2, 31) + z) | 0;
    }
    return this.hexRun(h, h2);
  }

  /** Ends a token's shape fingerprint (continued from h, h2 after its kept prefix) with HEX_RUN; true. */
  private hexRun(h: number, h2: number): boolean {
    this.tokenHash = Math.imul(h ^ HEX_RUN, FNV);
    this.tokenHash2 = (Math.imul(h2, 31) + HEX_RUN) | 0;
    return true;
  }

  /**
   * The shape fingerprint continued with the text, digits as written, of the given tokens of the last
   * scanned message (those a shape keeps whole: `digitTokens`) — into variantHash/variantHash2. Lines
   * of one shape whose kept-digit tokens read alike ("… port 22 ssh2") have one masked key.
   */
  digitVariant(tokens: Int32Array, count: number): void {
    const s = this.message;
    let h = Math.imul(this.shapeHash ^ DIGIT_VARIANT, FNV);
    let h2 = (Math.imul(this.shapeHash2, 31) + DIGIT_VARIANT) | 0;
    for (let k = 0; k < count; k++) {
      const t = tokens[k] ?? 0;
      const end = this.bounds[2 * t + 1] ?? 0;
      for (let i = this.bounds[2 * t] ?? 0; i < end; i++) {
        const c = s.charCodeAt(i);
        h = Math.imul(h ^ c, FNV);
        h2 = (Math.imul(h2, 31) + c) | 0;
      }
    }
    this.variantHash = h;
    this.variantHash2 = h2;
  }

  /** The masking pass over the tokens of the last scanned message: the masked key's fingerprint. */
  mask(): void {
    const message = this.message;
    const bounds = this.bounds;
    const leadEnds = this.leadEnds;
    const trailStarts = this.trailStarts;
    const edge = this.edge;
    let length = 0;
    let h = SEED;
    let h2 = 0;
    let keptDigits = false;
    let partly = false;
    let digitTokens = 0;
    for (let t = 0; t < this.count; t++) {
      const start = bounds[2 * t] ?? 0;
      const end = bounds[2 * t + 1] ?? 0;
      const flag = this.flags[t] ?? 0;
      let kind = PLAIN;
      if (flag === ALL_DIGITS) {
        kind = EDGED; // a plain number: the whole token is the variable
        leadEnds[t] = start;
        trailStarts[t] = end;
      } else if (flag === 0 && wordValueSpan(message, start, end, edge)) {
        kind = EDGED; // true or false, alone or as the value of "key=" / "key:"; a quoted word
        leadEnds[t] = edge[0] ?? start;
        trailStarts[t] = edge[1] ?? end;
      } else if (
        flag === 0 &&
        (isCalendarWordAt(message, bounds, this.count, t) || isUserNameAt(message, bounds, t))
      ) {
        kind = EDGED; // "Jun" of "Jun 18": part of a date; "root" of "for user root"
        leadEnds[t] = start;
        trailStarts[t] = end;
      } else if ((flag & INTERESTING) !== 0) {
        const span = maskSpan(message, start, end, edge);
        if (span === EDGED_SPAN) {
          kind = EDGED;
          leadEnds[t] = edge[0] ?? start;
          trailStarts[t] = edge[1] ?? end;
        } else if (span === COMPLEX) {
          const text = message.slice(start, end);
          const masked = maskToken(text);
          // Nothing varies ("jk2_init()"): the token is kept as written, like a plain one.
          if (masked !== text) {
            kind = MASKED;
            this.masks[t] = masked;
          }
        }
      }
      this.kinds[t] = kind;
      if ((flag & HAS_DIGIT) !== 0) {
        if (kind === PLAIN) {
          keptDigits = true;
          this.digitTokens[digitTokens++] = t;
        } else if (!partly) {
          partly =
            kind === EDGED
              ? hasDigit(message, start, leadEnds[t] ?? start) ||
                hasDigit(message, trailStarts[t] ?? end, end)
              : hasDigit(this.masks[t] ?? '', 0, (this.masks[t] ?? '').length);
        }
      }
      let th = SEED;
      let th2 = 0;
      if (kind === MASKED) {
        const m = this.masks[t] ?? '';
        for (let k = 0; k < m.length; k++) {
          const ch = m.charCodeAt(k);
          th = Math.imul(th ^ ch, FNV);
          th2 = (Math.imul(th2, 31) + ch) | 0;
        }
        length += m.length;
      } else {
        const lead = kind === EDGED ? (leadEnds[t] ?? start) : end;
        for (let k = start; k < lead; k++) {
          const ch = message.charCodeAt(k);
          th = Math.imul(th ^ ch, FNV);
          th2 = (Math.imul(th2, 31) + ch) | 0;
        }
        if (kind === EDGED) {
          const trail = trailStarts[t] ?? end;
          th = Math.imul(Math.imul(Math.imul(th ^ 60, FNV) ^ 42, FNV) ^ 62, FNV); // "<*>"
          th2 = (Math.imul((Math.imul((Math.imul(th2, 31) + 60) | 0, 31) + 42) | 0, 31) + 62) | 0;
          for (let k = trail; k < end; k++) {
            const ch = message.charCodeAt(k);
            th = Math.imul(th ^ ch, FNV);
            th2 = (Math.imul(th2, 31) + ch) | 0;
          }
          length += lead - start + WILDCARD.length + end - trail;
        } else length += end - start;
      }
      h = Math.imul(h ^ th, 0x9e3779b1) ^ (h >>> 15);
      h2 = Math.imul(h2 + th2, 0x85ebca6b) ^ (h2 >>> 13);
    }
    const tokens = this.count;
    this.keptDigits = keptDigits || partly;
    this.digitTokenCount = partly ? -1 : digitTokens;
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
  scanner.mask();
  return scanner.key();
}

/**
 * The values of a template's variables in the last scanned message, from the token bounds of the
 * scanner. `slots` holds (position, literal prefix length, literal suffix length, tokens) per
 * variable (see slotsOf); the token position of param i is written to `positions[i]`.
 */
export function readParams(
  slots: Int32Array,
  message: string,
  scanner: MaskedKeyScanner,
  positions: Int32Array,
): string[] {
  // Made at its size and filled by index: TurboFan left `push` here a call to its builtin
  // (callgrind: 1.5 calls a line of the suite's log4j file), and the array grew from empty.
  const params = new Array<string>(slots.length >> 2);
  const bounds = scanner.bounds;
  let n = 0;
  for (let s = 0; s < slots.length; s += 4) {
    const k = slots[s] ?? 0;
    const last = k + (slots[s + 3] ?? 1) - 1;
    if (last >= scanner.count) break;
    const start = (bounds[2 * k] ?? 0) + (slots[s + 1] ?? 0);
    const end = (bounds[2 * last + 1] ?? 0) - (slots[s + 2] ?? 0);
    positions[n] = k;
    params[n++] = message.slice(start, Math.max(start, end));
  }
  // A message with fewer tokens than the template's last variable needs: no holes left at the end.
  if (n < params.length) params.length = n;
  return params;
}

/**
 * Variable slots of a template: (position, prefix length, suffix length, tokens) for each `<*>`
 * token; a date's run of `<*>` tokens (`dates`: first token and count pairs) is one slot.
 */
export function slotsOf(template: string[], dates: ArrayLike<number> = NO_DATES): Int32Array {
  const slots: number[] = [];
  let d = 0;
  for (let k = 0; k < template.length; k++) {
    if (d < dates.length && k === dates[d]) {
      const n = dates[d + 1] ?? 1;
      slots.push(k, 0, 0, n);
      k += n - 1;
      d += 2;
      continue;
    }
    const t = template[k] ?? '';
    const at = t.indexOf(WILDCARD);
    if (at < 0) continue;
    slots.push(k, at, t.length - t.lastIndexOf(WILDCARD) - WILDCARD.length, 1);
  }
  return Int32Array.from(slots);
}

const NO_DATES: readonly number[] = [];
