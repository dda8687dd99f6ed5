import { levelAt } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue } from '../types';
import type { ParsedFields } from './parsed-fields';

/**
 * nginx's error log: "2026/11/25 10:00:00 [error] 1234#1234: *456 connect() failed (111: Connection
 * refused) while connecting to upstream, client: 10.0.0.1, server: shop.example.com, request: "GET
 * /api HTTP/1.1", upstream: "http://127.0.0.1:8080/api", host: "shop.example.com", referrer: "…"".
 * The message is what went wrong; the request's context nginx appends (client, server, request,
 * upstream, host, referrer) and the process and connection numbers are attributes. Left in the
 * message, a request with a referrer and one without made two patterns of one error, and so did each
 * request method.
 */
const NGINX_ERROR =
  /^(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d) \[(debug|info|notice|warn|error|crit|alert|emerg)\] (\d+)#\d+: (?:\*(\d+) )?/;

/** Where nginx's request context starts: its first key, always the client. */
const CONTEXT = ', client: ';

/** One "key: value" of the context: a quoted value (quotes inside escaped), or up to the next comma. */
const CONTEXT_PAIR =
  /, (client|server|request|subrequest|upstream|host|referrer): ("(?:[^"\\]|\\.)*"|[^,]*)/y;

/** Whether a line opens as nginx's error log's do: "2026/11/25 10:00:00 [error] 1234#1234: ". */
export function opensWithNginxError(line: string): boolean {
  return line.charCodeAt(4) === 47 && line.charCodeAt(20) === 91 && NGINX_ERROR.test(line);
}

/** A line of nginx's error log read by its parts; null for another line, or one whose time does not read. */
export function parseNginxErrorLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = NGINX_ERROR.exec(line);
  if (m === null) return null;
  const word = m[2] ?? '';
  const level = levelAt(word, 0, word.length);
  const timestamp = time.read(m[1] ?? '');
  if (level === null || timestamp === null) return null;
  const attributes: Record<string, AttributeValue> = { pid: m[3] ?? '' };
  if (m[4] !== undefined) attributes['connection'] = m[4];
  let message = line.slice(m[0].length);
  const context = message.indexOf(CONTEXT);
  if (context >= 0) {
    const pairs: Record<string, AttributeValue> = {};
    CONTEXT_PAIR.lastIndex = context;
    let end = context;
    let pair: RegExpExecArray | null;
    while ((pair = CONTEXT_PAIR.exec(message)) !== null) {
      const value = pair[2] ?? '';
      pairs[pair[1] ?? ''] = value.startsWith('"') ? value.slice(1, -1) : value;
      end = CONTEXT_PAIR.lastIndex;
    }
    // Only a context read to the line's end is taken out of the message.
    if (end === message.length) {
      message = message.slice(0, context);
      Object.assign(attributes, pairs);
    }
  }
  return { timestamp, level, service: null, message, attributes, format: 'text' };
}
