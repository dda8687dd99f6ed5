import { levelAt } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue } from '../types';
import type { ParsedFields } from './parsed-fields';

/**
 * Apache httpd 2.4's error log, its default `ErrorLogFormat` "[%{u}t] [%-m:%l] [pid %P:tid %T] %7F: %E:
 * [client %a] %M% , referer %{Referer}i": "[Tue Aug 02 12:37:02.204003 2022] [proxy_fcgi:error] [pid
 * 2666:tid 1397] [client 154.114.20.166:48811] AH01071: Got error 'PHP message: …', referer:
 * https://shop.example/cart". The module is the service, the client, the process and the referer are
 * attributes: left in the message, a request's referer made two patterns of one error (with and
 * without one), and read as threads the client and the process were lost. Apache 2.2's lines
 * ("[Sun Dec 04 04:47:44 2005] [error] [client 1.2.3.4] …", no module) are left to the learned header.
 */
const APACHE_ERROR =
  /^\[((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d{1,9})? \d{4})\] \[([A-Za-z][\w.-]*):([a-z]+\d?)\] (?:\[pid (\d+)(?::tid (\d+))?\] )?/;

/** The client (and its port) in brackets, after the source file and the OS error the format puts first. */
const CLIENT = /\[client ([^\]\s]+)\] /;
const REFERER = ', referer: ';

/** Whether a line opens as Apache 2.4's error log's do: "[Tue Aug 02 12:37:02.204003 2022] [core:error] ". */
export function opensWithApacheError(line: string): boolean {
  return line.charCodeAt(0) === 91 && line.charCodeAt(4) === 32 && APACHE_ERROR.test(line);
}

/**
 * A line of Apache 2.4's error log read by its columns; null for another line, or one whose time or
 * level does not read.
 */
export function parseApacheErrorLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = APACHE_ERROR.exec(line);
  if (m === null) return null;
  const word = m[3] ?? '';
  // trace1 … trace8 are levels below debug.
  const level = word.startsWith('trace') ? 'trace' : levelAt(word, 0, word.length);
  const timestamp = time.read(m[1] ?? '');
  if (level === null || timestamp === null) return null;
  const attributes: Record<string, AttributeValue> = {};
  if (m[4] !== undefined) attributes['pid'] = m[4];
  let message = line.slice(m[0].length);
  // The client stands after the source file and the OS error ("(111)Connection refused: [client …]"),
  // looked for in the message's first 200 characters only.
  const client = message.indexOf('[client ');
  if (client >= 0 && client < 200) {
    const c = CLIENT.exec(message.slice(client, client + 80));
    if (c !== null) {
      attributes['client'] = c[1] ?? '';
      message = message.slice(0, client) + message.slice(client + c[0].length);
    }
  }
  const referer = message.lastIndexOf(REFERER);
  if (referer > 0 && message.indexOf(' ', referer + REFERER.length) < 0) {
    attributes['referer'] = message.slice(referer + REFERER.length);
    message = message.slice(0, referer);
  }
  return { timestamp, level, service: m[2] ?? null, message, attributes, format: 'text' };
}
