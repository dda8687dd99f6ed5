// Firefox's and Thunderbird's MOZ_LOG writes each line as `2025-07-05 10:57:41.198000 UTC - [Parent
// 39137: Main Thread]: D/nsHttp nsHttpChannel::AsyncOpen [this=7fcaf8d3de90]`: the time in UTC, the
// process (its kind and pid) and thread in brackets, then the level's letter (V, D, I, W, E) and the
// module before a slash. (With MOZ_LOG's `raw` option the time and process are left out: not read here.)
import type { Level } from '../types';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

const MOZLOG =
  /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? UTC) - \[([A-Za-z]+) (\d+): ([^\]]*)\]: ([VDIWE])\/(\S+) /;
const LEVELS: Record<string, Level> = { V: 'trace', D: 'debug', I: 'info', W: 'warn', E: 'error' };

/** Whether a line is a MOZ_LOG line (see MOZLOG): its zone word checked before the expression. */
export function opensWithMozlog(line: string): boolean {
  return line.charCodeAt(4) === 45 && line.indexOf(' UTC - [') > 0 && MOZLOG.test(line);
}

/** A MOZ_LOG line: its time, level, module (the service), process and thread; null for another. */
export function parseMozlogLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = MOZLOG.exec(line);
  if (m === null) return null;
  return {
    timestamp: time.read(m[1] ?? ''),
    level: LEVELS[m[5] ?? ''] ?? null,
    service: m[6] ?? null,
    message: line.slice(m[0].length),
    attributes: { process: m[2] ?? '', pid: m[3] ?? '', thread: m[4] ?? '' },
    format: 'text',
  };
}
