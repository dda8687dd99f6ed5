import { internalized } from '../fields/strings';
import { InputError } from '../errors/input-error';
import type { FileStats, FormatName, Level, LocalTime, LogEvent } from '../types';
import { LineSplitter } from '../decode/line-splitter';
import { jsonDocumentMode, JsonRecordSplitter, type JsonRecord } from '../decode/json-records';
import { sniffBytes } from '../decode/sniff-bytes';
import { EventFramer, type FramedEvent } from '../frame/event-framer';
import { continuesTrace } from '../frame/is-continuation';
import {
  detectContainerRuntime,
  lokiLabels,
  lokiService,
  priorityLevel,
  unwrapContainerLine,
  type ContainerRuntime,
} from '../format/container-log';
import { csvRowOpen } from '../format/parse-csv-line';
import { detectFormat, type FormatDetection } from '../format/detect-format';
import { LineParser } from '../format/line-parser';
import { continuesSlowEntry } from '../format/slow-query-log';
import { continuesWindowsEvent } from '../format/windows-events';
import { startsLikeHeader } from '../format/starts-like-header';
import { commonIndent, dedent } from './common-indent';
import { TimestampReader } from '../fields/timestamp-reader';
import { exceptionReportLevel, unpadUptime } from '../fields/normalize-level';
import { concatBytes } from '../decode/concat-bytes';

export interface FileReaderOptions {
  format?: FormatName;
  maxEventBytes: number;
  sampleLines: number;
  year: number;
  /** UTC midnight (epoch ms) of the day header times without a date start on. */
  day: number;
  /** The analysis's common day, when known: year-less times are read in the year nearest it (see ReadOptions.day). */
  nearDay?: number;
  /** Inside a bundle, an unreadable member is skipped (and reported) instead of failing the upload. */
  inBundle: boolean;
  /** The file's local time when its timestamps carry no zone (see `bundleClock`); default UTC. */
  localTime?: LocalTime;
}

const HEAD = 8192;

/** A file's statistics before any of it is read (the reader fills them in). */
export function blankFileStats(file: string): FileStats {
  return {
    file,
    format: 'text',
    formatEvidence: '',
    bytes: 0,
    lines: 0,
    events: 0,
    invalidUtf8Bytes: 0,
    truncatedEvents: 0,
    encoding: 'utf-8',
    firstTimestamp: null,
    lastTimestamp: null,
  };
}

/** Turns the bytes of one file (or bundle member) into events, pushed to `emit` as they complete. */
export class FileReader {
  readonly stats: FileStats;
  private head: Uint8Array[] = [];
  private headSize = 0;
  private sink: ((bytes: Uint8Array) => void) | null = null;
  private splitter: LineSplitter | null = null;
  private sample: string[] | null = [];
  private sampleTruncated: boolean[] = [];
  private framer: EventFramer | null = null;
  /** Leading blanks every line shares, taken off before framing (see commonIndent). */
  private indent = 0;
  /** The last Loki stream read, its labels and the service they name (see emitEvent). */
  private lokiStream = '';
  private lokiLabels: Record<string, string> = {};
  private lokiService: string | null = null;
  /** Windows events as XML: each <Event> element is one event (see windows-events.ts). */
  private windowsEvents = false;
  private parser: LineParser | null = null;
  private lineNo = 0;
  private lastTimestamp: number | null = null;
  /** The wall clock of a run's start its bundle placed (see LocalTime.runStartMs), if any. */
  private readonly runStart: number | undefined;
  /** Container logs: the runtime wrapping each line, and its time and stream of the lines being framed. */
  private runtime: ContainerRuntime | null = null;
  private wrappers: { lineNo: number; time: string; stream: string }[] = [];
  /** A long line the runtime split, while its parts arrive. */
  private part: {
    line: string;
    lineNo: number;
    truncated: boolean;
    count: number;
    time: string;
    stream: string;
  } | null = null;
  private wrapperTime: TimestampReader | null = null;
  /** The last event read, passed on when the next one does not continue it (see `hold`). */
  private held: LogEvent | null = null;
  /** A CSV export's delimiter (its rows may span lines), and a row whose quoted field is still open. */
  private csvDelimiter: string | null = null;
  private csvRow: { text: string; lineNo: number; truncated: boolean; count: number } | null = null;
  /** A JSON document's records (see JsonRecordSplitter), and the first ones while the format is detected. */
  private records: JsonRecordSplitter | null = null;
  private recordSample: JsonRecord[] | null = null;

