// A message of `key="value"` pairs joined by commas: F5 BIG-IP ASM's remote request log (and AFM's,
// APM's) as syslog carries it — `ASM:unit_hostname="bigip1",…,response_code="503",ip_client="…",
// method="GET",…,uri="/checkout",…,request="GET /checkout HTTP/1.1\r\nHost: …"`. Read as a record,
// it is a request like a JSON access log's: its method and route the message, its `response_code`
// the status the analyser counts, its `severity` the level.
import type { TimestampReader } from '../fields/timestamp-reader';
import { parseJsonRecord } from './parse-json-line';
import type { ParsedFields } from './parsed-fields';

/** Fewest pairs a message holds to be read so (`a="1",b="2"` may be anything). */
const MIN_PAIRS = 4;
/** Longest key looked at. */
const MAX_KEY = 64;

const isKeyChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;

/** The index of `="` after a key that starts at `from`, or -1. */
function keyEnd(s: string, from: number): number {
  const last = Math.min(s.length - 1, from + MAX_KEY);
  for (let i = from; i < last; i++) {
    const c = s.charCodeAt(i);
    if (c === 61) return i > from && s.charCodeAt(i + 1) === 34 ? i : -1;
    if (!isKeyChar(c)) return -1;
  }
  return -1;
}

/** Whether a message opens with `key="` (checked before anything else is read). */
export function opensQuotedPairs(message: string): boolean {
  return keyEnd(message, 0) > 0;
}

/**
 * The pairs of a message that is nothing but `key="value"` pairs joined by commas, in order; null
 * for any other. A value ends at the quote a comma and the next key's `="` follow (or the text's
 * end): a quote inside a value (`request="… \"x\" …"`) does not end it.
 */
export function readQuotedPairs(message: string): Record<string, string> | null {
  const pairs: Record<string, string> = {};
  const n = message.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const eq = keyEnd(message, i);
    if (eq < 0) return null;
    let close = message.indexOf('"', eq + 2);
    while (
      close >= 0 &&
      close !== n - 1 &&
      !(message.charCodeAt(close + 1) === 44 && keyEnd(message, close + 2) > 0)
    )
      close = message.indexOf('"', close + 1);
    if (close < 0) return null;
    pairs[message.slice(i, eq)] = message.slice(eq + 2, close);
    count++;
    i = close + 2;
  }
  return count >= MIN_PAIRS ? pairs : null;
}

/**
 * The fields of a message of quoted pairs (see readQuotedPairs), or null. A request ASM blocked or
 * alerted on is told by what it violated ("blocked: Attack signature detected"), not by its route.
 */
export function parseQuotedPairs(message: string, time: TimestampReader): ParsedFields | null {
  const pairs = readQuotedPairs(message);
  if (pairs === null) return null;
  const fields = parseJsonRecord(pairs, time);
  const status = pairs['request_status'];
  const violations = pairs['violations'];
  if ((status === 'blocked' || status === 'alerted') && violations !== undefined && violations !== '')
    fields.message = `${status}: ${violations}`;
  return fields;
}
