import { opensWithPbs, parsePbsLine } from './parse-pbs-line';
import { opensWithLsf, parseLsfLine } from './parse-lsf-line';
import { opensWithDataPower, parseDataPowerLine } from './parse-datapower-line';
import { opensWithAsteriskQueueLog, parseAsteriskQueueLogLine } from './parse-asterisk-queue-log';
import { opensWithBeegfs, parseBeegfsLine } from './parse-beegfs-line';
import { opensWithTuxedoUlog, parseTuxedoUlogLine } from './parse-tuxedo-ulog';
import { opensWithUnbound, parseUnboundLine } from './parse-unbound-line';
import { opensWithMeteor, parseMeteorLine } from './parse-meteor-line';
import { opensWithRailsStarted, parseRailsStartedLine } from './parse-rails-started-line';
import { opensWithChromium, parseChromiumLine } from './parse-chromium-line';
import { opensWithKaraf, parseKarafLine } from './parse-karaf-line';
import { opensWithMozlog, parseMozlogLine } from './parse-mozlog-line';
import { opensWithLogcat, parseLogcatLine } from './parse-logcat-line';
import { opensWithCeph, parseCephLine } from './parse-ceph-line';
import { opensWithZosSyslog, parseZosSyslogLine } from './parse-zos-syslog-line';
import { opensWithCics, parseCicsLine } from './parse-cics-line';
import type { FormatName } from '../types';
import { isAccessLine, requestTimeUnit, type RequestTimeUnit } from './parse-access-line';
import { isRequestLine, isUwsgiRequest, requestTimeUnitOfLines } from './parse-request-line';
import { readLogfmtPairs } from './parse-logfmt-line';
import { RFC3164, RFC5424 } from './parse-syslog-line';
import { slowQueryEvidence } from './slow-query-log';
import { isPhpErrorLine } from './parse-php-error-line';
import { BRACKET, COMPONENT, DASH, LEVEL, LOGGER, MARK, NUM, SOURCE, TIME } from './header-tokens';
import { countUpTo } from './count-up-to';
import { hasHeader, learnTextHeader } from './learn-text-header';
import type { TextHeaderModel } from './text-header';
import { w3cLayout, type W3cLayout } from './parse-w3c-line';
import { isContinuation, newFramingState, type FramingState } from '../frame/is-continuation';
import { opensLikeSql } from './starts-like-header';
import { opensWithBracketedEpoch, parseNagiosLine } from './parse-nagios-line';
import { opensWithPairsBar, parsePairsBarLine } from './parse-pairs-bar-line';
import { opensWithApacheError, parseApacheErrorLine } from './parse-apache-error-line';
import { opensWithBracketColumns, parseBracketColumnsLine } from './parse-bracket-columns';
import { opensWithFpmAccess, parseFpmAccessLine } from './parse-fpm-access-line';
import { opensWithGin, parseGinLine } from './parse-gin-line';
import { opensWithCouchdbRequest, parseCouchdbRequest } from './parse-couchdb-line';
import {
  opensWithHanaTrace,
  opensWithSybase,
  parseHanaTraceLine,
  parseSybaseLine,
} from './parse-db-trace-lines';
import { opensWithOauth2Proxy, parseOauth2ProxyLine } from './parse-oauth2-proxy-line';
import { opensWithSrcds, parseSrcdsLine } from './parse-srcds-line';
import { opensWithOslog, parseOslogLine } from './parse-oslog-line';
import { opensWithDnsPacket, parseDnsPacketLine } from './parse-windns-line';
import { opensWithPanos, parsePanosLine } from './parse-panos-line';
import { kernelLineReader, opensWithUptime } from './parse-kernel-line';
import { elapsedLineReader, opensWithElapsed } from './parse-elapsed-line';
import { chronyLineReader, isChronyHeader } from './parse-chrony-log';
import { opensWithWebsphere, parseWebsphereLine } from './parse-websphere-line';
import { withLooseEscapes } from './parse-json-line';
import { opensWithMysqlError, parseMysqlErrorLine } from './parse-mysql-error-line';
import { opensWithNginxError, parseNginxErrorLine } from './parse-nginx-error-line';
import { opensWithRdsPostgresPrefix, parseRdsPostgresLine } from './parse-postgres-prefix';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';
import { windowsEventsEvidence } from './windows-events';
import { entryReaderOf, type EntryReader } from './entry-readers';
import {
  csvLayout,
  fixedTableLayout,
  zeekLayout,
  directiveCsvLayout,
  headerlessCsvLayout,
  spaceTableLayout,
  vpcFlowLayout,
  type CsvLayout,
} from './parse-csv-line';

