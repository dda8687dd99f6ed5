import { levelAt, moduleEnd, namedLevel } from '../fields/normalize-level';
import { isZoneWord, MONTHS } from '../fields/parse-timestamp';

// Classes of the leading tokens of a text line; a file's header is learned from their columns.
export const TIME = 1;
export const NUM = 2;
export const LEVEL = 3;
export const BRACKET = 4;
export const DASH = 5;
export const COMPONENT = 6;
export const WORD = 7;
/** A dotted identifier without a colon: "nova.api.server", "chrome.exe". */
export const LOGGER = 8;

/** A one-character level mark (Redis "*", "#", "."; its "-" stays a DASH). */
export const MARK = 10;
/** A Go source location closing a klog header: "reflector.go:138]". */
export const SOURCE = 11;
/** Redis's "pid:role" ("1234:M"). */
export const PROCESS = 12;
/** klog's level letter glued to the month and day: "E1125". */
export const LEVEL_DATE = 13;

export const MAX_HEADER_TOKENS = 14;

/**
 * A no-break space between words of a header: ICU (Node 20's `toLocaleString`, NestJS' logger) writes
 * U+202F before AM/PM ("7:00:00\u202fAM"), some locales U+00A0 in dates.
 */
function isWideBlank(c: number): boolean {
  return c === 0x202f || c === 0xa0;
}

/** Token boundaries and classes, written into reusable arrays to avoid allocation per line. */
export class HeaderTokens {
  readonly starts = new Int32Array(MAX_HEADER_TOKENS);
  readonly ends = new Int32Array(MAX_HEADER_TOKENS);
  readonly classes = new Uint8Array(MAX_HEADER_TOKENS);
  count = 0;
  private line = '';

  /** Class of token k, computed on first use (0 when there is no such token). */
  classOf(k: number): number {
    if (k >= this.count) return 0;
    let cls = this.classes[k] ?? 0;
    if (cls === 0) {
      cls = classify(this.line, this.starts[k] ?? 0, this.ends[k] ?? 0);
      this.classes[k] = cls;
    }
    return cls;
  }

  /** Finds token boundaries (from `from` on); classes are left to `classOf` unless `eager`. */
  scan(line: string, max = MAX_HEADER_TOKENS, eager = true, from = 0): void {
    this.line = line;
    const n = line.length;
    let i = from;
    this.count = 0;
    while (i < n && this.count < max) {
      let c = line.charCodeAt(i);
      if (c === 32 || c === 9 || (c > 127 && isWideBlank(c))) {
        i++;
        continue;
      }
      const start = i;
      if (c === 91 && !opensOnTimeThenLevel(line, i + 1)) {
        // Balanced [ … ], spaces allowed inside: "[Sun Dec 04 04:47:44 2005]", "[QuorumPeer[myid=1]/…]".
        let depth = 0;
        while (i < n) {
          c = line.charCodeAt(i++);
          if (c === 91) depth++;
          else if (c === 93 && --depth === 0) break;
        }
      } else if (c === 40 && closesParenthesis(line, i)) {
        // A thread in parentheses, spaces inside (JBoss, WildFly, Quarkus: "(Controller Boot Thread)").
        while (i < n && line.charCodeAt(i++) !== 41);
      } else {
        while (i < n) {
          c = line.charCodeAt(i);
          if (c === 32 || c === 9 || (c > 127 && isWideBlank(c))) break;
          i++;
        }
        // Python's "%(asctime)s:%(levelname)s:…" (certbot): "10:00:00,123:DEBUG:certbot.main:…" is the
        // time, then the rest (the message, which names its level the basicConfig way).
        if (isDigitAt(line, start) && i - start > 9) {
          const colon = timeColonEnd(line, start, i);
          if (colon > 0) {
            const k = this.count++;
            this.starts[k] = start;
            this.ends[k] = colon;
            this.classes[k] = eager ? classify(line, start, colon) : 0;
            i = colon + 1;
            continue;
          }
        }
      }
      const k = this.count++;
      this.starts[k] = start;
      this.ends[k] = i;
      this.classes[k] = eager ? classify(line, start, i) : 0;
    }
  }
}

