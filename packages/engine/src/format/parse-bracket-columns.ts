import { levelAt } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

/**
 * Columns in brackets side by side, each padded inside its bracket: Elasticsearch's and Logstash's
 * "[2026-11-25T10:00:00,123][WARN ][o.e.c.r.a.DiskThresholdMonitor] [node-1] high disk watermark …"
 * (log4j2's `[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m`): the time, the level, the logger
 * (the service); the node's name in brackets after them is an attribute.
 */
const BRACKET_COLUMNS =
  /^\[(\d[^\]]{9,38})\]\[([A-Za-z]{3,8}) *\]\[([^\]\s]+) *\] ?(?:\[([^\]\s]{1,64})\] ?)?/;

/** Whether a line opens with bracketed time, level and logger columns (see BRACKET_COLUMNS). */
export function opensWithBracketColumns(line: string): boolean {
  return (
    line.charCodeAt(0) === 91 &&
    line.charCodeAt(1) >= 48 &&
    line.charCodeAt(1) <= 57 &&
    BRACKET_COLUMNS.test(line)
  );
}

/** A line of bracketed columns read by them; null for another line, or one whose time or level does not read. */
export function parseBracketColumnsLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = BRACKET_COLUMNS.exec(line);
  if (m === null) return null;
  const word = m[2] ?? '';
  const level = levelAt(word, 0, word.length);
  const timestamp = time.read(m[1] ?? '');
  if (level === null || timestamp === null) return null;
  return {
    timestamp,
    level,
    service: m[3] ?? null,
    message: line.slice(m[0].length),
    attributes: m[4] === undefined ? {} : { node: m[4] },
    format: 'text',
  };
}
