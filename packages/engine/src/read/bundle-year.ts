// Timestamps without a year (syslog's "Mar  6 15:13:13", Redis-less klog…) take the year they are read
// with, and header times without a date the day. Alone, a file gets the current year and day; beside
// files that do write dates (an incident bundle), it gets theirs: the logs of one incident come from
// one time.

import { withoutEscapes } from '../decode/line-splitter';

/**
 * ISO 8601's date before its time, or before a `time=` field (FortiGate's `date=2023-10-26 time=16:14:01`),
 * or before a dash and a time of dots (IBM Db2's db2diag.log: `2024-08-16-17.39.54.583535+600`).
 */
const ISO_DATE =
  /\b((?:19|20)\d\d)[-/](0[1-9]|1[0-2])[-/](0[1-9]|[12]\d|3[01])(?:(?:[T ]| time=)\d\d:\d\d|-\d\d\.\d\d\.\d\d)/g;
const ACCESS_DATE = /\[(\d\d)\/([A-Z][a-z]{2})\/((?:19|20)\d\d):\d\d:\d\d:\d\d/g;
/**
 * A date of digits with the year last, `11/03/2021 16:40:02` (CICS, US and European orders alike),
 * `04/06/2023:03:22:00` (Citrix NetScaler).
 */
const YEAR_LAST = /\b(\d\d)[/.](\d\d)[/.]((?:19|20)\d\d)[ T:]\d\d:\d\d/g;
/** The year first, then the month's name and the day: TIBCO's `2021 Nov 03 16:40:00:199 GMT +5:30`. */
const YEAR_MONTH_DAY = /\b((?:19|20)\d\d) ([A-Z][a-z]{2}) (\d\d) \d\d:\d\d/g;
const DAY_MONTH_YEAR = /\b(\d\d?) ([A-Z][a-z]{2}) ((?:19|20)\d\d) \d\d:\d\d:\d\d/g;
/**
 * ctime's "Fri Sep 27 02:00:00 2019" (FreeRADIUS, `date`; a zone may stand before the year), "Sep 27,
 * 2019" (WebLogic, PowerShell, Plex) and Cisco ASA's "Oct 26 2023 16:14:00" (a time after the year): the
 * month, the day, the year.
 */
const MONTH_DAY_YEAR =
  /\b([A-Z][a-z]{2}) {1,2}(\d\d?)(?: \d\d:\d\d:\d\d(?:[.,]\d+)? (?:[A-Z]{3,5} )?|, | (?=(?:19|20)\d\d \d\d:\d\d:\d\d))((?:19|20)\d\d)\b/g;
/**
 * Seconds since 1970 with their fraction, as ROS (`[ INFO] [1537999141.713022369]: …`), auditd
 * (`audit(1537999141.713:123)`), Zeek and Python's time.time() write them: 2001 to 2033 (ten digits
 * opening on 1), a fraction of three to nine digits, no digit or dot around (not a version's part);
 * or whole, in brackets opening a line (Unbound's and Nagios' `[1581552900] unbound[2345:0] info: …`).
 */
const EPOCH_SECONDS = /(?<![\d.])(1\d{9})\.\d{3,9}(?![\d.])|^\[(1\d{9})\] /gm;
/**
 * A date and time of digits alone with a fraction, NetLogger's `DATE=20240802100039.188148` (GridFTP's
 * transfer log) and ISO 8601's basic form `20240802T100039`: year, month, day (a whole number of
 * fourteen digits without a fraction may be an id: not read).
 */
const COMPACT_DATE =
  /(?<![\d.])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\.\d{1,9}(?![\d.])|T\d{6})/g;
/**
 * Seconds, milliseconds, microseconds or nanoseconds since 1970, whole, as the value of a JSON
 * record's time key (AWS WAF's `"timestamp":1680751322657`, log4j2's `timeMillis`, Cloudflare's
 * `"EdgeStartTimestamp":1723793983989964053`).
 */
const EPOCH_FIELD =
  /"(?:@?timestamp|time|ts|timeMillis|\w*Timestamp)": ?(1\d{9})(?:\d{3}|\d{6}|\d{9})?(?![\d.])/g;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Bytes of each head looked at, and dates counted per head (a head full of them needs no more). */
const HEAD_BYTES = 64 * 1024;
const MAX_DATES = 200;

/**
 * The dates written in the first bytes of each input: their years, and their days as UTC midnights
 * (epoch ms) — but for a date whose day and month may be either number (`09/02/2019`), its year only.
 */
