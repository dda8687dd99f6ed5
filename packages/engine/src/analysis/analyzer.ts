import type { FileStats, Level, MinedEvent, PatternSummary } from '../types';
import {
  ContainerRestarts,
  GC_FULL,
  HeapExhaustions,
  JVM_START,
  LIFECYCLE_NONE,
  WORKER_SIGNAL,
  WorkerKills,
} from './lifecycle';
import { buildReport } from './build-report';
import { routeOf } from '../format/parse-access-line';
import { detach, intern, internalized } from '../fields/strings';
import {
  attributeMs,
  keyNamesUnit,
  noteUnitless,
  type UnitGuess,
  DurationKeys,
  durationSlots,
  hasTimeUnit,
  httpStatus,
  isIdlePath,
  isIdleRequest,
  isLongPoll,
  isRequestMessage,
  kindKeyOf,
  lnOfMs,
  pathKeyOf,
  placeholderUnitOf,
  slotContext,
  statusOfParam,
  statusSlotOf,
  slotMs,
  statusAt,
  statusKeyOf,
  type Found,
  codeSlotOf,
  codeWordOf,
} from './durations';
import { exemplarOf, ExemplarSet } from './exemplars';
import { LogHistogram } from './log-histogram';
import {
  attributeExceptionOf,
  exceptionOf,
  type ExceptionSeen,
  CrashGaps,
  crashKind,
  GAP_FLOOR_MS,
  lastWordsOf,
  lastWordsText,
  letGoOfLastEvent,
  mayBeLastWords,
  noteUntimed,
  type FileGaps,
} from './crash-gaps';
import {
  countLevel,
  newPatternTrack,
  noteFileError,
  notePatternEvent,
  type PatternTrack,
} from './pattern-track';
import type { AnalysisReport } from './report';
import { count, MinuteQuota, tallyOf, type FileTally } from './tallies';
import { addToFilling, addValueToFilling, TimeBuckets, type SeriesHandle } from './time-buckets';

export interface AnalyzerOptions {
  /** Pattern ids seen in earlier uploads of the organisation: patterns outside it are "new to the org". */
  baselinePatternIds?: Iterable<string>;
  /** Patterns that get a time series (the rest are counted only). */
  maxTrackedPatterns?: number;
  /**
   * Of those, the most one file's patterns may take: a file whose every line is a pattern of its own
   * (ids the masking does not catch) does not leave the other files of a bundle without series.
   */
  maxTrackedPatternsPerFile?: number;
  /** Patterns counted at all; events of patterns beyond it are only counted in the totals. */
  maxPatterns?: number;
  maxTrackedSources?: number;
  maxDurationSeries?: number;
  /**
   * Of those, the most one file's events may take: a file of many patterns, each timing two things
   * (Azure AD's sign-in records: 185 patterns with `durationMs` and `processingTimeInMilliseconds`),
   * spent the whole budget when read first, and a load balancer's slowdown in the next file had no
   * series (blind22 4/s06: found only when that file came first).
   */
  maxDurationSeriesPerFile?: number;
  /** Stored buckets per series before the bucket width grows. */
  maxBuckets?: number;
}

const SCANNED_EVENTS = 16;
/** A duration whose series feeds the request-time distribution by its name (any of an access line does). */
const REQUEST_TIME_NAME = /request_?time/i;
/** Durations of a pattern's first events in a bucket all count; past them, one event in a stride does. */
const FULL_DURATIONS = 8;
const DURATION_STRIDE = 4;
const CLUSTER_ARRAY = 65_536;
const MAX_EXCEPTION_TRACKS = 500;
/** Messages (their openings) of one exception class under one pattern with tracks of their own (see noteException). */
const MAX_SHAPES = 4;
/** Exit or return codes other than 0 counted apart under one pattern at most (see noteCode). */
const MAX_CODES = 8;
/** A code as a message writes it: a small whole number, negative too (`rc=-1`). */
const SMALL_CODE = /^-?\d{1,3}$/;
/** Minutes with errors kept per file (a week of errors in every minute). */
const MAX_ERROR_MINUTES = 10_080;
/** Kinds of work (see kindKeyOf) with duration series of their own, per pattern; the rest share the pattern's. */
const MAX_KINDS = 12;

/**
 * How many events an event's durations stand for in their latency series: 1 for a pattern's first
 * FULL_DURATIONS events in a time bucket, then DURATION_STRIDE for one event in DURATION_STRIDE and 0
 * (not read) for the others. A busy pattern's latency per bucket is a mean over many values: a quarter
 * of them estimates it nearly as well, at a quarter of the cost; the mean is of the values read, each
 * alike (see TimeBuckets.addValueAt), the bucket's count is off by less than a stride. Request times
 * still all count in the request-time distribution.
 */
function durationWeight(track: DurationPace, bucket: number): number {
  if (bucket !== track.durationBucket) {
    track.durationBucket = bucket;
    track.durationEvents = 0;
  }
  const n = ++track.durationEvents - FULL_DURATIONS;
  if (n <= 0) return 1;
  return n % DURATION_STRIDE === 1 ? DURATION_STRIDE : 0;
}

/** The first of a source name's two places in Analyzer.recentSources: its length and three of its characters. */
function recentSlot(name: string): number {
  const n = name.length;
  // An empty name reads no character: one read past the end would make every charCodeAt here a call.
  if (n === 0) return 0;
  return (
    ((n * 31 + name.charCodeAt(0) * 7 + name.charCodeAt(n >> 1) * 3 + name.charCodeAt(n - 1)) & 127) << 1
  );
}

/** A status the message writes (see statusSlotOf), the slot found again when the template changes. */
function statusInMessage(event: MinedEvent, track: PatternTrack): number | null {
  if (event.template !== track.statusTemplate) {
    track.statusTemplate = event.template;
    track.statusSlot = statusSlotOf(event.template);
  }
  return track.statusSlot < 0 ? null : statusOfParam(event.params[track.statusSlot]);
}

