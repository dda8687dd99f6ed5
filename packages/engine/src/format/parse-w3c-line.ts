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

/**
 * A record's columns. A value with the separator in it is quoted (Blue Coat's ProxySG:
 * `"Mozilla/5.0 (Windows NT 10.0; Win64; x64) …"`, `"UMBRELLA\Staff"`): read whole, without its quotes.
 * IIS writes none (its blanks are "+").
 */
export function w3cColumns(line: string, separator: string): string[] {
  if (line.indexOf('"') < 0) return line.split(separator);
  const columns: string[] = [];
  let at = 0;
  while (at <= line.length) {
    if (line.charCodeAt(at) === 34) {
      const close = line.indexOf(`"${separator}`, at + 1);
      const end = close < 0 ? (line.endsWith('"') && line.length > at + 1 ? line.length - 1 : -1) : close;
      if (end > at) {
        columns.push(line.slice(at + 1, end));
        at = end + 1 + separator.length;
        continue;
      }
    }
    let next = line.indexOf(separator, at);
    if (next < 0) next = line.length;
    columns.push(line.slice(at, next));
    at = next + separator.length;
  }
  return columns;
}

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
  const tabs = records.filter((l) => w3cColumns(l, '\t').length === n).length;
  const spaces = records.filter((l) => w3cColumns(l, ' ').length === n).length;
  const separator = tabs >= spaces ? '\t' : ' ';
  const fit = Math.max(tabs, spaces);
  if (fit * 2 < records.length) return null;
  const taken = lower.indexOf('time-taken');
  const timeTakenSeconds =
    taken >= 0 && records.some((l) => w3cColumns(l, separator)[taken]?.includes('.') === true);
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
  /** A proxy's reason for refusing a request (ProxySG's `x-exception-id`: policy_denied, dns_unresolved_hostname). */
  private exception = -1;

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
    // (ProxySG names the path `cs-uri-path`.)
    const stem = lower.indexOf('cs-uri-stem');
    this.stem = stem >= 0 ? stem : lower.indexOf('cs-uri-path');
    this.method = lower.indexOf('cs-method');
    const status = lower.indexOf('sc-status');
    this.status = status >= 0 ? status : lower.indexOf('x-status');
    this.taken = lower.indexOf('time-taken');
    this.zone = lower.indexOf('tz');
    this.event = lower.indexOf('x-event');
    this.category = lower.indexOf('x-category');
    this.severity = lower.indexOf('x-severity');
    this.comment = lower.indexOf('x-comment');
    this.exception = lower.indexOf('x-exception-id');
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
    const columns = w3cColumns(line, this.layout.separator);
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
    // The format's date and time are UTC ("GMT" in the W3C's draft: IIS, CloudFront, Blue Coat's
    // ProxySG write it): read as such, the file lines up the zone-less files of its bundle (a
    // firewall's local time beside it, see bundle-clock.ts). Wowza writes its local time, its zone in a
    // column of its own.
    const when =
      [this.date, this.time, this.zone]
        .filter((i) => i >= 0)
        .map((i) => columns[i])
        .join(' ') + (this.zone < 0 && this.time >= 0 ? ' UTC' : '');
    const method = this.method >= 0 ? (columns[this.method] ?? '') : '';
    const path = this.stem >= 0 ? (columns[this.stem] ?? '') : '';
    const severity = this.severity >= 0 ? normalizeLevel(columns[this.severity] ?? '') : null;
    return {
      timestamp: this.date >= 0 ? this.timestamps.read(when) : null,
      level: severity ?? (hasStatus ? levelOfStatus(status) : null),
      service: null,
      message:
        method === '' && this.event >= 0 ? this.eventOf(columns) : this.requestOf(method, path, columns),
      attributes,
      format: 'access',
    };
  }

  /** A request's method and route, with the reason a proxy refused it ("GET api/<*>: policy_denied"). */
  private requestOf(method: string, path: string, columns: readonly string[]): string {
    const request = `${method} ${routeOf(path)}`.trim();
    const exception = this.exception >= 0 ? (columns[this.exception] ?? '-') : '-';
    return exception === '-' || exception === '' ? request : `${request}: ${exception}`;
  }

  /** A streaming server's record (Wowza): its category and event, and its comment where it has one. */
  private eventOf(columns: readonly string[]): string {
    const comment = this.comment >= 0 ? (columns[this.comment] ?? '-') : '-';
    const what =
      `${this.category >= 0 ? (columns[this.category] ?? '') : ''} ${columns[this.event] ?? ''}`.trim();
    return comment === '-' ? what : `${what}: ${comment}`;
  }
}
