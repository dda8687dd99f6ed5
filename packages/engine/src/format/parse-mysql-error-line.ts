import { levelAt } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

/**
 * MySQL 8's error log: "2026-11-25T10:00:00.123456Z 8 [ERROR] [MY-012592] [InnoDB] Operating system
 * error number 28 in a file operation." — the time, the thread (connection) id, the level (System,
 * ERROR, Warning, Note), the error code and the subsystem. The subsystem (Server, InnoDB, Repl…) is
 * the service; the thread and the code are attributes (read as a learned header's threads, the
 * subsystem and the code were lost). MySQL 5.7's lines, without code and subsystem, are left to the
 * learned header.
 */
const MYSQL_ERROR =
  /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?) (\d+) \[([A-Za-z]+)\] \[(MY-\d{6})\] \[([A-Za-z][\w.-]*)\] /;

/** Whether a line opens as MySQL 8's error log's do: "<time> <thread> [Level] [MY-012592] [InnoDB] ". */
export function opensWithMysqlError(line: string): boolean {
  return line.charCodeAt(10) === 84 && line.indexOf('] [MY-', 20) > 0 && MYSQL_ERROR.test(line);
}

/** A line of MySQL 8's error log read by its columns; null for another line, or one whose time does not read. */
export function parseMysqlErrorLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = MYSQL_ERROR.exec(line);
  if (m === null) return null;
  const word = m[3] ?? '';
  // "System" marks the server's own state changes (starting, ready, shutting down): information.
  const level = word === 'System' || word === 'Note' ? 'info' : levelAt(word, 0, word.length);
  const timestamp = time.read(m[1] ?? '');
  if (level === null || timestamp === null) return null;
  return {
    timestamp,
    level,
    service: m[5] ?? null,
    message: line.slice(m[0].length),
    attributes: { thread: m[2] ?? '', code: m[4] ?? '' },
    format: 'text',
  };
}
