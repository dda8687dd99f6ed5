// Decides which parts of a whitespace token are variables. Char-code scanning only: this runs for
// every token of every line, so it avoids regular expressions and allocates only when it masks.

import { ciscoFacilityEnd } from '../fields/normalize-level';

export const WILDCARD = '<*>';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

// Classes of ASCII characters, read from a table in the per-character loops.
export const DIGIT = 1;
/** / @ \ — what makes a token worth a closer look even without digits. */
export const MARK = 2;
export const SPACE = 4;
export const LETTER = 8;
/** . : - — what may stand between the digits of a number, time or address. */
const SEPARATOR = 16;
const ALNUM = DIGIT | LETTER;
export const CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (isDigit(c)) CHARS[c] = DIGIT;
  else if (isLetter(c)) CHARS[c] = LETTER;
  else if (c === 47 || c === 64 || c === 92) CHARS[c] = MARK;
  else if (c === 32 || c === 9 || c === 13) CHARS[c] = SPACE;
  else if (c === 46 || c === 58 || c === 45) CHARS[c] = SEPARATOR;
}

/** Characters that split a token into separately masked segments (`key=value`, `a:b`, `(x)`…). */
function isDelimiter(c: number): boolean {
  switch (c) {
    case 61: // =
    case 58: // :
    case 44: // ,
    case 40: // (
    case 41: // )
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 59: // ;
    case 124: // |
    case 34: // "
    case 39: // '
    case 60: // <
    case 62: // >
    case 64: // @
    case 38: // &
    case 63: // ?
    case 33: // !
      return true;
    default:
      return false;
  }
}

// Comparisons rather than Set lookups: these run on several characters of most masked tokens.
/** ( [ { < " ' : , = */
const isLeading = (c: number): boolean =>
  c === 40 || c === 91 || c === 123 || c === 60 || c === 34 || c === 39 || c === 58 || c === 44 || c === 61;
/** ) ] } > " ' , ; : . ! ? */
const isTrailing = (c: number): boolean =>
  c === 41 ||
  c === 93 ||
  c === 125 ||
  c === 62 ||
  c === 34 ||
  c === 39 ||
  c === 44 ||
  c === 59 ||
  c === 58 ||
  c === 46 ||
  c === 33 ||
  c === 63;

/** A segment (no delimiters inside) that looks like a value rather than a word. */
export function isVariableSegment(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let c = s.charCodeAt(from);
  if (isDigit(c)) return true;
  // Cisco's message code, "%LINK-3-UPDOWN", "%ASA-4-106023": what the message is, no value.
  if (
    c === 37
      ? ciscoFacilityEnd(s, from, to) > 0
      : s.charCodeAt(from - 1) === 37 && ciscoFacilityEnd(s, from - 1, to) > 0
  )
    return false;
  if (isBooleanWord(s, from, to)) return true;
  if ((c === 45 || c === 43) && to - from > 1 && isDigit(s.charCodeAt(from + 1))) return true;
  let digits = 0;
  let allHex = true;
  let letterDigit = 0;
  let prev = 0;
  for (let i = from; i < to; i++) {
    c = s.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      if (!isLetter(prev) && !isDigit(prev)) return true; // blk_123, attempt_14, ip-10
      if (isLetter(prev)) letterDigit++;
    } else if (!isHex(c)) allHex = false;
    prev = c;
  }
  if (digits === 0) return false;
  if (allHex && to - from >= 8) return true; // hashes, object ids
  return letterDigit >= 2 || isVowelFreeId(s, from, to); // R02-M1-N0, a1b2c3; but not ssh2, utf8, L3
}

const isVowel = (c: number): boolean =>
  c === 97 ||
  c === 101 ||
  c === 105 ||
  c === 111 ||
  c === 117 ||
  c === 65 ||
  c === 69 ||
  c === 73 ||
  c === 79 ||
  c === 85;

/**
 * A random id of ten letters and digits or more without a vowel: Postfix's long queue ids
 * ("XHc0843CWktv", "GlJCsxPkLv", "PJV9ZFZZHM") are written in such an alphabet, and no word is.
 */
