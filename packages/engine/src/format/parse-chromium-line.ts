// Chromium's logging (chrome_debug.log, Electron's and CEF's --enable-logging, WebRTC's native code)
// writes `[13039:3564:0825/191400.398765:ERROR:command_buffer_proxy_impl.cc(127)] message`: the
// process and thread ids (each may be left out), the month and day, the time with its fraction, the
// level (INFO, WARNING, ERROR, FATAL, VERBOSE1…), and the source file and line. No year, no zone.
import type { Level } from '../types';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

const CHROMIUM =
  /^\[(?:(\d+):)?(?:(\d+):)?(\d\d)(\d\d)\/(\d\d)(\d\d)(\d\d)(\.\d+)?:([A-Z]+\d?):([^\]()]+)\((\d+)\)\] ?/;
const LEVELS: Record<string, Level> = { INFO: 'info', WARNING: 'warn', ERROR: 'error', FATAL: 'fatal' };

/** Whether a line is a Chromium log line (see CHROMIUM): its opening checked before the expression. */
export function opensWithChromium(line: string): boolean {
  const c = line.charCodeAt(1);
  return line.charCodeAt(0) === 91 && c >= 48 && c <= 57 && CHROMIUM.test(line);
}

/** A Chromium log line: its time, level, source file (the service), process and thread; null for another. */
export function parseChromiumLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = CHROMIUM.exec(line);
  if (m === null) return null;
  const word = m[9] ?? '';
  const attributes: ParsedFields['attributes'] = { source: `${m[10] ?? ''}(${m[11] ?? ''})` };
  if (m[1] !== undefined) attributes.pid = m[1];
  if (m[2] !== undefined) attributes.tid = m[2];
  return {
    timestamp: time.read(`${m[3]}-${m[4]} ${m[5]}:${m[6]}:${m[7]}${m[8] ?? ''}`),
    level: LEVELS[word] ?? (word.startsWith('VERBOSE') ? 'debug' : null),
    service: m[10] ?? null,
    message: line.slice(m[0].length),
    attributes,
    format: 'text',
  };
}
