// CSV (and TSV) with a header row: what log tools export — CloudWatch Logs Insights
// (`@timestamp,@logStream,@message`), Datadog, Splunk, Kibana's Discover, Windows' event exports. Each
// row is a record of the header's columns, read as a JSON object is: its time, level, message and
// service from the usual names (or an export's own, see CSV_ROLES), the other columns as attributes.
// Also CSV without a header row: PostgreSQL's csvlog, and rows whose columns tell what they hold.
import { levelFromMessage, normalizeLevel } from '../fields/normalize-level';
import { parseTimestamp } from '../fields/parse-timestamp';
import type { TimestampReader } from '../fields/timestamp-reader';
import { parseJsonRecord, roleOfKey } from './parse-json-line';
import type { ParsedFields } from './parsed-fields';

export interface CsvLayout {
  /** Column names as the header row gives them. */
  columns: string[];
  /**
   * The key each column's value is recorded under, where it is not its name: the field a column
   * plays under another name than a JSON record's (Splunk's `_time` and `_raw`, Windows' `Date and
   * Time`), see recordKeys.
   */
  keys?: string[];
  /**
   * A `Date` column beside the `Time` one read as the time (its index, `timeColumn`): their texts are
   * read together (`081109 203615`).
   */
  dateColumn?: number;
  timeColumn?: number;
  /** A space: a table of columns one space apart (VPC flow logs), `-` an empty value. */
  delimiter: ',' | '\t' | ';' | ' ';
  /**
   * The header row as written (a repeated header, from files joined together, is no record); null for
   * a file without one (see headerlessCsvLayout).
   */
  header: string | null;
  /** PostgreSQL's csvlog: its severities read as its text log's are (see parseCsvLine). */
  postgres?: boolean;
  /**
   * A table of columns padded to fixed widths (`kubectl get events`): where each column starts in
   * the header row; a row is cut there, not at its delimiter (see fixedTableLayout).
   */
  starts?: number[];
  /** Zeek's logs: `-` (unset) and `(empty)` are no value, and lines of `#` directives are no rows. */
  zeek?: boolean;
  /** Columns a `#Fields:` directive names (Exchange's logs): lines of `#` directives are no rows. */
  directives?: boolean;
  /**
   * Without a message column: the columns whose values make the message, what happened and its
   * detail (Exchange's `event-id` and `recipient-status`: "FAIL 554 5.4.14 Hop count exceeded").
   */
  summary?: [number, number];
}

/** A column name: a word, or a few joined by dots, dashes, spaces or `@` (`@timestamp`, `log.level`). */
const NAME = /^[@_A-Za-z][\w@.\-() ]{0,63}$/;

/**
 * The fields of one CSV row: separated by `delimiter`, each plain or double-quoted (`""` a quote
 * inside, line breaks too when the row's lines were joined). Null when a quote is left open.
 */
export function splitCsvRow(line: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  const d = delimiter.charCodeAt(0);
  let i = 0;
  const n = line.length;
  for (;;) {
    if (line.charCodeAt(i) === 34) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = line.indexOf('"', from);
        if (q < 0) return null;
        value += line.slice(from, q);
        if (line.charCodeAt(q + 1) === 34) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(value);
      if (i >= n) return fields;
      if (line.charCodeAt(i) !== d) return null;
      i++;
      continue;
    }
    const next = line.indexOf(delimiter, i);
    if (next < 0) {
      fields.push(line.slice(i));
      return fields;
    }
    fields.push(line.slice(i, next));
    i = next + 1;
    if (i === n && line.charCodeAt(n - 1) === d) {
      fields.push('');
      return fields;
    }
  }
}

/** After the quote that opens a quoted field at `from`: the index after its closing quote, or -1 (still open). */
function quotedEnd(line: string, from: number): number {
  let i = from;
  for (;;) {
    const q = line.indexOf('"', i);
    if (q < 0) return -1;
    if (line.charCodeAt(q + 1) !== 34) return q + 1;
    i = q + 2;
  }
}

