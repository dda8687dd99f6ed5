import {
  headerLevelAt,
  levelAt,
  levelFromMessage,
  basicConfigColon,
  normalizeLevel,
  relayedPhpLevel,
} from '../fields/normalize-level';
import { isCrashStart } from '../frame/is-continuation';
import { isZoneWord, parseTimestamp, timeOfDay, type TimestampContext } from '../fields/parse-timestamp';
import { SameSecondCache } from '../fields/same-second-cache';
import { TimestampReader } from '../fields/timestamp-reader';
import { sameText, startsWithText } from '../fields/strings';
import { endsWithLogger, type FormatDetection } from './detect-format';
import { HeaderLayouts } from './header-layouts';
import { headerAttributes } from './header-pairs';
import { HeaderTokens, MAX_HEADER_TOKENS, NUM, TIME } from './header-tokens';
import { parseAccessLine } from './parse-access-line';
import { opensLikeRubyLogger } from './starts-like-header';
import { parseJsonLine, withError } from './parse-json-line';
import { parseCsvLine } from './parse-csv-line';
import { parseLogfmtLine } from './parse-logfmt-line';
import { opensWithKlog, unnestPayload } from './nested-payload';
import { parsePhpErrorLine } from './parse-php-error-line';
import { parseUwsgiRequest, readRequestLine } from './parse-request-line';
import { takeTrailingJson } from './trailing-json';
import { spacedPairs } from './pipe-pairs';
import { W3cLineParser } from './parse-w3c-line';
import { parseSyslog3164, parseSyslog5424 } from './parse-syslog-line';
import { parseSlowQueryEntry } from './slow-query-log';
import { parseWindowsEvent } from './windows-events';
import type { ParsedFields } from './parsed-fields';
import type { Level } from '../types';
import { empty, emptyHeaderParts, splitHeader, type HeaderParts, type TextHeaderModel } from './text-header';

/** A level column, bare or in brackets: "ERROR", "[WARNING]". */
function bracketedLevelAt(line: string, from: number, to: number): Level | null {
  if (to - from < 3 || to - from > 11) return null;
  if (line.charCodeAt(from) === 91 && line.charCodeAt(to - 1) === 93) return levelAt(line, from + 1, to - 1);
  return levelAt(line, from, to);
}

/** Ruby's Logger: "E, [2019-03-25T13:23:55.946235 #4] ERROR -- app: …" (time, level word, program). */
const RUBY_LOGGER = /^[DIWEFAU], \[(\d[^\]]{9,40}?) #\d+\] +([A-Z]+) -- ([^:]*): ?/;

/** A Java class and its method before the text, "hudson.model.Run#execute: " (Jenkins). */
const SOURCE_METHOD = /^([A-Za-z_$][\w$]*(?:\.[\w$]+)+)#[\w$<>]+: /;

/**
 * log4j's `%F:%L - ` after a time that follows the header, Cassandra's "INFO  [main] 2026-11-25
 * 10:00:00,123 CassandraDaemon.java:123 - Starting …": the source file (the service) and its line.
 */
const SOURCE_DASH = /^([A-Za-z_$][\w$]*\.(?:java|kt|scala|groovy)):\d+ - /;

/**
 * A host and a program's tag after a line's time, "ip-10-66-51-180 sshd[874420]: " or "… kernel: ":
 * journald's short-iso lines of other programs in a file whose busiest program writes a header of
 * its own after its tag ("… neighbourhoods-api[11531]: INFO neighbourhoods_api.consumer: …").
 */
const HOST_TAG = /^[\w.-]+ (?:([\w.@/-]+)\[\d+\]|(kernel)): /;

/** How near an application's time without a zone is to its access log's last request's to be kept (see parseFields). */
const NEAR_REQUEST_MS = 10 * 60_000;

/** The label before the time of a MySQL slow query log entry (see LineParser.commentTime). */
const COMMENT_TIME = '# Time: ';

/** Farther than this from the analysis's common day, a year-less time is of the year before or after. */
const HALF_YEAR_MS = 183 * 86_400_000;

/** Parses the first line of each event by the file's format, falling back to JSON or text per line. */
/**
 * A time in the common log format's brackets, before a quoted request: `[17/Oct/2019:05:31:05 +0100] "`;
 * or in quotes, as GlassFish's and Payara's access log quote each field: `"26/Dec/2025:13:00:00 +0530" "GET …`.
 */
