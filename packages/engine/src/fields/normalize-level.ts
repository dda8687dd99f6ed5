import type { Level } from '../types';
import { sameText } from './strings';

const NAMES = new Map<string, Level>(
  Object.entries({
    trace: 'trace',
    trc: 'trace',
    // .NET's console logging: trce, dbug, info, warn, fail, crit.
    trce: 'trace',
    dbug: 'debug',
    fail: 'error',
    // Serilog's three-letter levels: VRB DBG INF WRN ERR FTL.
    vrb: 'trace',
    finest: 'trace',
    finer: 'trace',
    verbose: 'trace',
    debug: 'debug',
    fine: 'debug',
    dbg: 'debug',
    info: 'info',
    information: 'info',
    informational: 'info',
    notice: 'info',
    config: 'info',
    // Loguru's level between INFO and WARNING.
    success: 'info',
    inf: 'info',
    warn: 'warn',
    warning: 'warn',
    wrn: 'warn',
    error: 'error',
    err: 'error',
    eror: 'error',
    severe: 'error',
    failure: 'error',
    fatal: 'fatal',
    ftl: 'fatal',
    critical: 'fatal',
    crit: 'fatal',
    alert: 'fatal',
    emerg: 'fatal',
    emergency: 'fatal',
    panic: 'fatal',
    // pgBackRest's ASSERT (an assertion failed: the command ends), Qt's `ASSERT: "x" in file …` (it aborts).
    assert: 'fatal',
    // Zap's DPanic: a panic in development, an error in production.
    dpanic: 'error',
  } satisfies Record<string, Level>),
);
// Level names by length and first letter (at 26 × length + letter): a word is compared with them in
// place, case-insensitively, so the header tokens of every line are classified without a slice or a
// lower-cased copy, and with the one or two names that could match.
const BY_LENGTH_AND_LETTER = new Array<[string, Level][] | undefined>(26 * 14);
for (const [name, level] of NAMES)
  (BY_LENGTH_AND_LETTER[26 * name.length + name.charCodeAt(0) - 97] ??= []).push([name, level]);

/** For each first letter of a level name, the second letters that follow it (a bit per letter). */
const BIGRAMS = new Uint32Array(26);
for (const name of NAMES.keys()) {
  const a = name.charCodeAt(0) - 97;
  BIGRAMS[a] = (BIGRAMS[a] ?? 0) | (1 << (name.charCodeAt(1) - 97));
}

// Android/logcat one-letter levels, upper case only.
const LETTERS = new Map<number, Level>([
  [86, 'trace'],
  [68, 'debug'],
  [73, 'info'],
  [87, 'warn'],
  [69, 'error'],
  [70, 'fatal'],
]);

/**
 * IBM Storage Scale's (GPFS) severity tags beside those letters, read only in brackets (`[N]`, and with
 * an error code, `[E:212]`): A alert and X critical are fatal, N notice and C configuration info, B
 * debug (its documentation's "Message severity tags"; D, detail, is debug as above).
 */
const TAG_LETTERS = new Map<number, Level>([
  [65, 'fatal'],
  [88, 'fatal'],
  [78, 'info'],
  [67, 'info'],
  [66, 'debug'],
]);

/** A bracketed severity tag's letter, s[from] (see TAG_LETTERS). */
function tagLetter(s: string, from: number): Level | null {
  const c = s.charCodeAt(from);
  return LETTERS.get(c) ?? TAG_LETTERS.get(c) ?? null;
}

/** ESXi's severities by their two letters (see levelAt). */
const ESXI = new Map<string, Level>([
  ['Em', 'fatal'],
  ['Al', 'fatal'],
  ['Cr', 'fatal'],
  ['Er', 'error'],
  ['Wa', 'warn'],
  ['No', 'info'],
  ['In', 'info'],
  ['Db', 'debug'],
]);

