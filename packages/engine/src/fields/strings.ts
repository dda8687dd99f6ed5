/**
 * A fresh copy of a string. V8 keeps a sliced string's parent alive: a 20-character service name
 * sliced from a 1 MB input chunk would pin the whole chunk in a long-lived map or sample.
 * Slicing a concatenation makes V8 flatten it into a new string first, so the copy refers to that
 * new string only (checked with heap snapshots: 50 such slices of 4 MB strings keep 7 MB, not 200 MB).
 */
export function detach(text: string): string {
  return (' ' + text).slice(1);
}

const INTERNED = new Map<string, string>();
const MAX_INTERNED = 4096;

/**
 * One shared copy (V8's internalized one, see `internalized`) of a short string that repeats across
 * events — a service or component name. The parser and the analyzer get the same object for the same
 * text, so comparing them is a pointer check rather than a character comparison (V8 compares two
 * distinct sliced strings in a runtime call). The pool is bounded: past MAX_INTERNED names, new ones
 * are only detached.
 */
export function intern(text: string): string {
  let shared = INTERNED.get(text);
  if (shared === undefined) {
    if (INTERNED.size >= MAX_INTERNED || text.length > 256) return detach(text);
    shared = internalized(text);
    INTERNED.set(shared, shared);
  }
  return shared;
}

/** Holds the one name `internalized` is reading at a time (no prototype: dictionary mode). */
const HOLDER: Record<string, number> = Object.create(null) as Record<string, number>;

/**
 * V8's internalized copy of `text` (the one string of that text V8 keeps for property names): the key
 * of an object made with it. A string of its own characters, in the old generation, pinning no input
 * chunk. For the strings every event carries and the analyzer compares with the last ones it saw
 * (file names, pattern ids, templates, services): `a !== b` of two strings is a pointer comparison
 * only while every string that site has seen was internalized. One that was not (a sliced or a
 * joined string) makes TurboFan compile the site to a call of its StringEqual builtin, equal pointers
 * or not (callgrind: five such calls an event in `Analyzer.add` on the suite's log4j file).
 */
export function internalized(text: string): string {
  // The key of an object without a prototype, which V8 keeps in dictionary mode: adding a name there
  // makes no hidden class. An object literal `{ [text]: 0 }` made a new one (and its descriptors and
  // enum cache) for every new name, ~3 µs each: 7% of mining free text, a new template a line.
  HOLDER[text] = 0;
  for (const key in HOLDER) {
    Reflect.deleteProperty(HOLDER, key);
    return key;
  }
  // Not reached (the object has its one key; an array index such as "42" comes back as a string too).
  return detach(text);
}

/**
 * `a === b` for strings that are mostly not the same object: the last characters first, where two
 * timestamps of one format differ ("…08:00:00.016Z" and "…08:00:00.032Z"). V8 compares two
 * distinct sliced strings (a value longer than 12 characters cut from its line) in a runtime call,
 * which flattens both first: `text === lastText` in TimestampReader.read cost 1.5% of reading a
 * logfmt file. A text as long as that is compared by `indexOf` (memcmp once past its first
 * character): a `charCodeAt` loop unwraps the slice at every character, ~25 instructions a pair,
 * 650 for two equal access-log times. (Two strings of one length: `a.indexOf(b)` is 0 or -1.)
 */
export function sameText(a: string, b: string): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  if (n > 12) return a.charCodeAt(n - 1) === b.charCodeAt(n - 1) && a.indexOf(b) === 0;
  for (let i = n - 1; i >= 0; i--) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * `s.startsWith(text, at)`, its last character first, then `indexOf` (memcmp): `startsWith` compares
 * a character at a time, unwrapping a sliced string at each (~25 instructions a pair; see sameText).
 */
export function startsWithText(s: string, text: string, at: number): boolean {
  const n = text.length;
  return n === 0 || (s.charCodeAt(at + n - 1) === text.charCodeAt(n - 1) && s.indexOf(text, at) === at);
}

/**
 * The value of digits with an optional fraction and sign ("200", "20211", "1.126", "-17.25"), as
 * Number gives it, read by hand: Number of a fresh string (a capture, a slice) hashes it and goes
 * through the runtime (~400 instructions; an access line's status, bytes and request time cost
 * ~1,300). Digits summed as an integer and divided once by a power of ten are exact while there are at
 * most 15 of them (both are exact doubles, and one division rounds correctly). A text whose digits are
 * followed by what no number has is NaN there ("3.486s", "2026-11-25", "10.0.0.1"); anything
 * else (exponents, "0x1f", blanks around, more digits) is left to Number.
 */
export function numberOf(text: string): number {
  const n = text.length;
  const negative = n > 1 && text.charCodeAt(0) === 45;
  const from = negative ? 1 : 0;
  let value = 0;
  let scale = 1;
  let dot = -1;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      if (dot >= 0) scale *= 10;
    } else if (c === 46 && dot < 0 && i > from && i < n - 1) dot = i;
    else return i === from || mayFollowDigits(c) ? Number(text) : NaN;
  }
  if (n === 0 || n - from - (dot < 0 ? 0 : 1) > 15) return Number(text);
  const x = dot < 0 ? value : value / scale;
  return negative ? -x : x;
}

/**
 * Whether a character may still leave Number a number where the digits before it stopped: a point
 * (an edge's, "1." or ".5"), an exponent's "e", a radix's "x", "o" or "b", "Infinity", a blank (ASCII
 * or not) around the number. ("1.2.3", "5ms", "1_000", "-0x1" are none.)
 */
function mayFollowDigits(c: number): boolean {
  return (
    c <= 32 ||
    c >= 128 ||
    c === 46 ||
    c === 73 ||
    c === 101 ||
    c === 69 ||
    c === 120 ||
    c === 88 ||
    c === 111 ||
    c === 79 ||
    c === 98 ||
    c === 66
  );
}
