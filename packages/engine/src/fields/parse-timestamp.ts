// One scanner for the timestamp shapes logs use: it reads numbers, a month name and a zone, then
// interprets them by their digit counts. No regular expression, so it is cheap on every line.
import { levelAt } from './normalize-level';

export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Zone abbreviations a server writes after its local time (PostgreSQL's `%t`, `date`), in minutes east
 * of UTC. The US ones are RFC 822's; the others are each used by one zone only. Abbreviations that
 * name several zones (IST, BST, CST outside the US sense RFC 822 gives it) are not guessed at.
 */
const ZONES = new Map<string, number>([
  ['z', 0],
  ['utc', 0],
  ['gmt', 0],
  ['ut', 0],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
  ['akst', -540],
  ['akdt', -480],
  ['hst', -600],
  ['wet', 0],
  ['west', 60],
  ['cet', 60],
  ['cest', 120],
  ['met', 60],
  ['mest', 120],
  ['eet', 120],
  ['eest', 180],
  ['msk', 180],
  ['jst', 540],
  ['kst', 540],
  ['hkt', 480],
  ['sgt', 480],
  ['awst', 480],
  ['acst', 570],
  ['acdt', 630],
  ['aest', 600],
  ['aedt', 660],
  ['nzst', 720],
  ['nzdt', 780],
  // Beyond RFC 822 and Europe (WebLogic writes the JVM's abbreviation: "11:43:56,082 PM BRT"); none
  // that is also an English word (CAT, EAT, ART, PET), which a header read whole may hold.
  ['brt', -180],
  ['brst', -120],
  ['clt', -240],
  ['clst', -180],
  ['uyt', -180],
  ['nst', -210],
  ['ndt', -150],
  ['sast', 120],
  ['trt', 180],
  ['irst', 210],
  ['pkt', 300],
  ['npt', 345],
  ['mmt', 390],
  ['ict', 420],
  ['wib', 420],
  ['pht', 480],
  ['acwst', 525],
  ['chast', 765],
  ['chadt', 825],
]);

/**
 * Abbreviations that name several zones, with the offsets they may mean (minutes east of UTC): a time
 * written with one is read as a local time (UTC unless `localOffsetMinutes` says otherwise), and
 * `bundleClock` picks the meaning that fits the bundle. IST: India, Israel, Ireland; BST: British
 * summer, Bangladesh; AST: Atlantic, Arabia.
 */
const AMBIGUOUS_ZONES = new Map<string, readonly number[]>([
  ['ist', [330, 120, 60]],
  ['bst', [60, 360]],
  ['ast', [-240, 180]],
]);

/** The offsets an ambiguous zone abbreviation may mean (see AMBIGUOUS_ZONES), or null. */
export function ambiguousOffsets(word: string): readonly number[] | null {
  return AMBIGUOUS_ZONES.get(word.toLowerCase()) ?? null;
}

export interface TimestampContext {
  /** Year for timestamps without one (syslog "Nov 25 10:00:00"). */
  year: number;
  /** UTC midnight (epoch ms) of the day that header times without a date start on. */
  day?: number;
  /**
   * Minutes east of UTC of the times written without a zone (a file in local time, see
   * `bundleClock`); default 0: such times are read as UTC.
   */
  localOffsetMinutes?: number;
}

/**
 * Milliseconds since midnight of a time without a date, "10:23:45", "10:23:45.123", "[10:23:45,123]"
 * (logback's default `HH:mm:ss.SSS`, pino-pretty's `[HH:MM:ss.l]`), also with the level after it in
 * its bracket, "[10:23:45 INF]" (Serilog's console default), or null for any other text.
 */
export function timeOfDay(text: string): number | null {
  const m = TIME_OF_DAY.exec(text);
  if (!m) return null;
  if (m[5] !== undefined && levelAt(m[5], 0, m[5].length) === null) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const sec = Number(m[3]);
  if (h > 23 || mi > 59 || sec > 60) return null;
  const fraction = m[4] ?? '';
  const ms = fraction === '' ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  return ((h * 60 + mi) * 60 + sec) * 1000 + ms;
}

const TIME_OF_DAY = /^\[?(\d\d?):(\d\d):(\d\d)(?:[.,](\d{1,9}))?(?:(?<=^\[.*) ([A-Za-z]{3,11})(?=\]$))?\]?$/;

interface Parts {
  nums: number[];
  lens: number[];
  /** Position in `nums` before which the month name appeared, or -1. */
  monthAt: number;
  month: number;
  offsetMinutes: number | null;
  pm: boolean | null;
  /** Digits of the fraction (after '.' or ',' following seconds). */
  fraction: number;
  fractionLen: number;
  /** Minutes east of UTC of a time without a zone (TimestampContext.localOffsetMinutes). */
  localOffset: number;
  /** Set by `build` when the time had no zone (an epoch is not a local time). */
  naive: boolean;
  /** An abbreviation after the time that names several zones ("ist"), or null. */
  ambiguousZone: string | null;
  /** The first two numbers were joined by ':': the text opens with a time of day, not a date. */
  opensWithTime: boolean;
  /** The character after the first number ("." of "25.11.2026"), or 0. */
  firstSeparator: number;
  /** The character after the second number (":" of "2026 9:01:02": a time of day, not a month and day), or 0. */
  secondSeparator: number;
  /** The character after the third number (":" of the common log format's "09/05/2024:19:09:00"), or 0. */
  thirdSeparator: number;
}

// Reused between calls (parsing is synchronous): no allocation per timestamp.
const shared: Parts = {
  nums: [],
  lens: [],
  monthAt: -1,
  month: 0,
  offsetMinutes: null,
  pm: null,
  fraction: 0,
  fractionLen: 0,
  localOffset: 0,
  naive: false,
  ambiguousZone: null,
  opensWithTime: false,
  firstSeparator: 0,
  secondSeparator: 0,
  thirdSeparator: 0,
};

/** Whether the last timestamp parsed had no zone (and so was read in local time, UTC by default). */
export function lastParseWasNaive(): boolean {
  return shared.naive;
}

/** Minutes east of UTC the last timestamp parsed wrote ("+05:30", "Z"), or null (no zone, an epoch). */
export function lastParseOffset(): number | null {
  return shared.offsetMinutes;
}

/** The ambiguous zone abbreviation of the last timestamp parsed ("ist"), or null. */
export function lastParseZoneWord(): string | null {
  return shared.ambiguousZone;
}

/** Whether `s[from, to)` is a zone abbreviation in capitals ("UTC", "EST", "CEST") that may follow a time. */
export function isZoneWord(s: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  const word = s.slice(from, to).toLowerCase();
  return ZONES.has(word) || AMBIGUOUS_ZONES.has(word);
}

/** What may stand before a zone offset's sign: a digit of the time, a space, or the "Z"-less end of it. */
function isZoneLead(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 32;
}

function scan(s: string): Parts | null {
  const p = shared;
  p.nums.length = 0;
  p.lens.length = 0;
  p.monthAt = -1;
  p.month = 0;
  p.offsetMinutes = null;
  p.pm = null;
  p.naive = false;
  p.ambiguousZone = null;
  p.opensWithTime = false;
  p.firstSeparator = 0;
  p.secondSeparator = 0;
  p.thirdSeparator = 0;
  p.fraction = 0;
  p.fractionLen = 0;
  const n = s.length;
  let i = 0;
  // How many numbers in a row were joined by ':': a fraction follows the seconds of "hh:mm:ss".
  let colonRun = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let v = 0;
      const start = i;
      while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) v = v * 10 + (s.charCodeAt(i++) - 48);
      const prev = start > 0 ? s.charCodeAt(start - 1) : 0;
      // A signed 4-digit or hh:mm group after the time is a zone offset.
      // Two or four digits ("+01", "-0500", "+01:00"), after a digit or a space: "Worker-2" is a name.
      if (
        (prev === 43 || prev === 45) &&
        (p.nums.length >= 5 || isBasicDateTime(p)) &&
        start >= 2 &&
        (i - start === 2 || i - start === 4) &&
        isZoneLead(s.charCodeAt(start - 2))
      ) {
        let minutes = i - start === 4 ? Math.floor(v / 100) * 60 + (v % 100) : v * 60;
        if (i - start === 2 && s.charCodeAt(i) === 58) {
          let m = 0;
          i++;
          while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)
            m = m * 10 + (s.charCodeAt(i++) - 48);
          minutes += m;
        }
        p.offsetMinutes = prev === 45 ? -minutes : minutes;
        continue;
      }
      if (
        (((prev === 46 || prev === 44 || (prev === 58 && (i - start === 3 || i - start === 6))) &&
          p.nums.length === 6) ||
          ((prev === 46 || prev === 44) && colonRun >= 3)) &&
        p.fractionLen === 0
      ) {
        p.fraction = v;
        p.fractionLen = i - start;
        continue;
      }
      colonRun = prev === 58 ? colonRun + 1 : 1;
      if (p.nums.length === 1 && prev === 58) p.opensWithTime = true;
      if (p.nums.length === 0) p.firstSeparator = i < n ? s.charCodeAt(i) : 0;
      else if (p.nums.length === 1) p.secondSeparator = i < n ? s.charCodeAt(i) : 0;
      else if (p.nums.length === 2) p.thirdSeparator = i < n ? s.charCodeAt(i) : 0;
      p.nums.push(v);
      p.lens.push(i - start);
      continue;
    }
    if ((c | 32) >= 97 && (c | 32) <= 122) {
      const start = i;
      while (i < n && (s.charCodeAt(i) | 32) >= 97 && (s.charCodeAt(i) | 32) <= 122) i++;
      const word = s.slice(start, i).toLowerCase();
      const zone = ZONES.get(word);
      if (zone !== undefined) {
        p.offsetMinutes = zone;
        // "GMT +1", "GMT -8" (TIBCO BusinessWorks 5), "UTC+5:30": the hours of an offset from it.
        if (zone === 0) i = gmtOffset(s, i, p);
      } else if (AMBIGUOUS_ZONES.has(word)) p.ambiguousZone = word;
      else if (word === 'am' || word === 'pm') p.pm = word === 'pm';
      else if (word === 't') continue;
      else if (word === 'us' && s.charCodeAt(i) === 61 && p.nums.length === 6 && p.fractionLen === 0) {
        // OpenVPN's "2026-11-25 10:00:00 us=123456": microseconds after whole seconds.
        let v = 0;
        const from = ++i;
        while (i < n && i - from < 6 && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)
          v = v * 10 + (s.charCodeAt(i++) - 48);
        if (i > from) {
          p.fraction = v;
          p.fractionLen = 6;
        }
      } else {
        const m = MONTHS.indexOf(word.slice(0, 3));
        if (m >= 0 && p.monthAt < 0) {
          p.monthAt = p.nums.length;
          p.month = m + 1;
        }
      }
      continue;
    }
    i++;
  }
  return p.nums.length === 0 ? null : p;
}