/**
 * "[2021-07-10T12:54:51Z INFO  geo_indexer::consumer] …" (Rust's env_logger): a bracket that opens on
 * an ISO date and time, then a space and a level, holds a header of its own, split like one ("[2021-…Z"
 * is the time). Ruby's "[2026-…T10:00:00.123456 #19178]" and "[2026-…T10:00:00,123][INFO ]" stay whole.
 */
/** Whether a bracket closes on "/LEVEL" after its thread ("[Server thread/INFO]", "[main/WARN]:"). */
function isThreadLevel(s: string, from: number, to: number): boolean {
  let end = to;
  if (s.charCodeAt(end - 1) === 58) end--;
  if (s.charCodeAt(end - 1) !== 93) return false;
  const slash = s.lastIndexOf('/', end - 1);
  return slash > from + 1 && end - slash <= 10 && levelAt(s, slash + 1, end - 1) !== null;
}

function opensOnTimeThenLevel(s: string, at: number): boolean {
  const iso =
    s.charCodeAt(at + 4) === 45 &&
    s.charCodeAt(at + 7) === 45 &&
    s.charCodeAt(at + 10) === 84 &&
    s.charCodeAt(at + 13) === 58 &&
    isDigitAt(s, at) &&
    isDigitAt(s, at + 3) &&
    isDigitAt(s, at + 11);
  // Or a time of day alone: "[15:07:25 INFO]: " (log4j2's "[%d{HH:mm:ss} %level]", game servers').
  const clock =
    !iso &&
    s.charCodeAt(at + 2) === 58 &&
    s.charCodeAt(at + 5) === 58 &&
    isDigitAt(s, at) &&
    isDigitAt(s, at + 1) &&
    isDigitAt(s, at + 3) &&
    isDigitAt(s, at + 6);
  if (!iso && !clock) return false;
  let i = at + (iso ? 14 : 7);
  while (i < s.length && s.charCodeAt(i) !== 32 && s.charCodeAt(i) !== 93) i++;
  if (s.charCodeAt(i) !== 32) return false;
  while (s.charCodeAt(i) === 32) i++;
  let end = i;
  while (end < s.length && s.charCodeAt(end) !== 32 && s.charCodeAt(end) !== 93) end++;
  return levelAt(s, i, end) !== null;
}

/**
 * The colon after a time of day that opens s[from, to) and is followed by a letter ("10:00:00,123:DEBUG"),
 * or -1: "hh:mm:ss", an optional fraction after "." or ",", then ":" and a letter.
 */
function timeColonEnd(s: string, from: number, to: number): number {
  if (s.charCodeAt(from + 2) !== 58 || s.charCodeAt(from + 5) !== 58) return -1;
  let i = from + 8;
  const sep = s.charCodeAt(i);
  if (sep === 46 || sep === 44) {
    i++;
    while (i < to && isDigitAt(s, i)) i++;
  }
  if (i >= to - 1 || s.charCodeAt(i) !== 58) return -1;
  const letter = s.charCodeAt(i + 1) | 32;
  return letter >= 97 && letter <= 122 && isDigitAt(s, from + 6) && isDigitAt(s, from + 7) ? i : -1;
}

/**
 * Whether the "(" at `at` closes on the same line before another "(" or a "[", and within 64
 * characters, with a blank or the end right after it: a name in parentheses, not a message's
 * "(111)Connection refused" or a sentence's aside.
 */
function closesParenthesis(s: string, at: number): boolean {
  const end = Math.min(s.length, at + 64);
  // SSSD's time, a colon after it: "(2018-11-13 17:44:02:047811): [be[corp.example.net]] …".
  const colonAfter = isDigitAt(s, at + 1) ? 1 : 0;
  for (let i = at + 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 41) {
      const next = s.charCodeAt(i + 1) === 58 ? i + 1 + colonAfter : i + 1;
      return next === s.length || s.charCodeAt(next) === 32 || s.charCodeAt(next) === 9;
    }
    if (c === 40 || c === 91) return false;
  }
  return false;
}

function isDigitAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return c >= 48 && c <= 57;
}

const MONTH_OR_DAY = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
]);

/** Whether s[from, to) is a non-empty run of ASCII letters. */
function isLetters(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The three letters at s[from] as one number, lower case (see MONTH_OR_DAY). */
const letterKey = (s: string, from: number): number =>
  ((s.charCodeAt(from) | 32) << 16) | ((s.charCodeAt(from + 1) | 32) << 8) | (s.charCodeAt(from + 2) | 32);

const MONTH_OR_DAY_KEYS = new Set([...MONTH_OR_DAY].map((w) => letterKey(w, 0)));

/** Whether the three characters at s[from] spell a month or a weekday (any case), as MONTH_OR_DAY. */
function isMonthOrDay(s: string, from: number): boolean {
  return isLetters(s, from, from + 3) && MONTH_OR_DAY_KEYS.has(letterKey(s, from));
}

const MONTH_KEYS = new Set(MONTHS.map((w) => letterKey(w, 0)));

/**
 * A date with its month's name between numbers, "25-Nov-2026" (Tomcat's `dd-MMM-yyyy`), "2026-Nov-25",
 * "25/Nov/2026:10:00:00": digits and date punctuation around three letters that name a month.
 */
function isMonthNameDate(s: string, from: number, to: number): boolean {
  let month = -1;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 45 || c === 47 || c === 46 || c === 58 || c === 44) continue;
    if (month >= 0 || i + 3 > to || !isLetters(s, i, i + 3) || !MONTH_KEYS.has(letterKey(s, i))) return false;
    if (i + 3 < to && isLetters(s, i + 3, i + 4)) return false;
    month = i;
    i += 2;
  }
  return month > from && month + 3 < to;
}

/**
 * Ten digits of seconds or thirteen of milliseconds since 1970 that fall in 2001–2038: a column of
 * these is a timestamp ("134681 node-246 unix.hw state_change.unavailable 1077804742 1 …").
 */
function isEpoch(s: string, from: number, len: number): boolean {
  if (len !== 10 && len !== 13) return false;
  const seconds = Number(s.slice(from, from + 10));
  return seconds >= 978_307_200 && seconds < 2_147_483_648;
}

/** "[1764064800]", "[1764064800.123]": an epoch time (isEpoch's seconds) in brackets. */
function isBracketedEpoch(s: string, from: number, to: number): boolean {
  if (s.charCodeAt(to - 1) !== 93 || to - from < 12 || !isEpoch(s, from + 1, 10)) return false;
  for (let i = from + 1; i < from + 11; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  if (to - from === 12) return true;
  if (s.charCodeAt(from + 11) !== 46 || to - from === 13) return false;
  for (let i = from + 12; i < to - 1; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * An IPv4 address and its port ("203.0.113.7:51234", OpenVPN's peer after its time): four numbers of
 * one to three digits, none over 255, joined by dots, then a colon and digits — no time, though made
 * of a time's characters. (An address alone stays a TIME-like token: mixed files of access lines,
 * which open with one, learned their headers so.)
 */
function isIpv4WithPort(s: string, from: number, to: number): boolean {
  let groups = 1;
  let value = 0;
  let length = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + c - 48;
      if (++length > 3 || value > 255) return false;
    } else if (c === 46 && length > 0 && groups < 4) {
      groups++;
      value = length = 0;
    } else if (c === 58 && groups === 4 && length > 0) {
      for (let j = i + 1; j < to; j++) {
        const d = s.charCodeAt(j);
        if (d < 48 || d > 57) return false;
      }
      return i + 1 < to;
    } else return false;
  }
  return false;
}

/** "INFO/MainProcess]", "WARNING/ForkPoolWorker-2]": a level word and a slash (Celery). */
function isLevelSlash(s: string, from: number): boolean {
  for (let i = from + 3; i < from + 10; i++) if (s.charCodeAt(i) === 47) return true;
  return false;
}

/** "[mpm_event:notice]": Apache's bracketed module and level, longer than a level word alone. */
function isModuleLevel(s: string, from: number, to: number): boolean {
  return (
    to - from <= 40 &&
    s.charCodeAt(from) === 91 &&
    s.charCodeAt(to - 1) === 93 &&
    moduleEnd(s, from + 1, to) > 0
  );
}

/** s[from, to) starts with a date: 6 digits or more joined by '-', '/' or '.', then a space. */
function opensOnDate(s: string, from: number, to: number): boolean {
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 32) return digits >= 6;
    else if (c !== 45 && c !== 47 && c !== 46) return false;
  }
  return false;
}