/** "In(182)": ESXi's severity, the priority in digits after it; null for any other such token. */
function esxiLevel(s: string, from: number, to: number): Level | null {
  for (let i = from + 3; i < to - 1; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return ESXI.get(s.slice(from, from + 2)) ?? null;
}

/** Marked words whose line continues the entry before it (PostgreSQL's DETAIL:, HINT:, …). */
const CONTINUATION = ['detail', 'hint', 'statement', 'context', 'query', 'location'].map(
  (w): [string, Level] => [w, 'info'],
);

/**
 * Words that are levels only where a log writes them as one: in capitals before a colon
 * (PostgreSQL's "LOG:", "DEBUG2:", and its DETAIL/HINT/… lines, which belong to the entry before) or
 * in square brackets (MySQL's "[Note]", "[System]"). "log rotated" or "note to self" stay messages.
 */
const MARKED: [string, Level][] = [
  ['log', 'info'],
  ['note', 'info'],
  ['system', 'info'],
  ...[1, 2, 3, 4, 5].map((n): [string, Level] => [`debug${n}`, 'debug']),
  ...CONTINUATION,
];

/** The last words normalizeLevel read, by their length and first character (see recentLevelSlot). */
const RECENT_WORDS: string[] = new Array<string>(8).fill('');
const RECENT_LEVELS: (Level | null)[] = new Array<Level | null>(8).fill(null);

/** A word's place among RECENT_WORDS: "info", "error", "warn", "debug" (and their capitals) apart. */
const recentLevelSlot = (word: string): number => (word.length * 5 + word.charCodeAt(0)) & 7;

/**
 * Maps a level word (any case, optionally in [] or <> or followed by ':') to a Level. A JSON or
 * logfmt file names a level on every line, a few words over and over: the words read last are
 * remembered (only short ones: a copy, where a longer slice would keep its whole input chunk).
 */
export function normalizeLevel(word: string): Level | null {
  const n = word.length;
  if (n === 0 || n > 12) return levelAt(word, 0, n);
  const slot = recentLevelSlot(word);
  if (sameText(word, RECENT_WORDS[slot] as string)) return RECENT_LEVELS[slot] as Level | null;
  const level = levelAt(word, 0, n);
  RECENT_WORDS[slot] = word;
  RECENT_LEVELS[slot] = level;
  return level;
}

/**
 * Like normalizeLevel on `s.slice(from, to)`, but rejects non-words before allocating anything:
 * it runs on every header token of every line.
 */
export function levelAt(s: string, from: number, to: number): Level | null {
  const open = s.charCodeAt(from);
  // VMware ESXi 7 and later: the severity's two letters and the syslog priority, "In(182)", "Wa(180)".
  if (s.charCodeAt(from + 2) === 40 && s.charCodeAt(to - 1) === 41 && to - from <= 8 && to - from >= 5)
    return esxiLevel(s, from, to);
  // Most tokens are words opening on a letter and closing on a letter or a digit: nothing below
  // trims them, and such a word is a level only if its first two letters open a level's name (or
  // it is PgBouncer's "LOG"), which wordLevel would find after reading more of it.
  if (to - from > 1 && isAsciiLetter(open) && isAsciiLetterOrDigit(s.charCodeAt(to - 1))) {
    const second = s.charCodeAt(from + 1);
    const b = (second | 32) - 97;
    if (
      (b < 0 || b > 25 || ((BIGRAMS[(open | 32) - 97] ?? 0) & (1 << b)) === 0) &&
      !(open === 76 && second === 79)
    )
      return to - from > 6 ? namedLevel(s, from, to) : null;
    // Nothing below trims such a word either, and only Celery's "INFO/MainProcess" is longer than 9.
    const len = to - from;
    if (len <= 9) {
      if (len < 3) return null;
      return (
        wordLevel(s, from, len) ??
        (len === 3 && open === 76 && second === 79 && s.charCodeAt(from + 2) === 71 ? 'info' : null)
      );
    }
    if (!hasSlash(s, from + 3, from + 9)) return len <= 13 ? wordLevel(s, from, len) : null;
  }
  if (open === 91 || open === 60 || open === 40) from++;
  // Logback's own status lines: "|-ERROR in ch.qos.logback…", "|-WARN in …".
  else if (open === 124 && s.charCodeAt(from + 1) === 45) from += 2;
  const end = to;
  while (to > from) {
    const c = s.charCodeAt(to - 1);
    // "]", ">", ")", ":", "," and "!" (Telegraf's "I!", "E!", "W!", "D!").
    if (c === 93 || c === 62 || c === 41 || c === 58 || c === 44 || c === 33) to--;
    else break;
  }
  if (open === 91 && s.charCodeAt(end - 1) === 93) {
    // A padded bracket (log4j's "[%-5p]", "[%5p]"): "[INFO ]", "[ WARN]".
    while (from < to && s.charCodeAt(from) === 32) from++;
    while (to > from && s.charCodeAt(to - 1) === 32) to--;
    // Apache's "[module:level]": "[proxy:error]", "[mpm_event:notice]".
    const colon = moduleEnd(s, from, to);
    if (colon > 0) from = colon + 1;
  }
  // log4j2's "[%t/%level]": "[Server thread/INFO]:", the level in capitals after the thread's slash
  // (one slash: "[/api/error]" is a path).
  if (open === 91 && to - from > 5) {
    const slash = s.lastIndexOf('/', to - 1);
    if (
      slash >= to - 9 &&
      slash > from &&
      s.lastIndexOf('/', slash - 1) < from &&
      isUpperWord(s, slash + 1, to)
    )
      from = slash + 1;
  }
  // Monolog's "channel.LEVEL:" (Laravel's "production.ERROR:"): the level after the channel.
  if (s.charCodeAt(end - 1) === 58 && to - from > 4) {
    // Looked for only among the token's last characters: a level word is short.
    let dot = to - 4;
    while (dot > from && dot >= to - 10 && s.charCodeAt(dot) !== 46) dot--;
    if (dot > from && s.charCodeAt(dot) === 46 && isUpperWord(s, dot + 1, to)) from = dot + 1;
  }
  // Celery's "INFO/MainProcess": a level, then its process (only longer tokens are searched).
  if (to - from > 9) {
    for (let i = from + 3; i < from + 9; i++) {
      if (s.charCodeAt(i) === 47) {
        to = i;
        break;
      }
    }
  }
  // Asterisk's "WARNING[9431][C-00002518]": a level in capitals, then its thread (and call) in brackets.
  if (s.charCodeAt(end - 1) === 93 && open >= 65 && open <= 90) {
    const last = Math.min(to, from + 10);
    for (let i = from + 3; i < last; i++) {
      if (s.charCodeAt(i) !== 91) continue;
      const d = s.charCodeAt(i + 1);
      if (d >= 48 && d <= 57 && isUpperWord(s, from, i)) to = i;
      break;
    }
  }
  const len = to - from;
  if (len === 1) return open === 91 ? tagLetter(s, from) : (LETTERS.get(s.charCodeAt(from)) ?? null);
  // GPFS's tag with the error code the message's command returns: "[E:212]".
  if (open === 91 && len <= 8 && s.charCodeAt(from + 1) === 58 && isDigits(s, from + 2, to))
    return tagLetter(s, from);
  if (len < 3 || len > 13) return null;
  const level = wordLevel(s, from, len);
  if (level !== null || len > 9) return level;
  const close = s.charCodeAt(end - 1);
  // PgBouncer's bare "LOG" between its pid and the message, in capitals like the WARNING and ERROR
  // beside it ("log" in a message is a word).
  if (len === 3 && to === end && s.startsWith('LOG', from)) return 'info';
  // Only a marked token (a minority: "component:" columns, brackets) is looked up a second time.
  if ((close === 58 && end - to === 1 && isUpperWord(s, from, to)) || (open === 91 && close === 93))
    return nameLevel(MARKED, s, from, len);
  return null;
}

/** Whether s[from, to) holds a "/". */
function hasSlash(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 47) return true;
  return false;
}