/**
 * After "GMT" or "UTC" at `i`: a blank at most, a sign and the offset's hours (one or two digits, and
 * ":mm"), taken as the offset; returns where reading goes on (`i` when none follows).
 */
function gmtOffset(s: string, i: number, p: Parts): number {
  let j = s.charCodeAt(i) === 32 ? i + 1 : i;
  const sign = s.charCodeAt(j);
  if (sign !== 43 && sign !== 45) return i;
  const from = ++j;
  let hours = 0;
  while (j < s.length && j - from < 2 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57)
    hours = hours * 10 + (s.charCodeAt(j++) - 48);
  if (j === from || (s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) || hours > 14) return i;
  let minutes = 0;
  if (s.charCodeAt(j) === 58 && s.charCodeAt(j + 1) >= 48 && s.charCodeAt(j + 2) >= 48) {
    minutes = (s.charCodeAt(j + 1) - 48) * 10 + (s.charCodeAt(j + 2) - 48);
    j += 3;
  }
  p.offsetMinutes = (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
  return j;
}

/** The numbers read so far are ISO 8601's basic date and time, yyyymmdd and hhmmss ("20261125T100000"). */
function isBasicDateTime(p: Parts): boolean {
  return p.nums.length >= 2 && p.lens[0] === 8 && p.lens[1] === 6;
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  sec: number,
  p: Parts,
): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || sec > 60) return null;
  if (p.pm !== null && h < 12 && p.pm) h += 12;
  if (p.pm === false && h === 12) h = 0;
  let ms = 0;
  if (p.fractionLen > 0)
    ms = Math.floor(p.fraction / 10 ** Math.max(0, p.fractionLen - 3)) * 10 ** Math.max(0, 3 - p.fractionLen);
  const t = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  p.naive = p.offsetMinutes === null;
  return t - (p.offsetMinutes ?? p.localOffset) * 60_000;
}