  constructor(
    name: string,
    private readonly options: FileReaderOptions,
    private readonly emit: (event: LogEvent) => void,
  ) {
    // Internalized: every event carries it, and the analyzer compares it with the last one seen.
    this.stats = blankFileStats(internalized(name));
    this.runStart = options.localTime?.runStartMs;
  }

  write(bytes: Uint8Array): void {
    if (this.stats.skipped !== undefined) return;
    if (this.sink) return this.sink(bytes);
    this.head.push(bytes);
    this.headSize += bytes.length;
    if (this.headSize >= HEAD) this.start(false);
  }

  end(): FileStats {
    if (this.stats.skipped === undefined) {
      if (!this.sink) this.start(true);
      if (this.splitter) {
        this.splitter.end();
        this.stats.invalidUtf8Bytes = this.splitter.invalid;
      }
      if (this.sample) this.detect();
      if (this.records) {
        if (this.recordSample) this.detectRecords();
        this.stats.lines = this.records.lines;
      }
      this.flushPart();
      this.flushCsvRow();
      const last = this.framer?.flush();
      if (last) this.emitEvent(last);
      if (this.held !== null) this.emit(this.held);
      this.held = null;
      // Times of day alone, unless a container runtime's own times (dated, zoned) stood in for them.
      const dateless = this.parser?.dateless === true && this.wrapperTime === null;
      if (dateless) this.stats.dateless = true;
      if (this.parser?.zoneless === true || dateless) this.stats.zoneless = true;
      else if (this.parser && this.parser.zoneOffset !== null)
        this.stats.zoneOffsetMinutes = this.parser.zoneOffset;
      const word = this.parser?.ambiguousZone ?? null;
      if (word !== null) this.stats.ambiguousZone = word.toUpperCase();
    }
    return this.stats;
  }

  private start(atEnd: boolean): void {
    const head = concatBytes(this.head);
    this.head = [];
    this.headSize = 0;
    const sniffed = sniffBytes(head);
    if (sniffed.kind === 'binary')
      return this.refuse(`${this.stats.file}: this looks like ${sniffed.what}, not a text log`);
    if (sniffed.kind !== 'text') {
      return this.refuse(
        `${this.stats.file}: a ${sniffed.kind} archive inside a bundle is not opened (one level of nesting)`,
      );
    }
    if (head.length === 0 && atEnd) return this.refuse(`${this.stats.file} is an empty file`);
    this.stats.encoding = sniffed.encoding;
    // A JSON document (an array of records, CloudTrail's `{"Records": […]}`, pretty-printed objects)
    // is read record by record instead of line by line; JSON lines and text keep the line path.
    const format = this.options.format;
    const mode =
      format === undefined || format === 'json'
        ? jsonDocumentMode(new TextDecoder(sniffed.encoding).decode(head.subarray(sniffed.bomLength)))
        : null;
    let splitter: LineSplitter;
    if (mode !== null) {
      this.records = new JsonRecordSplitter(sniffed.encoding, this.options.maxEventBytes, mode, (record) =>
        this.onRecord(record),
      );
      this.recordSample = [];
      this.sample = null;
      splitter = this.records;
    } else {
      splitter = new LineSplitter(sniffed.encoding, this.options.maxEventBytes, (line, truncated) =>
        this.onLine(line, truncated),
      );
    }
    this.splitter = splitter;
    this.sink = (bytes) => {
      this.stats.bytes += bytes.length;
      splitter.write(bytes);
    };
    this.stats.bytes += head.length;
    splitter.write(head.subarray(sniffed.bomLength));
  }

