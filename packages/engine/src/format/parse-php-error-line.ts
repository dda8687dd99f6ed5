import type { TimestampReader } from '../fields/timestamp-reader';
import type { Level } from '../types';
import type { ParsedFields } from './parsed-fields';

/**
 * PHP's own error log (`error_log`, WordPress's debug.log): "[25-Nov-2026 10:00:00 UTC] PHP Fatal
 * error:  Uncaught Error: …", the time in brackets, then PHP's label for the error and two spaces.
 */
const PHP_ERROR = /^\[([^\]]{8,40})\] PHP ([A-Z][a-z]+(?: [A-Za-z]+){0,2}):  ?/;

/** PHP's labels and the levels they stand for: a fatal or parse error ends the script. */
const LABELS = new Map<string, Level>([
  ['Fatal error', 'fatal'],
  ['Parse error', 'fatal'],
  ['Core error', 'fatal'],
  ['Compile error', 'fatal'],
  ['Recoverable fatal error', 'error'],
  ['Catchable fatal error', 'error'],
  ['User error', 'error'],
  ['Warning', 'warn'],
  ['Core warning', 'warn'],
  ['Compile warning', 'warn'],
  ['User warning', 'warn'],
  ['Notice', 'info'],
  ['User notice', 'info'],
  ['Deprecated', 'info'],
  ['User deprecated', 'info'],
  ['Strict Standards', 'info'],
]);

/** Whether a line is one of PHP's error log (see PHP_ERROR) with a label it knows. */
export function isPhpErrorLine(line: string): boolean {
  const m = PHP_ERROR.exec(line);
  return m !== null && LABELS.has(m[2] ?? '');
}

/**
 * A line of PHP's error log: its time, the level of PHP's label, the text after the label as the
 * message (the label read as a header column left "error:  Uncaught …" of a fatal error); null for
 * any other line.
 */
export function parsePhpErrorLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = PHP_ERROR.exec(line);
  const level = m === null ? undefined : LABELS.get(m[2] ?? '');
  if (m === null || level === undefined) return null;
  return {
    timestamp: time.read(m[1] ?? ''),
    level,
    service: null,
    message: line.slice(m[0].length),
    attributes: {},
    format: 'text',
  };
}