/**
 * Whether a CSV row is left inside a quoted field at the end of `line` (its field goes on over the
 * next line: a stack trace in `@message`). `inQuote`: the line starts inside one, the previous line
 * having left it open. A quote inside a field that does not open with one (`said "hi`) opens nothing.
 */
export function csvRowOpen(line: string, delimiter: string, inQuote: boolean): boolean {
  let i = 0;
  if (inQuote) {
    i = quotedEnd(line, 0);
    if (i < 0) return true;
    const next = line.indexOf(delimiter, i);
    if (next < 0) return false;
    i = next + 1;
  }
  for (;;) {
    if (line.charCodeAt(i) === 34) {
      i = quotedEnd(line, i + 1);
      if (i < 0) return true;
    }
    const next = line.indexOf(delimiter, i);
    if (next < 0) return false;
    i = next + 1;
  }
}

/** Lines joined into rows: a row whose quoted field is left open takes the next lines (at most `max` in all). */
function csvRows(lines: readonly string[], delimiter: string, max = 200): string[] {
  const rows: string[] = [];
  let open: string | null = null;
  let taken = 0;
  for (const line of lines) {
    if (open === null) {
      if (csvRowOpen(line, delimiter, false)) {
        open = line;
        taken = 1;
      } else rows.push(line);
      continue;
    }
    open += `\n${line}`;
    if (!csvRowOpen(line, delimiter, true) || ++taken >= max) {
      rows.push(open);
      open = null;
    }
  }
  // A row still open is left out: the sample may end inside it.
  return rows;
}

/**
 * The layout of a CSV export from its sampled lines: a first line (after PowerShell's `#TYPE` line)
 * of two or more distinct column names, one of them a time's (`time`, `timestamp`, `@timestamp`,
 * `date`, `_time`, `TimeCreated`…), and nine in ten of the other lines with as many fields (or one more:
 * Event Viewer's unnamed message). Null otherwise.
 */
export function csvLayout(sample: readonly string[]): { layout: CsvLayout; evidence: string } | null {
  // PowerShell 5's Export-Csv writes the objects' type first: `#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord`.
  const first = sample[0]?.startsWith('#TYPE ') ? 1 : 0;
  return (
    csvLayoutAt(sample, first) ??
    // A preamble before the header row: Windows' DHCP server audit log explains its event ids in some
    // thirty lines of prose, then writes `ID,Date,Time,Description,IP Address,…`.
    csvLayoutAt(sample, preambleEnd(sample))
  );
}

/** Where a header row with a time column opens after a preamble (within the sample's first 64 lines), or -1. */
function preambleEnd(sample: readonly string[]): number {
  for (let k = 1; k < Math.min(sample.length - 2, 64); k++) {
    const line = sample[k] ?? '';
    if (line.indexOf(',') > 0 && line.split(',').some((c) => TIME_COLUMN.test(c.trim()))) return k;
  }
  return -1;
}