const CLF_TIME = /[["](\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d(?:\.\d+)? [+-]\d{4})[\]"] "/;

export class LineParser {
  private readonly tokens = new HeaderTokens();
  private readonly timeTokens = new HeaderTokens();
  private readonly parts: HeaderParts = emptyHeaderParts();
  /** The header layouts of the file's text lines, made at the first text line (see `headerLayouts`). */
  private layouts: HeaderLayouts | null = null;
  /** The learned header, read from the detection with the layouts. */
  private header: TextHeaderModel = empty();
  private lastTimeText = '';
  private lastTime: number | null = null;
  /** The last header time read with a date (a time of day alone is placed on its day). */
  private lastDated: number | null = null;
  /**
   * Times read from a time of day alone, the date taken from the file's other times or its first day
   * (see headerTimeOfDay): a container runtime's own time, which has its date, is better then.
   */
  datelessTimes = 0;
  /** Of those, the ones placed on the file's first day, with no dated time before them (see headerTimeOfDay). */
  private dayTimes = 0;
  private lastMonth = 0;
  /** An access log's last request's time (see parseFields). */
  private requestTime: number | null = null;
  private month = 0;
  private monthStart = 0;
  private monthEnd = -1;
  private readonly sameSecond = new SameSecondCache();
  private timeFrom = -1;
  private timeTo = -1;
  /**
   * The length of the time's first token when learned: a line whose token there is another (a
   * FreeSWITCH line with its call's uuid before the time, after one without) is scanned anew, not read
   * from the learned span ("7d5d0935-5ae2-… 2026-12-21" had read as a date of the year 935).
   */
  private timeFromLength = -1;
  /**
   * The last scanned header up to the end of its time's tokens, when the next header's tokens up to
   * there are known from its text alone (see headerTime); and where the time's first token starts.
   */
  private spanPrefix = '';
  private spanStart = 0;
  /** Whether the span was learned from a time on a whole minute, its trailing numbers kept (see headerTime). */
  private spanOnMinute = false;
  /** The end of the run of time-like tokens that held the time (see `headerTime`). */
  private timeRunEnd = -1;
  /** Where the message starts after `leadingTime`'s time. */
  private leadingEnd = 0;
  /** Whether the text headers' timestamps lack a year (decided on the first one; null before). */
  private yearless: boolean | null = null;

  private readonly time: TimestampReader;
  /** Reads the times of structured lines inside messages (see unnestPayload), apart from the headers'. */
  private readonly innerTime: TimestampReader;
  private readonly w3c: W3cLineParser | null;
  /** Whether the detection found layouts some lines are read by before the header (see specialLine). */
  private readonly lineLayouts: boolean;
  /** Header times without a date: the day they fall on (moved on when the time of day goes back). */
  private day: number;
  private lastTimeOfDay = -1;

  /** The day year-less times are read nearest to (see ReadOptions.day), or null. */
  private readonly nearDay: number | null;

  constructor(
    private readonly detection: FormatDetection,
    ctx: TimestampContext & { nearDay?: number | undefined },
  ) {
    this.nearDay = ctx.nearDay ?? null;
    this.time = new TimestampReader(ctx.year, ctx.localOffsetMinutes);
    this.innerTime = new TimestampReader(ctx.year, ctx.localOffsetMinutes);
    this.w3c = detection.w3c ? new W3cLineParser(detection.w3c, this.time) : null;
    this.lineLayouts =
      detection.phpErrors === true || detection.lineReaders !== undefined || detection.tabColumns === true;
    this.day = ctx.day ?? Date.UTC(ctx.year, 0, 1);
  }

  /**
   * The offset (minutes east of UTC) of a wrapper's zone-less times, learned from the zoned times of
   * the lines it wraps (see outerInZone): null before, NaN when two lines disagree.
   */
  private outerOffset: number | null = null;

  /**
   * A wrapper's zone-less time (journald's `Feb 19 19:30:01.002788 kube-17 containerd[28080]:`) read in
   * the zone its wrapped lines' zoned times show (`time="2022-02-19T19:30:01.002788156-03:00"`): the
   * two differ by the wrapper's offset, rounded to a quarter hour. Every line of the file is then read
   * at that offset, those that wrap no time too (a Go panic's). Unchanged while the wrapper's times
   * carry a zone or its wrapped ones do not.
   */
  private outerInZone(outer: number, inner: number | null): number {
    if (this.innerTime.naiveTimes > 0) return outer;
    if (inner !== null && !Number.isNaN(this.outerOffset)) {
      const offset = Math.round((outer - inner) / 900_000) * 15;
      // A wrapper writes when it received the line: seconds after its own time, not more; and its
      // offset is a zone's (a year-less wrapper's year guessed wrong is none).
      if (
        Math.abs(outer - inner - offset * 60_000) < 120_000 &&
        offset !== 0 &&
        offset >= -12 * 60 &&
        offset <= 14 * 60
      )
        this.outerOffset = this.outerOffset === null || this.outerOffset === offset ? offset : NaN;
    }
    const offset = this.outerOffset;
    return offset === null || Number.isNaN(offset) ? outer : outer - offset * 60_000;
  }

  /** Whether most timestamps read so far had no zone (local time: see `bundleClock`). */
  get zoneless(): boolean {
    // A wrapper's times read in its wrapped lines' zone (see outerInZone) are as good as zoned.
    if (this.outerOffset !== null && !Number.isNaN(this.outerOffset)) return false;
    const naive = this.time.naiveTimes + this.innerTime.naiveTimes;
    return naive > 0 && naive > this.time.zonedTimes + this.innerTime.zonedTimes;
  }

  /**
   * Whether most of its times were times of day alone, with no date before them to fall on (Elixir's
   * Logger, `[15:07:25 INFO]:`): placed on the file's first day, and local time as much as any time
   * without a zone (see `bundleClock`).
   */
  get dateless(): boolean {
    return this.dayTimes > 0 && this.dayTimes > this.time.naiveTimes + this.time.zonedTimes;
  }

  /** The one offset its zoned times write (minutes east of UTC), or null (see `bundleClock`). */
  get zoneOffset(): number | null {
    return this.time.zoneOffset ?? this.innerTime.zoneOffset;
  }

  /** The ambiguous zone abbreviation its times carry ("ist"), if any (see `bundleClock`). */
  get ambiguousZone(): string | null {
    return this.time.ambiguousZone ?? this.innerTime.ambiguousZone;
  }

  /**
   * Whether events are read whole, all their lines, by `parseEntry`: a slow query log's entries, Windows'
   * <Event> elements.
   */
  get wholeEntries(): boolean {
    return (
      this.detection.slowQueries === true ||
      this.detection.windowsEvents === true ||
      this.detection.entries !== undefined
    );
  }

  /** An entry read whole (see wholeEntries, slow-query-log.ts, windows-events.ts, entry-readers.ts). */
  parseEntry(text: string): ParsedFields {
    const entries = this.detection.entries;
    if (entries !== undefined) return entries.parse(text, this.time);
    return this.detection.windowsEvents === true
      ? parseWindowsEvent(text, this.time)
      : parseSlowQueryEntry(text, this.time);
  }

  parse(line: string): ParsedFields {
    const fields = this.parseFields(line);
    const format = fields.format;
    if (
      format === 'text' ||
      format === 'syslog3164' ||
      format === 'syslog5424' ||
      format === 'json' ||
      format === 'csv' ||
      format === 'access'
    ) {
      const outer = fields.timestamp;
      const inner = unnestPayload(fields, this.innerTime);
      // (Most files' own times carry a zone, or their lines wrap none: no call.)
      if (outer !== null && this.time.zonedTimes === 0 && this.innerTime.zonedTimes > 0)
        fields.timestamp = this.outerInZone(outer, inner);
    }
    if (this.detection.requestStatus === true && fields.format !== 'json' && fields.format !== 'csv') {
      readRequestLine(fields, line, this.detection.requestTimeUnit);
      // A request line behind a tag of its own, its time in the common log format's brackets
      // (InfluxDB 1.x: `[httpd] 10.0.4.51 - telegraf [17/Oct/2019:05:31:05 +0100] "POST /write …`), or
      // every field quoted (Payara: `"10.0.0.1" "NULL-AUTH-USER" "26/Dec/2025:13:00:00 +0530" "GET …`).
      if (fields.timestamp === null && fields.attributes['status'] !== undefined) {
        const clf = CLF_TIME.exec(line);
        if (clf !== null) fields.timestamp = this.time.read(clf[1] ?? '');
      }
    }
    if (this.detection.trailingLogger === true && fields.service === null) takeTrailingLogger(fields);
    if (fields.format === 'text') {
      takeTrailingJson(fields);
      fields.message = spacedPairs(fields.message);
      if (fields.message.charCodeAt(0) === 99) takeVmkernelPrefix(fields);
    }
    // PHP's warnings relayed by a web server at its own "error", and its notices relayed by PHP-FPM at
    // its own "WARNING", keep PHP's level (see relayedPhpLevel).
    if (fields.level === 'error' || fields.level === 'warn')
      fields.level = relayedPhpLevel(fields.message) ?? fields.level;
    return fields;
  }

  private parseFields(line: string): ParsedFields {
    const format = this.detection.format;
    if (line.charCodeAt(0) === 123) {
      const json = parseJsonLine(line, this.time, this.detection.ascendingLevels === true);
      if (json) return json;
    }
    let parsed: ParsedFields | null = null;
    const csv = this.detection.csv;
    if (csv !== undefined) parsed = parseCsvLine(line, csv, this.time);
    else if (format === 'syslog3164') parsed = parseSyslog3164(line, this.time);
    else if (format === 'syslog5424') parsed = parseSyslog5424(line, this.time);
    else if (this.w3c !== null) parsed = this.w3c.parse(line);
    else if (format === 'access') parsed = parseAccessLine(line, this.time, this.detection.requestTimeUnit);
    else if (format === 'logfmt') parsed = parseLogfmtLine(line, this.time);
    if (parsed) {
      if (format === 'syslog3164' && parsed.timestamp !== null)
        parsed.timestamp = this.rollYear(parsed.timestamp);
      else if (format === 'access') this.requestTime = parsed.timestamp;
      return parsed;
    }
    // ingress-nginx's controller writes klog lines among its requests: read by their own header (see
    // unnestPayload), not by one learned from the requests' when the sample held too few of them.
    if (format === 'access' && opensWithKlog(line))
      return { timestamp: null, level: null, service: null, message: line, attributes: {}, format };
    const naive = this.time.naiveTimes;
    const text = this.parseText(line);
    if (format !== 'json') text.format = format;
    // The application's own lines among a server's access lines, whose times carry their zone (Ruby's
    // Logger beside Rack's "[25/Mar/2019:13:23:55 -1000]"), often write local time without one: such a
    // line takes the time of the request before it rather than a time hours away — but keeps its own
    // within minutes of it (Django's "2025-06-02 09:47:55,750 INFO …" beside gunicorn's requests in UTC).
    if (format === 'access' && this.time.naiveTimes > naive && !this.nearRequest(text.timestamp))
      text.timestamp = null;
    return text;
  }

  /** Whether a time is within NEAR_REQUEST_MS of the last request's (a zone's offset is 30 minutes or more). */
  private nearRequest(t: number | null): boolean {
    return t !== null && this.requestTime !== null && Math.abs(t - this.requestTime) <= NEAR_REQUEST_MS;
  }

  /**
   * Syslog, klog and other year-less timestamps: a jump from Oct–Dec back to Jan–Mar means the year
   * turned. Times read with the old year are forgotten, so a repeated "Jan  1 00:00:00" gets the new one.
   */
  private rollYear(t: number): number {
    // The file's first year-less time: in the year that puts it nearest the analysis's common day.
    if (this.lastMonth === 0 && this.nearDay !== null) {
      const shift = t - this.nearDay > HALF_YEAR_MS ? -1 : this.nearDay - t > HALF_YEAR_MS ? 1 : 0;
      if (shift !== 0) {
        this.time.setYear(this.time.year + shift);
        this.lastTimeText = '';
        this.sameSecond.clear();
        t = new Date(t).setUTCFullYear(new Date(t).getUTCFullYear() + shift);
      }
    }
    // The month's bounds are remembered: neighbouring lines fall in it, and no Date is made for them.
    if (!(t >= this.monthStart && t < this.monthEnd)) {
      const date = new Date(t);
      this.month = date.getUTCMonth() + 1;
      this.monthStart = Date.UTC(date.getUTCFullYear(), this.month - 1, 1);
      this.monthEnd = Date.UTC(date.getUTCFullYear(), this.month, 1);
    }
    const month = this.month;
    const turned = this.lastMonth >= 10 && month <= 3;
    this.lastMonth = month;
    if (!turned) return t;
    this.time.setYear(this.time.year + 1);
    this.lastTimeText = '';
    this.sameSecond.clear();
    this.monthEnd = -1;
    return new Date(t).setUTCFullYear(this.time.year);
  }

  /**
   * The layouts of the learned header, made when a first line is read as text: the header is learned
   * then (see detectFormat), not for a file whose every line is JSON, syslog, an access log's or CSV.
   */
  private headerLayouts(): HeaderLayouts {
    if (this.layouts === null) {
      this.header = this.detection.header;
      this.layouts = new HeaderLayouts(this.header, this.tokens);
    }
    return this.layouts;
  }

  private parseText(line: string): ParsedFields {
    // A runtime's own crash output has no header: "fatal error: …" is not a time and a level.
    if (isCrashStart(line)) {
      return {
        timestamp: null,
        level: line.charCodeAt(0) === 69 ? 'error' : 'fatal',
        service: null,
        message: line,
        attributes: {},
        format: 'text',
      };
    }
    // uWSGI's request lines, among its own and the application's (see parseUwsgiRequest).
    if (line.charCodeAt(1) === 112 && line.charCodeAt(0) === 91) {
      const request = parseUwsgiRequest(line, this.time);
      if (request !== null) return request;
    }
    if (this.lineLayouts) {
      const special = this.specialLine(line);
      if (special !== null) {
        // A layout that writes the time of day alone (Tuxedo's ULOG): placed on its day here.
        if (special.timeOfDay !== undefined) special.timestamp = this.onItsDay(special.timeOfDay);
        return special;
      }
    }
    // Most headers have a shape split before: reuse that split.
    const layout = this.headerLayouts().find(line);
    if (layout !== null) {
      let message = line.slice(layout.messageStart);
      let time = this.headerTimeAt(line, layout.timeStart, layout.timeEnd);
      let source: RegExpExecArray | null = null;
      if (time === null && (time = this.timeAfterHeader(message)) !== null) {
        message = message.slice(this.leadingEnd);
        if ((source = SOURCE_DASH.exec(message)) !== null) message = message.slice(source[0].length);
      }
      const fields: ParsedFields = {
        timestamp: this.yearless && time !== null ? this.rollYear(time) : time,
        level: layout.levelFromMessage ? levelFromMessage(message) : layout.level,
        service:
          layout.component ??
          (layout.componentEnd > layout.componentStart
            ? line.slice(layout.componentStart, layout.componentEnd)
            : (source?.[1] ?? null)),
        message,
        attributes: layout.hasPairs ? headerAttributes(line, layout.messageStart) : {},
        format: 'text',
      };
      return layout.levelFromMessage ? withBasicConfig(fields) : fields;
    }
    const p = this.parts;
    if (!splitHeader(line, this.header, this.tokens, p)) {
      // A line in another header style than the file's ("2026/02/25 01:58:48 http: …" from Go's
      // standard logger among zerolog lines): its leading time is still read and left out of the message.
      const tabbed = this.tabColumns(line);
      if (tabbed !== null) return tabbed;
      // Its opening checked first (a few characters): the expression runs on Ruby's lines only.
      const ruby = opensLikeRubyLogger(line) ? RUBY_LOGGER.exec(line) : null;
      if (ruby !== null) return this.rubyLoggerLine(line, ruby);
      const time = this.leadingTime(line) ?? this.commentTime(line);
      let message = time === null ? line : line.slice(this.leadingEnd);
      const tag = time === null ? null : HOST_TAG.exec(message);
      if (tag !== null) message = message.slice(tag[0].length);
      return withBasicConfig({
        timestamp: this.yearless && time !== null ? this.rollYear(time) : time,
        level: levelFromMessage(message),
        service: tag === null ? null : (tag[1] ?? tag[2] ?? null),
        message,
        attributes: {},
        format: 'text',
      });
    }
    let message = line.slice(p.messageStart);
    const level =
      p.levelEnd > p.levelStart ? headerLevelAt(line, p.levelStart, p.levelEnd) : levelFromMessage(message);
    let service = p.componentEnd > p.componentStart ? line.slice(p.componentStart, p.componentEnd) : null;
    let time = this.headerTime(line.slice(p.timeStart, p.timeEnd));
    if (time === null && (time = this.timeAfterHeader(message)) !== null) {
      message = message.slice(this.leadingEnd);
      const source = SOURCE_DASH.exec(message);
      if (source !== null) {
        message = message.slice(source[0].length);
        service ??= source[1] ?? null;
      }
    }
    const timestamp = this.yearless && time !== null ? this.rollYear(time) : time;
    this.headerLayouts().learn(line, p, level);
    const fields: ParsedFields = {
      timestamp,
      level,
      service,
      message,
      attributes: headerAttributes(line, p.messageStart),
      format: 'text',
    };
    return p.levelEnd > p.levelStart ? fields : withBasicConfig(fields);
  }

  /**
   * A line of a layout the detection found beside the learned header: PHP's error log, Nagios', a
   * time and pairs before a bar (Ansible's), bracketed columns (Elasticsearch's), PostgreSQL's prefix
   * on RDS, tab-separated columns (AWS Lambda's, Jenkins'); null for another.
   */
  private specialLine(line: string): ParsedFields | null {
    const d = this.detection;
    const c = line.charCodeAt(0);
    if (d.phpErrors === true && c === 91) {
      const php = parsePhpErrorLine(line, this.time);
      if (php !== null) return php;
    }
    for (const read of d.lineReaders ?? []) {
      const fields = read(line, this.time);
      if (fields !== null) return fields;
    }
    return d.tabColumns === true ? this.tabColumns(line) : null;
  }

  /**
   * A line of Ruby's Logger among lines of another header (an application's log beside Rack's access
   * lines on one stream): its level word, program and time.
   */
  private rubyLoggerLine(line: string, m: RegExpExecArray): ParsedFields {
    const time = this.time.read(m[1] ?? '');
    return {
      timestamp: this.yearless && time !== null ? this.rollYear(time) : time,
      level: normalizeLevel(m[2] ?? ''),
      service: m[3] ? m[3] : null,
      message: line.slice(m[0].length),
      attributes: {},
      format: 'text',
    };
  }

  /**
   * A header of tab-separated columns: a time, a level and ids without spaces, then the text. AWS
   * Lambda's runtimes write "<time>\t<request id>\t<LEVEL>\t<text>" (Node) and
   * "[LEVEL]\t<time>\t<request id>\t<text>" (Python). Null unless the first column is a time or a
   * level and a time is among the columns.
   */
  private tabColumns(line: string): ParsedFields | null {
    const first = line.indexOf('\t');
    if (first < 1 || first > 40) return null;
    let timestamp: number | null = null;
    let level: Level | null = null;
    let file: string | null = null;
    let start = 0;
    for (let column = 0; column < 4; column++) {
      const tab = line.indexOf('\t', start);
      if (tab < 0 || tab - start > 64) break;
      if (timestamp === null && (timestamp = this.time.read(line.slice(start, tab))) !== null) {
        start = tab + 1;
        continue;
      }
      if (level === null && (level = bracketedLevelAt(line, start, tab)) !== null) {
        start = tab + 1;
        continue;
      }
      // Past the first column, a word without spaces is an id column ("<request id>"), or the source
      // file that logged (zap's console encoder: "server/server.go:42"), the service — after which
      // comes the message, of one word too ("Logs\t{…}", the collector's debug exporter).
      if (column === 0 || file !== null || line.lastIndexOf(' ', tab) >= start) break;
      if (level !== null && file === null) file = sourceFileOf(line.slice(start, tab));
      start = tab + 1;
    }
    if (timestamp === null || start === 0) return null;
    // Jenkins: "<time> [id=42]\tINFO\thudson.model.Run#execute: <text>", the class and method that logged.
    const source = level === null ? null : SOURCE_METHOD.exec(line.slice(start, start + 200));
    if (source !== null) start += source[0].length;
    const fields: ParsedFields = {
      timestamp: this.yearless ? this.rollYear(timestamp) : timestamp,
      level: level ?? levelFromMessage(line.slice(start)),
      service: source === null ? file : (source[1] ?? null),
      message: line.slice(start),
      attributes: {},
      format: 'text',
    };
    if (file !== null) withContextObject(fields);
    return fields;
  }

  /**
   * The time that opens the message when the header held none: "INFO  [main] 2024-10-21 10:15:07,547
   * File.java:878 - …" (Cassandra: the level and the thread come first). `leadingEnd` is set past it.
   */
  private timeAfterHeader(message: string): number | null {
    const c = message.charCodeAt(0);
    // (A hex id's letter too: see leadingTime.)
    return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) ? this.leadingTime(message) : null;
  }

  /** `headerTime(line.slice(from, to))`, answered in place when the time repeats or only its fraction changes. */
  private headerTimeAt(line: string, from: number, to: number): number | null {
    const last = this.lastTimeText;
    // (Times of milliseconds differ at their end: startsWithText reads the last character first.)
    if (to - from === last.length && startsWithText(line, last, from)) return this.lastTime;
    const cached = this.sameSecond.getAt(line, from, to);
    if (cached !== undefined) return cached;
    return this.headerTime(line.slice(from, to));
  }

  /**
   * MySQL's slow query log opens each entry with "# Time: 2025-01-02T23:09:24.457383Z" (the entry's
   * other lines have no time, and inherit it).
   */
  private commentTime(line: string): number | null {
    if (line.charCodeAt(0) !== 35 || !line.startsWith(COMMENT_TIME)) return null;
    const rest = line.slice(COMMENT_TIME.length).trimEnd();
    // The time alone on its line: the line stays the message ("# Time: <*>", one pattern).
    const time = this.time.read(rest);
    if (time !== null) this.leadingEnd = 0;
    return time;
  }

  /**
   * The time at the start of a line that did not fit the header model: a run of time-like tokens
   * of two or more, or one with separators ("2026-02-25T01:52:56Z"); `leadingEnd` is set to where the
   * message starts. Null when the line starts otherwise or the run does not parse.
   */
  private leadingTime(line: string): number | null {
    const t = this.timeTokens;
    t.scan(line, 6, false);
    // A time alone on its line opens an entry whose text follows it (Oracle's alert log); a number
    // alone is a value (a line of a multi-line statement), no time.
    if (t.count === 0) return null;
    // From the first token; else from the second after an id in hex (a thread id the header's padded
    // column holds on other lines: Commvault's "24609 6735  03/25 20:33:05", "24609 62c1  03/25 …").
    const first = t.classOf(0);
    const opens = first === TIME || (first === NUM && t.count >= 2);
    const skip =
      t.count > 2 &&
      first !== TIME &&
      isHexId(line, t.starts[0] ?? 0, t.ends[0] ?? 0) &&
      isTimeLike(t.classOf(1))
        ? 1
        : 0;
    for (let k = opens ? 0 : skip; k <= skip; k++) {
      if (k === 0 && !opens) break;
      const end = this.runEnd(line, t, k);
      if (end === k && t.classOf(k) !== TIME) continue;
      for (let e = end; e >= k; e--) {
        const time = this.time.read(line.slice(t.starts[k] ?? 0, t.ends[e] ?? 0));
        if (time === null) continue;
        let at = t.ends[e] ?? 0;
        // The colon a time token was split at ("10:00:00,123:DEBUG:…", see HeaderTokens.scan).
        if (line.charCodeAt(at) === 58) at++;
        while (at < line.length && (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9)) at++;
        this.leadingEnd = at;
        return time;
      }
    }
    return this.timeOfDayNearLast(line, t);
  }

  /**
   * A line that opens with a time of day alone ("19:09:06,559 |-ERROR in ch.qos.logback…", logback's
   * own status lines among dated lines): that time on the day of the file's last time, the nearer
   * day when it lies over twelve hours away. Null before the file's first time.
   */
  private timeOfDayNearLast(line: string, t: HeaderTokens): number | null {
    const last = this.lastDatedTime();
    if (last === null || t.classOf(0) !== TIME) return null;
    const time = timeOfDay(line.slice(0, t.ends[0] ?? 0));
    if (time === null) return null;
    let end = t.ends[0] ?? 0;
    while (end < line.length && (line.charCodeAt(end) === 32 || line.charCodeAt(end) === 9)) end++;
    this.leadingEnd = end;
    this.datelessTimes++;
    return this.nearLastTime(time, last);
  }

  /** The latest time read with a date: from a header, or from a time the file's reader parsed. */
  private lastDatedTime(): number | null {
    const read = this.time.lastTime;
    const header = this.lastDated;
    return read === null ? header : header === null ? read : Math.max(read, header);
  }

  /**
   * A time of day (ms since midnight, local) on the day of `last`, or the next or previous day if
   * nearer. Local is the offset the file's zoned times all write, where they write one: logback
   * prints its status lines in the zone of the JVM whose app lines say `-06:00` (blind7 37/s02: a
   * disk filling at 23:51 UTC was placed at 17:51); else the local offset the reader was given.
   */
  private nearLastTime(time: number, last: number): number {
    const offset = (this.time.zoneOffset ?? this.time.localOffsetMinutes) * 60_000;
    const local = last + offset;
    let at = Math.floor(local / 86_400_000) * 86_400_000 + time;
    if (at - local > 12 * 3_600_000) at -= 86_400_000;
    else if (local - at > 12 * 3_600_000) at += 86_400_000;
    return at - offset;
  }

  /** The last token of the run of time-like tokens from k, with a zone word after it. */
  private runEnd(header: string, t: HeaderTokens, k: number): number {
    let end = k;
    for (;;) {
      if (end + 1 < t.count && (t.classOf(end + 1) === TIME || t.classOf(end + 1) === NUM)) end++;
      // A lone dash between a date and its time (Gin's and KrakenD's `2020/03/17 - 18:45:01.001`).
      else if (
        end + 2 < t.count &&
        (t.ends[end + 1] ?? 0) - (t.starts[end + 1] ?? 0) === 1 &&
        header.charCodeAt(t.starts[end + 1] ?? 0) === 45 &&
        t.classOf(end) === TIME &&
        t.classOf(end + 2) === TIME
      )
        end += 2;
      else break;
    }
    // A server's local time is followed by its zone: "2026-11-25 10:00:00.123 EST" (PostgreSQL's %t),
    // or "+08" where the zone has no abbreviation.
    if (end + 1 < t.count && isZoneAt(header, t.starts[end + 1] ?? 0, t.ends[end + 1] ?? 0)) {
      end++;
      // "GMT +1", "GMT -8" (TIBCO BusinessWorks 5): the offset's hours from GMT in a token of their own.
      if (
        end + 1 < t.count &&
        isGmtHours(header, t.starts[end] ?? 0, t.starts[end + 1] ?? 0, t.ends[end + 1] ?? 0)
      )
        end++;
    }
    return end;
  }

  /**
   * The header's first time-like token read as a time of day on `day`: a time more than twelve hours
   * before the one before it is on the next day (a file that runs past midnight). In a file whose
   * earlier lines had a date, on the day of its last time (see `nearLastTime`).
   */
  private headerTimeOfDay(header: string, t: HeaderTokens): number | null {
    for (let k = 0; k < t.count; k++) {
      if (t.classOf(k) !== TIME) continue;
      const time = timeOfDay(header.slice(t.starts[k] ?? 0, t.ends[k] ?? 0));
      return time === null ? null : this.onItsDay(time);
    }
    return null;
  }

  /**
   * A time of day (ms since midnight) placed on a day: on the day of the file's last dated time when
   * it had one; else the file's own run of days, a time more than twelve hours before the one before
   * it being on the next day.
   */
  private onItsDay(time: number): number {
    this.datelessTimes++;
    const last = this.lastDatedTime();
    if (last !== null) return this.nearLastTime(time, last);
    this.dayTimes++;
    if (this.lastTimeOfDay - time > 12 * 3_600_000) this.day += 86_400_000;
    this.lastTimeOfDay = time;
    // In local time, as the file's other times without a zone (see ReadOptions.localTime).
    return this.day + time - this.time.localOffsetMinutes * 60_000;
  }

  /**
   * The last token of a header's time span from `k` to `e` (which reads as `time`) without the
   * trailing tokens that do not change it. A zone word stays, even "UTC": the file's times then say
   * they are not local ones (see bundleClock). So does AM or PM: "11:00:00 AM" reads the same without
   * it, "1:00:01 PM" (java.util.logging's SimpleFormatter) does not.
   */
  private withoutTrailingNumbers(
    header: string,
    t: HeaderTokens,
    k: number,
    e: number,
    time: number,
  ): number {
    while (
      e > k &&
      !isZoneAt(header, t.starts[e] ?? 0, t.ends[e] ?? 0) &&
      !isMeridiemAt(header, t.starts[e] ?? 0, t.ends[e] ?? 0) &&
      parseTimestamp(header.slice(t.starts[k] ?? 0, t.ends[e - 1] ?? 0), this.time) === time
    )
      e--;
    return e;
  }

  /** The first run of time-like tokens of the header that parses (cached: neighbours share it). */
  private headerTime(header: string): number | null {
    // (sameText: two sliced strings compared with === go through the runtime, see there.)
    if (sameText(header, this.lastTimeText)) return this.lastTime;
    const cached = this.sameSecond.get(header);
    if (cached !== undefined) return cached;
    // A header that repeats the last scanned one up to the end of its time's tokens, then a blank or
    // nothing (a pid or thread id after the time changes: HDFS's "081109 203615 148"): its tokens up
    // to there are the same, so the scan below would take the branch that reads the same span.
    const prefix = this.spanPrefix;
    const spanEnd = prefix.length;
    if (
      spanEnd > 0 &&
      headerTimeShortcut.enabled &&
      header.length >= spanEnd &&
      (header.length === spanEnd || isBlankCode(header.charCodeAt(spanEnd))) &&
      startsWithText(header, prefix, 0)
    ) {
      const time = this.time.read(header.slice(this.spanStart, spanEnd));
      if (time !== null) return this.rememberHeaderTime(header, time);
    }
    this.spanPrefix = '';
    const t = this.timeTokens;
    t.scan(header, MAX_HEADER_TOKENS, false);
    let result: number | null = null;
    // The tokens that held the timestamp last time very likely hold it again. A one-token time is
    // trusted only while its run of time-like tokens ends where it did ("2026/02/25" alone is a
    // date; beside "02:00:26" it is not the whole time); two tokens or more hold a date and a time.
    if (
      this.timeTo >= 0 &&
      this.timeTo < t.count &&
      (t.ends[this.timeFrom] ?? 0) - (t.starts[this.timeFrom] ?? 0) === this.timeFromLength &&
      (this.timeTo > this.timeFrom || this.runEnd(header, t, this.timeFrom) === this.timeRunEnd)
    ) {
      // Read through the file's TimestampReader: the same text as the line before costs no parse.
      result = this.time.read(header.slice(t.starts[this.timeFrom] ?? 0, t.ends[this.timeTo] ?? 0));
      // Learned from a time on a whole minute: its trailing numbers are left out now (see below).
      if (result !== null && this.spanOnMinute && result % 60_000 !== 0) {
        this.spanOnMinute = false;
        this.timeTo = this.withoutTrailingNumbers(header, t, this.timeFrom, this.timeTo, result);
      }
    }
    for (let k = 0; k < t.count && result === null; k++) {
      const cls = t.classOf(k);
      if (cls !== TIME && cls !== NUM) continue;
      const end = this.runEnd(header, t, k);
      for (let e = end; e >= k && result === null; e--) {
        result = parseTimestamp(header.slice(t.starts[k] ?? 0, t.ends[e] ?? 0), this.time);
        if (result === null) continue;
        this.time.noteZone();
        // The file's first header time says whether its timestamps carry a year ("Nov 25", klog's "1125" do not).
        this.yearless ??=
          parseTimestamp(header.slice(t.starts[k] ?? 0, t.ends[e] ?? 0), {
            year: this.time.year + 1,
            localOffsetMinutes: this.time.localOffsetMinutes,
          }) !== result;
        result = this.time.inFileZone(result);
        // Trailing numbers that do not change the time (a pid after "081109 203615") are left out,
        // so lines of the same second share the text and skip parsing. Not from a time on a whole
        // minute: "00:00:00" after a date changes nothing either (a file rotated at midnight opens
        // so), yet it is the time of day of every later line; the first later time off the minute
        // leaves them out instead.
        this.spanOnMinute = result % 60_000 === 0;
        this.timeFrom = k;
        this.timeFromLength = (t.ends[k] ?? 0) - (t.starts[k] ?? 0);
        this.timeTo = this.spanOnMinute ? e : this.withoutTrailingNumbers(header, t, k, e, result);
        this.timeRunEnd = end;
      }
    }
    if (result === null && t.count > 0 && t.classOf(0) !== TIME && t.classOf(0) !== NUM && hasYear(header)) {
      // A date its tokens do not show apart, the header read whole: WebLogic's "####<Nov 25, 2026
      // 10:00:00,123 AM UTC>", its month glued to the marks before it. (Not a header that opens with a
      // time of day: the digits of an id after it would be read as a date.)
      result = this.time.read(header);
      if (result !== null) this.time.noteZone();
    }
    if (result === null) {
      // A header time without a date is read on the file's day; not cached (the day may move on).
      result = this.headerTimeOfDay(header, t);
      if (result !== null) return result;
    }
    // The next header's shortcut (above): the span read through the branch that needs no scan of the
    // tokens' classes (a time of two tokens or more, not learned on a whole minute), whose tokens are
    // plain words (a bracket's end would not be told by a blank).
    if (
      result !== null &&
      this.timeTo > this.timeFrom &&
      this.timeTo < t.count &&
      !this.spanOnMinute &&
      plainTokens(header, t, this.timeTo)
    ) {
      this.spanPrefix = header.slice(0, t.ends[this.timeTo] ?? 0);
      this.spanStart = t.starts[this.timeFrom] ?? 0;
    }
    if (result === null) {
      this.lastTimeText = header;
      this.lastTime = result;
      return result;
    }
    return this.rememberHeaderTime(header, result);
  }

  /** What headerTime keeps of a header read with a date: the text and time for the next one. */
  private rememberHeaderTime(header: string, time: number): number {
    this.lastTimeText = header;
    this.lastTime = time;
    this.sameSecond.set(header, time, this.time);
    this.lastDated = time;
    return time;
  }
}