export interface FormatDetection {
  format: FormatName;
  evidence: string;
  /** Access logs: what the request time after each line counts (see requestTimeUnit). */
  requestTimeUnit?: RequestTimeUnit;
  /** Header layout for text lines (also used for the text lines of a mixed JSON file). */
  header: TextHeaderModel;
  /**
   * Text and syslog lines that log HTTP requests in a layout of their own (Envoy, uvicorn, HAProxy):
   * most sampled lines hold a request line and its status, which each line's parser then reads into
   * `status` (and `requestTime`, in seconds, where the layout has it) attributes (see `readRequestLine`).
   */
  requestStatus?: boolean;
  /**
   * Text files where many lines start with tab-separated header columns (AWS Lambda's
   * "<time>\t<request id>\t<LEVEL>\t<text>"): each line is first tried as such (see LineParser).
   */
  tabColumns?: boolean;
  /**
   * Text files whose lines end with their logger in parentheses, log4j's "[%d] %p %m (%c)%n" (Kafka's,
   * and its ZooKeeper's, "… Rolled new log segment at offset 9142482 in 3 ms. (kafka.log.LocalLog)"):
   * the logger is each line's service and leaves its message (see takeTrailingLogger).
   */
  trailingLogger?: boolean;
  /** W3C extended logs (IIS, CloudFront): the columns "#Fields:" names (format `access`). */
  w3c?: W3cLayout;
  /** PHP's error log (format `text`): its lines are read by their label (see parsePhpErrorLine). */
  phpErrors?: boolean;
  /**
   * Readers of layouts some lines of a text file are read by before its learned header (Nagios',
   * Ansible's, Elasticsearch's, RDS PostgreSQL's, and the error logs of Apache, nginx and MySQL; see
   * LINE_LAYOUTS and LineParser.specialLine).
   */
  lineReaders?: LineReader[];
  /** A MySQL slow query log (format `text`): each entry of header lines and a statement is one event. */
  slowQueries?: boolean;
  /** Windows events as XML (format `text`): each <Event> element, over one line or several, is one event. */
  windowsEvents?: boolean;
  /**
   * Entries of several lines, each one event, that a reader of their own frames and reads whole (format
   * `text`): PowerShell's Format-List blocks (list-records.ts), Db2's db2diag.log records (db2diag.ts),
   * ModSecurity's audit log transactions (modsec-audit.ts).
   */
  entries?: EntryReader;
  /** CSV, with a header row or not (format `csv`): its columns (see parse-csv-line.ts). */
  csv?: CsvLayout;
  /**
   * JSON lines whose numeric `level` counts up from 0 (debug) to 4 (fatal), Nextcloud's and ownCloud's,
   * not down as syslog's severities (0 emergency … 7 debug): see `withAscendingLevels`.
   */
  ascendingLevels?: boolean;
}

/** Whether a line (or any text) is one whole JSON object. */
export function isJsonObject(line: string): boolean {
  return jsonObjectOf(line) !== undefined;
}

/** The JSON object a line (or any text) is whole, or undefined. */
function jsonObjectOf(line: string): object | undefined {
  // Most lines open on a character that is no blank and no "{": no copy trimmed of blanks for them.
  const c = line.charCodeAt(0);
  if (c !== 123 && !isBlankOrOther(c)) return undefined;
  const t = c === 123 && line.charCodeAt(line.length - 1) === 125 ? line : line.trim();
  if (t.charCodeAt(0) !== 123 || t.charCodeAt(t.length - 1) !== 125) return undefined;
  return jsonObject(t);
}

