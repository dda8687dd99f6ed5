import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue, Level } from '../types';
import { textOnly, type ParsedFields } from './parsed-fields';

// Samba's own log files (log.smbd, log.nmbd, log.winbindd; `logging = file`) write each message as a
// header line — its time, its debug level and, with `debug pid`/`debug uid`, more — the source
// location and function that logged it, then the message on the lines after it, indented:
//
//   [2020/02/13 01:27:26.351352,  0] ../../lib/util/fault.c:184(smb_panic_log)
//     PANIC (pid 5011): Signal 11: Segmentation fault in 4.11.6-Ubuntu
//   [2023/06/01 10:00:00.123456,  2, pid=4242, effective(0, 0), real(0, 0)] ../../source3/smbd/service.c:1114(make_connection_snum)
//     alice (ipv4:10.0.0.5:50512) connect to service projects initially as user alice (uid=1000, gid=1000) (pid 4242)
//
// Each entry is one event: the message its indented lines (the first one, a backtrace's frames kept
// in the raw text), the function its service, the debug level its level (0 errors, 1 warnings, 2–3
// notices and information, higher debugging).

const HEADER = /^\[(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d+)?), *(\d+)(?:,[^\]]*)?\] (\S+?)(?:\((\w+)\))?$/;

/** Whether a line opens an entry (see HEADER). */
export function opensSambaEntry(line: string): boolean {
  return line.charCodeAt(0) === 91 && line.charCodeAt(5) === 47 && HEADER.test(line);
}

/**
 * Evidence that sampled lines are Samba's log — three entry headers or more, one line in three at
 * least (an entry is two lines, a backtrace's more) — or null.
 */
export function sambaEvidence(lines: readonly string[]): string | null {
  let entries = 0;
  for (const line of lines) if (opensSambaEntry(line)) entries++;
  if (entries < 3 || entries * 3 < lines.length) return null;
  return `Samba's log: ${entries} entries open in ${lines.length} sampled lines ([time, level] source(function), the message indented below); each is one event`;
}

/** Whether `line` continues the entry before it: every line does but an entry's header. */
export function continuesSambaEntry(line: string): boolean {
  return !opensSambaEntry(line);
}

function levelOf(debug: number): Level {
  return debug === 0 ? 'error' : debug === 1 ? 'warn' : debug <= 3 ? 'info' : 'debug';
}

/** One entry's fields (see the file comment); lines before the first entry are an event of their own. */
export function parseSambaEntry(text: string, time: TimestampReader): ParsedFields {
  const newline = text.indexOf('\n');
  const m = HEADER.exec(newline < 0 ? text : text.slice(0, newline));
  if (m === null) return textOnly(text);
  let message = '';
  for (let at = newline; at >= 0 && message === '';) {
    const next = text.indexOf('\n', at + 1);
    message = text.slice(at + 1, next < 0 ? text.length : next).trim();
    at = next;
  }
  const debug = Number(m[2]);
  const attributes: Record<string, AttributeValue> = { source: m[3] ?? '', debugLevel: debug };
  return {
    timestamp: time.read(m[1] ?? ''),
    level: levelOf(debug),
    service: m[4] ?? null,
    message: message === '' ? (m[4] ?? m[3] ?? '') : message,
    attributes,
    format: 'text',
  };
}
