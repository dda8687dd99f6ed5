// The W3C extended log file format: IIS's default access log, CloudFront's and Azure's. Directive
// lines ("#Software:", "#Version:", "#Date:", "#Fields: date time c-ip cs-method …") name the columns
// of the request lines that follow, separated by spaces (IIS) or tabs (CloudFront). Read as an
// access log: status, request time, method and route.
import { normalizeLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue } from '../types';
import { levelOfStatus, routeOf } from './parse-access-line';
import type { ParsedFields } from './parsed-fields';

export interface W3cLayout {
  /** Column names as the "#Fields:" directive gives them. */
  fields: string[];
  /** Column separator: a space (IIS) or a tab (CloudFront). */
  separator: ' ' | '\t';
  /** `time-taken` is in seconds (written with a decimal point) rather than IIS's milliseconds. */
  timeTakenSeconds: boolean;
}

/** Well-known columns under the attribute names the access-log parser uses. */
const RENAMED: Record<string, string> = {
  'c-ip': 'client',
  'cs-username': 'user',
  'cs-method': 'method',
  'cs-uri-stem': 'path',
  'cs-version': 'protocol',
  'cs-protocol-version': 'protocol',
  'sc-status': 'status',
  'sc-bytes': 'bytes',
  'cs(user-agent)': 'userAgent',
  'cs(referer)': 'referer',
};

/** The "#Fields:" directive's column names, or null when `line` is not one. */
function fieldsOf(line: string): string[] | null {
  if (!line.startsWith('#Fields:')) return null;
  const fields = line.slice(8).trim().split(/\s+/);
  return fields.length >= 3 ? fields : null;
}

/**
 * The layout of a W3C extended log from its sampled lines: a "#Fields:" directive naming a date or
 * time and the status, and at least half of the other lines with as many columns. Null otherwise.
 */
export function w3cLayout(sample: readonly string[]): { layout: W3cLayout; evidence: string } | null {
  let fields: string[] | null = null;
  for (const line of sample) if ((fields = fieldsOf(line)) !== null) break;
  if (fields === null) return null;
  const lower = fields.map((f) => f.toLowerCase());
  if (
    !(lower.includes('sc-status') || lower.includes('x-status')) ||
    !(lower.includes('time') || lower.includes('date'))
  )
    return null;
  const records = sample.filter((l) => l.length > 0 && l.charCodeAt(0) !== 35);
  if (records.length === 0) return null;
  const n = fields.length;
  const tabs = records.filter((l) => l.split('\t').length === n).length;
  const spaces = records.filter((l) => l.split(' ').length === n).length;
  const separator = tabs >= spaces ? '\t' : ' ';
  const fit = Math.max(tabs, spaces);
  if (fit * 2 < records.length) return null;
  const taken = lower.indexOf('time-taken');
  const timeTakenSeconds =
    taken >= 0 && records.some((l) => l.split(separator)[taken]?.includes('.') === true);
  return {
    layout: { fields, separator, timeTakenSeconds },
    evidence: `W3C extended log: "#Fields:" names ${n} columns and ${fit} of ${records.length} sampled records have them`,
  };
}

/**
 * Reads a W3C extended log's directives and records. A "#Fields:" directive met later (IIS writes a
 * new header when it reopens its file) replaces the layout.
 */
export class W3cLineParser {
  private names: (string | null)[] = [];
  private date = -1;
  private time = -1;
  private stem = -1;
  private method = -1;
  private status = -1;
  private taken = -1;
  /** Wowza's columns: the time's zone, and its event, category, severity and comment (no request). */
  private zone = -1;
  private event = -1;
  private category = -1;
  private severity = -1;
  private comment = -1;

  constructor(
    private layout: W3cLayout,
    private readonly timestamps: TimestampReader,
  ) {
    this.index();
  }

  private index(): void {
    const lower = this.layout.fields.map((f) => f.toLowerCase());
    this.names = lower.map((f, i) => RENAMED[f] ?? this.layout.fields[i] ?? f);
    this.date = lower.indexOf('date');
    this.time = lower.indexOf('time');
    this.stem = lower.indexOf('cs-uri-stem');
    this.method = lower.indexOf('cs-method');
    const status = lower.indexOf('sc-status');
    this.status = status >= 0 ? status : lower.indexOf('x-status');
    this.taken = lower.indexOf('time-taken');
    this.zone = lower.indexOf('tz');
    this.event = lower.indexOf('x-event');
    this.category = lower.indexOf('x-category');
    this.severity = lower.indexOf('x-severity');
    this.comment = lower.indexOf('x-comment');
  }

  /** A record's fields; null for a directive (after taking a new "#Fields:") or a line that does not fit. */
  parse(line: string): ParsedFields | null {
    if (line.charCodeAt(0) === 35) {
      const fields = fieldsOf(line);
      if (fields !== null) {
        this.layout = { ...this.layout, fields };
        this.index();
      }
      return null;
    }
    const columns = line.split(this.layout.separator);
    if (columns.length !== this.names.length) return null;
    const attributes: Record<string, AttributeValue> = {};
    for (let i = 0; i < columns.length; i++) {
      const value = columns[i] ?? '-';
      if (value === '-' || i === this.date || i === this.time || i === this.taken) continue;
      attributes[this.names[i] ?? String(i)] = value;
    }
    const status = Number(columns[this.status]);
    const hasStatus = Number.isInteger(status) && status >= 100 && status <= 599;
    if (hasStatus) attributes.status = status;
    else delete attributes.status;
    if (typeof attributes.bytes === 'string') attributes.bytes = Number(attributes.bytes) || 0;
    const taken = this.taken >= 0 ? Number(columns[this.taken]) : NaN;
    if (Number.isFinite(taken) && taken >= 0)
      attributes.requestTime = this.layout.timeTakenSeconds ? taken : taken / 1000;
    // (Wowza writes its local time, its zone in a column of its own.)
    const when = [this.date, this.time, this.zone]
      .filter((i) => i >= 0)
      .map((i) => columns[i])
      .join(' ');
    const method = this.method >= 0 ? (columns[this.method] ?? '') : '';
    const path = this.stem >= 0 ? (columns[this.stem] ?? '') : '';
    const severity = this.severity >= 0 ? normalizeLevel(columns[this.severity] ?? '') : null;
    return {
      timestamp: this.date >= 0 ? this.timestamps.read(when) : null,
      level: severity ?? (hasStatus ? levelOfStatus(status) : null),
      service: null,
      message: method === '' && this.event >= 0 ? this.eventOf(columns) : `${method} ${routeOf(path)}`.trim(),
      attributes,
      format: 'access',
    };
  }

  /** A streaming server's record (Wowza): its category and event, and its comment where it has one. */
  private eventOf(columns: readonly string[]): string {
    const comment = this.comment >= 0 ? (columns[this.comment] ?? '-') : '-';
    const what =
      `${this.category >= 0 ? (columns[this.category] ?? '') : ''} ${columns[this.event] ?? ''}`.trim();
    return comment === '-' ? what : `${what}: ${comment}`;
  }
}
