// Android's logcat, in the formats `adb logcat -v …` writes (the priority's letter, the tag, the pid):
//
//   brief        D/OkHttp  (19228): <-- 200 https://api.shop.example/api/v1/items (158ms)
//   time         01-26 05:35:00.767 I/ActivityManager( 1436): Killing 4793:com.spotify.music/u0a229
//   threadtime   01-26 05:35:01.093  5591  5619 D OkHttp  : <-- 404 https://api.shop.example/orders
//                (also with `-v year` and `-v zone`: `2026-01-26 05:35:01.093 -0800  5591  5619 D …`)
//
// The tag is the service and the pid (and tid) attributes; the letter the level — V verbose, D debug,
// I info, W warn, E error, F and A (assert) fatal. A tag is padded with blanks before its colon or
// parenthesis when it is short (`OkHttp  :`), which a learned header's component column does not take
// in: a quarter of a file's lines or more in one of these formats are read by this reader.
import type { TimestampReader } from '../fields/timestamp-reader';
import type { Level } from '../types';
import type { ParsedFields } from './parsed-fields';

/** `-v brief` and `-v time`: an optional time, `L/Tag(pid): `. */
const SLASHED =
  /^(?:((?:\d{4}-)?\d\d-\d\d \d\d:\d\d:\d\d\.\d{3,6}(?: [+-]\d{4})?) )?([VDIWEFA])\/(.*?) *\( *(\d+)\): [ \t]*/;
/** `-v threadtime` (the default): time, pid, tid, the letter, `Tag: `. */
const THREADTIME =
  /^((?:\d{4}-)?\d\d-\d\d \d\d:\d\d:\d\d\.\d{3,6}(?: [+-]\d{4})?) +(\d+) +(\d+) ([VDIWEFA]) (\S(?:.*?\S)?) *: [ \t]*/;

const LEVELS: Record<string, Level> = {
  V: 'trace',
  D: 'debug',
  I: 'info',
  W: 'warn',
  E: 'error',
  F: 'fatal',
  A: 'fatal',
};

/** Whether a line is logcat's in one of its formats (see SLASHED, THREADTIME): a cheap look first. */
export function opensWithLogcat(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c >= 48 && c <= 57)
    return (
      (line.charCodeAt(2) === 45 || line.charCodeAt(4) === 45) &&
      (SLASHED.test(line) || THREADTIME.test(line))
    );
  return line.charCodeAt(1) === 47 && SLASHED.test(line);
}

/** A logcat line's fields; null for another line. */
export function parseLogcatLine(line: string, time: TimestampReader): ParsedFields | null {
  const slashed = SLASHED.exec(line);
  if (slashed !== null) {
    const at = slashed[1];
    return {
      timestamp: at === undefined ? null : time.read(at),
      level: LEVELS[slashed[2] ?? ''] ?? null,
      service: slashed[3] || null,
      message: line.slice(slashed[0].length),
      attributes: { pid: Number(slashed[4]) },
      format: 'text',
    };
  }
  const m = THREADTIME.exec(line);
  if (m === null) return null;
  return {
    timestamp: time.read(m[1] ?? ''),
    level: LEVELS[m[4] ?? ''] ?? null,
    service: m[5] ?? null,
    message: line.slice(m[0].length),
    attributes: { pid: Number(m[2]), tid: Number(m[3]) },
    format: 'text',
  };
}