  private refuse(message: string): void {
    if (!this.options.inBundle) throw new InputError('UNSUPPORTED_INPUT', message);
    this.stats.skipped = message;
    this.sink = () => undefined;
  }

  private onLine(line: string, truncated: boolean): void {
    this.lineNo++;
    this.stats.lines++;
    if (this.sample) {
      this.sample.push(line);
      this.sampleTruncated.push(truncated);
      if (this.sample.length >= this.options.sampleLines) this.detect();
      return;
    }
    this.frame(line, this.lineNo, truncated);
  }

  private frame(line: string, lineNo: number, truncated: boolean): void {
    if (this.runtime) this.frameRecord(line, lineNo, truncated, this.runtime);
    else if (this.csvDelimiter !== null) this.frameCsvRow(line, lineNo, truncated, this.csvDelimiter);
    else if (this.windowsEvents && line.charCodeAt(0) === 32 && !continuesWindowsEvent(line))
      // An <Event> indented under its <Events> still opens an event (an indented line continues one).
      this.push(line.trimStart(), lineNo, truncated, 1);
    else this.push(this.indent > 0 ? dedent(line, this.indent) : line, lineNo, truncated, 1);
  }

  /**
   * A CSV row whose quoted field holds line breaks (a stack trace in CloudWatch's `@message`) is
   * joined from its lines, up to the event size, and framed as one line standing for all of them.
   */
  private frameCsvRow(line: string, lineNo: number, truncated: boolean, delimiter: string): void {
    const row = this.csvRow;
    if (row === null) {
      if (!csvRowOpen(line, delimiter, false)) return this.push(line, lineNo, truncated, 1);
      this.csvRow = { text: line, lineNo, truncated, count: 1 };
      return;
    }
    row.text += `\n${line}`;
    row.count++;
    row.truncated ||= truncated;
    if (!csvRowOpen(line, delimiter, true) || row.text.length >= this.options.maxEventBytes)
      this.flushCsvRow();
  }

  private flushCsvRow(): void {
    const row = this.csvRow;
    if (row === null) return;
    this.csvRow = null;
    this.push(row.text, row.lineNo, row.truncated, row.count);
  }

  private push(line: string, lineNo: number, truncated: boolean, physicalLines: number): void {
    const done = this.framer?.push(line, lineNo, truncated, physicalLines);
    if (done) this.emitEvent(done);
  }

  /**
   * A container runtime's record: the application's line goes to the framer, a long line's parts
   * rejoined first (up to the event size); the runtime's time and stream wait for the line's event.
   */
  private frameRecord(record: string, lineNo: number, truncated: boolean, runtime: ContainerRuntime): void {
    const inner = unwrapContainerLine(record, runtime);
    if (inner === null) {
      this.flushPart();
      return this.push(record, lineNo, truncated, 1);
    }
    let part = this.part;
    if (part === null) {
      part = { line: inner.line, lineNo, truncated, count: 1, time: inner.time, stream: inner.stream };
    } else {
      part.line += inner.line;
      part.truncated ||= truncated;
      part.count++;
    }
    this.part = part;
    if (!inner.partial || part.line.length >= this.options.maxEventBytes) this.flushPart();
  }

  private flushPart(): void {
    const part = this.part;
    if (part === null) return;
    this.part = null;
    // Counted as the input lines it came from, so every line still maps to its event.
    this.push(part.line, part.lineNo, part.truncated, part.count);
    // The runtime's time and stream are kept for a line that starts an event only (memory stays
    // bounded however many lines an event has).
    if (this.framer?.currentLine() === part.lineNo) {
      this.wrappers.push({ lineNo: part.lineNo, time: part.time, stream: part.stream });
    }
  }