/** The layout of a CSV export whose header row is `sample[first]` (see csvLayout), or null. */
function csvLayoutAt(
  sample: readonly string[],
  first: number,
): { layout: CsvLayout; evidence: string } | null {
  if (first < 0) return null;
  const header = sample[first];
  if (header === undefined) return null;
  const lines = sample.slice(first + 1).filter((l) => l.length > 0);
  if (lines.length < 2) return null;
  for (const delimiter of [',', '\t', ';'] as const) {
    const split = splitCsvRow(header, delimiter);
    if (split === null || split.length < 2) continue;
    const names = split.map((c) => c.trim());
    if (!names.every((c) => NAME.test(c)) || new Set(names).size !== names.length) continue;
    if (!names.some((c) => TIME_COLUMN.test(c))) continue;
    // A row may go on over several lines (a quoted field with line breaks).
    const rows = csvRows(lines, delimiter);
    const widths = rows.map((r) => splitCsvRow(r, delimiter)?.length);
    let fit = widths.filter((n) => n === names.length).length;
    // Windows' Event Viewer names five columns and writes six: the event's description, unnamed, last.
    let unnamed = false;
    if (fit * 10 < rows.length * 9) {
      fit = widths.filter((n) => n === names.length + 1).length;
      if (fit * 10 < rows.length * 9) continue;
      unnamed = true;
    }
    const columns = unnamed ? [...names, ''] : names;
    const keys = recordKeys(columns);
    const timeAt = keys?.indexOf('time') ?? -1;
    const dateColumn =
      timeAt >= 0 && bare(columns[timeAt] ?? '') === 'time'
        ? columns.findIndex((c) => bare(c) === 'date')
        : -1;
    const what = delimiter === ',' ? 'CSV' : delimiter === '\t' ? 'TSV' : 'CSV (semicolons)';
    return {
      layout: {
        columns,
        delimiter,
        header,
        ...(keys ? { keys } : {}),
        ...(dateColumn >= 0 ? { dateColumn, timeColumn: timeAt } : {}),
      },
      evidence: `${what} with a header row (${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}): ${fit} of ${rows.length} sampled rows fit its ${names.length} columns${unnamed ? ' and one unnamed after them (the message)' : ''}`,
    };
  }
  return null;
}

/**
 * A Zeek (Bro) log in its default TSV form: directives (`#separator \x09`, `#path conn`, `#fields ts uid
 * id.orig_h …`, `#types time string addr …`) and rows of tab-separated values, `-` unset. The
 * `#fields` directive names the columns (nine in ten sampled rows as wide), `ts` the time (epoch
 * seconds with microseconds); an HTTP log's `method`, `uri` and `status_code` make its rows requests.
 * Null otherwise.
 */
export function zeekLayout(sample: readonly string[]): { layout: CsvLayout; evidence: string } | null {
  const header = sample.find((l) => l.startsWith('#fields\t'));
  if (header === undefined || !sample.some((l) => l.startsWith('#separator'))) return null;
  const columns = header.slice(8).split('\t');
  if (columns.length < 3 || !columns.includes('ts')) return null;
  const rows = sample.filter((l) => l.length > 0 && l.charCodeAt(0) !== 35);
  const fit = rows.filter((l) => l.split('\t').length === columns.length).length;
  if (rows.length < 2 || fit * 10 < rows.length * 9) return null;
  const path = sample.find((l) => l.startsWith('#path\t'))?.slice(6);
  return {
    layout: { columns, delimiter: '\t', header, zeek: true },
    evidence: `Zeek's ${path ?? ''} log (TSV): "#fields" names ${columns.length} columns and ${fit} of ${rows.length} sampled rows have them`,
  };
}

/** Columns that say what a record's event was, and its outcome's detail (see CsvLayout.summary). */
const EVENT_COLUMN = /^(?:event-?id|event|action|operation)$/i;
const DETAIL_COLUMN = /^(?:recipient-status|status|result|reason|data|detail|details)$/i;

/**
 * CSV whose columns a `#Fields:` directive names, after directives of its own (`#Software:`,
 * `#Version:`, `#Log-type:`, `#Date:`): Exchange's message tracking log (`#Fields:
 * date-time,client-ip,…,source,event-id,…,recipient-status,…`) and its SMTP protocol logs. Nine in ten
 * sampled rows as wide as it names; a time's column among them. Without a message column, what
 * happened and its detail make the message (see CsvLayout.summary). Null otherwise.
 */