/**
 * Whether a pattern's duration `name` (an attribute key, or a template variable's slot key) is read
 * as milliseconds for want of a unit: neither the key, the template nor the value names one.
 */
function unitGuessed(track: PatternTrack, name: string): boolean {
  if (track.unitNamedKeys?.includes(name)) return false;
  const slot = track.durationSlots.find((s) => s.key === name);
  return slot ? slot.unit === null && !slot.needsUnit : !keyNamesUnit(name);
}

/** Stores a file's run of error events in one minute into its errorMinutes (see FileSource.errorMinute). */
function settleErrorMinute(source: FileSource): void {
  const count = source.errorMinuteCount;
  if (count === 0 || source.errorMinutes === null) return;
  source.errorMinuteCount = 0;
  const minutes = source.errorMinutes;
  const n = minutes.get(source.errorMinute);
  if (n !== undefined) minutes.set(source.errorMinute, n + count);
  else if (minutes.size < MAX_ERROR_MINUTES) minutes.set(source.errorMinute, count);
}

/** What durationWeight counts: a pattern's (or one of its other sources') events in the current bucket. */
interface DurationPace {
  durationBucket: number;
  durationEvents: number;
}

/**
 * The duration series of a pattern's events from another file than the first one it timed: pino-http's
 * "request completed" of three services' logs is one pattern, and one service's slowdown must not
 * drown in the others' request times.
 */
export interface SourceDurations extends DurationPace {
  source: string;
  keySeries: (DurationSeries | null | undefined)[];
  slotSeries: (DurationSeries | null | undefined)[];
}

export interface FinishInput {
  patterns: PatternSummary[];
  files: FileStats[];
  templateOf?: (clusterId: number) => string | undefined;
}

/** Series keys in the shared TimeBuckets. */
export const SERIES = {
  total: 'total',
  errors: 'errors',
  source: (name: string) => `s:${name}`,
  sourceErrors: (name: string) => `se:${name}`,
  file: (name: string) => `f:${name}`,
  pattern: (id: string) => `p:${id}`,
  patternErrors: (id: string) => `e:${id}`,
  /** A duration's values: their count per bucket, and the sum of their natural logarithms. */
  duration: (key: string) => `d:${key}`,
} as const;

export interface DurationSeries extends UnitGuess {
  key: string;
  patternKey: string;
  name: string;
  /** The kind of work it times, as "key=value" (see kindKeyOf); null for all of the pattern's events. */
  kind: string | null;
  /** The file whose events it times, when not the first file of its pattern (SourceDurations). */
  source: string | null;
  /** The file of its first value. */
  file: string;
  isRequestTime: boolean;
  /** Count (events), sum of ln(ms) and values read per bucket (`TimeBuckets.addValueAt`). */
  values: SeriesHandle;
}

/** A file as a source of its own, for files mixing several services (syslog): it can go silent as a whole. */
export interface FileSource extends FileGaps {
  name: string;
  /** Started once a second service shows up in the file (the first few events are not in it). */
  series: SeriesHandle | null;
  service: string | null;
  /**
   * The file's error events per minute (epoch minute → count; made at its first error, at most
   * MAX_ERROR_MINUTES minutes): finer than the buckets, which grow to five minutes or more in a long
   * file (see crash-echoes.ts).
   */
  errorMinutes: Map<number, number> | null;
  /**
   * The minute of the file's last error event and the errors of that run of them not yet in
   * errorMinutes: a file's errors come minute by minute, so the map is written once a run, not looked
   * up twice an error (settleErrorMinute; every run is stored before the report is built).
   */
  errorMinute: number;
  errorMinuteCount: number;
}

export type { FileTally };

export interface SourceTally extends FileTally {
  files: Set<string>;
  /** The file of the source's latest event (its files are noted when it changes); '' before the first. */
  lastFile: string;
  series: SeriesHandle;
  /** The source's error events per bucket (made at its first error). */
  errorSeries?: SeriesHandle;
  /** The tally of the service this source is named after (see `add`). */
  serviceTally?: FileTally | null;
}

interface RecentSource {
  name: string;
  isService: boolean;
  source: SourceTally | null;
  service: FileTally | null;
}

/** Services of one file tracked as sources of their own (see Analyzer.sourceOf). */
const MAX_SERVICE_SOURCES_PER_FILE = 40;

/**
 * Streaming aggregation of mined events: counters, time-bucketed series and bounded samples. Memory
 * is bounded by the caps in the options, not by the number of events. Call `add` for every event
 * (any order, several files), then `finish` once with the miner's patterns and the files' statistics.
 */