  private detect(): void {
    const raw = this.sample ?? [];
    this.sample = null;
    // A format set by the caller is the application's: the runtime's wrapping is still taken off.
    const container = detectContainerRuntime(raw);
    this.runtime = container?.runtime ?? null;
    // A process manager's name carries no time of its own (see emitEvent).
    if (
      this.runtime !== null &&
      this.runtime !== 'multiplexed' &&
      this.runtime !== 'prefixed' &&
      this.runtime !== 'named' &&
      this.runtime !== 'kubectl' &&
      this.runtime !== 'priority'
    )
      this.wrapperTime = new TimestampReader(this.options.year);
    const runtime = this.runtime;
    const unwrapped = runtime ? raw.map((l) => unwrapContainerLine(l, runtime)?.line ?? l) : raw;
    // Lines all indented alike are read without that indent (see commonIndent).
    this.indent = runtime ? 0 : commonIndent(unwrapped);
    const indent = this.indent;
    const sample = indent > 0 ? unwrapped.map((l) => dedent(l, indent)) : unwrapped;
    const detection: FormatDetection = detectFormat(sample, this.options.format);
    this.useFormat(
      detection,
      container ? `${container.evidence}; inside: ${detection.evidence}` : detection.evidence,
    );
    const untimed = startsLikeHeader(sample);
    // A W3C log's directives ("#Fields: …", written again when the server reopens its file) are
    // events of their own.
    // A slow query log's entries are framed by their header lines (see continuesSlowEntry), Windows'
    // events by their opening tags.
    this.windowsEvents = detection.windowsEvents === true;
    const foreign = detection.slowQueries
      ? continuesSlowEntry
      : this.windowsEvents
        ? continuesWindowsEvent
        : detection.entries
          ? detection.entries.continues
          : detection.w3c && untimed
            ? (line: string) => line.charCodeAt(0) !== 35 && untimed(line)
            : untimed;
    this.framer = new EventFramer(this.options.maxEventBytes, foreign, detection.entries !== undefined);
    const first = this.lineNo - sample.length + 1;
    raw.forEach((line, i) => this.frame(line, first + i, this.sampleTruncated[i] ?? false));
    this.sampleTruncated = [];
  }

  private onRecord(record: JsonRecord): void {
    if (this.recordSample) {
      this.recordSample.push(record);
      if (this.recordSample.length >= this.options.sampleLines) this.detectRecords();
      return;
    }
    this.emitRecord(record);
  }

  /** A JSON document's format, from its first records on one line each: JSON, read by its keys. */
  private detectRecords(): void {
    const sample = this.recordSample ?? [];
    this.recordSample = null;
    const detection = detectFormat(
      sample.map((r) => oneLine(r.text)),
      this.options.format,
    );
    this.useFormat(detection, `a JSON document, read record by record; ${detection.evidence}`);
    for (const record of sample) this.emitRecord(record);
  }

  /** The file's format as detected, with its evidence, and the parser of its lines. */
  private useFormat(detection: FormatDetection, evidence: string): void {
    this.stats.format = detection.format;
    this.stats.formatEvidence = evidence;
    // A fixed-width table's rows are cut at its columns: no quoted field spans lines.
    this.csvDelimiter = detection.csv?.starts === undefined ? (detection.csv?.delimiter ?? null) : null;
    const local = this.options.localTime;
    this.parser = new LineParser(detection, {
      year: this.options.year,
      day: this.options.day,
      nearDay: this.options.nearDay,
      localOffsetMinutes: local?.offsetMinutes ?? 0,
    });
    if (local) this.stats.formatEvidence += `; ${local.evidence}`;
  }

  /** A record is an event of its own: its text on one line (JSON strings hold no line breaks). */
  private emitRecord(record: JsonRecord): void {
    const text = oneLine(record.text);
    this.emitEvent({
      text: record.truncated ? `${text} …[truncated: ${record.lineCount} lines]` : text,
      first: text,
      line: record.line,
      lineCount: record.lineCount,
      truncated: record.truncated,
    });
  }

  /** The runtime's time and stream of the event starting at `lineNo` (those of earlier lines are dropped). */
  private wrapperOf(lineNo: number): { time: string; stream: string } | null {
    const queue = this.wrappers;
    let drop = 0;
    while (drop < queue.length && (queue[drop]?.lineNo ?? 0) < lineNo) drop++;
    if (drop > 0) queue.splice(0, drop);
    const head = queue[0];
    return head !== undefined && head.lineNo === lineNo ? head : null;
  }