export function isVowelFreeId(s: string, from: number, to: number): boolean {
  if (to - from < 10) return false;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isVowel(c)) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (!isDigit(c)) return false;
  }
  return letters > 0;
}

/** /abs/path, ~/x, ./x, C:\\x or scheme://…, within s[from, to). */
function isUrlOrPath(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  if (c === 47 && to - from > 1) return true; // /abs/path
  if ((c === 126 || c === 46) && s.charCodeAt(from + 1) === 47) return true; // ~/x ./x
  if (isLetter(c) && s.charCodeAt(from + 1) === 58 && s.charCodeAt(from + 2) === 92) return true; // C:\
  // "://" after the first character; it cannot cross the token's end (it holds no whitespace).
  for (let i = from + 1; i < to; i++) {
    if (s.charCodeAt(i) === 58 && s.charCodeAt(i + 1) === 47 && s.charCodeAt(i + 2) === 47) return true;
  }
  return false;
}

function isEmail(s: string, from: number, to: number): boolean {
  let at = -1;
  for (let i = from; i < to && at < 0; i++) if (s.charCodeAt(i) === 64) at = i;
  if (at <= from || at >= to - 3) return false;
  let dot = -1;
  for (let i = at; i < to && dot < 0; i++) if (s.charCodeAt(i) === 46) dot = i;
  return dot > at + 1 && dot < to - 1 && isLetter(s.charCodeAt(to - 1));
}

/** Last labels of names that are source files or classes, not hosts ("Foo.java:118", "main.go:42"). */
const SOURCE_SUFFIXES = new Set([
  'java',
  'kt',
  'scala',
  'groovy',
  'py',
  'go',
  'js',
  'mjs',
  'cjs',
  'ts',
  'tsx',
  'jsx',
  'rb',
  'cs',
  'cpp',
  'cc',
  'cxx',
  'c',
  'h',
  'hpp',
  'rs',
  'swift',
  'm',
  'mm',
  'php',
  'pl',
  'pm',
  'sh',
  'lua',
  'erl',
  'ex',
  'exs',
  'clj',
  'dart',
  'vb',
  'fs',
  'zig',
  'nim',
  'jl',
  'r',
  'log',
  'txt',
  'json',
  'yaml',
  'yml',
  'xml',
  'conf',
  'cfg',
  'ini',
  'so',
  'dll',
  'exe',
  'jar',
  'class',
]);

/**
 * A network host, which is a value however its labels read: a DNS name with a port
 * ("proxy.cse.cuhk.edu.hk:5070", "db.internal:5432"), or with two dots or more and a digit in a
 * label ("adsl-67-117-148-42.dsl.mtry01.pacbell.net"). Names ending like a source file or with
 * capitals (class and package names) are not hosts.
 */
function isHost(s: string, from: number, to: number): boolean {
  let end = to;
  let port = false;
  // A port has at most five digits: ids ending in long digit runs are rejected without a scan.
  let colon = -1;
  for (let i = to - 1; i > from && i >= to - 6; i--) {
    const c = s.charCodeAt(i);
    if (c === 58) {
      colon = i;
      break;
    }
    if (!isDigit(c)) break;
  }
  if (colon > from && colon < to - 1) {
    end = colon;
    port = true;
  } else if (isDigit(s.charCodeAt(to - 1))) return false;
  let dots = 0;
  let digitLabel = false;
  let labelStart = from;
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (i === labelStart) return false; // empty label: "a..b", ".x"
      dots++;
      labelStart = i + 1;
    } else if (isDigit(c)) digitLabel = true;
    else if (!isLetter(c) && c !== 45) return false;
  }
  if (dots === 0 || (!port && (dots < 2 || !digitLabel))) return false;
  // The top-level label: lowercase letters ("Foo" ends a class name), and not a file's extension.
  for (let i = labelStart; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  if (end - labelStart < 2 || SOURCE_SUFFIXES.has(s.slice(labelStart, end))) return false;
  // Package names start where host names end: "org.apache.log4j.spi", "com.example.app".
  const first = s.indexOf('.', from);
  return !PACKAGE_ROOTS.has(s.slice(from, first));
}

