import { intern } from '../fields/strings';
import type { Level } from '../types';
import type { HeaderTokens } from './header-tokens';
import { passesProbes, type HeaderParts, type TextHeaderModel } from './text-header';

/** How one header shape splits: the parts of `HeaderParts` that hold for every line of that shape. */
export interface HeaderLayout {
  /** A second hash of the header's shape: with the first, a 64-bit fingerprint of it. */
  hash2: number;
  messageStart: number;
  timeStart: number;
  timeEnd: number;
  /** The level read from the header, or `fromMessage` when the header has none. */
  level: Level | null;
  levelFromMessage: boolean;
  componentStart: number;
  componentEnd: number;
  /**
   * The component when it has no digits (then it is the same for every line of this shape): the
   * shared copy (`intern`), which pins no input chunk and compares with others by pointer.
   */
  component: string | null;
  /**
   * Whether the header holds a "=" (then `headerAttributes` reads its `key=value` pairs): an "=" is
   * part of the shape, so every header of the layout has one or none.
   */
  hasPairs: boolean;
  probedLeading: boolean;
  pendingFrom: number;
  probedTime: boolean;
  next: HeaderLayout | null;
}

const FNV = 0x01000193;
/** FNV's offset basis as a 32-bit integer (see masked-key.ts: written above 2^31 it makes each hash a double). */
const SEED = 0x811c9dc5 | 0;
const MAX_LAYOUTS = 512;
/** Headers of more whitespace-separated tokens than this are not remembered. */
const MAX_TOKENS = 24;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isBlank = (c: number): boolean => c === 32 || c === 9;
/** ASCII with every digit read as "0": a table, as timestamps alternate digits and punctuation. */
const SHAPE = new Uint8Array(128).map((_, c) => (isDigit(c) ? 48 : c));
const shapeOf = (c: number): number => (c < 128 ? (SHAPE[c] ?? c) : c);

/**
 * Remembers how the headers of a text file split, by their shape: the header text with every digit
 * standing for any digit. Splitting reads only character classes (digits, letters, punctuation) and
 * level words, so two headers of the same shape split alike — once the first token of the message
 * passes the same tests (see `passesProbes`). A line is matched by a 64-bit hash of the shape of its
 * leading tokens (two 32-bit hashes; with at most 512 layouts a collision is beyond likely).
 */
export class HeaderLayouts {
  private readonly byHash = new Map<number, HeaderLayout>();
  private size = 0;
  /** Bit t is set when some layout's header has t whitespace-separated tokens. */
  private tokenCounts = 0;
  private maxTokens = 0;

  constructor(
    private readonly model: TextHeaderModel,
    private readonly tokens: HeaderTokens,
  ) {}

  /** How many layouts were learned. */
  get count(): number {
    return this.size;
  }

  /** The layout of a line's header, when a header of the same shape was split before. */
  find(line: string): HeaderLayout | null {
    if (this.size === 0) return null;
    const n = line.length;
    let h = SEED;
    let h2 = 0;
    let t = 0;
    let i = 0;
    while (i < n) {
      let c = line.charCodeAt(i);
      while (!isBlank(c)) {
        const z = shapeOf(c);
        h = Math.imul(h ^ z, FNV);
        h2 = (Math.imul(h2, 31) + z) | 0;
        if (++i >= n) return null;
        c = line.charCodeAt(i);
      }
      t++;
      while (isBlank(c)) {
        h = Math.imul(h ^ c, FNV);
        h2 = (Math.imul(h2, 31) + c) | 0;
        if (++i >= n) return null;
        c = line.charCodeAt(i);
      }
      if (((this.tokenCounts >>> t) & 1) !== 0) {
        for (let l = this.byHash.get((h ^ t) & 0x3fffffff) ?? null; l !== null; l = l.next) {
          if (l.messageStart === i && l.hash2 === h2 && this.passes(line, l)) return l;
        }
      }
      if (t >= this.maxTokens) return null;
    }
    return null;
  }

  /** Remembers the split of `line` (when it is one that can be reused). */
  learn(line: string, parts: HeaderParts, level: Level | null): void {
    const start = parts.messageStart;
    if (!parts.reusable || this.size >= MAX_LAYOUTS || start <= 0 || start >= line.length) return;
    let h = SEED;
    let h2 = 0;
    let t = 0;
    let i = 0;
    while (i < start) {
      while (i < start && !isBlank(line.charCodeAt(i))) {
        const z = shapeOf(line.charCodeAt(i++));
        h = Math.imul(h ^ z, FNV);
        h2 = (Math.imul(h2, 31) + z) | 0;
      }
      t++;
      while (i < start && isBlank(line.charCodeAt(i))) {
        const c = line.charCodeAt(i++);
        h = Math.imul(h ^ c, FNV);
        h2 = (Math.imul(h2, 31) + c) | 0;
      }
    }
    if (t > MAX_TOKENS || !isBlank(line.charCodeAt(start - 1))) return;
    const key = (h ^ t) & 0x3fffffff;
    // Known already: a line whose message is one token is split anew (see `passes`) and comes here
    // with its layout. Added again, each such line lengthened the chain every later line of the shape
    // walks: lines of one token after a time ran at 10,000 a second, the chain 512 layouts long.
    for (let l = this.byHash.get(key) ?? null; l !== null; l = l.next)
      if (l.messageStart === start && l.hash2 === h2) return;
    const hasLevel = parts.levelEnd > parts.levelStart;
    const component =
      parts.componentEnd > parts.componentStart && !hasDigit(line, parts.componentStart, parts.componentEnd)
        ? intern(line.slice(parts.componentStart, parts.componentEnd))
        : null;
    this.byHash.set(key, {
      hash2: h2,
      messageStart: start,
      timeStart: parts.timeStart,
      timeEnd: parts.timeEnd,
      level: hasLevel ? level : null,
      levelFromMessage: !hasLevel,
      componentStart: parts.componentStart,
      componentEnd: parts.componentEnd,
      component,
      hasPairs: line.lastIndexOf('=', start - 1) >= 0,
      probedLeading: parts.probedLeading,
      probedTime: parts.probedTime,
      pendingFrom: parts.pendingFrom,
      next: this.byHash.get(key) ?? null,
    });
    this.size++;
    this.tokenCounts |= 1 << t;
    if (t > this.maxTokens) this.maxTokens = t;
  }

  private passes(line: string, l: HeaderLayout): boolean {
    // A message of one token is not probed like a longer one: splitHeader may read it as a time
    // after a leading level ("INFO 00:00:00,123" after "INFO 0"), leaving no message. Split anew.
    let i = l.messageStart;
    while (i < line.length && !isBlank(line.charCodeAt(i))) i++;
    if (i >= line.length) return false;
    return passesProbes(
      line,
      l.messageStart,
      this.model,
      l.probedLeading,
      l.pendingFrom,
      this.tokens,
      l.probedTime,
    );
  }
}

function hasDigit(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
}