  private emitEvent(framed: FramedEvent): void {
    const parser = this.parser;
    if (!parser) return;
    const whole = parser.wholeEntries;
    const dateless = parser.datelessTimes;
    const fields = whole ? parser.parseEntry(framed.text) : parser.parse(framed.first);
    if (this.runtime) {
      const wrapper = this.wrapperOf(framed.line);
      if (wrapper) {
        // A process manager's program names the service; a container runtime's stream is an attribute.
        // (Go's log prefix names the program; "http:" after it is a part of it.)
        if (this.runtime === 'prefixed') fields.service = wrapper.stream;
        // sd-daemon's prefix is the line's level.
        else if (this.runtime === 'priority') fields.level = priorityLevel(wrapper.stream);
        // A name before the date is the service unless the line names one (a file's name before
        // OpenStack's `… INFO nova.compute.manager [req-…]`).
        else if (this.runtime === 'multiplexed' || this.runtime === 'named')
          fields.service ??= wrapper.stream;
        else if (this.runtime === 'kubectl') {
          // The container names the service (the pods of a deployment are one), the pod is kept.
          const slash = wrapper.stream.indexOf('/');
          fields.service ??= wrapper.stream.slice(slash + 1);
          fields.attributes = { ...fields.attributes, pod: wrapper.stream.slice(0, slash) };
        } else {
          // The runtime's time has its date: it stands in for a line's time of day alone too
          // ("23:55:53.096 [info] GET /", Elixir's Logger), which would otherwise be placed on a guessed day.
          if (fields.timestamp === null || parser.datelessTimes !== dateless)
            fields.timestamp = this.wrapperTime?.read(wrapper.time) ?? fields.timestamp;
          if (this.runtime === 'loki') {
            // A Loki stream's labels are attributes, and the one that names a service the service.
            // Read once a stream: a stream's lines mostly follow one another.
            if (wrapper.stream !== this.lokiStream) {
              this.lokiStream = wrapper.stream;
              this.lokiLabels = lokiLabels(wrapper.stream);
              this.lokiService = lokiService(this.lokiLabels);
            }
            fields.service ??= this.lokiService;
            fields.attributes = { ...this.lokiLabels, ...fields.attributes };
          } else fields.attributes = { ...fields.attributes, stream: wrapper.stream };
        }
      }
    }
    // A run placed by its bundle (see LocalTime.runStartMs): its seconds since the start, on that clock.
    const runStart = this.runStart;
    if (runStart !== undefined && fields.timestamp === null) {
      const uptime = fields.attributes.uptime;
      if (typeof uptime === 'number') fields.timestamp = runStart + Math.round(uptime * 1000);
    }
    let timestamp = fields.timestamp;
    const inherited = timestamp === null && this.lastTimestamp !== null;
    if (timestamp === null) timestamp = this.lastTimestamp;
    else {
      this.lastTimestamp = timestamp;
      const s = this.stats;
      if (s.firstTimestamp === null || timestamp < s.firstTimestamp) s.firstTimestamp = timestamp;
      if (s.lastTimestamp === null || timestamp > s.lastTimestamp) s.lastTimestamp = timestamp;
    }
    if (framed.truncated) this.stats.truncatedEvents++;
    this.stats.events++;
    // The kernel's padded time since boot at a message's opening (see unpadUptime).
    if (fields.message.charCodeAt(0) === 91 && fields.message.charCodeAt(1) === 32)
      fields.message = unpadUptime(fields.message);
    // An entry read whole (a slow query's, a Windows event's) has its message from all its lines already.
    const rest =
      framed.lineCount > 1 && !whole && this.records === null ? framed.text.slice(framed.first.length) : '';
    // A header that took the whole first line (Rails' FATAL line is its tag alone) leaves the message
    // to the lines after it: what they say is the event's template, not "" (past its rules of stars or
    // dashes: Mule's error report opens its box with one). Where the header had no level, a report of
    // an exception is an error (Bitcoin Core's `EXCEPTION: St12out_of_range` under a time alone and a
    // rule of stars); no other word there makes a level (Oracle's alert log writes "Fatal NI connect
    // error 12170" for a client's timeout, no fatal error).
    let message = fields.message;
    let level = fields.level;
    if (rest) {
      if (isBlank(message)) {
        message = afterRules(rest);
        level ??= exceptionReportLevel(message);
      } else message += rest;
    }
    this.hold({
      file: this.stats.file,
      line: framed.line,
      lineCount: framed.lineCount,
      raw: framed.text,
      timestamp,
      timestampInherited: inherited,
      level,
      service: fields.service,
      message,
      attributes: fields.attributes,
      format: fields.format,
      truncated: framed.truncated,
    });
  }

