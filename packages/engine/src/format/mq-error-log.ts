import type { Level } from '../types';
import type { TimestampReader } from '../fields/timestamp-reader';
import { textOnly, type ParsedFields } from './parsed-fields';

// IBM MQ's error logs (AMQERR01.LOG of a queue manager or of the installation) write each entry over
// a dozen lines: a header with the local time, the process and the program, the host and queue
// manager, from 9.1 on the time in UTC, then the message — its code, its severity the code's last
// letter (I, W, E, S) —, its EXPLANATION and ACTION, and a line naming the source file that ends it:
//
//   05/25/2025 01:06:33 PM - Process(56714.15) User(mqm) Program(amqrmppa)
//                       Host(mqhost01) Installation(Installation1)
//                       VRMF(9.4.0.7) QMgr(GWQM01)
//                       Time(2025-05-25T17:06:33.184Z)
//
//   AMQ9209E: Connection to host 'app05 (10.25.191.194)' for channel
//   'MQEXPLORER.SVRCONN' closed.
//
//   EXPLANATION:
//   …
//   ----- amqccita.c : 4311 -------------------------------------------------------
//
// Each entry is one event: its message the code's paragraph on one line, its time the UTC one where
// written (the header's is local, without a zone).

const HEADER =
  /^(\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d(?: [AP]M)?) - Process\((\d+)\.\d+\) User\(([^)]*)\) Program\(([^)]*)\)/;
const UTC_TIME = /^\s+Time\((\d{4}-\d\d-\d\dT[\d:.]+Z)\)/;
const QUEUE_MANAGER = /\bQMgr\(([^)]*)\)/;
const MESSAGE = /^(AMQ\d{4}([IWES])): /;
const LEVELS: Record<string, Level> = { I: 'info', W: 'warn', E: 'error', S: 'error' };

/** Whether a line opens an entry (see HEADER): its first characters checked before the expression. */
function opensEntry(line: string): boolean {
  return line.charCodeAt(2) === 47 && line.charCodeAt(5) === 47 && HEADER.test(line);
}

/** Evidence that sampled lines are an IBM MQ error log — two entries or more, with their messages — or null. */
export function mqErrorLogEvidence(lines: readonly string[]): string | null {
  let entries = 0;
  let messages = 0;
  for (const line of lines) {
    if (opensEntry(line)) entries++;
    else if (MESSAGE.test(line)) messages++;
  }
  if (entries < 2 || messages < entries / 2 || entries * 40 < lines.length) return null;
  return `IBM MQ's error log: ${entries} entries open in ${lines.length} sampled lines (the time, Process(…) User(…) Program(…), then an AMQ message); each is one event`;
}

/** Whether `line` continues the entry before it: every line does but an entry's header. */
export function continuesMqEntry(line: string): boolean {
  return !opensEntry(line);
}

/** One entry's fields (see the file comment); lines before the first entry are an event of their own. */
export function parseMqEntry(text: string, time: TimestampReader): ParsedFields {
  const lines = text.split('\n');
  const m = HEADER.exec(lines[0] ?? '');
  if (m === null) return textOnly(text);
  let utc: string | null = null;
  let queueManager: string | null = null;
  let at = 1;
  // The header's own lines, up to the first blank one.
  for (; at < lines.length && (lines[at] ?? '').trim() !== ''; at++) {
    const line = lines[at] ?? '';
    utc ??= UTC_TIME.exec(line)?.[1] ?? null;
    queueManager ??= QUEUE_MANAGER.exec(line)?.[1] ?? null;
  }
  while (at < lines.length && (lines[at] ?? '').trim() === '') at++;
  // The message: its paragraph, up to a blank line or EXPLANATION.
  const parts: string[] = [];
  for (; at < lines.length; at++) {
    const line = (lines[at] ?? '').trim();
    if (line === '' || line === 'EXPLANATION:' || line.startsWith('-----')) break;
    parts.push(line);
  }
  const message = parts.join(' ');
  const code = MESSAGE.exec(message);
  const attributes: ParsedFields['attributes'] = { pid: m[2] ?? '', user: m[3] ?? '', program: m[4] ?? '' };
  if (queueManager !== null) attributes.qmgr = queueManager;
  if (code !== null) attributes.code = code[1] ?? '';
  return {
    timestamp: (utc === null ? null : time.read(utc)) ?? time.read(m[1] ?? ''),
    level: code === null ? null : (LEVELS[code[2] ?? ''] ?? null),
    service: m[4] ?? null,
    message,
    attributes,
    format: 'text',
  };
}
