import { parseTimestamp, type TimestampContext } from './parse-timestamp';

const POWERS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

function fractionMs(v: number, digits: number): number {
  return digits >= 3
    ? Math.floor(v / (POWERS[digits - 3] ?? 10 ** (digits - 3)))
    : v * (POWERS[3 - digits] ?? 1);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Consecutive log lines mostly share their timestamp up to the fraction of a second
 * ("…18:01:47,978", "…18:01:47,981"): the second is parsed once and only the fraction per line.
 */
export class SameSecondCache {
  private prefix = '';
  private suffix = '';
  private length = 0;
  private base = 0;

  get(text: string): number | undefined {
    return this.getAt(text, 0, text.length);
  }

  /** Forgets the remembered second (its value was computed with a year that no longer holds). */
  clear(): void {
    this.length = 0;
    this.prefix = '';
    this.suffix = '';
  }

  /** `get(s.slice(from, to))`, read in place. */
  getAt(s: string, from: number, to: number): number | undefined {
    if (
      this.length === 0 ||
      to - from !== this.length ||
      // (Not startsWithText: the prefix ends on the fraction's separator, which always agrees.)
      s.indexOf(this.prefix, from) !== from ||
      !s.startsWith(this.suffix, to - this.suffix.length)
    ) {
      return undefined;
    }
    let v = 0;
    const end = to - this.suffix.length;
    for (let i = from + this.prefix.length; i < end; i++) {
      const c = s.charCodeAt(i);
      if (!isDigit(c)) return undefined;
      v = v * 10 + (c - 48);
    }
    return this.base + fractionMs(v, end - from - this.prefix.length);
  }

  /**
   * Remembers a parsed timestamp if it has a fraction (after '.', ',' or ':') followed by nothing
   * or a zone ("Z", "+01:00") — and only if parsing without the fraction agrees.
   */
  set(text: string, value: number, ctx: TimestampContext): void {
    this.length = 0;
    let end = text.length;
    while (end > 0 && !isDigit(text.charCodeAt(end - 1))) end--;
    // A numeric zone ("+01:00", "-0500") follows the fraction: skip it too.
    // Only when a sign stands where a zone would start: this runs for every timestamp that has no
    // fraction (and so is never cached), and the regular expression costs a slice and a match.
    const sign5 = text.charCodeAt(end - 5);
    const sign6 = text.charCodeAt(end - 6);
    const signed = sign5 === 43 || sign5 === 45 || sign6 === 43 || sign6 === 45;
    const zone = signed ? /[+-]\d\d:?\d\d$/.exec(text.slice(0, end)) : null;
    if (zone && end === text.length) end -= zone[0].length;
    let k = end;
    while (k > 0 && isDigit(text.charCodeAt(k - 1))) k--;
    const digits = end - k;
    const sep = text.charCodeAt(k - 1);
    if (digits < 1 || digits > 9 || !(sep === 46 || sep === 44 || (sep === 58 && digits === 3))) return;
    const suffix = text.slice(end);
    const second = parseTimestamp(text.slice(0, k - 1) + suffix, ctx);
    const fraction = fractionMs(Number(text.slice(k, end)), digits);
    if (second === null || second + fraction !== value) return;
    this.prefix = text.slice(0, k);
    this.suffix = suffix;
    this.length = text.length;
    this.base = second;
  }
}