/**
 * A MAC address ("00:11:43:e3:ba:c3", "00-11-43-E3-BA-C3") or an IPv6 one ("fe80::1",
 * "2001:db8:0:0:8d3:0:0:1"): groups of one to four hex digits between colons (or a MAC's six pairs
 * between dashes), four groups or more, or fewer around a "::" — one value, with a digit somewhere
 * ("dead:beef:cafe:face" may be words).
 */
function isHexColonAddress(s: string, from: number, to: number): boolean {
  const sep = s.charCodeAt(from + 2) === 45 ? 45 : 58;
  let groups = 1;
  let run = 0;
  let digit = false;
  let double = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === sep) {
      if (run === 0 && (sep !== 58 || double || (i !== from + 1 && s.charCodeAt(i - 1) !== 58))) return false;
      if (run === 0) double = true;
      groups++;
      run = 0;
    } else if (isHex(c)) {
      if (++run > 4) return false;
      if (isDigit(c)) digit = true;
    } else return false;
  }
  if (!digit) return false;
  if (sep === 45) return groups === 6 && to - from === 17;
  return groups >= 4 || (double && groups >= 3);
}

const PACKAGE_ROOTS = new Set([
  'com',
  'org',
  'net',
  'io',
  'edu',
  'gov',
  'java',
  'javax',
  'android',
  'kotlin',
  'scala',
]);

function hasWildcard(s: string, from: number, to: number): boolean {
  for (let i = from; i + 2 < to; i++) {
    if (s.charCodeAt(i) === 60 && s.charCodeAt(i + 1) === 42 && s.charCodeAt(i + 2) === 62) return true;
  }
  return false;
}

/** maskSpan's answers: the token is kept, is one variable between a kept prefix and suffix, or more. */
export const KEPT = 0;
export const EDGED = 1;
export const COMPLEX = 2;

/**
 * How maskToken masks the token s[from, to), decided in place (no slice): KEPT (unchanged), EDGED
 * (s[from, edge[0]) + "<*>" + s[edge[1], to)) or COMPLEX (several variable parts: ask maskToken).
 * maskToken is built on it, so the two cannot disagree.
 */
export function maskSpan(s: string, from: number, to: number, edge: Int32Array): number {
  let marks = 0;
  let firstAlnum = -1;
  let lastAlnum = -1;
  let inner = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const cls = c < 128 ? (CHARS[c] ?? 0) : 0;
    marks |= cls;
    if ((cls & ALNUM) !== 0) {
      if (firstAlnum < 0) firstAlnum = i;
      lastAlnum = i;
    } else if (firstAlnum >= 0 && (cls & SEPARATOR) === 0) inner++;
  }
  const interesting = (marks & (DIGIT | MARK)) !== 0;
  const letters = (marks & LETTER) !== 0;
  // Separators between the first and last digit other than . : - disqualify the fast path.
  if (inner > 0) {
    for (let i = lastAlnum + 1; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c !== 46 && c !== 58 && c !== 45) inner--;
    }
  }
  if (!interesting) return wordValueSpan(s, from, to, edge) ? EDGED : KEPT;
  // Fast path for the most common variable: a number, time, IP or ip:port without letters.
  if (
    !letters &&
    inner === 0 &&
    firstAlnum >= 0 &&
    (firstAlnum === from || s.charCodeAt(firstAlnum - 1) !== 47)
  ) {
    const c0 = s.charCodeAt(from);
    if (firstAlnum === from || (firstAlnum === from + 1 && isLeading(c0)) || c0 === 45) {
      edge[0] = c0 === 45 ? from : firstAlnum;
      edge[1] = lastAlnum + 1;
      return EDGED;
    }
  }
  let a = from;
  let b = to;
  while (a < b && isLeading(s.charCodeAt(a))) a++;
  while (b > a && isTrailing(s.charCodeAt(b - 1))) b--;
  if (a >= b) return KEPT;
  // The value of a `key=` may be a URL, an address or a host: "from=<ann@example.com>," keeps "from=".
  const v = valueStart(s, a, b);
  if (
    !hasWildcard(s, from, to) &&
    (isUrlOrPath(s, v, b) || isEmail(s, v, b) || isHost(s, v, b) || isHexColonAddress(s, v, b))
  ) {
    edge[0] = v;
    edge[1] = b;
    return EDGED;
  }
  if (isVersion(s, v, b) || isIsoDuration(s, v, b)) {
    edge[0] = v;
    edge[1] = b;
    return EDGED;
  }
  let dot = -1;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (isDelimiter(c) || (c === 46 && isDotRun(s, i, from, to))) return COMPLEX;
    if (c === 46 && dot < 0) dot = i;
  }
  // One segment: dotted words are judged part by part ("core.2275"), the rest as a whole.
  if (dot >= 0 && !isDigit(s.charCodeAt(a))) return COMPLEX;
  if (!isVariableSegment(s, a, b)) return KEPT;
  edge[0] = a;
  edge[1] = b;
  return EDGED;
}