const isTimeLike = (cls: number): boolean => cls === TIME || cls === NUM;

/** Whether s[from, to) is an id of hex digits, at most sixteen: a thread id ("62c1", "6735"). */
function isHexId(s: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 16) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** Whether a text holds four digits alone, a year's ("2026" of "Nov 25, 2026"). */
function hasYear(text: string): boolean {
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 48 && c <= 57) run++;
    else {
      if (run === 4) return true;
      run = 0;
    }
  }
  return false;
}

/** A zone after a header's time: a word ("EST", "UTC") or an offset ("+08", "-0500", "+05:30"). */
function isZoneAt(s: string, from: number, to: number): boolean {
  return isZoneWord(s, from, to) || isZoneOffset(s, from, to);
}

/** Whether `s[from, to)` is a sign, one or two digits (and ":mm") after "GMT" or "UTC" at `zone` (see parseTimestamp). */
function isGmtHours(s: string, zone: number, from: number, to: number): boolean {
  const word = s.slice(zone, zone + 3);
  if (word !== 'GMT' && word !== 'UTC') return false;
  const sign = s.charCodeAt(from);
  if (sign !== 43 && sign !== 45) return false;
  // The minutes of an offset that is not whole hours after a colon: "GMT +5:45" (Nepal), "GMT +5:30".
  const hoursEnd = to - from > 4 && s.charCodeAt(to - 3) === 58 ? to - 3 : to;
  if (hoursEnd - from < 2 || hoursEnd - from > 3) return false;
  for (let i = from + 1; i < to; i++)
    if (i !== hoursEnd && (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57)) return false;
  return true;
}

