import { LEVELS, type Level } from '../types';
import { saysStopping } from './crash-gaps';
import { lifecycleRole } from './lifecycle';
import { durationSlots, type DurationSlot } from './durations';
import { ExemplarSet } from './exemplars';
import type { DurationSeries, SourceDurations } from './analyzer';
import type { SeriesHandle, TimeBuckets } from './time-buckets';

/** What the analyzer keeps per pattern while streaming. */
export interface PatternTrack {
  /** Internal key: the miner's cluster (stable while its template generalises) or the pattern id. */
  key: string;
  /** The pattern id (of the latest event while streaming; the final one after resolution). */
  id: string;
  template: string;
  count: number;
  /** Of `count`, events without a time (a file that writes none): no bucket holds them. */
  untimed: number;
  errors: number;
  levels: Partial<Record<Level, number>>;
  /** Set from `firstMs`/`lastMs` when the report is built (`settleSeen`). */
  firstSeen: number | null;
  lastSeen: number | null;
  /**
   * While streaming: ±Infinity until a timed event. Plain numbers (stored in place), not `number | null`
   * fields, which would keep a pointer to each event's timestamp in a long-lived object.
   */
  firstMs: number;
  lastMs: number;
  files: Set<string>;
  exemplars: ExemplarSet;
  /** Whether this pattern has a time series (only the first N patterns do). */
  hasSeries: boolean;
  durationSlots: DurationSlot[];
  /** Handles of the pattern's series (null for patterns without one, or before its first error). */
  series: SeriesHandle | null;
  errorSeries: SeriesHandle | null;
  /** Minute of the latest sample taken (samples are taken at most once a minute). */
  sampledMinute: number;
  /** Samples of the pattern's error events (access-log patterns mix 200s and 500s). */
  errorExemplars: ExemplarSet | null;
  errorSampledMinute: number;
  lastFile: string;
  /** Duration-like attribute keys seen in the pattern's first events (later events look only at these). */
  durationKeys: string[];
  /** Duration keys whose unit the message names after their placeholder (see placeholderUnitOf): not guessed. */
  unitNamedKeys: string[] | null;
  /** The bucket of the pattern's latest event past its first ones, and its events so far in it (see durationWeight). */
  durationBucket: number;
  durationEvents: number;
  /** Whether the pattern's durations include request times (counted for every event, not sampled). */
  feedsRequestTimes: boolean;
  /** Whether the template is a request's method and route (`isRequestMessage`), whose probes are not timed. */
  isRequest: boolean;
  scannedEvents: number;
  /** The pattern's duration series by name (null once the global cap refused one). */
  durationSeries: Map<string, DurationSeries | null>;
  /**
   * Resolved once the first events are scanned: the unit of each duration key, and the series of
   * each key and of each duration slot (undefined until first needed), so later events look up nothing.
   */
  keyUnits: (string | null)[];
  keySeries: (DurationSeries | null | undefined)[];
  /** Attribute naming the kind of work (`kindKeyOf`; undefined until the first duration key is found). */
  kindKey: string | null | undefined;
  /** Whether `kindKey` holds a request's path, read as its route (see pathKeyOf). */
  kindIsRoute: boolean;
  /** Per kind of work (at most MAX_KINDS), the series of each duration key. */
  kindSeries: Map<string, (DurationSeries | null | undefined)[]> | null;
  slotSeries: (DurationSeries | null | undefined)[];
  /** The file of the first event whose durations were read past the scan (see SourceDurations). */
  durationSource: string | null;
  otherSources: SourceDurations[] | null;
  /** Attribute holding the HTTP status (null: none found in the first events). */
  statusKey: string | null;
  statusScans: number;
  /** Without a status attribute: the variable holding a status in the message (see statusSlotOf), for `statusTemplate`. */
  statusSlot: number;
  statusTemplate: string;
  /** The variable holding a process's exit or return code in the message (see codeSlotOf), for `codeTemplate`. */
  codeSlot: number;
  codeTemplate: string;
  /** The codes noted as variants of the pattern so far (see Analyzer.noteCode): at most MAX_CODES. */
  codes: number;
  /** Per file, JSON error events searched for an exception attribute while none was found (see Analyzer.noteException). */
  exceptionScans: Map<string, number> | null;
  /** What this pattern says about processes' lives (see `lifecycleRole`): deaths, starts, stops. */
  lifecycle: number;
  /** Whether its template says a process is stopping ("Shutting down"; see FileGaps.stopMs). */
  stops: boolean;
  /** Its error events by file, the first erring file first (see noteFileError); null before the first. */
  errorFiles: FileErrors[] | null;
}