export function classify(s: string, from: number, to: number): number {
  const len = to - from;
  const c0 = s.charCodeAt(from);
  // Most tokens of a sampled line are words of letters alone (a message's): of the tests below, only
  // the level's and the month's can take such a word (format detection classifies ~14 tokens a line).
  if (isLetters(s, from, to)) {
    if (len <= 15 && levelAt(s, from, to) !== null) return LEVEL;
    // A 12-hour clock's "AM"/"PM" after the time of day (Windows' DNS debug log: "12/25/2026 5:08:48 PM").
    if (len === 2 && (c0 === 65 || c0 === 80) && s.charCodeAt(from + 1) === 77) return TIME;
    return len === 3 && isMonthOrDay(s, from) ? TIME : WORD;
  }
  if (isSeparator(s, from, to)) return DASH;
  if (
    (len <= 15 ||
      isLevelSlash(s, from) ||
      isModuleLevel(s, from, to) ||
      s.charCodeAt(to - 1) === 58 ||
      // Asterisk's "WARNING[9431][C-00002518]": the level's thread and call after it.
      (s.charCodeAt(to - 1) === 93 && c0 >= 65 && c0 <= 90 && len <= 40) ||
      // log4j2's "[%t/%level]": "[Server thread/INFO]:".
      (c0 === 91 && len <= 48 && isThreadLevel(s, from, to))) &&
    levelAt(s, from, to) !== null
  )
    return LEVEL;
  // A program's name and its level (Zigbee2MQTT's "Zigbee2MQTT:info"), however long the name.
  if (len > 15 && len <= 40 && namedLevel(s, from, to) !== null) return LEVEL;
  // A long bracket with brackets inside is the message's: a JVM's garbage collection ("[GC (Allocation
  // Failure) [PSYoungGen: 524288K->65536K(611840K)] …, 0.0456789 secs]"), not a header's thread (Hadoop's
  // "[DataStreamer for file /tmp/… block BP-…]" runs as long, ZooKeeper's "[QuorumPeer[myid=1]/…]" nests).
  if (c0 === 91 && len > 80) {
    const inner = s.indexOf('[', from + 1);
    if (inner > from && inner < to - 1) return WORD;
  }
  if (c0 === 91 || c0 === 40) {
    // "[1764064800]" (Nagios, Icinga): seconds since 1970 in brackets, with their fraction too.
    if (c0 === 91 && isBracketedEpoch(s, from, to)) return TIME;
    let digits = 0;
    let colons = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else if (c === 58) colons++;
    }
    // "[2026-08-13 21:07:12,602: INFO/MainProcess]" (Celery): the bracket opens on a date and time;
    // "[Jun  2 01:41:00]" (Asterisk): on a month's name, its day padded with a blank.
    return digits >= 4 &&
      colons >= 2 &&
      (digits * 2 >= len - colons ||
        opensOnDate(s, from + 1, to) ||
        (isMonthOrDay(s, from + 1) && s.charCodeAt(from + 4) === 32))
      ? TIME
      : BRACKET;
  }
  let digits = 0;
  let timeChars = 0;
  let dots = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) {
      timeChars++;
      dots++;
    } else if (c === 45 || c === 58 || c === 47 || c === 44 || c === 84 || c === 90 || c === 43) timeChars++;
    // An underscore between a date and its time (IBM Storage Scale's "2024-06-10_09:15:04.123+0200:").
    else if (c === 95 && i === from + 10 && s.charCodeAt(from + 4) === 45) timeChars++;
  }
  if (digits === len) return isEpoch(s, from, len) ? TIME : NUM;
  // OpenVPN's microseconds after its time, "2026-11-25 10:00:00 us=123456": the time's fraction.
  if (digits === len - 3 && len <= 9 && s.charCodeAt(from) === 117 && s.startsWith('us=', from)) return TIME;
  if (digits === len - 1 && c0 === 45) return NUM; // "-1"
  // The day of "Sep 05, 2024 11:15:07.397" (Plex Media Server; WebLogic's "Mar 18, 2026, …").
  if (digits === len - 1 && len <= 3 && s.charCodeAt(to - 1) === 44) return TIME;
  if (digits > 0 && digits + timeChars === len && digits >= 4)
    return dots === 3 && isIpv4WithPort(s, from, to) ? WORD : TIME;
  if (digits >= 4 && isMonthNameDate(s, from, to)) return TIME;
  // A day and a month without a year: Bacula's "04-Oct 12:05".
  if (
    digits === 2 &&
    len === 6 &&
    s.charCodeAt(from + 2) === 45 &&
    MONTH_KEYS.has(letterKey(s, from + 3)) &&
    isLetters(s, from + 3, to)
  )
    return TIME;
  if (len === 3 && isMonthOrDay(s, from)) return TIME;
  if (len === 1) return isLetterLevel(c0) ? LEVEL : c0 === 42 || c0 === 35 || c0 === 46 ? MARK : WORD;
  // Cisco IOS marks a time its clock does not vouch for: "*Nov 25 10:00:00.123:" (unset), ".Nov …" (lost sync).
  if (
    len === 4 &&
    (c0 === 42 || c0 === 46) &&
    MONTH_KEYS.has(letterKey(s, from + 1)) &&
    isLetters(s, from + 1, to)
  )
    return TIME;
  if (digits === 4 && len === 5 && isLetterLevel(c0) && isMonthDay(s, from + 1)) return LEVEL_DATE;
  // CockroachDB's klog-like "I200117": the level letter glued to year, month and day.
  if (digits === 6 && len === 7 && isLetterLevel(c0) && isMonthDay(s, from + 3)) return LEVEL_DATE;
  if (digits > 0 && digits === len - 2 && s.charCodeAt(to - 2) === 58 && isUpper(s.charCodeAt(to - 1)))
    return PROCESS;
  if (s.charCodeAt(to - 1) === 93 && (isSourceLocation(s, from, to) || isClosingName(s, from, to)))
    return SOURCE;
  if (isSourceFile(s, from, to)) return SOURCE;
  // Go's standard logger with its file (log.Lshortfile): "2023/05/03 07:05:39 main.go:275: …".
  if (s.charCodeAt(to - 1) === 58 && to - from > 6 && isSourceFile(s, from, to - 1)) return SOURCE;
  // A program named by its path, as syslog writes some: "/apps/ganglia-3.0.1/sbin/gmetad[1682]:".
  if (c0 === 47 && len > 2 && s.charCodeAt(to - 1) === 58) {
    const name = s.lastIndexOf('/', to - 1) + 1;
    if (name > from + 1 && name < to - 1 && classify(s, name, to) === COMPONENT) return COMPONENT;
  }
  if (len > 1 && s.charCodeAt(to - 1) === 58 && isIdentifierStart(c0)) {
    // A zone's abbreviation right after a time, its colon closing the header: Cisco IOS with
    // `service timestamps log datetime msec year show-timezone` ("May 22 2026 02:45:00.300 UTC: %SEC-6-…").
    if (len <= 5 && isDigitAt(s, from - 2) && s.charCodeAt(from - 1) === 32 && isZoneWord(s, from, to - 1))
      return TIME;
    const eq = s.indexOf('=', from);
    if (eq >= 0 && eq < to) return WORD;
    // Rust's module paths keep their "::" ("app::server:", tracing's target).
    let colon = s.indexOf(':', from);
    while (colon >= 0 && colon < to - 1 && s.charCodeAt(colon + 1) === 58) colon = s.indexOf(':', colon + 2);
    // A message code is no component: Apache's "AH00489:" (a pid in brackets is: "sshd[2345]:").
    // Nor is the word after PostgreSQL's level and its two spaces ("LOG:  duration: 0.4 ms …"), even
    // where nearly every line has one (a server logging every statement).
    if (colon === to - 1)
      return (digits >= 3 && s.charCodeAt(to - 2) !== 93) || afterLevelColon(s, from) ? WORD : COMPONENT;
  }
  return isDotted(s, from, to) ||
    isCategoryWithEventId(s, from, to) ||
    isNamespace(s, from, to) ||
    isPackagePath(s, from, to)
    ? LOGGER
    : WORD;
}