function isZoneOffset(s: string, from: number, to: number): boolean {
  const sign = s.charCodeAt(from);
  if (sign !== 43 && sign !== 45) return false;
  const digits = (a: number, b: number): boolean => {
    for (let i = a; i < b; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
    return true;
  };
  const n = to - from - 1;
  if (n === 2 || n === 4) return digits(from + 1, to);
  return n === 5 && s.charCodeAt(from + 3) === 58 && digits(from + 1, from + 3) && digits(from + 4, to);
}

/** Tests turn the header-time shortcut off to compare what it reads with the full scan (see headerTime). */
export const headerTimeShortcut = { enabled: true };

/** A blank that ends a header token (see HeaderTokens.scan). */
/** Whether `s[from, to)` is AM or PM (any case). */
function isMeridiemAt(s: string, from: number, to: number): boolean {
  if (to - from !== 2 || (s.charCodeAt(from + 1) | 32) !== 109) return false;
  const c = s.charCodeAt(from) | 32;
  return c === 97 || c === 112;
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9;
}

/** Whether tokens 0..last of `header` are plain words, none a bracketed run "[…]" (see HeaderTokens.scan). */
function plainTokens(header: string, t: HeaderTokens, last: number): boolean {
  for (let k = 0; k <= last; k++) if (header.charCodeAt(t.starts[k] ?? 0) === 91) return false;
  return true;
}

/**
 * A message that opens with Python's basicConfig prefix ("ERROR:app.jobs:job 42 failed", see
 * basicConfigColon) loses it: the logger is the service (unless the header named one), the level was
 * read from it already.
 */
function withBasicConfig(fields: ParsedFields): ParsedFields {
  const message = fields.message;
  const colon = fields.level === null ? -1 : basicConfigColon(message);
  if (colon < 0) return fields;
  fields.service ??= message.slice(message.indexOf(':') + 1, colon);
  fields.message = message.slice(colon + 1);
  return fields;
}

/**
 * The logger in parentheses at the end of a line's message (see FormatDetection.trailingLogger): its
 * service, and out of its message ("Rolled new log segment at offset 9142482 in 3 ms.", service
 * kafka.log.LocalLog). A message without one is left as it is.
 */
function takeTrailingLogger(fields: ParsedFields): void {
  const message = fields.message;
  if (!endsWithLogger(message)) return;
  const open = message.lastIndexOf(' (');
  fields.service = message.slice(open + 2, -1);
  fields.message = message.slice(0, open);
}

/** ESXi's vmkernel prefix: the CPU and the world (and the operation's id) before the message. */
const VMKERNEL_PREFIX = /^cpu(\d+):(\d+)(?: opID=(\S+))?\)/;