/**
 * A program's name with a capital, a colon and its level in lower case, as one token (Zigbee2MQTT's
 * winston label: `Zigbee2MQTT:info  2020-01-16 10:27:10: MQTT publish: …`, `Zigbee2MQTT:error`); null
 * otherwise.
 */
export function namedLevel(s: string, from: number, to: number): Level | null {
  // Asked of every long word levelAt rejects (a message's first words): its colon's three places
  // read in place, no array of lengths iterated per call (26 → 9 ns for "configuration").
  if (!isAsciiLetter(s.charCodeAt(from)) || s.charCodeAt(to - 1) < 97) return null;
  const length =
    s.charCodeAt(to - 5) === 58 ? 4 : s.charCodeAt(to - 6) === 58 ? 5 : s.charCodeAt(to - 8) === 58 ? 7 : 0;
  const colon = to - length - 1;
  if (length === 0 || colon <= from) return null;
  return hasCapital(s, from, colon) ? wordLevel(s, colon + 1, length) : null;
}

/**
 * Whether s[from, to) has a capital letter: a program's name (Zigbee2MQTT), where a name in lower case
 * before a colon is a namespace of Node's `debug` ("app:error" names a logger, not a level).
 */
function hasCapital(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** The colon after a module name (lower-case letters, digits, "_") that starts s[from, to), else -1. */
export function moduleEnd(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 58) return i > from ? i : -1;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95)) return -1;
  }
  return -1;
}

