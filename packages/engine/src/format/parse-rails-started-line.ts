// Rails' request log without tags or times of its own (the default production.log): each request's
// first line says when it started, `Started GET "/latest.json" for 10.3.171.228 at 2020-11-16
// 18:15:01 +1100`; its `Processing by …` and `Completed 500 Internal Server Error in 12ms` lines say
// nothing of time, and take that line's. The time is left out of the message (one pattern a route).
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

const STARTED =
  /^Started ([A-Z]+) "([^"]*)" for (\S+) at (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?: [+-]\d{4}| UTC)?)\s*$/;

/** Whether a line is a Rails request's "Started …" line with its time (see STARTED). */
export function opensWithRailsStarted(line: string): boolean {
  return line.charCodeAt(0) === 83 && line.startsWith('Started ') && STARTED.test(line);
}

/** A Rails request's "Started" line: its time, method, path and client; null for another line. */
export function parseRailsStartedLine(line: string, time: TimestampReader): ParsedFields | null {
  if (line.charCodeAt(0) !== 83) return null;
  const m = STARTED.exec(line);
  if (m === null) return null;
  return {
    timestamp: time.read(m[4] ?? ''),
    level: 'info',
    service: null,
    message: `Started ${m[1] ?? ''} "${m[2] ?? ''}" for ${m[3] ?? ''}`,
    attributes: { method: m[1] ?? '', path: m[2] ?? '', client: m[3] ?? '' },
    format: 'text',
  };
}