export class Analyzer {
  readonly buckets: TimeBuckets<string>;
  readonly patterns = new Map<string, PatternTrack>();
  readonly sources = new Map<string, SourceTally>();
  readonly services = new Map<string, FileTally>();
  readonly files = new Map<string, FileTally>();
  readonly fileSources = new Map<string, FileSource>();
  /** Patterns with a series, in all and per file (see `maxTrackedPatternsPerFile`). */
  private trackedPatterns = 0;
  private readonly trackedByFile = new Map<string, number>();
  /** Duration series per file (see `maxDurationSeriesPerFile`). */
  private readonly durationsByFile = new Map<string, number>();
  /** Sources named after a service, per file that first named them (see MAX_SERVICE_SOURCES_PER_FILE). */
  private readonly serviceSourcesByFile = new Map<string, number>();
  readonly durations = new Map<string, DurationSeries>();
  readonly levels: Record<Level | 'none', number> = {
    trace: 0,
    debug: 0,
    info: 0,
    warn: 0,
    error: 0,
    fatal: 0,
    none: 0,
  };
  readonly statusClasses = { '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  readonly requestTimes = new LogHistogram();
  readonly errorExemplars = new ExemplarSet(400);
  readonly crashGaps = new CrashGaps();
  readonly containerRestarts = new ContainerRestarts();
  readonly workerKills = new WorkerKills();
  readonly heapExhaustions = new HeapExhaustions();
  /**
   * Per pattern and exception class, the pattern's error events that carry a stack trace ending in
   * that exception (key `<pattern key>!<class>`): one log message ("unhandled error while processing
   * batch 42") hides different failures, and a new one under an old message is news (see
   * detectors/new-pattern.ts). Bounded by MAX_EXCEPTION_TRACKS.
   */
  readonly exceptionTracks = new Map<string, PatternTrack>();
  /** Per pattern and exception class ("key!Class"), how many of its messages have tracks of their own. */
  private readonly exceptionShapes = new Map<string, number>();
  readonly baseline: ReadonlySet<string> | null;
  readonly options: Required<Omit<AnalyzerOptions, 'baselinePatternIds'>>;
  events = 0;
  minTimestamp = Infinity;
  maxTimestamp = -Infinity;
  untimed = 0;
  errors = 0;
  private readonly byCluster = new Map<number, PatternTrack>();
  private readonly clusterTracks: (PatternTrack | undefined)[] = [];
  private readonly durationKeys = new DurationKeys();
  private readonly total: SeriesHandle;
  private readonly errorTotal: SeriesHandle;
  private readonly found: Found = { names: [], values: [], count: 0 };
  private readonly sampledErrors = new MinuteQuota();
  // Consecutive events mostly share a file and a source: skip the map lookups then.
  private lastFile = '\u0000';
  private lastFileTally: FileTally | null = null;
  private lastFileSource: FileSource | null = null;
  // The current source's name as the events spell it, not the interned copy: a file name is one string
  // object event after event, so the check in `add` is a pointer comparison. (The copy, a sliced string
  // for a name of 13 characters or more, was compared character by character at every event: 3% of
  // the profile of `analyze` on an access log.)
  private lastSourceName = '\u0000';
  private lastIsService = false;
  private lastSource: SourceTally | null = null;
  private lastService: FileTally | null = null;
  private readonly recentSources: (RecentSource | undefined)[] = new Array<RecentSource | undefined>(
    256,
  ).fill(undefined);
  // One failure told in several error lines at once (see continuesFailure).
  private afterError = false;
  private failureFile = '';
  private failureMs = NaN;
  private readonly failurePatterns: string[] = [];

  constructor(options: AnalyzerOptions = {}) {
    this.baseline = options.baselinePatternIds ? new Set(options.baselinePatternIds) : null;
    this.options = {
      maxTrackedPatterns: options.maxTrackedPatterns ?? 3000,
      maxTrackedPatternsPerFile: options.maxTrackedPatternsPerFile ?? 1000,
      maxPatterns: options.maxPatterns ?? 20_000,
      maxTrackedSources: options.maxTrackedSources ?? 100,
      maxDurationSeries: options.maxDurationSeries ?? 600,
      maxDurationSeriesPerFile: options.maxDurationSeriesPerFile ?? 200,
      maxBuckets: options.maxBuckets ?? 480,
    };
    this.buckets = new TimeBuckets(this.options.maxBuckets);
    this.total = this.buckets.handle(SERIES.total);
    this.errorTotal = this.buckets.handle(SERIES.errors);
  }

  /**
   * Whether an error event right after another of its file, within two milliseconds of it and of a
   * pattern the run has not had, goes on telling the same failure: fail2ban's failed ban is four ERROR
   * lines in a millisecond (the command, its stderr, its return code, "Failed to execute ban"), which
   * the error series count once — three failed bans were twelve errors "where there are usually
   * almost none" (blind7 13/s07). A burst of one error repeated is not a run; status errors (a
   * request's 5xx) are not asked.
   */
  private continuesFailure(event: MinedEvent, ts: number, afterError: boolean): boolean {
    const runs =
      afterError &&
      event.file === this.failureFile &&
      ts - this.failureMs <= 2 &&
      ts >= this.failureMs &&
      this.failurePatterns.length < 8 &&
      !this.failurePatterns.includes(event.patternId);
    if (!runs) {
      this.failureFile = event.file;
      this.failurePatterns.length = 0;
    }
    this.failureMs = ts;
    this.failurePatterns.push(event.patternId);
    return runs;
  }

  /** `add` for each of a batch's events, in order: the miner's `mineBatch` output (see there why batches). */
  addBatch(events: readonly MinedEvent[]): void {
    for (let i = 0; i < events.length; i++) this.add(events[i] as MinedEvent);
  }

  add(event: MinedEvent): void {
    this.events++;
    const track = this.trackOf(event);
    const status = this.statusOf(event, track);
    const isError = event.level === 'error' || event.level === 'fatal' || (status !== null && status >= 500);
    const afterError = this.afterError;
    this.afterError = isError;
    if (isError) this.errors++;
    if (event.level === null) this.levels.none++;
    else countLevel(this.levels, event.level);
    if (status !== null) this.countStatus(status);
    if (event.file !== this.lastFile) {
      if (this.lastFileSource !== null) letGoOfLastEvent(this.lastFileSource);
      this.lastFile = event.file;
      this.lastFileTally = tallyOf(this.files, event.file);
      this.lastFileSource = this.fileSourceOf(event.file, event.service);
    }
    const fileSource = this.lastFileSource;
    if (fileSource !== null && fileSource.series === null && event.service !== fileSource.service) {
      fileSource.series = this.buckets.handle(SERIES.file(fileSource.name));
    }
    count(this.lastFileTally, isError);
    const sourceName = event.service ?? event.file;
    const isService = event.service !== null;
    if (sourceName !== this.lastSourceName || isService !== this.lastIsService) {
      this.switchSource(sourceName, isService);
      // A file whose source went untracked (the budget spent by other files' services) keeps a series
      // of its own: a Domino console after a backup log naming a hundred thread ids had none.
      if (this.lastSource === null && fileSource !== null && fileSource.series === null)
        fileSource.series = this.buckets.handle(SERIES.file(fileSource.name));
    }
    count(this.lastService, isError);
    if (track !== null) notePatternEvent(track, event, isError);
    const source = this.lastSource;
    if (source !== null) {
      source.events++;
      if (isError) source.errors++;
      if (source.lastFile !== event.file) {
        source.lastFile = event.file;
        if (source.files.size < 20) source.files.add(event.file);
      }
    }
    const ts = event.timestamp;
    if (ts === null) {
      this.untimed++;
      if (track !== null) track.untimed++;
      return;
    }
    if (ts < this.minTimestamp) this.minTimestamp = ts;
    if (ts > this.maxTimestamp) this.maxTimestamp = ts;
    const b = this.buckets.settle(ts);
    if (addToFilling(this.total, b) === 0) this.buckets.addAt(this.total, b);
    if (source !== null && addToFilling(source.series, b) === 0) this.buckets.addAt(source.series, b);
    if (track !== null && track.lifecycle !== LIFECYCLE_NONE) this.noteLifecycle(track, event, ts);
    if (fileSource !== null) {
      if (fileSource.series !== null && addToFilling(fileSource.series, b) === 0)
        this.buckets.addAt(fileSource.series, b);
      // A file's pauses, and what came right before each (see CrashGaps).
      if (ts >= fileSource.lastTs) {
        if (ts - fileSource.lastTs >= GAP_FLOOR_MS)
          this.crashGaps.note(fileSource, event, ts, this.lastFileTally?.events ?? 1);
        fileSource.lastTs = ts;
      }
      if (event.timestampInherited || fileSource.untimedRun > 0) noteUntimed(fileSource, event);
      // Only an event that may read like a crash is kept: error, fatal, several lines, a backtrace's frame.
      fileSource.lastEvent = mayBeLastWords(event) ? event : null;
      if (event.lineCount > 1 && fileSource.lastEvent !== null && crashKind(event) === 'stack trace') {
        fileSource.traceWords = lastWordsOf(event);
        fileSource.traceMs = ts;
      }
      if (fileSource.lastWords !== null) fileSource.lastWords = null;
      fileSource.lastMessage = event.message;
      if (track !== null && track.stops) fileSource.stopMs = ts;
    }
    // Samples are taken at most a few per minute, so keeping them costs nothing per event.
    const minute = Math.floor(ts / 60_000);
    if (isError && !(status === null && this.continuesFailure(event, ts, afterError))) {
      if (
        (addToFilling(this.errorTotal, b) || this.buckets.addAt(this.errorTotal, b)) <= 2 &&
        this.sampledErrors.note(minute, 2)
      ) {
        this.errorExemplars.add(exemplarOf(event, event.patternId), this.buckets, this.errorTotal);
      }
      if (source !== null)
        this.buckets.addAt((source.errorSeries ??= this.buckets.handle(SERIES.sourceErrors(sourceName))), b);
    }
    if (isError) {
      if (fileSource !== null) {
        if (minute === fileSource.errorMinute) fileSource.errorMinuteCount++;
        else {
          settleErrorMinute(fileSource);
          fileSource.errorMinutes ??= new Map();
          fileSource.errorMinute = minute;
          fileSource.errorMinuteCount = 1;
        }
      }
    }
    if (track === null) return;
    const series = track.series;
    if (series !== null) {
      if (
        (addToFilling(series, b) || this.buckets.addAt(series, b)) === 1 &&
        track.sampledMinute !== minute
      ) {
        track.sampledMinute = minute;
        track.exemplars.add(exemplarOf(event, track.key), this.buckets, series);
      }
      if (isError) {
        const errors = (track.errorSeries ??= this.buckets.handle(SERIES.patternErrors(track.key)));
        const fileErrors = noteFileError(track, event.file, ts, SERIES.patternErrors, this.buckets);
        if (fileErrors !== null && addToFilling(fileErrors, b) === 0) this.buckets.addAt(fileErrors, b);
        if (
          (addToFilling(errors, b) || this.buckets.addAt(errors, b)) === 1 &&
          track.errorSampledMinute !== minute
        ) {
          track.errorSampledMinute = minute;
          track.errorExemplars ??= new ExemplarSet(24);
          track.errorExemplars.add(exemplarOf(event, track.key), this.buckets, errors);
        }
      }
      this.addDurations(event, track, b);
      if (isError && (event.lineCount > 1 || event.format === 'json'))
        this.noteException(event, track, b, minute);
      else if (status === null && track.codes < MAX_CODES) this.noteCode(event, track, b, minute);
    } else if (track.count === 1) {
      track.exemplars.add(exemplarOf(event, track.key));
    }
  }

  /** A process's death or start, or a stop the kubelet made (see lifecycle.ts); before `lastMessage` moves on. */
  private noteLifecycle(track: PatternTrack, event: MinedEvent, ts: number): void {
    if (track.lifecycle === WORKER_SIGNAL)
      this.workerKills.note(event, ts, this.lastFileSource?.lastMessage ?? null);
    else if (track.lifecycle === GC_FULL || track.lifecycle === JVM_START)
      this.heapExhaustions.note(track.lifecycle, event, ts);
    else this.containerRestarts.note(track.lifecycle, event, ts);
  }

  /**
   * Counts an event whose message writes a process's exit or return code other than 0 (see
   * codeSlotOf) under its pattern's track for that code, as an exception under its message: HTCondor's
   * `Starter pid <*> exited with status <*>` is one pattern for every job, and a burst of jobs failing
   * with status 4 among the many that end with 0 was a rise of a few tenths of it (blind23 25/s02);
   * Keepalived's check script `now returning 1` where it had returned 0 for hours was no new message
   * (blind10 29/s01). Up to MAX_CODES codes a pattern.
   */
  private noteCode(event: MinedEvent, track: PatternTrack, bucket: number, minute: number): void {
    if (event.template !== track.codeTemplate) {
      track.codeTemplate = event.template;
      track.codeSlot = codeSlotOf(event.template);
    }
    if (track.codeSlot < 0) return;
    const value = event.params[track.codeSlot];
    if (
      value === undefined ||
      !SMALL_CODE.test(value) ||
      Number(value) === 0 ||
      Math.abs(Number(value)) > 255
    )
      return;
    const name = `${codeWordOf(event.template, track.codeSlot)} ${Number(value)}`;
    const key = `${track.key}!${name}`;
    if (!this.exceptionTracks.has(key)) track.codes++;
    this.countVariant(event, key, name, bucket, minute, false);
  }

  /**
   * Counts an error event with an exception under its pattern's track for the exception: its class
   * and the opening of its message (see exceptionOf), or its class alone (see MAX_SHAPES).
   */
  private noteException(event: MinedEvent, track: PatternTrack, bucket: number, minute: number): void {
    // A stack trace under the line, or (JSON) in an attribute: a pattern whose first JSON errors in a
    // file have none is not searched further in that file (another service may write the same
    // message with its exception's class beside it); once one had, every one is.
    let found: ExceptionSeen | null;
    // (A JSON document's record spans lines too, written on one: its exception is in its attributes.)
    const traced = event.lineCount > 1 && event.raw.indexOf('\n') >= 0;
    if (traced) found = exceptionOf(event.raw);
    else {
      const scans = (track.exceptionScans ??= new Map()).get(event.file) ?? 0;
      if (scans >= SCANNED_EVENTS) return;
      found = attributeExceptionOf(event.attributes);
      track.exceptionScans.set(event.file, found === null ? scans + 1 : -Infinity);
    }
    if (found === null) return;
    // One class, several failures: a deadlock is not the timeout the same SqlException reported
    // before (blind3 401/s10). The message's opening tells them apart, up to MAX_SHAPES of them a
    // class under one message; past those (a message that names what varies in words the masks do
    // not catch), the class alone.
    let name = found.name;
    let key = `${track.key}!${name}`;
    let sub: PatternTrack | undefined;
    if (found.shape !== '') {
      const shaped = `${key}: ${found.shape}`;
      sub = this.exceptionTracks.get(shaped);
      if (sub !== undefined || (this.exceptionShapes.get(key) ?? 0) < MAX_SHAPES) {
        name = `${found.name}: ${found.shape}`;
        key = shaped;
      }
    }
    sub ??= this.exceptionTracks.get(key);
    if (sub === undefined && name !== found.name && this.exceptionTracks.size < MAX_EXCEPTION_TRACKS) {
      const classKey = `${track.key}!${found.name}`;
      this.exceptionShapes.set(classKey, (this.exceptionShapes.get(classKey) ?? 0) + 1);
    }
    this.countVariant(event, key, name, bucket, minute, traced, sub);
  }

  /**
   * Counts an event under the variant `key` of its pattern (an exception, a code: see noteException,
   * noteCode), made on its first event while fewer than MAX_EXCEPTION_TRACKS are. `traced`: its sample
   * shows the trace's exception line.
   */
  private countVariant(
    event: MinedEvent,
    key: string,
    name: string,
    bucket: number,
    minute: number,
    traced: boolean,
    known = this.exceptionTracks.get(key),
  ): void {
    let sub = known;
    if (sub === undefined) {
      if (this.exceptionTracks.size >= MAX_EXCEPTION_TRACKS) return;
      // Internalized, as every template notePatternEvent compares is (see `internalized`): one joined
      // string there made each of its comparisons, every event's, a call of StringEqual.
      sub = newPatternTrack(key, event.patternId, internalized(`${event.template} [${name}]`), true, []);
      sub.series = this.buckets.handle(SERIES.pattern(key));
      this.exceptionTracks.set(key, sub);
    }
    notePatternEvent(sub, event, true, sub.template);
    const fileErrors = noteFileError(sub, event.file, event.timestamp ?? 0, SERIES.pattern, this.buckets);
    if (fileErrors !== null && addToFilling(fileErrors, bucket) === 0) this.buckets.addAt(fileErrors, bucket);
    if (
      (addToFilling(sub.series as SeriesHandle, bucket) ||
        this.buckets.addAt(sub.series as SeriesHandle, bucket)) === 1 &&
      sub.sampledMinute !== minute
    ) {
      sub.sampledMinute = minute;
      // A trace's sample shows its exception's line ("OSError: [Errno 28] No space left on device"),
      // which its first 300 characters seldom reach: what this exception is, and what rare-event reads.
      const text = traced ? lastWordsText(event.raw) : undefined;
      sub.exemplars.add(exemplarOf(event, key, text), this.buckets, sub.series as SeriesHandle);
    }
  }

  /** statusClasses[class]++, spelled out: named stores rather than a computed key. */
  private countStatus(status: number): void {
    const c = this.statusClasses;
    if (status >= 500) {
      if (status < 600) c['5xx']++;
    } else if (status >= 400) c['4xx']++;
    else if (status >= 300) c['3xx']++;
    else if (status >= 200) c['2xx']++;
    else if (status >= 100) c['1xx']++;
  }

  /**
   * Builds the report. `templateOf` is `TemplateMiner.templateOf`: clusters whose template generalised
   * after their first events are then reported under their final pattern id.
   */
  finish(input: FinishInput): AnalysisReport {
    for (const source of this.fileSources.values()) settleErrorMinute(source);
    return buildReport(this, input);
  }

  /**
   * Whether the events of a miner cluster are counted under a pattern of their own: `finish` then asks
   * `templateOf` for its final template (`TemplateMinerOptions.keepGone`).
   */
  tracksCluster(clusterId: number): boolean {
    return clusterId < CLUSTER_ARRAY
      ? this.clusterTracks[clusterId] !== undefined
      : this.byCluster.has(clusterId);
  }

  private trackOf(event: MinedEvent): PatternTrack | null {
    const cluster = event.clusterId;
    // Cluster ids are small consecutive integers: the first ones index an array, not a map.
    let track =
      cluster === undefined
        ? this.patterns.get(event.patternId)
        : cluster < CLUSTER_ARRAY
          ? this.clusterTracks[cluster]
          : this.byCluster.get(cluster);
    if (track !== undefined) return track;
    if (this.patterns.size >= this.options.maxPatterns) return null;
    const key = cluster === undefined ? event.patternId : `c${cluster}`;
    const byFile = this.trackedByFile.get(event.file) ?? 0;
    // An error's pattern past the file's budget still gets a series, up to twice the budget: a game
    // server's chat and deeds made a pattern of each player's words (1,253 clusters), and its crash two
    // hours in had no series, so no detector saw it (blind7 7/s10).
    const perFile = this.options.maxTrackedPatternsPerFile;
    const hasSeries =
      this.trackedPatterns < this.options.maxTrackedPatterns &&
      (byFile < perFile || ((event.level === 'error' || event.level === 'fatal') && byFile < 2 * perFile));
    if (hasSeries) {
      this.trackedPatterns++;
      if (this.trackedByFile.size < 10_000) this.trackedByFile.set(detach(event.file), byFile + 1);
    }
    track = newPatternTrack(
      key,
      event.patternId,
      event.template,
      hasSeries,
      hasSeries ? durationSlots(event.template) : [],
    );
    if (hasSeries) track.series = this.buckets.handle(SERIES.pattern(key));
    this.patterns.set(key, track);
    if (cluster !== undefined && cluster < CLUSTER_ARRAY) this.clusterTracks[cluster] = track;
    else if (cluster !== undefined) this.byCluster.set(cluster, track);
    return track;
  }

  /** HTTP status: a pattern's first events are searched for the attribute, the rest read only that one. */
  private statusOf(event: MinedEvent, track: PatternTrack | null): number | null {
    if (track === null) return httpStatus(event.attributes);
    if (track.statusScans < SCANNED_EVENTS) {
      track.statusScans++;
      track.statusKey ??= statusKeyOf(event.attributes);
    }
    if (track.statusKey === null) return statusInMessage(event, track);
    const status = statusAt(event.attributes, track.statusKey);
    // A pattern seen in several files (a proxy's JSON log and an app's access lines of the same
    // routes) may carry the status under another key in each: the others are looked up too.
    // (Files are noted after this: a first event of another file is looked up too.)
    return status !== null || (track.files.size === 1 && track.lastFile === event.file)
      ? status
      : httpStatus(event.attributes);
  }

  /**
   * Makes `name` the current source (and its service's tally, when it is named after one). Structured
   * logs interleave a few services: a small cache indexed by the name's length and end characters
   * finds them without hashing the event's fresh copy of the name.
   */
  private switchSource(name: string, isService: boolean): void {
    const at = recentSlot(name);
    // Two places per name: a pair of names that hash alike does not evict each other.
    for (let k = at; k < at + 2; k++) {
      const cached = this.recentSources[k];
      // `isService` read as a condition: `cached.isService === isService` of two booleans compiled to a
      // call of V8's generic StrictEqual builtin (`node --print-opt-code`), once a switch.
      if (cached !== undefined && cached.name === name && (cached.isService ? isService : !isService)) {
        this.lastSourceName = name;
        this.lastIsService = isService;
        this.lastSource = cached.source;
        this.lastService = cached.service;
        return;
      }
    }
    // The shared copy: names the parser took from its header layouts are this very object.
    const own = intern(name);
    const source = this.sourceOf(own, isService);
    // A source named after a service keeps that service's tally: one map lookup per change, not two.
    let service: FileTally | null = null;
    if (isService)
      service = source
        ? (source.serviceTally ??= tallyOf(this.services, own, 1000))
        : tallyOf(this.services, own, 1000);
    // The event's spelling, not `own` (see lastSourceName): a write barrier once a switch is cheaper
    // than a character-by-character comparison at every event. (It pins at most one input chunk.)
    this.lastSourceName = name;
    this.lastIsService = isService;
    this.lastSource = source;
    this.lastService = service;
    this.recentSources[this.recentSources[at] === undefined ? at : at + 1] = {
      name: own,
      isService,
      source,
      service,
    };
  }

  private fileSourceOf(file: string, service: string | null): FileSource | null {
    let source = this.fileSources.get(file);
    if (!source && this.fileSources.size < this.options.maxTrackedSources) {
      const own = detach(file);
      source = {
        name: own,
        series: null,
        service: service === null ? null : detach(service),
        lastTs: -Infinity,
        firstTs: NaN,
        lastEvent: null,
        lastWords: null,
        lastMessage: '',
        stopSaid: false,
        untimedRun: 0,
        stopMs: -Infinity,
        traceWords: null,
        traceMs: -Infinity,
        bins: null,
        longestGapMs: 0,
        longestGapFromMs: NaN,
        longestGapAfter: 0,
        pauses: null,
        errorMinutes: null,
        errorMinute: NaN,
        errorMinuteCount: 0,
      };
      this.fileSources.set(own, source);
    }
    return source ?? null;
  }

  /**
   * The tally of a source; `own` is the analyzer's own copy of the name (see `intern`). A file names
   * MAX_SERVICE_SOURCES_PER_FILE services at most: a column the header took for a component that is
   * an id (Commvault's thread ids) made a source of each, and spent the budget of every file after it.
   */
  private sourceOf(own: string, isService: boolean): SourceTally | null {
    let source = this.sources.get(own);
    if (!source && this.sources.size < this.options.maxTrackedSources) {
      if (isService) {
        const named = this.serviceSourcesByFile.get(this.lastFile) ?? 0;
        if (named >= MAX_SERVICE_SOURCES_PER_FILE) return null;
        if (this.serviceSourcesByFile.size < 10_000)
          this.serviceSourcesByFile.set(detach(this.lastFile), named + 1);
      }
      source = {
        files: new Set(),
        events: 0,
        errors: 0,
        series: this.buckets.handle(SERIES.source(own)),
        lastFile: '',
      };
      this.sources.set(own, source);
    }
    return source ?? null;
  }

  private addDurations(event: MinedEvent, track: PatternTrack, bucket: number): void {
    if (track.scannedEvents >= SCANNED_EVENTS) {
      // Most patterns have no duration at all: nothing to pace or read.
      if (track.durationKeys.length === 0 && track.durationSlots.length === 0) return;
      return this.addKnownDurations(event, track, bucket);
    }
    const found = this.found;
    found.count = 0;
    // A pattern's events share their attribute keys: scan all keys of its first events only.
    if (track.scannedEvents++ === 0) track.isRequest = isRequestMessage(event.template);
    this.durationKeys.collect(event.attributes, found);
    for (let i = 0; i < found.count; i++) {
      const name = found.names[i] ?? '';
      if (!track.durationKeys.includes(name)) {
        track.durationKeys.push(detach(name));
        const named = placeholderUnitOf(event.message, name);
        track.keyUnits.push(named ?? this.durationKeys.unitOf(name));
        if (named !== null) (track.unitNamedKeys ??= []).push(detach(name));
      }
      // Read in the unit the message names, where it names one.
      if (track.unitNamedKeys?.includes(name)) {
        const unit = track.keyUnits[track.durationKeys.indexOf(name)] ?? 'ms';
        found.values[i] = attributeMs(event.attributes[name], unit);
      }
    }
    if (track.kindKey === undefined && track.durationKeys.length > 0) {
      let kindKey = kindKeyOf(event.attributes);
      if (kindKey === null) {
        kindKey = pathKeyOf(event.attributes, event.template);
        track.kindIsRoute = kindKey !== null;
      }
      track.kindKey = kindKey === null ? null : detach(kindKey);
    }
    // A variable whose values carry a time unit is a duration slot too, its series keyed by the words
    // around it: when the template generalises (Rails' `Completed <*> OK in <*> (Views: <*>` becomes
    // `Completed <*> <*> in <*> (Views: <*>`), the variables move, and `Views:` must not take over the
    // series of the request's time.
    for (let index = 0; index < event.params.length; index++) {
      const param = event.params[index] ?? '';
      if (!hasTimeUnit(param) || track.durationSlots.some((slot) => slot.index === index)) continue;
      const key = `duration#${slotContext(event.template, index)}`;
      if (track.durationSlots.some((slot) => slot.key === key)) continue;
      track.durationSlots.push({ index, name: 'duration', unit: null, needsUnit: true, key });
    }
    for (const slot of track.durationSlots) {
      const ms = slotMs(slot, event.params);
      if (ms !== null) {
        found.names[found.count] = slot.key;
        found.values[found.count++] = ms;
      }
    }
    if (found.count === 0) return;
    // A probe's or a long poll's time counts among the request times, not in the pattern's series
    // (see isIdle).
    const weight = this.isIdle(event, track) ? 0 : 1;
    // Each file's values go to its own series from the first (see addKnownDurations): the pattern's
    // first series times one file only.
    const file = event.file;
    if (track.durationSource === null) track.durationSource = file;
    const source =
      file === track.durationSource ? null : (this.sourceDurationsOf(track, file)?.source ?? null);
    for (let i = 0; i < found.count; i++) {
      this.addDuration(
        track,
        this.durationSeriesOf(track, found.names[i] ?? '', null, source, file),
        found.values[i] ?? 0,
        event,
        bucket,
        weight,
      );
    }
  }

  /** After the first events: the pattern's keys, units and series are known; nothing is looked up. */
  private addKnownDurations(event: MinedEvent, track: PatternTrack, bucket: number): void {
    // Another file than the pattern's first has series of its own (see SourceDurations). The file,
    // not the service: the same string object event after event, and one file's services (a syslog's
    // programs, a logfmt stream's services) keep sharing a series, as they always did.
    const file = event.file;
    let other: SourceDurations | null = null;
    if (track.durationSource === null) track.durationSource = file;
    else if (file !== track.durationSource) other = this.sourceDurationsOf(track, file);
    let weight = durationWeight(other ?? track, bucket);
    // Only the events read into the series are tested (see isIdle).
    if (weight > 0 && this.isIdle(event, track)) weight = 0;
    // Request times also feed the distribution of the stats, which counts every one: of an event the
    // series do not read, nothing else is done (no kind, route or series looked up).
    if (weight === 0) {
      if (track.feedsRequestTimes) this.addRequestTimes(event, track);
      return;
    }
    const source = other === null ? null : other.source;
    const keySeries = other === null ? track.keySeries : other.keySeries;
    const keys = track.durationKeys;
    let kind = other === null && track.kindKey ? event.attributes[track.kindKey] : undefined;
    if (track.kindIsRoute && typeof kind === 'string') kind = routeOf(kind);
    for (let i = 0; i < keys.length; i++) {
      const unit = track.keyUnits[i] ?? null;
      if (unit === null) continue;
      const ms = attributeMs(event.attributes[keys[i] ?? ''], unit);
      if (!Number.isFinite(ms)) continue;
      let series = typeof kind === 'string' ? this.kindSeriesOf(track, i, kind, file) : undefined;
      if (series === undefined) series = keySeries[i];
      if (series === undefined)
        series = keySeries[i] = this.durationSeriesOf(track, keys[i] ?? '', null, source, file);
      this.addDuration(track, series, ms, event, bucket, weight);
    }
    const slotSeries = other === null ? track.slotSeries : other.slotSeries;
    const slots = track.durationSlots;
    for (let j = 0; j < slots.length; j++) {
      const slot = slots[j];
      if (slot === undefined) continue;
      const ms = slotMs(slot, event.params);
      if (ms === null) continue;
      let series = slotSeries[j];
      if (series === undefined)
        series = slotSeries[j] = this.durationSeriesOf(track, slot.key, null, source, file);
      this.addDuration(track, series, ms, event, bucket, weight);
    }
  }

  /** An event's request times, into the request-time distribution only (see addDuration). */
  private addRequestTimes(event: MinedEvent, track: PatternTrack): void {
    const access = event.format === 'access';
    const keys = track.durationKeys;
    for (let i = 0; i < keys.length; i++) {
      const unit = track.keyUnits[i] ?? null;
      const key = keys[i] ?? '';
      if (unit === null || !(access || REQUEST_TIME_NAME.test(key))) continue;
      const ms = attributeMs(event.attributes[key], unit);
      if (Number.isFinite(ms)) this.requestTimes.addLn(ms, lnOfMs(ms));
    }
    // A slot's series is named after the words around it ("duration#…"): request times only of an access line.
    if (!access) return;
    for (const slot of track.durationSlots) {
      const ms = slotMs(slot, event.params);
      if (ms !== null) this.requestTimes.addLn(ms, lnOfMs(ms));
    }
  }

  /**
   * Whether an event's time is no measure of its work: a request message's probe or long poll, or a
   * long poll in the path of a message that times routes ("request complete: path=… duration=…").
   */
  private isIdle(event: MinedEvent, track: PatternTrack): boolean {
    if (track.isRequest) return isIdleRequest(event);
    if (track.kindIsRoute && track.kindKey) {
      const path = event.attributes[track.kindKey];
      return typeof path === 'string' && isLongPoll(path);
    }
    // A time in the message: its path is a variable too (`request complete: path=<*> duration=<*>`,
    // Serilog's text `HTTP GET <*> responded <*> in <*> ms`, whose /readyz probes every 15 s took
    // half the events of its series and hid the documents' slowdown: blind2 304/s08).
    if (track.durationSlots.length === 0) return false;
    for (const param of event.params)
      if (param.length > 0 && param.charCodeAt(0) === 47 && isIdlePath(param)) return true;
    return false;
  }

  /** The pattern's series for another file, or null past MAX_KINDS files (those share the first's). */
  private sourceDurationsOf(track: PatternTrack, source: string): SourceDurations | null {
    const sources = (track.otherSources ??= []);
    for (const other of sources) if (other.source === source) return other;
    if (sources.length >= MAX_KINDS) return null;
    const other = {
      source: detach(source),
      keySeries: [],
      slotSeries: [],
      durationBucket: NaN,
      durationEvents: 0,
    };
    sources.push(other);
    return other;
  }

  /** Adds a duration to the request times (every one) and to its series (`weight` > 1: sampled, 0: skipped). */
  private addDuration(
    track: PatternTrack,
    series: DurationSeries | null,
    ms: number,
    event: MinedEvent,
    bucket: number,
    weight = 1,
  ): void {
    if (series === null) return;
    const ln = lnOfMs(ms);
    if (series.isRequestTime || event.format === 'access') {
      track.feedsRequestTimes = true;
      this.requestTimes.addLn(ms, ln);
    }
    if (weight > 0 && !addValueToFilling(series.values, bucket, ln, weight))
      this.buckets.addValueAt(series.values, bucket, ln, weight);
    if (series.unitGuessed && series.unitSamples < 64) noteUnitless(series, ms);
  }

  /**
   * The series of duration key `i` for one kind of work; undefined when the pattern already has
   * MAX_KINDS kinds (its other kinds share the pattern's series).
   */
  private kindSeriesOf(
    track: PatternTrack,
    i: number,
    kind: string,
    file: string,
  ): DurationSeries | null | undefined {
    const kinds = (track.kindSeries ??= new Map());
    let byKey = kinds.get(kind);
    if (byKey === undefined) {
      if (kinds.size >= MAX_KINDS) return undefined;
      byKey = [];
      kinds.set(detach(kind), byKey);
    }
    let series = byKey[i];
    if (series === undefined)
      series = byKey[i] = this.durationSeriesOf(
        track,
        track.durationKeys[i] ?? '',
        `${track.kindKey}=${kind}`,
        null,
        file,
      );
    return series;
  }

  private durationSeriesOf(
    track: PatternTrack,
    name: string,
    kind: string | null = null,
    source: string | null = null,
    file = '',
  ): DurationSeries | null {
    const id = (kind === null ? name : `${name}|${kind}`) + (source === null ? '' : `@${source}`);
    let series = track.durationSeries.get(id);
    if (series === undefined) {
      series = null;
      const byFile = this.durationsByFile.get(file) ?? 0;
      if (
        this.durations.size < this.options.maxDurationSeries &&
        byFile < this.options.maxDurationSeriesPerFile
      ) {
        if (this.durationsByFile.size < 10_000) this.durationsByFile.set(detach(file), byFile + 1);
        const key = detach(`${track.key}|${id}`);
        series = {
          key,
          patternKey: track.key,
          name: detach(name),
          kind: kind === null ? null : detach(kind),
          source,
          file: detach(file),
          isRequestTime: REQUEST_TIME_NAME.test(name),
          values: this.buckets.handle(SERIES.duration(key), true),
          unitGuessed: unitGuessed(track, name),
          unitSamples: 0,
          secondsVotes: 0,
        };
        this.durations.set(key, series);
      }
      track.durationSeries.set(detach(id), series);
    }
    return series;
  }
}
