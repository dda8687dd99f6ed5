import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

// The kernel's ring buffer as `dmesg` prints it by default: each line opens with the seconds since
// boot in brackets, `[   39.005825] nfs: server nas01 not responding, still trying`, no wall-clock
// time. The kernel says once, early in the boot, what the clock was then: the RTC driver's
// `[    2.195991] rtc_cmos 00:00: setting system clock to 2020-06-18T07:48:32 UTC (1592466512)`. Every
// later line's time is that epoch plus its seconds since that line's; the lines before it (the boot's
// first second or two) have none, nor do a later boot's lines before its own RTC line. A capture that
// starts after the boot is timed from its first audit record (`audit(1645876021.184:6578)`).

const OPENING = /^\[ *(\d{1,7})\.(\d{6})\] /;
/** The RTC driver's setting of the system clock, with the epoch seconds it set. */
const CLOCK_SET = /setting system clock to .*\((\d{9,11})\)\s*$/;
/**
 * An audit record's own time, in seconds since 1970 (`audit: type=1400 audit(1645876021.184:6578):
 * apparmor="DENIED" …`): a console captured without its boot's RTC line is timed from the first.
 */
const AUDIT_TIME = /\baudit\((1\d{9})\.(\d{3}):\d+\)/;

/**
 * Whether seconds since a start (ms) begin again from zero after `lastMs`: a new boot or run, not lines
 * a few seconds out of order, as a busy ring buffer's readers may write them.
 */
export function startsAgain(ms: number, lastMs: number): boolean {
  return ms < 10_000 && lastMs - ms > 60_000;
}

/** Whether a line opens with the seconds since boot in brackets (see OPENING). */
export function opensWithUptime(line: string): boolean {
  return line.charCodeAt(0) === 91 && OPENING.test(line);
}

/**
 * A reader of one file's kernel lines (it keeps the boot's epoch once the clock was set): the time,
 * the message after the brackets, the name before its first colon (`nfs`, `rtc_cmos 00:00`) as the
 * service where it is one word.
 */
export function kernelLineReader(): (line: string, time: TimestampReader) => ParsedFields | null {
  let bootMs: number | null = null;
  let lastUptimeMs = 0;
  return (line) => {
    const m = OPENING.exec(line);
    if (m === null) return null;
    const uptimeMs = Number(m[1]) * 1000 + Number(m[2]) / 1000;
    // Seconds since boot that start again from zero: the machine rebooted (a console capture across a
    // crash), and the new boot's clock is unknown until its RTC line sets it.
    if (startsAgain(uptimeMs, lastUptimeMs)) bootMs = null;
    lastUptimeMs = uptimeMs;
    const message = line.slice(m[0].length);
    const set = bootMs === null ? CLOCK_SET.exec(message) : null;
    if (set !== null) bootMs = Number(set[1]) * 1000 - uptimeMs;
    const audit = bootMs === null ? AUDIT_TIME.exec(message) : null;
    if (audit !== null) bootMs = Number(audit[1]) * 1000 + Number(audit[2]) - uptimeMs;
    const colon = message.indexOf(': ');
    const name = colon > 0 && colon <= 24 ? message.slice(0, colon) : '';
    return {
      timestamp: bootMs === null ? null : Math.floor(bootMs + uptimeMs),
      level: null,
      service: /^[a-z][\w-]*$/.test(name) ? name : null,
      message,
      attributes: { uptime: uptimeMs / 1000 },
      format: 'text',
    };
  };
}