/** A text's JSON object (its backslashes read loosely where JSON.parse refuses them), or undefined. */
function jsonObject(line: string): object | undefined {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    v = withLooseEscapes(line);
  }
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

/**
 * Whether a character may be one `trim` removes (or the NaN past a line's end): any but those from "!"
 * to U+167F other than U+00A0, none of which is a blank.
 */
function isBlankOrOther(c: number): boolean {
  return !(c > 32 && c < 0x1680 && c !== 0xa0);
}

/** Whether a line holds more than blanks (`line.trim().length > 0`, mostly without the copy). */
function hasText(line: string): boolean {
  return !isBlankOrOther(line.charCodeAt(0)) || line.trim().length > 0;
}

function isLogfmt(line: string): boolean {
  // A line without "=" holds no pair (most lines of other formats: no word-by-word read of them).
  const eq = line.indexOf('=');
  if (eq < 0) return false;
  // Pairs after a program's tag ("… host app[123]: time=… level=info msg=…", journald's and syslog's
  // lines of a logfmt program) are a text line's message: its header names the program (see unnestPayload).
  const keyStart = line.lastIndexOf(' ', eq);
  if (keyStart > 0 && line.charCodeAt(keyStart - 1) === 58) return false;
  const pairs = readLogfmtPairs(line);
  if (pairs.length < 3) return false;
  // (NetLogger's records, GridFTP's transfer log, name their event `NL.EVNT` and their time `DATE`;
  // Slurm's job completion log its job `JobId`.)
  return pairs.some(([k]) => /^(level|lvl|msg|message|ts|time|t|NL\.EVNT|JobId)$/i.test(k));
}

const CHECKS: [Exclude<FormatName, 'text'>, string, (l: string) => boolean][] = [
  ['json', 'parse as JSON objects', isJsonObject],
  ['syslog5424', 'match RFC 5424 syslog', (l) => RFC5424.test(l)],
  ['syslog3164', 'match RFC 3164 syslog', (l) => RFC3164.test(l)],
  ['access', 'match the Apache/Nginx (or AWS load balancer, S3) access log format', isAccessLine],
  ['logfmt', 'are logfmt key=value pairs', isLogfmt],
];

type DetectedFields = Pick<
  FormatDetection,
  'format' | 'evidence' | 'csv' | 'w3c' | 'slowQueries' | 'windowsEvents' | 'entries'
>;

/**
 * A detection whose text header is learned when first read (see detectFormat). One class, its fields
 * all made in the constructor: every file's detection has one shape, and the parser's reads of it stay
 * inline (objects of several shapes, an accessor defined on each, made them calls to V8's load stub).
 */
class Detection implements FormatDetection {
  format: FormatName;
  evidence: string;
  requestTimeUnit: RequestTimeUnit | undefined = undefined;
  requestStatus: boolean | undefined = undefined;
  tabColumns: boolean | undefined = undefined;
  trailingLogger: boolean | undefined = undefined;
  w3c: W3cLayout | undefined;
  phpErrors: boolean | undefined = undefined;
  lineReaders: LineReader[] | undefined = undefined;
  slowQueries: boolean | undefined;
  windowsEvents: boolean | undefined;
  entries: EntryReader | undefined;
  csv: CsvLayout | undefined;
  ascendingLevels: boolean | undefined = undefined;

  constructor(
    fields: DetectedFields,
    private readonly learn: () => TextHeaderModel,
  ) {
    this.format = fields.format;
    this.evidence = fields.evidence;
    this.w3c = fields.w3c;
    this.slowQueries = fields.slowQueries;
    this.windowsEvents = fields.windowsEvents;
    this.entries = fields.entries;
    this.csv = fields.csv;
  }

  /** The text header, learned once (the detection's function keeps it). */
  get header(): TextHeaderModel {
    return this.learn();
  }
}

