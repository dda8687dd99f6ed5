// Apache Karaf's log (and ServiceMix's, Red Hat Fuse's, OpenDaylight's: Karaf's pax-logging default)
// writes its columns padded and bar-separated: `2026-03-04T00:55:29,559 | INFO  | qtp62009-64      |
// orders-rest                      | 183 - org.apache.camel.camel-base-engine - 4.10.1 | GET /cxf/orders
// -> HTTP 200 in 88 ms` — the time, the level, the thread, the logger (Karaf 2.x and 3.x add the
// class and line), the bundle that logged (its id, name and version), then the message.
import { normalizeLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

const KARAF =
  /^(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d[,.]\d{3}) \| ([A-Za-z]+) *\| (.*?) *\| ([^|]*?) *\| (?:[^|]*\| )?(\d+) - ([^\s|]+) - ([^\s|]+) *\| /;

/** Whether a line is a Karaf log line (see KARAF): its first bar checked before the expression. */
export function opensWithKaraf(line: string): boolean {
  return line.charCodeAt(24) === 124 || line.charCodeAt(23) === 124 ? KARAF.test(line) : false;
}

/** A Karaf log line: its time, level, logger (the service), thread and bundle; null for another. */
export function parseKarafLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = KARAF.exec(line);
  if (m === null) return null;
  return {
    timestamp: time.read(m[1] ?? ''),
    level: normalizeLevel(m[2] ?? ''),
    service: m[4] || null,
    message: line.slice(m[0].length),
    attributes: { thread: m[3] ?? '', bundle: m[6] ?? '', bundleId: m[5] ?? '', bundleVersion: m[7] ?? '' },
    format: 'text',
  };
}
