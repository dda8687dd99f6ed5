// CSV (and TSV) with a header row: what log tools export — CloudWatch Logs Insights
// (`@timestamp,@logStream,@message`), Datadog, Splunk, Kibana's Discover. Each row is a record of the
// header's columns, read as a JSON object is: its time, level, message and service from the usual
// names, the other columns as attributes.
import { levelFromMessage } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import { parseJsonRecord } from './parse-json-line';
import type { ParsedFields } from './parsed-fields';

export interface CsvLayout {
  /** Column names as the header row gives them. */
  columns: string[];
  delimiter: ',' | '\t' | ';';
  /** The header row as written (a repeated header, from files joined together, is no record). */
  header: string;
}

/** A column name: a word, or a few joined by dots, dashes, spaces or `@` (`@timestamp`, `log.level`). */
const NAME = /^[@_A-Za-z][\w@.\- ]{0,63}$/;

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
 * The layout of a CSV export from its sampled lines: a first line of two or more distinct column
 * names, one of them a time's (`time`, `timestamp`, `@timestamp`, `date`, `_time`…), and nine in ten
 * of the other lines with as many fields. Null otherwise.
 */
export function csvLayout(sample: readonly string[]): { layout: CsvLayout; evidence: string } | null {
  const header = sample[0];
  if (header === undefined) return null;
  const lines = sample.slice(1).filter((l) => l.length > 0);
  if (lines.length < 2) return null;
  for (const delimiter of [',', '\t', ';'] as const) {
    // A row may go on over several lines (a quoted field with line breaks).
    const rows = csvRows(lines, delimiter);
    const columns = splitCsvRow(header, delimiter);
    if (columns === null || columns.length < 2) continue;
    const names = columns.map((c) => c.trim());
    if (!names.every((c) => NAME.test(c)) || new Set(names).size !== names.length) continue;
    if (!names.some((c) => TIME_COLUMN.test(c))) continue;
    const fit = rows.filter((r) => splitCsvRow(r, delimiter)?.length === names.length).length;
    if (fit * 10 < rows.length * 9) continue;
    const what = delimiter === ',' ? 'CSV' : delimiter === '\t' ? 'TSV' : 'CSV (semicolons)';
    return {
      layout: { columns: names, delimiter, header },
      evidence: `${what} with a header row (${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}): ${fit} of ${rows.length} sampled rows fit its ${names.length} columns`,
    };
  }
  return null;
}

const TIME_COLUMN =
  /^(?:@?timestamp|@?time|_time|date|datetime|date_?time|ts|eventtime|event_time|time_?utc|@t)$/i;

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** One row read as a record (see parseJsonRecord); null for the header row or a row that does not fit. */
export function parseCsvLine(line: string, layout: CsvLayout, time: TimestampReader): ParsedFields | null {
  if (line === layout.header) return null;
  const fields = splitCsvRow(line, layout.delimiter);
  if (fields === null || fields.length !== layout.columns.length) return null;
  const record: Record<string, unknown> = {};
  layout.columns.forEach((name, i) => {
    const value = fields[i] ?? '';
    if (value === '') return;
    // A number stays one (an epoch time, a duration, a status); a longer run of digits is an id.
    record[name] = NUMBER.test(value) && value.length <= 16 ? Number(value) : value;
  });
  const parsed = parseJsonRecord(record, time);
  // An export's message is often the application's whole line, its level among its first words.
  parsed.level ??= levelFromMessage(parsed.message);
  parsed.format = 'csv';
  return parsed;
}
