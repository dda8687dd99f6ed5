import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue, Level } from '../types';
import type { ParsedFields } from './parsed-fields';

/**
 * Apple's unified log as `log show` prints it (macOS, and an iOS device's log read on a Mac):
 * "2025-10-21 19:05:40.115609+0100 0xed3fe    Default     0x0   4186   0    FieldSync: (CFNetwork)
 * [com.apple.CFNetwork:Summary] Task <…> summary …" — the time with its offset, the thread, the
 * type (Default, Info, Debug, Error, Fault; Activity for an activity's start), the activity id, the
 * pid and the TTL, then the process, the library in parentheses and the subsystem and category in
 * brackets (both where the message was logged with them).
 */
const OSLOG =
  /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3,6}[+-]\d{4}) +0x[0-9a-f]+ +([A-Z][a-z]+) +0x[0-9a-f]+ +(\d+) +\d+ +([^:]+): ((?:\(([^)]*)\) )?(?:\[([^\]]*)\] )?)/;

/**
 * The types' levels: Default is what `os_log` writes without a type (a notice); Fault a bug of the
 * process or the system, Error one it met.
 */
const TYPES: Record<string, Level | undefined> = {
  Default: 'info',
  Info: 'info',
  Activity: 'info',
  Debug: 'debug',
  Error: 'error',
  Fault: 'error',
};

/** Whether a line opens as a line of `log show` does (see OSLOG). */
export function opensWithOslog(line: string): boolean {
  return (
    line.charCodeAt(4) === 45 && line.charCodeAt(26) !== 32 && line.indexOf(' 0x', 26) > 0 && OSLOG.test(line)
  );
}

/**
 * A closing block of `key=value` pairs, as CFNetwork writes a task's summary ("{transaction_duration_ms=201,
 * response_status=200, …}"): its pairs are attributes (numbers as numbers), so its durations and its
 * status are read as an access log's are.
 */
const PAIRS_BLOCK = / \{(\w+=[^,{}]*(?:, \w+=[^,{}]*)*)\}$/;

/** A line of `log show` read by its columns; null for another line (its banner, its closing counts). */
export function parseOslogLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = OSLOG.exec(line);
  if (m === null) return null;
  const timestamp = time.read(m[1] ?? '');
  if (timestamp === null) return null;
  const attributes: Record<string, AttributeValue> = { pid: Number(m[3]) };
  if (m[6] !== undefined) attributes['library'] = m[6];
  if (m[7] !== undefined) attributes['subsystem'] = m[7];
  // The library and the subsystem stay in the message too: they tell its senders apart.
  let message = line.slice(m[0].length - (m[5] ?? '').length);
  const block = PAIRS_BLOCK.exec(message);
  if (block !== null) {
    for (const pair of (block[1] ?? '').split(', ')) {
      const eq = pair.indexOf('=');
      const value = pair.slice(eq + 1).replace(/^"(.*)"$/, '$1');
      attributes[pair.slice(0, eq)] = /^-?\d{1,15}(?:\.\d+)?$/.test(value) ? Number(value) : value;
    }
    message = message.slice(0, block.index);
  }
  return {
    timestamp,
    level: TYPES[m[2] ?? ''] ?? null,
    service: (m[4] ?? '').trim(),
    message,
    attributes,
    format: 'text',
  };
}