/**
 * A date of eight digits and a time of six ("20261125", "100000"), the number at `fraction` (if any,
 * and no fraction read yet) the time's fraction.
 */
function fromDigits(date: number, time: number, fraction: number, p: Parts): number | null {
  if (p.fractionLen === 0 && p.nums.length > fraction) {
    p.fraction = p.nums[fraction] ?? 0;
    p.fractionLen = p.lens[fraction] ?? 0;
  }
  return build(
    Math.floor(date / 10000),
    Math.floor(date / 100) % 100,
    date % 100,
    Math.floor(time / 10000),
    Math.floor(time / 100) % 100,
    time % 100,
    p,
  );
}

function epoch(v: number, len: number): number | null {
  if (len === 10) return v * 1000;
  if (len === 13) return v;
  if (len === 16) return Math.floor(v / 1000);
  if (len === 19) return Math.floor(v / 1_000_000);
  return null;
}

/** Parses a timestamp to epoch milliseconds (UTC unless the text carries an offset), or null. */
export function parseTimestamp(text: string, ctx: TimestampContext): number | null {
  const p = scan(text);
  if (p === null) return null;
  p.localOffset = ctx.localOffsetMinutes ?? 0;
  return interpret(p, ctx);
}

function interpret(p: Parts, ctx: TimestampContext): number | null {
  const { nums, lens } = p;
  const n0 = nums[0] ?? 0;
  const n1 = nums[1] ?? 0;
  const n2 = nums[2] ?? 0;
  const n3 = nums[3] ?? 0;
  const n4 = nums[4] ?? 0;
  const n5 = nums[5] ?? 0;
  const len0 = lens[0] ?? 0;
  if (p.monthAt >= 0) {
    // "25/Nov/2026:10:00:00", "Sun Dec 04 04:47:44 2005", "Nov 25 10:00:00", "25 Nov 2026 10:00" —
    // not a month's name before a month and day of digits: Commvault's thread id "dec" before "01/16".
    if (p.monthAt === 0 && p.firstSeparator === 47) return null;
    const after = nums.slice(p.monthAt);
    const before = nums.slice(0, p.monthAt);
    // The time first, then the day, the month and the year (Temenos T24's COMO files: "13:45:02 26 MAR 2021").
    if (p.opensWithTime && before.length === 4 && after.length === 1 && (lens[p.monthAt] ?? 0) === 4)
      return build(after[0] ?? 0, p.month, before[3] ?? 0, before[0] ?? 0, before[1] ?? 0, before[2] ?? 0, p);
    // The year first, then the month's name and the day (TIBCO BusinessWorks 5: "2016 Jul 15
    // 06:40:04:061 GMT +1", its milliseconds after a colon).
    if (before.length === 1 && len0 === 4 && after.length >= 4) {
      if (p.fractionLen === 0 && (lens[p.monthAt + 4] ?? 0) === 3) {
        p.fraction = after[4] ?? 0;
        p.fractionLen = 3;
      }
      return build(n0, p.month, after[0] ?? 0, after[1] ?? 0, after[2] ?? 0, after[3] ?? 0, p);
    }
    if (before.length >= 1 && after.length >= 1 && (lens[p.monthAt] ?? 0) === 4) {
      return build(after[0] ?? 0, p.month, before[0] ?? 0, after[1] ?? 0, after[2] ?? 0, after[3] ?? 0, p);
    }
    if (after.length >= 4 && (lens[p.monthAt + 1] ?? 0) === 4) {
      // "Nov 25 2026 10:00:00"
      return build(after[1] ?? 0, p.month, after[0] ?? 0, after[2] ?? 0, after[3] ?? 0, after[4] ?? 0, p);
    }
    if (after.length >= 5 && (lens[p.monthAt + 4] ?? 0) === 4) {
      // ctime: "Dec 04 04:47:44 2005"
      return build(after[4] ?? 0, p.month, after[0] ?? 0, after[1] ?? 0, after[2] ?? 0, after[3] ?? 0, p);
    }
    if (before.length >= 1 && after.length === 3) {
      // "25 Nov 10:00:00.123" (Redis before 3.0): the day stands before the month, no year.
      const day = before[before.length - 1] ?? 0;
      return build(ctx.year, p.month, day, after[0] ?? 0, after[1] ?? 0, after[2] ?? 0, p);
    }
    if (after.length >= 3)
      return build(ctx.year, p.month, after[0] ?? 0, after[1] ?? 0, after[2] ?? 0, after[3] ?? 0, p);
    // "04-Oct 12:05" (Bacula): the day before the month, a time to the minute, no year.
    if (before.length === 1 && after.length === 2 && (lens[p.monthAt] ?? 0) === 2 && p.fractionLen === 0)
      return build(ctx.year, p.month, before[0] ?? 0, after[0] ?? 0, after[1] ?? 0, 0, p);
    return null;
  }
  if (nums.length === 1 || (nums.length >= 1 && len0 >= 10)) {
    const t = epoch(n0, len0);
    // Seconds with their fraction, "1764064800.123456" (Python's time.time(), auditd, Zeek): its milliseconds.
    const fractionLen = lens[1] ?? 0;
    if (t === null || len0 !== 10 || p.firstSeparator !== 46 || fractionLen === 0 || fractionLen > 9)
      return t;
    return t + Math.floor(n1 / 10 ** Math.max(0, fractionLen - 3)) * 10 ** Math.max(0, 3 - fractionLen);
  }
  // Zabbix's "1234:20261125:100000.123": its process id, then the date and the time as digits.
  if (p.firstSeparator === 58 && len0 <= 7 && lens[1] === 8 && lens[2] === 6) return fromDigits(n1, n2, 3, p);
  // klog/glog "1125 10:00:00.123456": month and day without a year (no log dates itself before 1232),
  // then a time of day (not Commvault's thread id "1201" before "05/25 13:08:13").
  if (len0 === 4 && n0 <= 1231 && nums.length >= 4 && (lens[1] ?? 0) <= 2 && p.secondSeparator === 58)
    return build(ctx.year, Math.floor(n0 / 100), n0 % 100, n1, n2, n3, p);
  // A year, then its month and day — not a time of day after it: "2026, 9:01:02" is no 1 September
  // (WebLogic's "Mar 18, 2026, 9:01:02,863 AM", read token by token); nor a number, a blank, then a
  // month and day joined by another mark: Commvault's "24609 6735  03/25 20:33:05" (its thread id
  // in hex, here all digits, before a date without a year) is no year 6735.
  if (
    len0 === 4 &&
    nums.length >= 3 &&
    p.secondSeparator !== 58 &&
    (p.firstSeparator !== 32 || p.secondSeparator === 32)
  )
    return build(n0, n1, n2, n3, n4, n5, p);
  if (len0 === 8 && nums.length >= 2) {
    const d = n0;
    // ISO 8601's basic format, "20261125T100000Z", "20261125T100000.123+0100": hhmmss in one number.
    if (isBasicDateTime(p)) return fromDigits(d, n1, 2, p);
    // 20171223-22:15:29:606
    if (p.fractionLen === 0 && nums.length >= 5) {
      p.fraction = n4;
      p.fractionLen = lens[4] ?? 0;
    }
    return build(Math.floor(d / 10000), Math.floor(d / 100) % 100, d % 100, n1, n2, n3, p);
  }
  if (len0 === 6 && (lens[1] ?? 0) === 6) {
    // 081109 203615
    const d = n0;
    const t = n1;
    return build(
      2000 + Math.floor(d / 10000),
      Math.floor(d / 100) % 100,
      d % 100,
      Math.floor(t / 10000),
      Math.floor(t / 100) % 100,
      t % 100,
      p,
    );
  }
  if (len0 === 6 && (lens[1] ?? 0) <= 2 && nums.length >= 4) {
    // CockroachDB's "200117 07:33:41.670503" (after its level letter): yymmdd and the time of day.
    return build(2000 + Math.floor(n0 / 10000), Math.floor(n0 / 100) % 100, n0 % 100, n1, n2, n3, p);
  }
  if (nums.length === 5 && lens.every((l) => l <= 2)) {
    // Android logcat "03-17 16:13:38.811", Proxifier "10.30 16:49:06": month and day, no year.
    return build(ctx.year, n0, n1, n2, n3, n4, p);
  }
  // A time of day without a date ("19:09:06,559", logback's own status lines among dated ones) is
  // not read as one: "19:09:06" is not 2019-09-06. (Header times alone are read by `timeOfDay`.)
  if (len0 <= 2 && nums.length >= 3 && !p.opensWithTime) {
    if ((lens[2] ?? 0) === 4) {
      // 25.11.2026 10:00:00: a dotted date is written day first everywhere (German, Russian, …).
      // 11/25/2026 10:00:00 (US) unless its first number cannot be a month: 25/11/2026 (UK, France).
      // The common log format's layout with the month in digits, the hour after the year's colon, is
      // day first like the format: Proxmox's pveproxy writes "[09/05/2024:19:09:00 +0545]", 9 May.
      if (p.firstSeparator === 46 || n0 > 12 || (p.firstSeparator === 47 && p.thirdSeparator === 58))
        return build(n2, n1, n0, n3, n4, n5, p);
      return build(n2, n0, n1, n3, n4, n5, p);
    }
    // 25.11.26 10:00:00: day first, as with four digits.
    if (p.firstSeparator === 46) return build(2000 + n2, n1, n0, n3, n4, n5, p);
    // 17/06/09 20:10:40 (yy/mm/dd, Spark's), else 11/25/26 10:00:00 (mm/dd/yy) where that cannot be.
    // A number of one digit is no yy/mm/dd's, which pads each: WebSphere's "8/6/24 14:16:12:785" is
    // M/d/yy, 6 August 2024.
    if (len0 === 1 || (lens[1] ?? 0) === 1)
      return build(2000 + n2, n0, n1, n3, n4, n5, p) ?? build(2000 + n0, n1, n2, n3, n4, n5, p);
    const ymd = build(2000 + n0, n1, n2, n3, n4, n5, p);
    const mdy = build(2000 + n2, n0, n1, n3, n4, n5, p);
    // Both read ("10/11/25"): the one whose year is nearer the year the reader expects (the bundle's):
    // WebSphere's 11 October 2025, not 25 November 2010, beside files of 2025.
    if (ymd === null || mdy === null) return ymd ?? mdy;
    return Math.abs(n2 - (ctx.year - 2000)) < Math.abs(n0 - (ctx.year - 2000)) ? mdy : ymd;
  }
  return null;
}