/**
 * A package's name in Perl's, C++'s or Rust's way, words joined by "::" ("Shop::Web", Log4perl's `%c`
 * in `%d [%P] %-5p %c - %m%n`; "Net::HTTP::Client"): a logger. Each word opens with a letter or "_"
 * (not an IPv6 address: "fe80::1").
 */
function isPackagePath(s: string, from: number, to: number): boolean {
  let pairs = 0;
  let start = true;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 58) {
      if (start || s.charCodeAt(i + 1) !== 58) return false;
      pairs++;
      i++;
      start = true;
    } else if (start) {
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
      start = false;
    } else if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95))
      return false;
  }
  return pairs > 0 && !start;
}

/**
 * A namespace of Node's `debug` module, lower-case words joined by colons ("express:router",
 * "ioredis:redis", "app:http"; "*" as a word): the logger its lines open with after the time, when
 * written to a file (`2026-06-01T01:02:59.749Z app:http GET /x 200 8.977 ms - 24647`). Not a host and
 * its port ("db:5432": each word opens with a letter), nor a word and its colon.
 */
function isNamespace(s: string, from: number, to: number): boolean {
  let colons = 0;
  let start = true;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 58) {
      if (start) return false;
      colons++;
      start = true;
    } else if (start) {
      if (!((c >= 97 && c <= 122) || c === 42)) return false;
      start = false;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 42))
      return false;
  }
  return colons > 0 && !start;
}