/** A version written with a "v" and dotted numbers: "v1.0.0", "V2.4", "v0.97" — one value, not "v1.<*>". */
function isVersion(s: string, a: number, b: number): boolean {
  const c0 = s.charCodeAt(a);
  if ((c0 !== 118 && c0 !== 86) || b - a < 4 || !isDigit(s.charCodeAt(a + 1))) return false;
  let dots = 0;
  for (let i = a + 1; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (!isDigit(s.charCodeAt(i - 1)) || !isDigit(s.charCodeAt(i + 1))) return false;
      dots++;
    } else if (!isDigit(c)) return false;
  }
  return dots > 0;
}

/**
 * An ISO 8601 duration, as Java's Duration prints it: "PT0.016S", "PT1M30S", "P2DT3H" — one value, not
 * "PT0.<*>". Its parts after "T" in the order H, M, S, the last of them with a fraction or not.
 */
function isIsoDuration(s: string, a: number, b: number): boolean {
  if (b - a < 4 || s.charCodeAt(a) !== 80) return false;
  let i = a + 1;
  if (isDigit(s.charCodeAt(i))) {
    while (i < b && isDigit(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 68) return false; // D
    i++;
  }
  if (s.charCodeAt(i) !== 84) return false; // T
  i++;
  let parts = 0;
  let last = 0; // the part's order: H 1, M 2, S 3
  while (i < b) {
    const start = i;
    while (i < b && isDigit(s.charCodeAt(i))) i++;
    if (i === start) return false;
    if (s.charCodeAt(i) === 46) {
      const dot = ++i;
      while (i < b && isDigit(s.charCodeAt(i))) i++;
      if (i === dot || s.charCodeAt(i) !== 83) return false; // a fraction of seconds only
    }
    const c = s.charCodeAt(i);
    const order = c === 72 ? 1 : c === 77 ? 2 : c === 83 ? 3 : 0;
    if (order <= last) return false;
    last = order;
    parts++;
    i++;
  }
  return parts > 0;
}

/** Where the value of "key=value" (or "key=<value", "key=\"value") starts in s[a, b); `a` without a key. */
function valueStart(s: string, a: number, b: number): number {
  let i = a;
  for (; i < b; i++) {
    const c = s.charCodeAt(i);
    if (!((c < 128 && ((CHARS[c] ?? 0) & ALNUM) !== 0) || c === 95 || c === 45 || c === 46)) break;
  }
  if (i === a || i >= b || s.charCodeAt(i) !== 61) return a;
  i++;
  while (i < b && isLeading(s.charCodeAt(i))) i++;
  return i < b ? i : a;
}

const EDGE = new Int32Array(2);

/** Returns the token with its variable parts replaced by `<*>` (the same string when nothing varies). */
export function maskToken(tok: string): string {
  const kind = maskSpan(tok, 0, tok.length, EDGE);
  if (kind === KEPT) return tok;
  if (kind === EDGED) return tok.slice(0, EDGE[0]) + WILDCARD + tok.slice(EDGE[1]);
  return maskSegments(tok);
}

/**
 * maskToken of the token s[from, to) read in its message: the same, but for what its neighbours
 * decide (a quoted word that is an object's key, see isObjectKeyAt).
 */
export function maskTokenAt(s: string, from: number, to: number): string {
  const kind = maskSpan(s, from, to, EDGE);
  if (kind === KEPT) return s.slice(from, to);
  if (kind === EDGED) return s.slice(from, EDGE[0]) + WILDCARD + s.slice(EDGE[1], to);
  return maskSegments(s.slice(from, to));
}

/** Masks a token segment by segment (segments are split by delimiters such as = : , ( [). */
function maskSegments(tok: string): string {
  const n = tok.length;
  let from = 0;
  let to = n;
  while (from < to && isLeading(tok.charCodeAt(from))) from++;
  while (to > from && isTrailing(tok.charCodeAt(to - 1))) to--;
  let out = tok.slice(0, from);
  let changed = false;
  let segStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !isDelimiter(tok.charCodeAt(i)) && !isDotRun(tok, i, 0, n)) continue;
    const dot = tok.indexOf('.', segStart);
    if (dot >= 0 && dot < i && isHost(tok, segStart, i)) {
      out += WILDCARD;
      changed = true;
    } else if (dot >= 0 && dot < i && !isDigit(tok.charCodeAt(segStart))) {
      // "core.2275" keeps its word: dot-separated parts are judged one by one.
      const masked = maskDotted(tok, segStart, i);
      if (masked !== null) {
        out += masked;
        changed = true;
      } else out += tok.slice(segStart, i);
    } else if (isVariableSegment(tok, segStart, i)) {
      out += WILDCARD;
      changed = true;
    } else out += tok.slice(segStart, i);
    if (i < to) out += tok[i];
    segStart = i + 1;
  }
  if (!changed) return tok;
  out += tok.slice(to);
  // ip:port, hh:mm:ss, a:b:c collapse into one variable.
  while (out.includes('<*>:<*>')) out = out.replace('<*>:<*>', WILDCARD);
  return out;
}