export function directiveCsvLayout(
  sample: readonly string[],
): { layout: CsvLayout; evidence: string } | null {
  const header = sample.find((l) => l.startsWith('#Fields: ') && l.indexOf(',') > 0);
  if (header === undefined) return null;
  const names = splitCsvRow(header.slice(9).trim(), ',')?.map((c) => c.trim());
  if (names === undefined || names.length < 3 || new Set(names).size !== names.length) return null;
  if (!names.every((c) => NAME.test(c)) || !names.some((c) => TIME_COLUMN.test(c))) return null;
  const rows = csvRows(
    sample.filter((l) => l.length > 0 && l.charCodeAt(0) !== 35),
    ',',
  );
  const keys = recordKeys(names);
  // (A message in the last column may hold commas unquoted: see parseCsvLine.)
  const textLast = (keys ?? names)[names.length - 1] === 'message';
  const fit = rows.filter((r) => {
    const width = splitCsvRow(r, ',')?.length ?? 0;
    return width === names.length || (textLast && width > names.length);
  }).length;
  if (rows.length < 2 || fit * 10 < rows.length * 9) return null;
  const event = names.findIndex((c) => EVENT_COLUMN.test(c));
  const detail = names.findIndex((c) => DETAIL_COLUMN.test(c));
  const summary: [number, number] | null =
    !(keys ?? names).includes('message') && event >= 0 ? [event, detail] : null;
  return {
    layout: {
      columns: names,
      delimiter: ',',
      header,
      directives: true,
      ...(keys ? { keys } : {}),
      ...(summary ? { summary } : {}),
    },
    evidence: `CSV whose columns a "#Fields:" directive names (${names.slice(0, 6).join(', ')}, …): ${fit} of ${rows.length} sampled rows have its ${names.length}${summary ? `; the message ${names[event]}${detail >= 0 ? ` and ${names[detail]}` : ''}` : ''}`,
  };
}

/** A record's event (see CsvLayout.summary) as a level: a failure an error, a deferral a warning (else information). */
const EVENT_LEVELS: Record<string, string> = {
  FAIL: 'error',
  FAILED: 'error',
  FAILURE: 'error',
  DROP: 'error',
  POISONMESSAGE: 'error',
  DEFER: 'warn',
  DEFERRED: 'warn',
};

/**
 * A table of columns one space apart under a header row of their names, one of them a time's or one
 * whose values are epoch seconds: AWS VPC flow logs as delivered to S3 ("version account-id
 * interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status",
 * custom formats too), nine in ten rows as wide as the header. The first epoch column is the time
 * (the flow's `start`); a `-` is an empty value. Null otherwise.
 */
export function spaceTableLayout(sample: readonly string[]): { layout: CsvLayout; evidence: string } | null {
  const header = sample[0];
  if (header === undefined || header.indexOf('  ') >= 0) return null;
  const names = header.trim().split(' ');
  if (names.length < 4 || !names.every((c) => NAME.test(c)) || new Set(names).size !== names.length)
    return null;
  const rows = sample
    .slice(1)
    .filter((l) => l.length > 0)
    .map((l) => l.split(' '));
  if (rows.length < 2) return null;
  const fitting = rows.filter((r) => r.length === names.length);
  if (fitting.length * 10 < rows.length * 9) return null;
  let timeAt = names.findIndex((c) => TIME_COLUMN.test(c));
  if (timeAt < 0) {
    timeAt = names.findIndex((_, c) => {
      const values = fitting.map((r) => r[c] ?? '').filter((v) => v !== '-');
      return values.length * 2 >= fitting.length && values.every(isEpochSeconds);
    });
    if (timeAt < 0) return null;
  }
  const columns = [...names];
  columns[timeAt] = 'time';
  return {
    layout: { columns, delimiter: ' ', header },
    evidence: `a table of space-separated columns with a header row (${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}): ${fitting.length} of ${rows.length} sampled rows fit its ${names.length} columns, the time in ${names[timeAt]}`,
  };
}

/** Ten digits of seconds since 1970 within this century. */
function isEpochSeconds(value: string): boolean {
  if (value.length !== 10 || !/^\d+$/.test(value)) return false;
  const ms = Number(value) * 1000;
  return ms >= EPOCH_FROM && ms < EPOCH_TO;
}

/** A fixed-width table's column name: capitals, digits and signs, words one space apart ("LAST SEEN"). */
const FIXED_NAME = /^[A-Z][A-Z0-9_%()/.-]*(?: [A-Z0-9_%()/.-]+)*$/;