/**
 * One file's error events of a pattern (or of an exception under it): a message new in one service
 * that another service of the bundle has written all along is still news there (see new-pattern.ts).
 */
export interface FileErrors {
  file: string;
  firstMs: number;
  lastMs: number;
  count: number;
  /** The file's own series; null for the first erring file, whose errors are the rest of `totalKey`'s. */
  series: SeriesHandle | null;
  seriesKey: string | null;
  /** The series of all the track's error events. */
  totalKey: string;
}

/** Files whose errors a pattern tracks apart (the rest stay in the first file's remainder). */
const MAX_ERROR_FILES = 8;

/**
 * Counts an error event of `track` for its file: the first erring file by the track's own error
 * series (`totalKeyOf(track.key)`, named only when a file is first seen), the others (up to
 * MAX_ERROR_FILES) by series of their own, made in `buckets`.
 * Runs for error events only (a file's events share one string, so the comparison is quick).
 */
export function noteFileError(
  track: PatternTrack,
  file: string,
  ts: number,
  totalKeyOf: (key: string) => string,
  buckets: TimeBuckets<string>,
): SeriesHandle | null {
  let files = track.errorFiles;
  let entry: FileErrors | undefined;
  if (files === null) files = track.errorFiles = [];
  else
    for (let i = 0; i < files.length && entry === undefined; i++)
      if (files[i]?.file === file) entry = files[i];
  if (entry === undefined) {
    if (files.length >= MAX_ERROR_FILES) return null;
    const totalKey = totalKeyOf(track.key);
    const seriesKey = files.length === 0 ? null : `${totalKey}@${files.length}`;
    entry = {
      file,
      firstMs: ts,
      lastMs: ts,
      count: 0,
      series: seriesKey === null ? null : buckets.handle(seriesKey),
      seriesKey,
      totalKey,
    };
    files.push(entry);
  }
  entry.count++;
  if (ts < entry.firstMs) entry.firstMs = ts;
  if (ts > entry.lastMs) entry.lastMs = ts;
  return entry.series;
}

const MAX_FILES_PER_PATTERN = 20;

/** A pattern's events with a time: those the buckets hold (see PatternTrack.untimed). */
export function timedCount(track: PatternTrack): number {
  return track.count - track.untimed;
}

export function newPatternTrack(
  key: string,
  id: string,
  template: string,
  hasSeries: boolean,
  slots: DurationSlot[],
): PatternTrack {
  return {
    key,
    id,
    template,
    count: 0,
    untimed: 0,
    errors: 0,
    levels: { trace: 0, debug: 0, info: 0, warn: 0, error: 0, fatal: 0 },
    firstSeen: null,
    lastSeen: null,
    firstMs: Infinity,
    lastMs: -Infinity,
    files: new Set(),
    exemplars: new ExemplarSet(hasSeries ? 48 : 4),
    hasSeries,
    durationSlots: slots,
    series: null,
    errorSeries: null,
    sampledMinute: -1,
    errorExemplars: null,
    errorSampledMinute: -1,
    lastFile: '',
    durationKeys: [],
    unitNamedKeys: null,
    durationBucket: NaN,
    durationEvents: 0,
    feedsRequestTimes: false,
    isRequest: false,
    scannedEvents: 0,
    durationSeries: new Map(),
    keyUnits: [],
    keySeries: [],
    kindKey: undefined,
    kindIsRoute: false,
    kindSeries: null,
    slotSeries: [],
    durationSource: null,
    otherSources: null,
    statusKey: null,
    statusScans: 0,
    statusSlot: -1,
    statusTemplate: '',
    codeSlot: -1,
    codeTemplate: '',
    codes: 0,
    exceptionScans: null,
    lifecycle: lifecycleRole(template),
    stops: saysStopping(template),
    errorFiles: null,
  };
}

