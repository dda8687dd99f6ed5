// Decides which parts of a whitespace token are variables. Char-code scanning only: this runs for
// every token of every line, so it avoids regular expressions and allocates only when it masks.

export const WILDCARD = '<*>';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

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
  return letterDigit >= 2; // R02-M1-N0, a1b2c3; but not ssh2, utf8, L3
}

function isUrlOrPath(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  if (c === 47 && to - from > 1) return true; // /abs/path
  if ((c === 126 || c === 46) && s.charCodeAt(from + 1) === 47) return true; // ~/x ./x
  if (isLetter(c) && s.charCodeAt(from + 1) === 58 && s.charCodeAt(from + 2) === 92) return true; // C:\
  const scheme = s.indexOf('://', from);
  return scheme > from && scheme < to;
}

function isEmail(s: string, from: number, to: number): boolean {
  const at = s.indexOf('@', from);
  if (at <= from || at >= to - 3) return false;
  const dot = s.indexOf('.', at);
  return dot > at + 1 && dot < to - 1 && isLetter(s.charCodeAt(to - 1));
}

/** Returns the token with its variable parts replaced by `<*>` (the same string when nothing varies). */
export function maskToken(tok: string): string {
  const n = tok.length;
  let interesting = false;
  let letters = 0;
  let firstAlnum = -1;
  let lastAlnum = -1;
  let inner = 0;
  for (let i = 0; i < n; i++) {
    const c = tok.charCodeAt(i);
    const digit = isDigit(c);
    if (digit || c === 47 || c === 64 || c === 92) interesting = true;
    if (digit || isLetter(c)) {
      if (!digit) letters++;
      if (firstAlnum < 0) firstAlnum = i;
      lastAlnum = i;
    } else if (firstAlnum >= 0 && c !== 46 && c !== 58 && c !== 45) inner++;
  }
  // Separators between the first and last digit other than . : - disqualify the fast path.
  if (inner > 0) {
    for (let i = lastAlnum + 1; i < n; i++) {
      const c = tok.charCodeAt(i);
      if (c !== 46 && c !== 58 && c !== 45) inner--;
    }
  }
  if (!interesting) return isBoolean(tok) ? WILDCARD : tok;
  // Fast path for the most common variable: a number, time, IP or ip:port without letters.
  if (
    letters === 0 &&
    inner === 0 &&
    firstAlnum >= 0 &&
    isDigit(tok.charCodeAt(firstAlnum)) &&
    tok.charCodeAt(firstAlnum - 1) !== 47
  ) {
    const c0 = tok.charCodeAt(0);
    if (firstAlnum === 0 || (firstAlnum === 1 && isLeading(c0)) || c0 === 45) {
      const lead = c0 === 45 ? '' : tok.slice(0, firstAlnum);
      return lead + WILDCARD + tok.slice(lastAlnum + 1);
    }
  }
  let from = 0;
  let to = n;
  while (from < to && isLeading(tok.charCodeAt(from))) from++;
  while (to > from && isTrailing(tok.charCodeAt(to - 1))) to--;
  if (from >= to) return tok;
  if (!tok.includes(WILDCARD) && (isUrlOrPath(tok, from, to) || isEmail(tok, from, to))) {
    return tok.slice(0, from) + WILDCARD + tok.slice(to);
  }
  let out = tok.slice(0, from);
  let changed = false;
  let segStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !isDelimiter(tok.charCodeAt(i)) && !isDotRun(tok, i)) continue;
    const dot = tok.indexOf('.', segStart);
    if (dot >= 0 && dot < i && !isDigit(tok.charCodeAt(segStart))) {
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

/** "instruction......0": a run of dots separates a label from its value. */
function isDotRun(s: string, i: number): boolean {
  return s.charCodeAt(i) === 46 && (s.charCodeAt(i + 1) === 46 || s.charCodeAt(i - 1) === 46);
}

function isBoolean(tok: string): boolean {
  return tok === 'true' || tok === 'false';
}

export function isBooleanWord(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  if (c !== 116 && c !== 102) return false;
  return isBoolean(s.slice(from, to));
}