/**
 * A table of columns padded to fixed widths under a header row of names in capitals, two spaces or
 * more apart: what `kubectl get events` prints ("LAST SEEN   TYPE      REASON   OBJECT   MESSAGE"),
 * and other tools' tables. Nine in ten rows have a blank before each column's start. A column named
 * MESSAGE is the message, TYPE's Normal and Warning (Kubernetes events) the level, NAME an attribute
 * `resource`; `<none>` and `-` are no value. Null otherwise.
 */
export function fixedTableLayout(sample: readonly string[]): { layout: CsvLayout; evidence: string } | null {
  const header = (sample[0] ?? '').trimEnd();
  if (header.indexOf('  ') < 0 || header.charCodeAt(0) === 32) return null;
  const names: string[] = [];
  const starts: number[] = [];
  for (const m of header.matchAll(/\S+(?: \S+)*/g)) {
    if (!FIXED_NAME.test(m[0])) return null;
    names.push(m[0]);
    starts.push(m.index);
  }
  if (names.length < 3 || new Set(names).size !== names.length) return null;
  const rows = sample.slice(1).filter((l) => l.length > 0 && l !== header);
  if (rows.length < 2) return null;
  const fits = (row: string): boolean =>
    starts.every(
      (at, i) => i === 0 || (row.charCodeAt(at - 1) === 32 && row.charCodeAt(at) !== 32) || at >= row.length,
    );
  const fitting = rows.filter(fits).length;
  if (fitting * 10 < rows.length * 9) return null;
  // A Kubernetes table's NAME is a resource's (an event's, a pod's), no service's as a log's `name`.
  const columns = names.map((n) =>
    n === 'NAME'
      ? 'resource'
      : n
          .toLowerCase()
          .replace(/[ ()%/.-]+/g, '_')
          .replace(/_$/, ''),
  );
  return {
    layout: { columns, delimiter: ' ', header, starts },
    evidence: `a table of fixed-width columns under a header row (${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}): ${fitting} of ${rows.length} sampled rows fit its ${names.length} columns`,
  };
}

/** A fixed-width row's fields, cut where its header's columns start (see fixedTableLayout). */
function fixedFields(line: string, starts: readonly number[]): string[] {
  return starts.map((at, i) => line.slice(at, starts[i + 1] ?? line.length).trim());
}

/** Kubernetes events' types, as levels. */
const EVENT_TYPES: Record<string, string> = { Normal: 'info', Warning: 'warn' };

/** AWS VPC flow logs' default format (version 2), as CloudWatch Logs holds them: no header row. */
const VPC_FLOW_COLUMNS = [
  'version',
  'account-id',
  'interface-id',
  'srcaddr',
  'dstaddr',
  'srcport',
  'dstport',
  'protocol',
  'packets',
  'bytes',
  'time',
  'end',
  'action',
  'log-status',
];

const VPC_FLOW_ROW =
  /^2 (?:\d{12}|unknown) (?:eni-[0-9a-f]+|-) \S+ \S+ \S+ \S+ \S+ \S+ \S+ \d{10} \d{10} (?:ACCEPT|REJECT|-) (?:OK|NODATA|SKIPDATA)$/;

/** Rows of VPC flow logs' default format without a header row (nine in ten sampled lines), or null. */
export function vpcFlowLayout(sample: readonly string[]): { layout: CsvLayout; evidence: string } | null {
  const lines = sample.filter((l) => l.length > 0);
  const count = lines.filter((l) => VPC_FLOW_ROW.test(l)).length;
  if (lines.length === 0 || count * 10 < lines.length * 9) return null;
  return {
    layout: { columns: VPC_FLOW_COLUMNS, delimiter: ' ', header: null },
    evidence: `AWS VPC flow logs (the default format, no header row): ${count} of ${lines.length} sampled lines, the time in start`,
  };
}

/**
 * PostgreSQL's `csvlog` (log_destination = 'csvlog'; what RDS and Cloud SQL export): no header row, its
 * columns fixed by the server's version — 23 up to PostgreSQL 12, `backend_type` from 13, `leader_pid`
 * and `query_id` from 14. Named here as its documentation does, except the three a record is read by.
 */
