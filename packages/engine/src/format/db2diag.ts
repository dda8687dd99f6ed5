import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue, Level } from '../types';
import { textOnly, type ParsedFields } from './parsed-fields';

// IBM Db2's diagnostic log, db2diag.log, writes each record as a header line — its time with the
// offset in minutes, the record's id, its level — and lines of `KEY : value` columns after it, a
// blank line between records:
//
//   2026-11-07-01.36.43.895495+060 I6501E614         LEVEL: Error
//   PID     : 50895                TID : 140463367329260 PROC : db2sysc 0
//   INSTANCE: db2inst1             NODE : 000            DB   : ORDERS
//   EDUID   : 135                  EDUNAME: db2agent (ORDERS) 0
//   FUNCTION: DB2 UDB, common communication, sqlcctcpconnmgr_child, probe:125
//   MESSAGE : ZRC=0x8135001C=-2127233002=SQLZ_RC_CMERR "communication error"
//   DATA #1 : <preformatted>
//   A communication error occurred while receiving data from client 10.0.24.235.
//
// Each record is one event: its level (Info, Event, Warning, Error, Severe, Critical), the component
// of its FUNCTION (`common communication`) as the service, its MESSAGE as the message (or, without
// one, the function and its probe), the columns as attributes.

const HEADER =
  /^(\d{4})-(\d\d)-(\d\d)-(\d\d)\.(\d\d)\.(\d\d)\.(\d{6})([+-])(\d{3}) (\S+) +LEVEL: ([A-Za-z]+)/;

const LEVELS: Record<string, Level | undefined> = {
  Info: 'info',
  Event: 'info',
  Warning: 'warn',
  Error: 'error',
  Severe: 'error',
  Critical: 'fatal',
};

/** Whether a line opens a record (see HEADER): the date's dashes, and the dash before the hour. */
export function opensDb2Record(line: string): boolean {
  return (
    line.charCodeAt(4) === 45 && line.charCodeAt(10) === 45 && line.charCodeAt(13) === 46 && HEADER.test(line)
  );
}

/**
 * Evidence that sampled lines are db2diag.log records — three record headers or more, one line in
 * fifteen at least (a record is five to fifteen lines) — or null.
 */
export function db2diagEvidence(lines: readonly string[]): string | null {
  let records = 0;
  for (const line of lines) if (opensDb2Record(line)) records++;
  if (records < 3 || records * 15 < lines.length) return null;
  return `IBM Db2's db2diag.log: ${records} records open in ${lines.length} sampled lines; each is one event`;
}

/** Whether `line` continues the record before it: every line does but a record's header. */
export function continuesDb2Record(line: string): boolean {
  return !opensDb2Record(line);
}

/** `KEY : value` columns of a record's line: a key in capitals (with blanks and `#1`), a colon. */
const COLUMN = /([A-Z][A-Z0-9 #]*?) *: *(.*?)(?= {2,}[A-Z][A-Z0-9 #]*? *: |$)/g;

/** Columns kept as attributes, by their key in lower case (DATA and the message's lines are not). */
const KEPT = new Set([
  'PID',
  'TID',
  'PROC',
  'INSTANCE',
  'NODE',
  'DB',
  'APPHDL',
  'APPID',
  'AUTHID',
  'HOSTNAME',
  'EDUID',
  'EDUNAME',
  'FUNCTION',
]);

/** One record's fields (see the file comment); lines before the first record are an event of their own. */
export function parseDb2Record(text: string, time: TimestampReader): ParsedFields {
  const lines = text.split('\n');
  const m = HEADER.exec(lines[0] ?? '');
  if (m === null) return textOnly(text);
  const offset = Number(m[9]);
  const zone = `${m[8]}${String(Math.floor(offset / 60)).padStart(2, '0')}:${String(offset % 60).padStart(2, '0')}`;
  const timestamp = time.read(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}${zone}`);
  const attributes: Record<string, AttributeValue> = { record: m[10] ?? '' };
  let message: string | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('MESSAGE')) {
      // The message's own further lines, indented, follow it (a message of several lines).
      let text = line.slice(line.indexOf(':') + 1).trim();
      while (i + 1 < lines.length && /^ {2,}\S/.test(lines[i + 1] ?? ''))
        text += ` ${(lines[++i] ?? '').trim()}`;
      message = text;
      continue;
    }
    if (line.startsWith('DATA') || line.startsWith('CALLED') || line.startsWith('RETCODE')) break;
    for (const c of line.matchAll(COLUMN)) {
      const key = (c[1] ?? '').trim();
      const value = (c[2] ?? '').trim();
      if (!KEPT.has(key) || value === '') continue;
      attributes[key.toLowerCase()] = /^\d{1,15}$/.test(value) ? Number(value) : value;
    }
  }
  const fn = typeof attributes['function'] === 'string' ? attributes['function'].split(', ') : [];
  return {
    timestamp,
    level: LEVELS[m[11] ?? ''] ?? null,
    service: fn[1] ?? null,
    message: message ?? (fn.length > 2 ? fn.slice(2).join(', ') : (lines[0] ?? '')),
    attributes,
    format: 'text',
  };
}