/** Fewest lines of an access log's sample besides its requests that its other lines' header is learned from. */
const MIN_OTHER_LINES = 3;

/** Picks the format most sampled lines fit (at least half of them), else text with a learned header. */
export function detectFormat(sample: string[], override?: FormatName): FormatDetection {
  const lines = sample.filter(hasText);
  // Each line parsed as JSON once: for the header's lines here, the JSON check and its levels below.
  const objects = lines.map(jsonObjectOf);
  const json = objects.map((o) => o !== undefined);
  // JSON lines and uWSGI's request lines are read apart: the header is that of the others. Learned
  // when first asked for: a syslog, access, logfmt or CSV file whose every line is of its format never
  // asks (in a bundle of small files, learning it was a quarter of the time).
  let learned: TextHeaderModel | null = null;
  // So are a logfmt file's pairs, and an access log's requests where the sample holds other lines
  // that make a header of their own (ingress-nginx's controller writes klog lines among its access
  // lines); where it holds none, the requests' header is the best guess at theirs (gunicorn's "[time]
  // [pid] [LEVEL]" after its requests', Puma's "[pid] " before its boot lines).
  let logfmt = false;
  let access = false;
  // And lines the framing joins to the line before (stack frames, "Caused by:", Laravel's "[stacktrace]"):
  // a file of long traces has more of them than of headers.
  const learn = (): TextHeaderModel => {
    if (learned !== null) return learned;
    const state: FramingState = newFramingState();
    const starts = lines.filter(
      (l, i) =>
        !json[i] &&
        !isUwsgiRequest(l) &&
        !(logfmt && isLogfmt(l)) &&
        !isContinuation(l, state) &&
        !opensLikeSql(l),
    );
    const others = access ? starts.filter((l) => !isAccessLine(l)) : starts;
    if (others !== starts && others.length >= MIN_OTHER_LINES) {
      const own = learnTextHeader(others);
      if (hasHeader(own)) return (learned = own);
    }
    learned = learnTextHeader(starts);
    return learned;
  };
  const detected = (fields: DetectedFields): FormatDetection => new Detection(fields, learn);
  const w3c = w3cLayout(lines);
  // A CSV export's header row: its first line (blank lines before it are none of its rows).
  const csv =
    override === undefined || override === 'csv'
      ? (csvLayout(lines) ??
        zeekLayout(lines) ??
        directiveCsvLayout(lines) ??
        spaceTableLayout(lines) ??
        fixedTableLayout(lines))
      : null;
  if (csv) return detected({ format: 'csv', evidence: csv.evidence, csv: csv.layout });
  if (override === 'csv')
    return detected({
      format: 'text',
      evidence: 'format set by the caller (csv), but no CSV header row was found; read as text',
    });
  if (override === 'access' && w3c)
    return detected({
      format: override,
      evidence: `format set by the caller (access); ${w3c.evidence}`,
      w3c: w3c.layout,
    });
  if (override)
    return withUnits(
      detected({ format: override, evidence: `format set by the caller (${override})` }),
      lines,
    );
  if (w3c) return detected({ format: 'access', evidence: w3c.evidence, w3c: w3c.layout });
  let best: FormatDetection | null = null;
  let bestCount = 0;
  for (const [format, what, test] of CHECKS) {
    const count =
      format === 'json'
        ? json.filter(Boolean).length
        : countUpTo(lines, test, Math.max(bestCount + 1, Math.ceil(lines.length / 2)));
    if (count > bestCount && count * 2 >= lines.length) {
      bestCount = count;
      best = detected({ format, evidence: `${count} of ${lines.length} sampled lines ${what}` });
    }
  }
  if (best) {
    logfmt = best.format === 'logfmt';
    access = best.format === 'access';
    if (best.format === 'json') withAscendingLevels(best, objects);
    return withRequests(withUnits(best, lines), lines);
  }
  // Rows of comma-separated fields without a header row, one of them a time (PostgreSQL's csvlog).
  // (Not PAN-OS' records, read by their type's fields: see LINE_LAYOUTS.)
  const headerless =
    lines.filter(opensWithPanos).length * 4 >= lines.length
      ? null
      : (headerlessCsvLayout(lines) ?? vpcFlowLayout(lines));
  if (headerless) return detected({ format: 'csv', evidence: headerless.evidence, csv: headerless.layout });
  const slow = slowQueryEvidence(lines);
  if (slow !== null) return detected({ format: 'text', evidence: `text: ${slow}`, slowQueries: true });
  const windows = windowsEventsEvidence(lines);
  if (windows !== null)
    return detected({ format: 'text', evidence: `text: ${windows}`, windowsEvents: true });
  const entries = entryReaderOf(lines);
  if (entries !== null)
    return detected({ format: 'text', evidence: `text: ${entries.evidence}`, entries: entries.reader });
  const header = learn();
  const evidence = hasHeader(header)
    ? `text: header learned from ${lines.length} sampled lines (${describe(header)})`
    : `text: no known structure in ${lines.length} sampled lines; the whole line is the message`;
  return withLineLayouts(
    withTrailingLogger(
      withPhpErrors(
        withTabColumns(withRequests(detected({ format: 'text', evidence }), lines), lines),
        lines,
      ),
      lines,
    ),
    lines,
  );
}