const POSTGRES_CSVLOG = [
  'time',
  'user_name',
  'database_name',
  'process_id',
  'connection_from',
  'session_id',
  'session_line_num',
  'command_tag',
  'session_start_time',
  'virtual_transaction_id',
  'transaction_id',
  'level',
  'sql_state_code',
  'message',
  'detail',
  'hint',
  'internal_query',
  'internal_query_pos',
  'context',
  'query',
  'query_pos',
  'location',
  'application_name',
  'backend_type',
  'leader_pid',
  'query_id',
];

/** PostgreSQL's message severities (`error_severity`), as csvlog writes them. */
const POSTGRES_SEVERITY = /^(?:DEBUG[1-5]|INFO|NOTICE|WARNING|ERROR|LOG|FATAL|PANIC)$/;

/**
 * A field that is a time and nothing else: digits and their separators, with a month's or a zone's
 * word at most (`2024-01-05 10:00:55.093 UTC`, `05/Jan/2024:10:00:55 +0000`, `Jan  5 10:00:55`). A
 * line that opens with a time and goes on (`2020-06-06T22:19:23Z stdout F [INFO] … qr,aa,rd`) is no column.
 */
const WHOLE_TIME = /^(?:[\d\-/:.,T+Z]+|[A-Za-z]{3,5})(?: {1,2}(?:[\d\-/:.,T+Z]+|[A-Za-z]{3,5})){0,5}$/;

const EPOCH_FROM = Date.UTC(2000, 0, 1);
const EPOCH_TO = Date.UTC(2100, 0, 1);

/** A millisecond fraction after a comma (log4j's `10:00:00,123`): the comma is the time's, no column's. */
const COMMA_FRACTION = /^\d{3}(?:\s|$)/;

/**
 * The layout of a CSV file without a header row, from its sampled lines: nine in ten of them rows of
 * the same three or more comma-separated fields, one of them a whole timestamp in nine in ten rows.
 * Its columns are named by what they hold: `time`; `level` where nine in ten values are level
 * words; `message` for the longest text among the others; `column_N` (from 1) for the rest — or,
 * for PostgreSQL's csvlog, by its documented names (see POSTGRES_CSVLOG). Null otherwise. A log4j
 * time's comma (`2024-01-05 10:00:00,123 INFO …`) makes no column.
 */
export function headerlessCsvLayout(
  sample: readonly string[],
): { layout: CsvLayout; evidence: string } | null {
  const delimiter = ',';
  const rows = csvRows(
    sample.filter((l) => l.length > 0),
    delimiter,
  )
    .map((r) => splitCsvRow(r, delimiter))
    .filter((r): r is string[] => r !== null);
  if (rows.length < 3) return null;
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  const [width, fit] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (width < 3 || fit * 10 < rows.length * 9) return null;
  const fitting = rows.filter((r) => r.length === width);
  const mostly = (test: (value: string) => boolean, column: number): boolean =>
    fitting.filter((r) => test((r[column] ?? '').trim())).length * 10 >= fitting.length * 9;
  const isTime = (value: string): boolean => {
    if (value.length < 8 || !WHOLE_TIME.test(value)) return false;
    const ms = parseTimestamp(value, { year: 2000 });
    // Digits alone are an epoch time only within this century: not an id of ten digits.
    return ms !== null && (!/^\d+$/.test(value) || (ms >= EPOCH_FROM && ms < EPOCH_TO));
  };
  let timeColumn = -1;
  for (let c = 0; c < width && timeColumn < 0; c++) if (mostly(isTime, c)) timeColumn = c;
  if (timeColumn < 0 || mostly((v) => COMMA_FRACTION.test(v), timeColumn + 1)) return null;
  const what = `${fit} of ${rows.length} sampled rows of ${width} comma-separated fields`;
  if (width >= 23 && width <= 26 && timeColumn === 0 && mostly((v) => POSTGRES_SEVERITY.test(v), 11)) {
    return {
      layout: { columns: POSTGRES_CSVLOG.slice(0, width), delimiter, header: null, postgres: true },
      evidence: `PostgreSQL csvlog (no header row): ${what}, the time in the first and the severity in the twelfth`,
    };
  }
  const columns = Array.from({ length: width }, (_, c) => `column_${c + 1}`);
  columns[timeColumn] = 'time';
  let levelColumn = -1;
  for (let c = 0; c < width && levelColumn < 0; c++)
    if (c !== timeColumn && mostly((v) => normalizeLevel(v) !== null, c)) levelColumn = c;
  if (levelColumn >= 0) columns[levelColumn] = 'level';
  // The message: the longest text on average among the rest, not a number.
  let messageColumn = -1;
  let longest = 0;
  for (let c = 0; c < width; c++) {
    if (c === timeColumn || c === levelColumn || mostly((v) => NUMBER.test(v) || v === '', c)) continue;
    const length = fitting.reduce((n, r) => n + (r[c]?.length ?? 0), 0) / fitting.length;
    if (length > longest) {
      longest = length;
      messageColumn = c;
    }
  }
  if (messageColumn >= 0) columns[messageColumn] = 'message';
  const named = [
    `the time in column ${timeColumn + 1}`,
    levelColumn >= 0 ? `the level in column ${levelColumn + 1}` : null,
    messageColumn >= 0 ? `the message in column ${messageColumn + 1}` : null,
  ].filter((n) => n !== null);
  return {
    layout: { columns, delimiter, header: null },
    evidence: `CSV without a header row: ${what}, ${named.join(', ')}`,
  };
}