/** Masks the variable parts of "a.b.c"; "<*>.<*>" collapses (IPs, versions). Null when none varies. */
function maskDotted(s: string, from: number, to: number): string | null {
  let out = '';
  let changed = false;
  let part = from;
  for (let i = from; i <= to; i++) {
    if (i < to && s.charCodeAt(i) !== 46) continue;
    if (isVariableSegment(s, part, i)) {
      out += WILDCARD;
      changed = true;
    } else out += s.slice(part, i);
    if (i < to) out += '.';
    part = i + 1;
  }
  if (!changed) return null;
  while (out.includes('<*>.<*>')) out = out.replace('<*>.<*>', WILDCARD);
  return out;
}

/** "instruction......0": a run of dots separates a label from its value (token = s[from, to)). */
function isDotRun(s: string, i: number, from: number, to: number): boolean {
  return (
    s.charCodeAt(i) === 46 &&
    ((i + 1 < to && s.charCodeAt(i + 1) === 46) || (i > from && s.charCodeAt(i - 1) === 46))
  );
}

/**
 * A true/false value in the token s[from, to): the token itself ("true"), or the value of a `key=` or
 * `key:` ("expand=true,", "isOverlap:false", Python's "enabled=True"), punctuation after it aside.
 * Sets `edge` to the word.
 */
export function booleanSpan(s: string, from: number, to: number, edge: Int32Array): boolean {
  if (isBooleanWord(s, from, to)) {
    edge[0] = from;
    edge[1] = to;
    return true;
  }
  let b = to;
  while (b > from && isTrailing(s.charCodeAt(b - 1))) b--;
  const a = isTrue(s, b - 4) ? b - 4 : isFalse(s, b - 5) ? b - 5 : -1;
  // Only as a value: alone before punctuation ("false,"), "key=true", "key:false", "mInCall =false",
  // an argument ("setLightsOn(true)", "(false)", "[true]"); not inside a word ("untrue").
  if (a < from) return false;
  if (a > from) {
    const before = s.charCodeAt(a - 1);
    if (before !== 40 && before !== 91 && before !== 61 && before !== 58) return false;
  }
  edge[0] = a;
  edge[1] = b;
  return true;
}