/** Whether `s.slice(from, to)` is "DETAIL:", "HINT:", … (capitals and a colon). */
export function isContinuationWordAt(s: string, from: number, to: number): boolean {
  if (to - from < 5 || s.charCodeAt(to - 1) !== 58 || !isUpperWord(s, from, to - 1)) return false;
  return nameLevel(CONTINUATION, s, from, to - from - 1) !== null;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether s[from, to) is one or more digits. */
function isDigits(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

function isUpperWord(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** The level of the entry of `names` that `s` spells from `from` (any case; letters and digits). */
function nameLevel(names: [string, Level][], s: string, from: number, len: number): Level | null {
  // Indexed, not destructured (`for (const [name, level] of names)` ran the array iterator per pair).
  for (let k = 0; k < names.length; k++) {
    const entry = names[k] as [string, Level];
    const name = entry[0];
    if (name.length !== len) continue;
    let i = 0;
    while (i < len && (s.charCodeAt(from + i) | 32) === name.charCodeAt(i)) i++;
    if (i === len) return entry[1];
  }
  return null;
}

/** The level of one of NAMES, compared in place; null for any other word. */
function wordLevel(s: string, from: number, len: number): Level | null {
  // Most words are not levels: their first two letters already say so.
  const a = (s.charCodeAt(from) | 32) - 97;
  const b = (s.charCodeAt(from + 1) | 32) - 97;
  if (a < 0 || a > 25 || b < 0 || b > 25 || ((BIGRAMS[a] ?? 0) & (1 << b)) === 0) return null;
  const candidates = BY_LENGTH_AND_LETTER[26 * len + a];
  if (candidates === undefined) return null;
  // The names are lower-case letters, and `c | 32` is one only for a letter: a word of other
  // characters matches none, with no pass of its own to say so.
  return nameLevel(candidates, s, from, len);
}

/** Redis's one-character levels: "." debug, "-" verbose, "*" notice, "#" warning. */
export function markLevel(c: number): Level | null {
  return c === 42 ? 'info' : c === 35 ? 'warn' : c === 46 || c === 45 ? 'debug' : null;
}

/** The level of a header's level column: a word, a one-letter level or a Redis mark. */
export function headerLevelAt(s: string, from: number, to: number): Level | null {
  // PostgreSQL's "FATAL:" ends one session (a failed login, a dropped client), not the server: an
  // error. Its "PANIC:" is the fatal one. (PostgreSQL writes two blanks after its severity's colon;
  // Apache Traffic Server's "FATAL: " with one, before its failed assertion, is fatal.)
  if (to - from === 6 && s.startsWith('FATAL:', from) && s.charCodeAt(to + 1) === 32) return 'error';
  if (to - from === 4 && s.charCodeAt(from) === 40) return xorgLevel(s, from);
  // macOS's unified log ("log show"): Default, Info, Debug, Error and Fault.
  if (to - from === 5 && s.startsWith('Fault', from)) return 'error';
  if (to - from === 7 && s.startsWith('Default', from)) return 'info';
  return (to - from === 1 ? markLevel(s.charCodeAt(from)) : null) ?? levelAt(s, from, to);
}

/** Syslog / bunyan numeric severities. */
export function levelFromNumber(n: number): Level | null {
  if (n >= 10 && n <= 60) {
    return (['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const)[Math.floor(n / 10) - 1] ?? null;
  }
  if (n >= 0 && n <= 7)
    return (['fatal', 'fatal', 'fatal', 'error', 'warn', 'info', 'info', 'debug'] as const)[n] ?? null;
  return null;
}

/** glog's level letter and source location opening a message: "F device_event_mgr.cc:223] …". */
const LEVEL_SOURCE = /^[IWEF] [\w./+-]+\.\w+:\d+\] /;
const LEVEL_LETTERS: Record<string, Level> = { I: 'info', W: 'warn', E: 'error', F: 'fatal' };

/** Finds a level word among the first tokens of a message ("error: …", "[WARN] …"). */
/**
 * A C++ program's report of an exception that ended a thread (Bitcoin Core's `EXCEPTION:
 * St12out_of_range` under a rule of stars, then what() and the thread's name): an error.
 */
export function exceptionReportLevel(message: string): Level | null {
  return message.charCodeAt(0) === 69 && message.startsWith('EXCEPTION: ') ? 'error' : null;
}

export function levelFromMessage(message: string): Level | null {
  const n = message.length;
  // The kernel's time since boot ("[3287514.881269] blk_update_request: I/O error, dev nvme1n1") is
  // not one of the tokens.
  // GitHub Actions' and Azure Pipelines' workflow commands: "##[error]Process completed with exit code 1.".
  if (message.charCodeAt(0) === 35 && message.charCodeAt(1) === 35 && message.charCodeAt(2) === 91) {
    const close = message.indexOf(']', 3);
    if (close > 3 && close < 12) return levelAt(message, 3, close);
  }
  // glog's level letter before a source location, as TensorFlow's C++ runtime writes it after its
  // time ("2024-06-08 23:06:19.505690: F tensorflow/core/…/device_event_mgr.cc:223] Unexpected Event
  // status: 1"), among its Python side's glog lines.
  if (message.charCodeAt(1) === 32 && LEVEL_SOURCE.test(message))
    return LEVEL_LETTERS[message.charAt(0)] ?? null;
  if (exceptionReportLevel(message) !== null) return 'error';
  let i = message.charCodeAt(0) === 91 ? uptimeEnd(message) : 0;
  for (let t = 0; t < 3 && i < n; t++) {
    // Tokens end at a space or a tab (AWS Lambda: "<request id>\tERROR\tmessage").
    let end = i;
    // The token's first colon from its fourth character on (see below): found while reading it, not
    // searched for apart.
    let colon = -1;
    while (end < n) {
      const c = message.charCodeAt(end);
      if (c === 32 || c === 9) break;
      if (c === 58 && colon < 0 && end >= i + 3) colon = end;
      end++;
    }
    // A blank that pads a column ("5m          Warning   BackOff …", `kubectl get events`) is no token.
    if (end === i) {
      i++;
      t--;
      continue;
    }
    if (end - i >= 3 && end - i <= 15) {
      const level = levelAt(message, i, end);
      // Not a word that closes a parenthesis opened before it: the JVM's "[GC (Allocation Failure) …".
      if (level !== null && !(message.charCodeAt(end - 1) === 41 && message.charCodeAt(i) !== 40))
        return level;
    }
    if (message.charCodeAt(i) === 37 && message.charCodeAt(end - 1) === 58) {
      const level = ciscoLevel(message, i, end - 1);
      if (level !== null) return level;
    }
    // Python's basicConfig format, "%(levelname)s:%(name)s:%(message)s": "ERROR:app.jobs:job failed".
    if (t === 0 && end - i > 5) {
      if (colon > 0 && colon < i + 9 && isUpperWord(message, i, colon)) {
        const level = levelAt(message, i, colon);
        if (level !== null) return level;
      }
    }
    i = end + 1;
  }
  // A Python traceback opening the event: an exception nobody logged (see isUnloggedTraceback).
  if (message.charCodeAt(0) === 84 && message.startsWith('Traceback (most recent call last)')) return 'error';
  // A status in capitals closing the line: Laravel's console ("App\Jobs\Charge ..... 894.74ms FAIL"),
  // test runners ("test_login ... FAIL").
  return endsWithFail(message) ? 'error' : null;
}

/**
 * The level of X.Org's marks after its uptime, s[from, from + 4): "(EE)" error, "(WW)" warning, "(II)"
 * information; null for the others ("(==)" a default, "(--)" probed, "(**)" from the configuration).
 */
export function xorgLevel(s: string, from: number): Level | null {
  const a = s.charCodeAt(from + 1);
  if (s.charCodeAt(from) !== 40 || s.charCodeAt(from + 3) !== 41 || s.charCodeAt(from + 2) !== a) return null;
  return a === 69 ? 'error' : a === 87 ? 'warn' : a === 73 ? 'info' : null;
}

/**
 * Python's basicConfig prefix "%(levelname)s:%(name)s:" opening a message ("ERROR:app.jobs:job 42
 * failed", "WARNING:urllib3.connectionpool:Retrying …"): the index of the colon after the logger's
 * name, or -1. The level is a word in capitals that levelAt reads; the name a dotted identifier.
 */
export function basicConfigColon(message: string): number {
  const first = message.charCodeAt(0);
  if (first < 65 || first > 90) return -1;
  let colon = 1;
  while (colon < 9 && isUpper(message.charCodeAt(colon))) colon++;
  if (colon < 4 || message.charCodeAt(colon) !== 58 || levelAt(message, 0, colon) === null) return -1;
  const end = Math.min(message.length, colon + 101);
  let i = colon + 1;
  const c = message.charCodeAt(i);
  if (!(isAsciiLetter(c) || c === 95)) return -1;
  while (++i < end) {
    const d = message.charCodeAt(i);
    if (d === 58) return i;
    if (!(isAsciiLetterOrDigit(d) || d === 95 || d === 46 || d === 45)) return -1;
  }
  return -1;
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * The end of the facility of a Cisco message mnemonic at s[from, to), "%FACILITY-SEVERITY-MNEMONIC"
 * (IOS's "%LINK-3-UPDOWN", the ASA's "%ASA-6-302013", NX-OS's "%ETHPORT-5-IF_UP"), or -1; its
 * severity (0–7, syslog's) is the digit after it.
 */
export function ciscoFacilityEnd(s: string, from: number, to: number): number {
  if (s.charCodeAt(from) !== 37) return -1;
  let i = from + 1;
  while (i < to && isMnemonicCode(s.charCodeAt(i))) i++;
  if (i === from + 1 || s.charCodeAt(i) !== 45 || s.charCodeAt(i + 2) !== 45) return -1;
  const severity = s.charCodeAt(i + 1) - 48;
  if (severity < 0 || severity > 7) return -1;
  let j = i + 3;
  while (j < to && isMnemonicCode(s.charCodeAt(j))) j++;
  return j === to && j > i + 3 ? i : -1;
}

/** The level of a Cisco message mnemonic at s[from, to) (see ciscoFacilityEnd), or null. */
function ciscoLevel(s: string, from: number, to: number): Level | null {
  const facility = ciscoFacilityEnd(s, from, to);
  return facility < 0 ? null : levelFromNumber(s.charCodeAt(facility + 1) - 48);
}

/** A capital, a digit or "_": what a Cisco facility or mnemonic is written with. */
function isMnemonicCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Where the message goes on after a leading "[ 5.123456] " (0 when it does not open with one). */
/**
 * The message without the padding in its opening time since boot ("[ 3624.719441] usb 1-1: …" →
 * "[3624.719441] usb 1-1: …"), as syslog and journald hold the kernel's lines: the stamp is padded to
 * five digits, so at 10,000 s of uptime ("[11758.459743]") every kernel message would start a new
 * pattern. Other messages as they are.
 */
export function unpadUptime(message: string): string {
  if (uptimeEnd(message) === 0) return message;
  let i = 1;
  while (message.charCodeAt(i) === 32) i++;
  return `[${message.slice(i)}`;
}

function uptimeEnd(message: string): number {
  let i = 1;
  while (message.charCodeAt(i) === 32) i++;
  const digits = i;
  while (isDigitCode(message.charCodeAt(i))) i++;
  if (i === digits || message.charCodeAt(i) !== 46) return 0;
  const fraction = ++i;
  while (isDigitCode(message.charCodeAt(i))) i++;
  if (i === fraction || message.charCodeAt(i) !== 93 || message.charCodeAt(i + 1) !== 32) return 0;
  return i + 2;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function endsWithFail(message: string): boolean {
  const n = message.length;
  const last = message.charCodeAt(n - 1);
  if (last === 76) return message.endsWith(' FAIL');
  return last === 68 && message.endsWith(' FAILED');
}

/** What a web server relays from PHP: "PHP message: PHP Warning:  Undefined array key …". */
const PHP_RELAYED = 'PHP message: PHP ';
/** PHP's levels below an error, as its own error log names them. */
const PHP_BELOW_ERROR: Record<string, Level> = {
  Warning: 'warn',
  Notice: 'info',
  Deprecated: 'info',
  Strict: 'info',
};

/**
 * The level PHP gave a message a web server relayed at its own "error" level — Apache's proxy_fcgi
 * `AH01071: Got error 'PHP message: PHP Warning:  …'`, nginx's `FastCGI sent in stderr: "PHP message:
 * PHP Notice:  …"` — when it is below an error; null otherwise (a fatal error, or no PHP message).
 * Apache logs every line PHP-FPM writes to stderr at `error`: read so, an Apache error log of a PHP
 * site is mostly errors that PHP itself calls warnings and deprecation notices. PHP-FPM's own log
 * relays its workers' output at `WARNING` (`child 29792 said into stderr: "NOTICE: PHP message: PHP
 * Deprecated:  …"`): a deprecation notice there is no warning either (blind6 125/s06).
 */
export function relayedPhpLevel(message: string): Level | null {
  const at = message.indexOf(PHP_RELAYED);
  if (at < 0) return null;
  const from = at + PHP_RELAYED.length;
  let to = from;
  while (to < message.length && message.charCodeAt(to) >= 65 && message.charCodeAt(to) <= 122) to++;
  const level = PHP_BELOW_ERROR[message.slice(from, to)] ?? null;
  // Several messages relayed in one line: a fatal one among them keeps the line an error.
  return level !== null &&
    !message.includes('PHP Fatal error', to) &&
    !message.includes('PHP Parse error', to)
    ? level
    : null;
}