function datesIn(heads: readonly (Uint8Array | null)[]): { years: number[]; days: number[] } {
  const years: number[] = [];
  const days: number[] = [];
  for (const head of heads) {
    if (head === null || head.length === 0 || isCompressed(head)) continue;
    const bytes = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, HEAD_BYTES));
    // A colored log's dates follow an escape ("ESC[32m2026-…"), which the patterns' \b would not pass.
    const raw = bytes.toString('latin1');
    const text = raw.indexOf('\x1b') >= 0 ? withoutEscapes(raw) : raw;
    let found = 0;
    // Each date and time as written counts once: a record's constant field (F5 ASM's
    // `policy_apply_date="2024-01-17 14:02:11"` on every line) is not its clock, whose times move on.
    const seen = new Set<string>();
    const add = (written: string, year: number, month: number, day: number, dayKnown = true) => {
      found++;
      if (seen.has(written)) return;
      seen.add(written);
      if (!(month >= 1 && day >= 1 && day <= 31)) return;
      years.push(year);
      if (dayKnown) days.push(Date.UTC(year, month - 1, day));
    };
    ISO_DATE.lastIndex = 0;
    for (let m = ISO_DATE.exec(text); m !== null && found < MAX_DATES; m = ISO_DATE.exec(text))
      add(m[0], Number(m[1]), Number(m[2]), Number(m[3]));
    ACCESS_DATE.lastIndex = 0;
    for (let m = ACCESS_DATE.exec(text); m !== null && found < MAX_DATES; m = ACCESS_DATE.exec(text))
      add(m[0], Number(m[3]), MONTHS.indexOf(m[2] ?? '') + 1, Number(m[1]));
    YEAR_LAST.lastIndex = 0;
    for (let m = YEAR_LAST.exec(text); m !== null && found < MAX_DATES; m = YEAR_LAST.exec(text)) {
      // Month first where the first number cannot be a day's month, day first where the second cannot
      // be one; where either can, only the year counts (Proxmox's access log writes `09/02/2019` for
      // 9 February: read as 2 September, it put a bundle's syslog in the next year, blind16 22/s01).
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a <= 12) add(m[0], Number(m[3]), a, b, b > 12 || a === b);
      else add(m[0], Number(m[3]), b, a);
    }
    YEAR_MONTH_DAY.lastIndex = 0;
    for (let m = YEAR_MONTH_DAY.exec(text); m !== null && found < MAX_DATES; m = YEAR_MONTH_DAY.exec(text))
      add(m[0], Number(m[1]), MONTHS.indexOf(m[2] ?? '') + 1, Number(m[3]));
    DAY_MONTH_YEAR.lastIndex = 0;
    for (let m = DAY_MONTH_YEAR.exec(text); m !== null && found < MAX_DATES; m = DAY_MONTH_YEAR.exec(text))
      add(m[0], Number(m[3]), MONTHS.indexOf(m[2] ?? '') + 1, Number(m[1]));
    MONTH_DAY_YEAR.lastIndex = 0;
    for (let m = MONTH_DAY_YEAR.exec(text); m !== null && found < MAX_DATES; m = MONTH_DAY_YEAR.exec(text))
      add(m[0], Number(m[3]), MONTHS.indexOf(m[1] ?? '') + 1, Number(m[2]));
    COMPACT_DATE.lastIndex = 0;
    for (let m = COMPACT_DATE.exec(text); m !== null && found < MAX_DATES; m = COMPACT_DATE.exec(text))
      add(m[0], Number(m[1]), Number(m[2]), Number(m[3]));
    EPOCH_SECONDS.lastIndex = 0;
    for (let m = EPOCH_SECONDS.exec(text); m !== null && found < MAX_DATES; m = EPOCH_SECONDS.exec(text)) {
      const date = new Date(Number(m[1] ?? m[2]) * 1000);
      add(m[0], date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    }
    EPOCH_FIELD.lastIndex = 0;
    for (let m = EPOCH_FIELD.exec(text); m !== null && found < MAX_DATES; m = EPOCH_FIELD.exec(text)) {
      const date = new Date(Number(m[1]) * 1000);
      add(m[0], date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    }
  }
  return { years, days };
}

/** The most common of `values` (the larger one on a tie), or null when there are none. */
function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The most common year of the dates written in the first bytes of each input, or null when none
 * has one. Compressed and binary heads are skipped (their dates are not readable there).
 */
export function commonYear(heads: readonly (Uint8Array | null)[]): number | null {
  return mostCommon(datesIn(heads).years);
}

/**
 * The most common day (its UTC midnight, epoch ms) of the dates written in the first bytes of each
 * input, or null: the day that header times without a date (logback's default `HH:mm:ss.SSS`,
 * pino-pretty's `[HH:MM:ss.l]`) fall on beside files that write dates.
 */
export function commonDay(heads: readonly (Uint8Array | null)[]): number | null {
  return mostCommon(datesIn(heads).days);
}

/** gzip, zip, bzip2, xz, zstd: the bytes are not the text. */
export function isCompressed(head: Uint8Array): boolean {
  const [a, b] = head;
  return (
    (a === 0x1f && b === 0x8b) ||
    (a === 0x50 && b === 0x4b) ||
    (a === 0x42 && b === 0x5a) ||
    (a === 0xfd && b === 0x37) ||
    (a === 0x28 && b === 0xb5)
  );
}

/** A source whose first chunk has been read: the chunk, and the source that yields it again first. */
export interface PeekedSource {
  head: Uint8Array | null;
  source: AsyncIterable<Uint8Array>;
}

/** Reads the first chunk of a source without losing it. */
export async function peekSource(source: AsyncIterable<Uint8Array>): Promise<PeekedSource> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done === true ? null : first.value;
  async function* replay(): AsyncGenerator<Uint8Array> {
    let finished = first.done === true;
    try {
      if (head !== null) yield head;
      while (!finished) {
        const next = await iterator.next();
        if (next.done === true) finished = true;
        else yield next.value;
      }
    } finally {
      // A reader that stops early (a refused input) closes the underlying stream too.
      if (!finished) await iterator.return?.();
    }
  }
  return { head, source: replay() };
}
