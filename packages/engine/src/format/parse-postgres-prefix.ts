import { normalizeLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue } from '../types';
import type { ParsedFields } from './parsed-fields';

/**
 * PostgreSQL on Amazon RDS and Aurora: its `log_line_prefix` is `%t:%r:%u@%d:[%p]:`, the fields
 * joined by colons with no blank between them, "2026-11-25 10:00:05 UTC:10.0.0.5(51234):app@orders:
 * [2345]:ERROR:  relation … does not exist" — the time, the client's address and port, the user, the
 * database, the process id, then the severity and two blanks (a background process leaves the client,
 * user and database empty: "UTC::@:[1234]:LOG:").
 */
const RDS_POSTGRES =
  /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?(?: ?[A-Z]{2,5}|[+-]\d\d(?::?\d\d)?)?):([^:\s]*):([^@:\s]*)@([^:\s]*):\[(\d+)\]:([A-Z]+[1-5]?):  ?/;

/** The severities that continue the entry before them (its DETAIL, HINT, STATEMENT…). */
const CONTINUATIONS = new Set(['DETAIL', 'HINT', 'STATEMENT', 'CONTEXT', 'QUERY', 'LOCATION']);

/** Whether a line opens with RDS's PostgreSQL prefix (see RDS_POSTGRES). */
export function opensWithRdsPostgresPrefix(line: string): boolean {
  return mayOpenWithRdsPrefix(line) && RDS_POSTGRES.test(line);
}

/**
 * A digit first and the colon that ends the time and its zone a few characters after the seconds, no
 * blank after it: what most lines lack, looked for before the expression runs.
 */
function mayOpenWithRdsPrefix(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  const colon = line.indexOf(':', 19);
  return colon > 0 && colon <= 28 && line.charCodeAt(colon + 1) !== 32;
}

/** Whether a line of RDS's PostgreSQL log continues the entry before it (its severity is DETAIL, HINT…). */
export function isRdsPostgresContinuation(line: string): boolean {
  const m = mayOpenWithRdsPrefix(line) ? RDS_POSTGRES.exec(line) : null;
  return m !== null && CONTINUATIONS.has(m[6] ?? '');
}

/**
 * A line of RDS's PostgreSQL log: its time, the severity's level (FATAL ends one session: an error;
 * PANIC the server: fatal), the client, user, database and process as attributes; null for another line.
 */
export function parseRdsPostgresLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = mayOpenWithRdsPrefix(line) ? RDS_POSTGRES.exec(line) : null;
  if (m === null) return null;
  const severity = m[6] ?? '';
  const attributes: Record<string, AttributeValue> = { pid: Number(m[5]) };
  if (m[2]) attributes.client = m[2];
  if (m[3]) attributes.user = m[3];
  if (m[4]) attributes.database = m[4];
  return {
    timestamp: time.read(m[1] ?? ''),
    level:
      severity === 'FATAL'
        ? 'error'
        : severity === 'PANIC'
          ? 'fatal'
          : CONTINUATIONS.has(severity)
            ? null
            : normalizeLevel(severity.startsWith('DEBUG') ? 'DEBUG' : severity),
    service: null,
    message: line.slice(m[0].length),
    attributes,
    format: 'text',
  };
}