/** Reads one line of a layout, or null for a line of another. */
export type LineReader = (line: string, time: TimestampReader) => ParsedFields | null;

/**
 * The layouts some lines of a text file are read by before its learned header (see
 * LineParser.specialLine): the test of a line, its reader, what the evidence says.
 */
const LINE_LAYOUTS: [(line: string) => boolean, LineReader, string][] = [
  [
    opensWithDataPower,
    parseDataPowerLine,
    "are IBM DataPower's ([domain][message id][category][level]: the category the service, a latency message's largest number its time)",
  ],
  [
    opensWithLsf,
    parseLsfLine,
    "are an LSF daemon's (time with its year, pid, syslog priority, version, function: the priority the level)",
  ],
  [
    opensWithAsteriskQueueLog,
    parseAsteriskQueueLogLine,
    "are Asterisk's queue_log (epoch|call id|queue|agent|event|data: the event and queue the message, its hold, ring, call and wait times durations)",
  ],
  [
    opensWithBeegfs,
    parseBeegfsLine,
    "are a BeeGFS daemon's ((level) MonDD time thread [component] >> message: the component the service)",
  ],
  [
    opensWithUnbound,
    parseUnboundLine,
    "are Unbound's own log's ([epoch] program[pid:thread] level: message; a reply's client, name and time to resolve attributes)",
  ],
  [
    opensWithTuxedoUlog,
    parseTuxedoUlogLine,
    "are Tuxedo's user log's (time of day.machine!process.pid.thread.context: the process the service, the day the file's)",
  ],
  [
    opensWithPbs,
    parsePbsLine,
    "are a PBS daemon's (time;class;daemon@host;object type;name;message: the class its level, the daemon the service)",
  ],
  [
    opensWithMeteor,
    parseMeteorLine,
    "open as Meteor's log does (a level letter, the local time and its offset in hours: `I20201116-18:15:00.221(11)?`)",
  ],
  [
    opensWithRailsStarted,
    parseRailsStartedLine,
    'open a Rails request with its time (`Started GET "/x" for client at time`: its other lines take it)',
  ],
  [
    opensWithChromium,
    parseChromiumLine,
    "open as Chromium's log does ([pid:tid:MMDD/HHMMSS.fraction:LEVEL:file(line)]: the source file is the service)",
  ],
  [
    opensWithKaraf,
    parseKarafLine,
    "open with Karaf's bar-separated columns (time | level | thread | logger | bundle | message: the logger is the service)",
  ],
  [
    opensWithCics,
    parseCicsLine,
    "are a CICS message log's (message id, month-first date, time, applid: the id's last letter its type)",
  ],
  [
    opensWithZosSyslog,
    parseZosSyslogLine,
    "are z/OS SYSLOG records (system, date as year and day, time, job; the message id's last letter its type)",
  ],
  [
    opensWithCeph,
    parseCephLine,
    "open as Ceph's daemons do (time, thread id in hex, priority: -1 an error, 0–4 information, 5 and on debugging)",
  ],
  [
    opensWithMozlog,
    parseMozlogLine,
    "open as Firefox's MOZ_LOG does (time UTC, [process pid: thread], a level letter and the module: the module is the service)",
  ],
  [
    opensWithBracketedEpoch,
    parseNagiosLine,
    "open with seconds since 1970 in brackets (Nagios' log: its state changes' levels, hosts and checks)",
  ],
  [
    opensWithPairsBar,
    parsePairsBarLine,
    'open with a time, key=value pairs and a "|" before the message (Ansible\'s log)',
  ],
  [
    opensWithBracketColumns,
    parseBracketColumnsLine,
    "open with [time][level][logger] columns (Elasticsearch's, Logstash's log)",
  ],
  [
    opensWithApacheError,
    parseApacheErrorLine,
    "open with Apache 2.4's error log columns ([time] [module:level] [pid]: the module is the service)",
  ],
  [
    opensWithNginxError,
    parseNginxErrorLine,
    "open as nginx's error log does (time, [level], pid#tid: the request's context after the message)",
  ],
  [
    opensWithMysqlError,
    parseMysqlErrorLine,
    "open as MySQL 8's error log does (time, thread, [level] [code] [subsystem]: the subsystem is the service)",
  ],
  [
    opensWithWebsphere,
    parseWebsphereLine,
    "open with WebSphere's basic header ([time] thread component type: the component is the service)",
  ],
  [
    opensWithRdsPostgresPrefix,
    parseRdsPostgresLine,
    'open with PostgreSQL\'s prefix on RDS ("<time>:<client>:<user>@<database>:[<pid>]:<SEVERITY>:")',
  ],
  [
    opensWithPanos,
    parsePanosLine,
    "open as PAN-OS' records do (receive time, serial, type: read by the type's fields)",
  ],
  [
    opensWithDnsPacket,
    parseDnsPacketLine,
    "are packets of Windows' DNS debug log (a response's code: SERVFAIL an error)",
  ],
  [
    opensWithGin,
    parseGinLine,
    "are Gin's request lines ([GIN] time | status | latency | client | method path: read as an access log's)",
  ],
  [
    opensWithFpmAccess,
    parseFpmAccessLine,
    'are PHP-FPM\'s access lines (client - user time "method URI" status script ms KB CPU%: read as an access log\'s)',
  ],
  [
    opensWithSrcds,
    parseSrcdsLine,
    'open as a Source engine server\'s log does ("L 10/23/2025 - 06:30:04: …": the time, then the message)',
  ],
  [
    opensWithOauth2Proxy,
    parseOauth2ProxyLine,
    "are oauth2-proxy's request and authentication lines (client - id - user [time] …: requests read as an access log's)",
  ],
  [
    opensWithHanaTrace,
    parseHanaTraceLine,
    "are SAP HANA's trace lines ([thread]{connection}[transaction/update] time level component source : message)",
  ],
  [
    opensWithSybase,
    parseSybaseLine,
    "are SAP ASE's (Sybase) errorlog lines (engine:family:spid:time subsystem message)",
  ],
  [
    opensWithCouchdbRequest,
    parseCouchdbRequest,
    "are CouchDB's request lines ([level] time node <pid> id host client user method path status ok ms: read as an access log's)",
  ],
  [
    opensWithLogcat,
    parseLogcatLine,
    "are Android's logcat (brief, time or threadtime: the priority's letter the level, the tag the service)",
  ],
  [
    opensWithOslog,
    parseOslogLine,
    "open as Apple's `log show` does (time, thread, type, activity, pid, TTL, process: the type is the level)",
  ],
];