/**
 * A quoted word: the token is one value in double or single quotes ('"metabase"', "'users'",
 * '"users_pkey",'), punctuation after the closing quote aside. Sets `edge` to the text inside.
 */
export function quotedSpan(s: string, from: number, to: number, edge: Int32Array): boolean {
  const q = s.charCodeAt(from);
  if (q !== 34 && q !== 39) return false;
  let b = to;
  while (b > from + 1 && s.charCodeAt(b - 1) !== q && isTrailing(s.charCodeAt(b - 1))) b--;
  if (b - from < 3 || s.charCodeAt(b - 1) !== q) return false;
  for (let i = from + 1; i < b - 1; i++) if (s.charCodeAt(i) === q) return false;
  if (s.charCodeAt(b) === 58 && isObjectKeyAt(s, from)) return false;
  edge[0] = from + 1;
  edge[1] = b - 1;
  return true;
}

/**
 * Whether a quoted word at s[from] followed by a colon is a key of an object written inline — zap's
 * and Python's `{"addr": ":8080", "version": "1.4.2"}`, `{'a': 1, 'b': 2}` — because the token before
 * it ends a member (",") or opens the object ("{"). Not Go's `open "/etc/app.yaml": no such file`,
 * where the quoted word is the value.
 */
function isObjectKeyAt(s: string, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i--;
  const c = s.charCodeAt(i);
  return i < from - 1 && (c === 44 || c === 123);
}

/** A token without digits or marks that is still one value: a boolean, a quoted word, a dot leader. */
export function wordValueSpan(s: string, from: number, to: number, edge: Int32Array): boolean {
  return (
    booleanSpan(s, from, to, edge) ||
    quotedSpan(s, from, to, edge) ||
    idSpan(s, from, to, edge) ||
    leaderSpan(s, from, to, edge)
  );
}

/** Fewest dots of a leader (see leaderSpan): "..." ends a sentence, and BGL's "alignment......0" is one token. */
const MIN_LEADER = 5;

/**
 * A run of dots alone that pads a name to a column ("App\Jobs\SendInvoice ........ RUNNING", Laravel's
 * queue worker and its `artisan` commands): its length follows the name's, so it is a value, or every
 * job's lines would be a pattern of their own. Sets `edge` to the whole token.
 */
function leaderSpan(s: string, from: number, to: number, edge: Int32Array): boolean {
  if (to - from < MIN_LEADER) return false;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) !== 46) return false;
  edge[0] = from;
  edge[1] = to;
  return true;
}

/** A vowel-free id (see isVowelFreeId), punctuation around it aside ("GlJCsxPkLv:"). Sets `edge` to it. */
function idSpan(s: string, from: number, to: number, edge: Int32Array): boolean {
  if (to - from < 10) return false;
  let a = from;
  let b = to;
  while (a < b && isLeading(s.charCodeAt(a))) a++;
  while (b > a && isTrailing(s.charCodeAt(b - 1))) b--;
  if (!isVowelFreeId(s, a, b)) return false;
  edge[0] = a;
  edge[1] = b;
  return true;
}

/** "true", "True" or "TRUE" at s[at]. */
function isTrue(s: string, at: number): boolean {
  return at >= 0 && (s.startsWith('true', at) || s.startsWith('True', at) || s.startsWith('TRUE', at));
}

/** "false", "False" or "FALSE" at s[at]. */
function isFalse(s: string, at: number): boolean {
  return at >= 0 && (s.startsWith('false', at) || s.startsWith('False', at) || s.startsWith('FALSE', at));
}

/** s[from, to) is "true" or "false". */
export function isBooleanWord(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  if (c === 116) return to - from === 4 && s.startsWith('true', from);
  return c === 102 && to - from === 5 && s.startsWith('false', from);
}