/**
 * A cheap test that `classify(s, from, to)` may return `cls`: false only where it cannot (a header
 * learner looking for a class skips such tokens without classifying them). Only a token that names a
 * level (levelAt) is a LEVEL; only one ending in ":" a COMPONENT; only a month or weekday (three
 * characters, or one after Cisco's "*" or "."), a token of two characters ("PM", "5,") or with four
 * digits a TIME. Any other class:
 * true. Keep it in step with `classify` (a property test holds them together).
 */
export function mayBeOfClass(s: string, from: number, to: number, cls: number): boolean {
  if (cls === LEVEL) return levelAt(s, from, to) !== null || namedLevel(s, from, to) !== null;
  if (cls === COMPONENT) return s.charCodeAt(to - 1) === 58;
  if (cls !== TIME || to - from === 3) return true;
  // A zone's abbreviation and its colon ("UTC:", see classify).
  if (to - from <= 5 && s.charCodeAt(to - 1) === 58) return true;
  // A 12-hour clock's "AM"/"PM", a day and its comma ("05,"): see classify.
  if (to - from === 2 || (to - from < 3 && s.charCodeAt(to - 1) === 44)) return true;
  // Cisco's "*Nov" (see classify).
  if (to - from === 4 && (s.charCodeAt(from) === 42 || s.charCodeAt(from) === 46)) return true;
  // Bacula's day and month, "04-Oct" (see classify).
  if (to - from === 6 && s.charCodeAt(from + 2) === 45) return true;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits === 4) return true;
  }
  return false;
}

/**
 * .NET's logging category and event id, "Microsoft.AspNetCore.Hosting.Diagnostics[1]" (its console
 * format writes the message on the next line): a dotted name, then a number in brackets.
 */