/**
 * ESXi's vmkernel.log and vmkwarning.log write the CPU and the world that logged a line right before its
 * text, no blank between (`cpu18:2108338)WARNING: NMP: … state in doubt`), and the level, when there is
 * one, right after: the prefix becomes attributes (read as a word, `cpu18` made a pattern a CPU, and a
 * burst spread over 24 CPUs was 24 small ones), `WARNING:` a warning and `ALERT:` an error.
 */
function takeVmkernelPrefix(fields: ParsedFields): void {
  const m = VMKERNEL_PREFIX.exec(fields.message);
  if (m === null) return;
  const rest = fields.message.slice(m[0].length);
  fields.attributes.cpu = Number(m[1]);
  fields.attributes.world = Number(m[2]);
  if (m[3] !== undefined) fields.attributes.opID = m[3];
  if (fields.level === null) {
    if (rest.startsWith('WARNING:')) fields.level = 'warn';
    else if (rest.startsWith('ALERT:')) fields.level = 'error';
  }
  fields.message = rest;
}

/** "server/server.go:42", "app/jobs.py:17": a source file and its line. */
const SOURCE_FILE = /^([\w./@-]*\w\.[A-Za-z]{1,5}):\d{1,6}$/;

/**
 * The file of a source location column ("server/server.go:42" → "server/server.go"; a Go module's
 * version in its path, "debugexporter@v0.100.0/exporter.go:50"), or null.
 */
function sourceFileOf(column: string): string | null {
  return SOURCE_FILE.exec(column)?.[1] ?? null;
}

/**
 * zap's console encoder writes a line's fields as a JSON object after its message, a tab between
 * ("query failed\t{\"err\": \"timeout\", \"query_id\": 17}"): the fields become attributes (nested
 * objects as JSON text) and leave the message, but for an error's, which stays in it as a JSON line's
 * does ("query failed: timeout"). A tail that is no JSON object stays in the message.
 */
function withContextObject(fields: ParsedFields): void {
  const message = fields.message;
  const tab = message.lastIndexOf('\t{');
  if (tab < 0 || message.charCodeAt(message.length - 1) !== 125) return;
  let value: unknown;
  try {
    value = JSON.parse(message.slice(tab + 1));
  } catch {
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    fields.attributes[key] =
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null
        ? v
        : JSON.stringify(v);
  }
  // Its error is part of the message, as a JSON line's (see withError).
  fields.message = withError(message.slice(0, tab), fields.attributes);
}