const TIME_COLUMN =
  /^(?:@?timestamp|@?time|_time|date|datetime|date[-_]?time|date and time|ts|eventtime|event_time|time_?utc|@t|time_?created|time_?generated|time_?written|start_?time)$/i;

/**
 * Column names of the fields a record is read by, in order of preference, where an export names them
 * otherwise than a JSON log does: Splunk's `_time` and `_raw`; Windows' Event Viewer `Level`, `Date and
 * Time`, `Source` (the provider); PowerShell's `Get-WinEvent | Export-Csv`: `TimeCreated`,
 * `LevelDisplayName` (its `Level` is a number of Windows' own scale, 2 an error and 4 information),
 * `ProviderName`, `Message`; `Get-EventLog`'s `TimeGenerated` and `EntryType`. An empty name is the
 * unnamed column after the named ones (see csvLayout).
 */
const CSV_ROLES: [string, string[]][] = [
  [
    'time',
    [
      '@timestamp',
      'timestamp',
      '@time',
      'time',
      'datetime',
      'dateandtime',
      'date',
      'eventtime',
      'timeutc',
      'ts',
      '@t',
      'timecreated',
      'timegenerated',
      'timewritten',
      // SSIS's text file log provider: `…,starttime,endtime,…` (an event's start, the time it is logged at).
      'starttime',
    ],
  ],
  ['level', ['leveldisplayname', 'entrytype', 'level', 'severity', 'loglevel', 'levelname']],
  ['message', ['message', 'msg', 'raw', 'log', 'text', 'description', 'content', '']],
  ['service', ['service', 'servicename', 'app', 'application', 'source', 'providername', 'logger']],
];

/** A column's name compared with CSV_ROLES': any case, without spaces, underscores and dashes. */
const bare = (name: string): string => name.toLowerCase().replace(/[\s_-]/g, '');

/**
 * The key each column is recorded under (see CsvLayout.keys), or undefined when every column keeps its
 * name: for each field no column gives under a JSON log's name, the column CSV_ROLES prefers among
 * those under another name takes the field's own.
 */
function recordKeys(columns: readonly string[]): string[] | undefined {
  const keys = [...columns];
  let renamed = false;
  for (const [role, names] of CSV_ROLES) {
    if (keys.includes(role) || columns.some((c) => c !== '' && roleOfKey(c) === role)) continue;
    let best = -1;
    let rank = Infinity;
    columns.forEach((c, i) => {
      const at = names.indexOf(bare(c));
      if (at >= 0 && at < rank && keys[i] === c) {
        best = i;
        rank = at;
      }
    });
    if (best < 0) continue;
    keys[best] = role;
    renamed = true;
  }
  return renamed ? keys : undefined;
}

