// Gin's (Go) default request logger: `[GIN] 2023/03/06 - 19:00:00 | 200 |   54.295852ms |
// 77.124.15.245 | GET      "/login"` — its time, the status, the latency as Go writes a
// time.Duration (`42.658µs`, `1.502s`, `1m2.5s`), the client, the method padded and the path (quoted
// since Gin 1.4, bare before). A file of them often holds the service's own lines beside, from Go's
// `log` package: those are read by the file's learned header.
import type { TimestampReader } from '../fields/timestamp-reader';
import { requestFields } from './parse-access-line';
import type { ParsedFields } from './parsed-fields';

const GIN =
  /^\[GIN\] (\d{4}\/\d\d\/\d\d) - (\d\d:\d\d:\d\d) \| +(\d{3}) \| +(\S+) \| +(\S*) \| +([A-Z]{3,12}) +"?([^"\s]*)"?\s*$/;

/** A Go time.Duration's text in seconds (`54.295852ms`, `1m2.5s`, `1h0m0s`), or null. */
const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+(?:\.\d+)?)(ns|µs|us|ms|s))?$/;
const PER_SECOND: Record<string, number> = { ns: 1e9, µs: 1e6, us: 1e6, ms: 1000, s: 1 };

function goDuration(text: string): number | null {
  const m = text === '' ? null : DURATION.exec(text);
  if (m === null) return null;
  const hours = Number(m[1] ?? 0);
  const minutes = Number(m[2] ?? 0);
  const rest = m[3] === undefined ? 0 : Number(m[3]) / (PER_SECOND[m[4] ?? 's'] ?? 1);
  return hours * 3600 + minutes * 60 + rest;
}

/** Whether a line is a request line of Gin's logger (see GIN). */
export function opensWithGin(line: string): boolean {
  return line.startsWith('[GIN] ') && GIN.test(line);
}

/** A Gin request line read as an access log's line (method and route the message), or null. */
export function parseGinLine(line: string, time: TimestampReader): ParsedFields | null {
  if (!line.startsWith('[GIN] ')) return null;
  const m = GIN.exec(line);
  if (m === null) return null;
  const status = Number(m[3]);
  const method = m[6] ?? '';
  const path = m[7] ?? '';
  const requestTime = goDuration(m[4] ?? '');
  return requestFields(time.read(`${m[1] ?? ''} ${m[2] ?? ''}`), method, path, status, {
    client: m[5] || null,
    method,
    path,
    status,
    ...(requestTime === null ? {} : { requestTime }),
  });
}