function isCategoryWithEventId(s: string, from: number, to: number): boolean {
  if (to - from < 5 || s.charCodeAt(to - 1) !== 93) return false;
  const open = s.lastIndexOf('[', to - 1);
  if (open <= from + 2 || open === to - 2) return false;
  for (let i = open + 1; i < to - 1; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return isDotted(s, from, open);
}

/** Whether s[from] follows a "LEVEL:" and two spaces, as PostgreSQL writes its messages. */
function afterLevelColon(s: string, from: number): boolean {
  return (
    from >= 3 &&
    s.charCodeAt(from - 1) === 32 &&
    s.charCodeAt(from - 2) === 32 &&
    s.charCodeAt(from - 3) === 58
  );
}

/**
 * A separator column: "-", "|", a lone ":" or "--"/"---" (Spring Boot's "12345 --- [main] logger : …",
 * Ruby's "INFO -- : …").
 */
export function isSeparator(s: string, from: number, to: number): boolean {
  const c0 = s.charCodeAt(from);
  // "⋮" closes CockroachDB's header.
  if (to - from === 1) return c0 === 45 || c0 === 124 || c0 === 58 || c0 === 0x22ee;
  if (to - from > 3 || c0 !== 45) return false;
  for (let i = from + 1; i < to; i++) if (s.charCodeAt(i) !== 45) return false;
  return true;
}

/** Four digits that read as MMDD. */
function isMonthDay(s: string, at: number): boolean {
  const month = (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48;
  const day = (s.charCodeAt(at + 2) - 48) * 10 + s.charCodeAt(at + 3) - 48;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Extensions of source files a header names with a line number (see isSourceFile). */
const SOURCE_EXTENSIONS = new Set(['go', 'java', 'kt', 'scala', 'groovy']);

/**
 * A source file and a line number: "storage/pebble.go:1219" (CockroachDB's header, before its "⋮"),
 * log4j's `%F:%L` ("ReadCommand.java:569", Cassandra's "… 2019-10-23 14:57:48,683 ReadCommand.java:569
 * - Read 61 live rows …").
 */
function isSourceFile(s: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i > from && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i--;
  if (i === to - 1 || s.charCodeAt(i) !== 58) return false;
  const dot = s.lastIndexOf('.', i);
  // isSourceLocation reads the digits before its last character: the one after the token.
  return (
    dot > from &&
    i - dot <= 7 &&
    SOURCE_EXTENSIONS.has(s.slice(dot + 1, i)) &&
    isSourceLocation(s, from, to + 1)
  );
}

/** "name.go:123]": a file name (letters first, no brackets), a colon, a line number, "]". */
function isSourceLocation(s: string, from: number, to: number): boolean {
  let i = to - 2;
  while (i > from && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i--;
  if (i === to - 2 || s.charCodeAt(i) !== 58 || i === from || !isIdentifierStart(s.charCodeAt(from)))
    return false;
  for (let j = from; j < i; j++) {
    const c = s.charCodeAt(j);
    if (!(isIdentifierStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 47)) return false;
  }
  return true;
}

/**
 * A name closing a bracket that a time opened: env_logger's "[2026-11-25T10:00:00Z INFO  app::server]"
 * ends on its module path. Letters, digits, "_", ".", "-", "/" and ":", then "]", none opened inside.
 */
function isClosingName(s: string, from: number, to: number): boolean {
  if (!isIdentifierStart(s.charCodeAt(from))) return false;
  for (let j = from + 1; j < to - 1; j++) {
    const c = s.charCodeAt(j);
    if (!(isIdentifierStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 47 || c === 58))
      return false;
  }
  return true;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isDotted(s: string, from: number, to: number): boolean {
  if (!isIdentifierStart(s.charCodeAt(from)) || s.charCodeAt(to - 1) === 46) return false;
  let dots = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) dots++;
    else if (!(isIdentifierStart(c) || (c >= 48 && c <= 57))) return false;
  }
  return dots > 0;
}

/** Android-style one-letter levels (V D I W E F); only trusted in a consistent column. */
export function isLetterLevel(c: number): boolean {
  return c === 86 || c === 68 || c === 73 || c === 87 || c === 69 || c === 70;
}

function isIdentifierStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

/** Header-ish classes that can lead a line before its message. */
export function isLeading(cls: number): boolean {
  return (
    cls === TIME || cls === NUM || cls === DASH || cls === BRACKET || cls === PROCESS || cls === LEVEL_DATE
  );
}