export function notePatternEvent(
  track: PatternTrack,
  event: { file: string; timestamp: number | null; level: Level | null; patternId: string; template: string },
  isError: boolean,
  // An exception's track reads its own template; the event stays the one object (one shape at this call).
  template: string = event.template,
): void {
  track.count++;
  // The cluster's strings, the same objects event after event: store (and pay the write barrier) on change only.
  if (track.id !== event.patternId) track.id = event.patternId;
  if (track.template !== template) {
    track.template = template;
    if (track.hasSeries) reslot(track);
  }
  if (isError) track.errors++;
  if (event.level) countLevel(track.levels, event.level);
  if (event.file !== track.lastFile) {
    track.lastFile = event.file;
    if (track.files.size < MAX_FILES_PER_PATTERN && !track.files.has(event.file)) {
      track.files.add(event.file);
      // Another file's events of this pattern may carry their durations and status under other keys
      // (a text log and a JSON log of one message): their first events are searched for them too.
      if (track.files.size > 1) {
        track.scannedEvents = 0;
        track.statusScans = 0;
      }
    }
  }
  const ts = event.timestamp;
  if (ts !== null) {
    if (ts < track.firstMs) track.firstMs = ts;
    if (ts > track.lastMs) track.lastMs = ts;
  }
}

/**
 * The template generalised (a word became "<*>"): the variables' positions moved, so the duration
 * slots are found again. A slot keeps its series when its name and rank among same-named slots match.
 */
function reslot(track: PatternTrack): void {
  const old = track.durationSlots;
  const slots = durationSlots(track.template);
  const rank = (list: DurationSlot[], j: number): number =>
    list.slice(0, j).filter((s) => s.name === list[j]?.name).length;
  const was = slots.map((slot, j) =>
    old.findIndex((o, k) => o.name === slot.name && rank(old, k) === rank(slots, j)),
  );
  track.slotSeries = was.map((k) => (k < 0 ? undefined : track.slotSeries[k]));
  // A series' key stays that of the slot it was made for.
  track.durationSlots = slots.map((slot, j) => {
    const k = was[j] ?? -1;
    return k < 0 ? slot : { ...slot, key: old[k]?.key ?? slot.key };
  });
  // Slots found from the values (a number with its unit) are looked for again in the next events.
  track.scannedEvents = 0;
}

/** Publishes a streamed track's time range as `firstSeen`/`lastSeen` (null without timed events). */
export function settleSeen(track: PatternTrack): void {
  track.firstSeen = Number.isFinite(track.firstMs) ? track.firstMs : null;
  track.lastSeen = Number.isFinite(track.lastMs) ? track.lastMs : null;
}

/** levels[level]++, spelled out: named stores on one shape are cheaper than a computed key. */
export function countLevel(levels: Partial<Record<Level, number>>, level: Level): void {
  switch (level) {
    case 'trace':
      levels.trace = (levels.trace ?? 0) + 1;
      break;
    case 'debug':
      levels.debug = (levels.debug ?? 0) + 1;
      break;
    case 'info':
      levels.info = (levels.info ?? 0) + 1;
      break;
    case 'warn':
      levels.warn = (levels.warn ?? 0) + 1;
      break;
    case 'error':
      levels.error = (levels.error ?? 0) + 1;
      break;
    case 'fatal':
      levels.fatal = (levels.fatal ?? 0) + 1;
      break;
  }
}

export function dominantLevel(levels: Partial<Record<Level, number>>): Level | null {
  let best: Level | null = null;
  let bestCount = 0;
  for (const level of LEVELS) {
    const count = levels[level] ?? 0;
    if (count > bestCount) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}
