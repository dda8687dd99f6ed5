import { levelAt, xorgLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { Level } from '../types';
import type { ParsedFields } from './parsed-fields';
import { startsAgain } from './parse-kernel-line';

// Logs timed by the seconds since their program started (milliseconds after the point), the wall
// clock of that start written once, early:
//
//   Factorio   `   0.000 2025-07-18 17:59:25; Factorio 2.0.55 (build 72032, linux64, headless)`, then
//              `37377.374 Error ServerRouter.cpp:567: mapping public ip port (34197) failed, retrying (1)`
//   X.Org      `[    24.612] (==) Log file: "/var/log/Xorg.0.log", Time: Tue Jun  4 12:01:35 2024`, then
//              `[    25.001] (EE) Failed to load module "nvidia" (module does not exist, 0)`
//   Linkerd    `[     0.008313s]  INFO ThreadId(01) outbound:proxy{addr=…}: linkerd_reconnect: Connected …`
//              (the proxy's own uptime, microseconds and an `s`; it writes no start: a bundle may place
//              it, see placeRuns in read/bundle-clock.ts and LocalTime.runStartMs)
//
// A line's time is that start plus its seconds; lines before the start is known have none (as the
// kernel's before its clock is set: parse-kernel-line.ts). Seconds that start again from zero are a
// new run, whose start is unknown until it writes its own. The seconds are right-aligned in a column
// (`%8.3f`), so a run's first 1,000 seconds open with blanks: such a line is no indented continuation
// (see isElapsedHead in frame/is-continuation.ts).

/**
 * The seconds in brackets (X.Org; Linkerd's with six decimals and an `s`) or padded before a blank
 * (Factorio), three decimals (the kernel's six without an `s` are its own: parse-kernel-line.ts).
 */
const OPENING = /^(?:\[ *(\d{1,7})\.(\d{3})(?:\d{3}s)?\]| *(\d{1,7})\.(\d{3}))(?: |$)/;
/** Factorio's start: a date and time right after the seconds, then a semicolon. */
const STARTED = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d); /;
/** X.Org's start: the log file's `Time:` at the end of its line. */
const LOG_TIME = /\bTime: ((?:[A-Z][a-z]{2} ){2} ?\d{1,2} \d\d:\d\d:\d\d \d{4})$/;

/** Whether a line opens with such seconds (see OPENING). */
export function opensWithElapsed(line: string): boolean {
  const c = line.charCodeAt(0);
  return (c === 91 || c === 32 || (c >= 48 && c <= 57)) && OPENING.test(line);
}

/** The level a line of such a log names after its seconds: X.Org's `(EE)`, Factorio's `Error`. */
function levelAfter(s: string, from: number): { level: Level | null; end: number } {
  let end = s.indexOf(' ', from);
  if (end < 0) end = s.length;
  // X.Org's marks without a level ("(==)" a default, "(II)" information…) are left out all the same.
  const mark = end - from === 4 && s.charCodeAt(from) === 40 && s.charCodeAt(from + 3) === 41;
  const level = mark ? xorgLevel(s, from) : end - from <= 9 ? levelAt(s, from, end) : null;
  return { level, end: level === null && !mark ? from : Math.min(s.length, end + 1) };
}

/**
 * A reader of one file's lines timed so (it keeps the start once written): the time, the level named
 * after the seconds (left out of the message), the seconds as the `uptime` attribute.
 */
export function elapsedLineReader(): (line: string, time: TimestampReader) => ParsedFields | null {
  let startMs: number | null = null;
  let lastMs = 0;
  return (line, time) => {
    const m = OPENING.exec(line);
    if (m === null) return null;
    const elapsedMs = Number(m[1] ?? m[3]) * 1000 + Number(m[2] ?? m[4]);
    // A new run (see above): its start unknown until it writes its own.
    if (startsAgain(elapsedMs, lastMs)) startMs = null;
    lastMs = elapsedMs;
    let at = m[0].length;
    const started = STARTED.exec(line.slice(at, at + 21));
    if (started !== null) {
      const ms = time.read(started[1] ?? '');
      if (ms !== null) startMs = ms - elapsedMs;
      at += started[0].length;
    } else if (startMs === null) {
      const logged = LOG_TIME.exec(line);
      const ms = logged === null ? null : time.read(logged[1] ?? '');
      if (ms !== null) startMs = ms - elapsedMs;
    }
    // (Linkerd pads its level to five: `]  INFO`.)
    while (line.charCodeAt(at) === 32) at++;
    const { level, end } = levelAfter(line, at);
    return {
      timestamp: startMs === null ? null : startMs + elapsedMs,
      level,
      service: null,
      message: line.slice(end),
      attributes: { uptime: elapsedMs / 1000 },
      format: 'text',
    };
  };
}