/** Text files where a quarter of the sampled lines or more are of one of LINE_LAYOUTS: their readers. */
function withLineLayouts(detection: FormatDetection, lines: string[]): FormatDetection {
  for (const [test, reader, what] of LINE_LAYOUTS) {
    const count = lines.filter(test).length;
    if (count === 0 || count * 4 < lines.length) continue;
    (detection.lineReaders ??= []).push(reader);
    detection.evidence = `${detection.evidence}; ${count} ${what}`;
  }
  // chrony's statistics logs: a table's rows read by the columns its latest header row names.
  const chronyHeader = lines.find(isChronyHeader);
  const chrony = chronyHeader === undefined ? null : chronyLineReader(chronyHeader);
  if (chrony !== null) {
    (detection.lineReaders ??= []).push(chrony);
    detection.evidence = `${detection.evidence}; a chrony log's table (rows by their header's columns, the time UTC)`;
  }
  // The kernel's seconds since boot: a reader of the file's own (it keeps the boot's time).
  const uptimes = lines.filter(opensWithUptime).length;
  if (uptimes * 4 >= lines.length && uptimes > 0) {
    (detection.lineReaders ??= []).push(kernelLineReader());
    detection.evidence = `${detection.evidence}; ${uptimes} open with the kernel's seconds since boot (the time from the boot's "setting system clock to …" line on)`;
  }
  // Seconds since a program's start (Factorio, X.Org): a reader of the file's own (it keeps the start).
  const elapsed = lines.filter(opensWithElapsed).length;
  if (elapsed * 4 >= lines.length && elapsed > 0 && uptimes * 4 < lines.length) {
    (detection.lineReaders ??= []).push(elapsedLineReader());
    detection.evidence = `${detection.evidence}; ${elapsed} open with the seconds since their program started (the time from the start's own line on)`;
  }
  return detection;
}