/** A record keyed by an export's own names, its fields under a JSON log's (see recordKeys). */
export function renamedRecord(record: Record<string, unknown>): Record<string, unknown> {
  const names = Object.keys(record);
  const keys = recordKeys(names);
  if (keys === undefined) return record;
  const renamed: Record<string, unknown> = {};
  names.forEach((name, i) => (renamed[keys[i] ?? name] = record[name]));
  return renamed;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** One row read as a record (see parseJsonRecord); null for the header row or a row that does not fit. */
export function parseCsvLine(line: string, layout: CsvLayout, time: TimestampReader): ParsedFields | null {
  if (line === layout.header || (layout.starts !== undefined && line.trimEnd() === layout.header))
    return null;
  if ((layout.zeek === true || layout.directives === true) && line.charCodeAt(0) === 35) return null;
  let fields =
    layout.starts === undefined ? splitCsvRow(line, layout.delimiter) : fixedFields(line, layout.starts);
  // A last column of text holding the delimiter unquoted (SSIS's text log writes its message so:
  // `…,0x,Warning: 0x80047076 at Data Flow Task, OLE DB Source: The output column …`): the row's
  // remaining fields are that text.
  const columns = layout.columns.length;
  if (
    fields !== null &&
    fields.length > columns &&
    layout.starts === undefined &&
    (layout.keys ?? layout.columns)[columns - 1] === 'message'
  )
    fields = [...fields.slice(0, columns - 1), fields.slice(columns - 1).join(layout.delimiter)];
  if (fields === null || fields.length !== columns) return null;
  const record: Record<string, unknown> = {};
  (layout.keys ?? layout.columns).forEach((name, i) => {
    const value = fields[i] ?? '';
    if (value === '' || (layout.delimiter === ' ' && (value === '-' || value === '<none>'))) return;
    if (layout.zeek === true && (value === '-' || value === '(empty)')) return;
    // A number stays one (an epoch time, a duration, a status); a longer run of digits is an id.
    record[name] = NUMBER.test(value) && value.length <= 16 ? Number(value) : value;
  });
  if (layout.starts !== undefined && typeof record['type'] === 'string') {
    const level = EVENT_TYPES[record['type']];
    if (level !== undefined) record['level'] ??= level;
  }
  // A VPC flow log's interface whose records were skipped in an interval (`log-status` SKIPDATA: AWS
  // dropped them at a capacity limit or on an internal error) lost what it should have recorded.
  if (record['log-status'] === 'SKIPDATA') record['level'] ??= 'warn';
  if (layout.dateColumn !== undefined && layout.timeColumn !== undefined) {
    const date = fields[layout.dateColumn];
    const time = fields[layout.timeColumn];
    if (date && time) record['time'] = `${date} ${time}`;
  }
  // PostgreSQL's FATAL ends one session (a failed login, a dropped client): an error, as in its text
  // log; its PANIC is the fatal one, DEBUG1–5 debug.
  if (layout.postgres && typeof record['level'] === 'string') {
    const severity = record['level'];
    record['level'] = severity === 'FATAL' ? 'error' : severity.startsWith('DEBUG') ? 'debug' : severity;
  }
  if (layout.summary !== undefined) {
    const [event, detail] = layout.summary;
    const what = fields[event] ?? '';
    const more = detail >= 0 ? (fields[detail] ?? '') : '';
    record['message'] = more === '' ? what : `${what} ${more}`;
    record['level'] ??= EVENT_LEVELS[what.toUpperCase()] ?? 'info';
  }
  const parsed = parseJsonRecord(record, time);
  // An export's message is often the application's whole line, its level among its first words.
  parsed.level ??= levelFromMessage(parsed.message);
  parsed.format = 'csv';
  return parsed;
}
