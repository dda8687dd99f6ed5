// Unbound's own log (`logfile:` set, not syslog): the epoch in brackets, the program with its pid and
// thread, the level word, the message:
//
//   [1773599400] unbound[517:0] info: start of service (unbound 1.17.1).
//   [1773599400] unbound[517:1] reply: 10.20.68.9 www.example.com. PTR IN NOERROR 0.068667 0 202
//   [1773599401] unbound[517:0] query: 10.20.68.9 www.example.com. A IN
//
// With `log-replies: yes` every answer is a line: the client, the name, its type and class, the
// answer's code, the time taken to resolve it in seconds, whether it came from the cache, its size. A
// reply's message is its type, class and code ("reply PTR IN NOERROR", "… from cache" for one the cache
// answered); the client and name are attributes, the time `elapsed_s` (a duration the latency
// detector reads).
import { normalizeLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

const UNBOUND = /^\[(\d{10})\] ([\w.-]+)\[(\d+):(\d+)\] (\w+): /;
const REPLY = /^(\S+) (\S+) (\S+) (\S+) (\S+) (\d+(?:\.\d+)?) ([01]) (\d+)$/;
const QUERY = /^(\S+) (\S+) (\S+) (\S+)$/;

/** Whether a line is one of Unbound's own log (see UNBOUND). */
export function opensWithUnbound(line: string): boolean {
  return line.charCodeAt(0) === 91 && line.charCodeAt(11) === 93 && UNBOUND.test(line);
}

/** An Unbound log line's fields; null for another line. */
export function parseUnboundLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = UNBOUND.exec(line);
  if (m === null) return null;
  const word = m[5] ?? '';
  const fields: ParsedFields = {
    timestamp: time.read(m[1] ?? ''),
    level: normalizeLevel(word) ?? 'info',
    service: m[2] ?? null,
    message: line.slice(m[0].length - word.length - 2),
    attributes: { pid: m[3] ?? '', thread: m[4] ?? '' },
    format: 'text',
  };
  readUnboundMessage(fields);
  return fields;
}

/**
 * Unbound's reply or query line, by its fields (see the file comment): its message and attributes,
 * also where syslog carries it ("Jun 15 04:30:00 unbound[8690:0] reply: …"). Other lines stay.
 */
export function readUnboundMessage(fields: ParsedFields): void {
  const message = fields.message;
  const c = message.charCodeAt(0);
  const reply = c === 114 && message.startsWith('reply: ') ? REPLY.exec(message.slice(7)) : null;
  if (reply !== null) {
    // An answer from the cache takes microseconds: a pattern of its own, or its times would hide
    // the resolver's own slowing down.
    fields.message = `reply ${reply[3]} ${reply[4]} ${reply[5]}${reply[7] === '1' ? ' from cache' : ''}`;
    Object.assign(fields.attributes, {
      client: reply[1] ?? '',
      name: reply[2] ?? '',
      elapsed_s: Number(reply[6]),
      cached: reply[7] === '1',
      size: Number(reply[8]),
    });
    return;
  }
  const query = c === 113 && message.startsWith('query: ') ? QUERY.exec(message.slice(7)) : null;
  if (query !== null) {
    fields.message = `query ${query[3]} ${query[4]}`;
    Object.assign(fields.attributes, { client: query[1] ?? '', name: query[2] ?? '' });
  }
}