/** Text files where a quarter of the sampled lines or more are PHP's error log lines. */
function withPhpErrors(detection: FormatDetection, lines: string[]): FormatDetection {
  const count = lines.filter((l) => l.charCodeAt(0) === 91 && isPhpErrorLine(l)).length;
  if (count === 0 || count * 4 < lines.length) return detection;
  detection.phpErrors = true;
  detection.evidence = `${detection.evidence}; ${count} are PHP's error log lines`;
  return detection;
}

/** Whether a line starts like a header of tab-separated columns: two tabs, the first one early. */
function startsWithTabColumns(line: string): boolean {
  const first = line.indexOf('\t');
  if (first < 1 || first > 40) return false;
  const second = line.indexOf('\t', first + 1);
  return second > 0 && second - first <= 65;
}

/** Text files where a quarter of the sampled lines or more open with tab-separated columns. */
function withTabColumns(detection: FormatDetection, lines: string[]): FormatDetection {
  const count = lines.filter(startsWithTabColumns).length;
  if (count === 0 || count * 4 < lines.length) return detection;
  detection.tabColumns = true;
  detection.evidence = `${detection.evidence}; ${count} open with tab-separated columns`;
  return detection;
}

/** A dotted logger name in parentheses at a line's end, after a space: " (kafka.log.LocalLog)". */
const TRAILING_LOGGER = / \([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\)$/;

/** Whether a line ends with a dotted logger name in parentheses (see TRAILING_LOGGER). */
export function endsWithLogger(line: string): boolean {
  return line.charCodeAt(line.length - 1) === 41 && TRAILING_LOGGER.test(line);
}

/** Text files where half the sampled lines that start events or more end with their logger: `trailingLogger`. */
function withTrailingLogger(detection: FormatDetection, lines: string[]): FormatDetection {
  const count = lines.filter(endsWithLogger).length;
  if (count === 0) return detection;
  if (count * 2 < lines.length) {
    // Counted among the lines that start events: a stack trace's frames end with no logger.
    const state: FramingState = newFramingState();
    if (count * 2 < lines.filter((l) => !isContinuation(l, state)).length) return detection;
  }
  detection.trailingLogger = true;
  detection.evidence = `${detection.evidence}; ${count} end with their logger in parentheses (the service)`;
  return detection;
}

/** Text and syslog files whose lines are mostly HTTP requests with a status: `requestStatus`. */
function withRequests(detection: FormatDetection, lines: string[]): FormatDetection {
  const f = detection.format;
  if (f !== 'text' && f !== 'syslog3164' && f !== 'syslog5424') return detection;
  let count = countUpTo(lines, isRequestLine, Math.ceil(lines.length / 2));
  if (count === 0) return detection;
  if (count * 2 < lines.length) {
    // Counted again among the lines that start events: a development server's tracebacks between its
    // request lines (Django's `runserver`) are not lines of their own.
    const state: FramingState = newFramingState();
    const starts = lines.filter((l) => !isContinuation(l, state));
    count = countUpTo(starts, isRequestLine, Math.ceil(starts.length / 2));
    if (count * 2 < starts.length) return detection;
  }
  detection.requestStatus = true;
  detection.evidence = `${detection.evidence}; ${count} hold an HTTP request line and its status (or HAProxy's TCP session and its times)`;
  const time = requestTimeUnitOfLines(lines);
  if (time !== null) {
    detection.requestTimeUnit = time.unit;
    detection.evidence = `${detection.evidence}, the line closed by its ${time.evidence}`;
  }
  return detection;
}

/**
 * JSON lines whose `level` is a number from 0 to 4, most of them 2 or below: Nextcloud's scale, 0
 * debug, 1 info, 2 warning, 3 error, 4 fatal. On syslog's (GELF's `level`), where 1 is an alert and 2
 * critical, a file's most common level is 6 (info) or 7 (debug), or 3 (an error on both scales).
 */
function withAscendingLevels(detection: FormatDetection, objects: (object | undefined)[]): void {
  const counts = [0, 0, 0, 0, 0];
  let numbers = 0;
  for (const object of objects) {
    const level = (object as { level?: unknown } | undefined)?.level;
    if (typeof level !== 'number') continue;
    if (!Number.isInteger(level) || level < 0 || level > 4) return;
    counts[level] = (counts[level] ?? 0) + 1;
    numbers++;
  }
  const low = (counts[0] ?? 0) + (counts[1] ?? 0) + (counts[2] ?? 0);
  if (numbers < 5 || low * 2 <= numbers) return;
  detection.ascendingLevels = true;
  detection.evidence += "; their numeric levels count up from 0 (debug) to 4 (fatal), as Nextcloud's do";
}

/** An access log's request-time unit, decided from the sample, with its evidence. */
function withUnits(detection: FormatDetection, lines: string[]): FormatDetection {
  if (detection.format !== 'access') return detection;
  const time = requestTimeUnit(lines);
  if (!time) return detection;
  detection.requestTimeUnit = time.unit;
  detection.evidence = `${detection.evidence}; ${time.evidence}`;
  return detection;
}

const NAMES: Record<number, string> = {
  [BRACKET]: 'a [thread]',
  [LEVEL]: 'a level word',
  [DASH]: '"-"',
  [LOGGER]: 'a logger',
  [COMPONENT]: 'a "component:"',
  [SOURCE]: 'a "file.go:line]" or "module]"',
  [MARK]: 'a level mark (* # . -)',
  [NUM]: 'a number',
  9: 'a padded column',
};

const ANCHORS: Record<number, string> = {
  [LEVEL]: 'level',
  [COMPONENT]: '"component:"',
  [TIME]: 'an epoch timestamp',
};

function describe(h: TextHeaderModel): string {
  if (h.pipeFields > 0) return `${h.pipeFields} '|'-separated header fields`;
  const parts =
    h.anchorIndex < 0
      ? [
          `${h.levelDate ? 'a level letter glued to the date, then ' : ''}${h.leading} leading timestamp/number tokens`,
        ]
      : [`${ANCHORS[h.anchorClass] ?? '?'} in column ${h.anchorIndex + 1}`];
  for (const cls of h.after) parts.push(`then ${NAMES[cls] ?? '?'}`);
  return parts.join(', ');
}