  /**
   * Passes an event on once the next one is known not to continue it: a stack trace logged line by
   * line under a header of its own each (logcat's `E SyncRepository: \tat …`) is one event, as it is
   * where only its first line has a header. A line continues the one before when its message goes on
   * a trace (see continuesTrace) under the same level and service, within a second.
   */
  private hold(event: LogEvent): void {
    const held = this.held;
    const rest =
      held !== null &&
      event.level === held.level &&
      event.service === held.service &&
      event.line === held.line + held.lineCount &&
      event.timestamp !== null &&
      held.timestamp !== null &&
      Math.abs(event.timestamp - held.timestamp) <= 1000 &&
      (event.format === 'text' || event.format === 'syslog3164' || event.format === 'syslog5424')
        ? traceRest(event.message, held.message, held.level)
        : null;
    if (held !== null && rest !== null) {
      this.stats.events--;
      held.lineCount += event.lineCount;
      if (event.truncated) this.truncate(held);
      else if (!held.truncated) {
        if (held.raw.length + event.raw.length + 1 > this.options.maxEventBytes) this.truncate(held);
        else {
          held.raw += '\n' + event.raw;
          held.message += '\n' + rest;
        }
      }
      return;
    }
    if (held !== null) this.emit(held);
    this.held = event;
  }

  /** Marks a held event truncated (counted once: the event it continued may have been already). */
  private truncate(held: LogEvent): void {
    if (held.truncated) return;
    held.truncated = true;
    this.stats.truncatedEvents++;
  }
}

/** Text from its first line that holds a letter or a digit: blank lines and rules ("*****", "-----") before it left out. */
function afterRules(text: string): string {
  let at = 0;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const stop = end < 0 ? text.length : end;
    if (!isRule(text, at, stop)) break;
    at = stop + 1;
  }
  return text.slice(at).trimStart();
}

/** Whether text[from, to) holds only blanks and the marks rules are drawn with. */
function isRule(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(
      c === 32 ||
      c === 9 ||
      c === 13 ||
      c === 42 ||
      c === 45 ||
      c === 61 ||
      c === 35 ||
      c === 126 ||
      c === 95
    ))
      return false;
  }
  return true;
}

/**
 * What a message adds to a stack trace the message before it opened (see continuesTrace): all of it,
 * or what follows a tag both messages open with, where the header left the tag in them (logcat pads
 * a short tag before its colon, "OkHttp  : …", which no learned header takes in: "SyncRepository:
 * \tat retrofit2…" under "SyncRepository: Sync failed for batch 7350"); null when it adds none.
 */
function traceRest(message: string, before: string, level: Level | null): string | null {
  const afterError = level === 'error' || level === 'warn' || level === 'fatal';
  if (continuesTrace(message, afterError)) return message;
  const colon = message.indexOf(': ');
  if (colon < 1 || colon > 48 || !before.startsWith(message.slice(0, colon + 2))) return null;
  const rest = message.slice(colon + 2);
  return continuesTrace(rest, afterError) ? rest : null;
}

/** A JSON record's text with its line breaks and the indentation after them as one space each. */
function oneLine(text: string): string {
  return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ');
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
