import type { FileStats, Level, MinedEvent, PatternSummary } from '../types';
import { buildReport } from './build-report';
import { durationAttributes, durationSlots, httpStatus, parseDurationParam } from './durations';
import { exemplarOf, ExemplarSet } from './exemplars';
import { LogHistogram } from './log-histogram';
import { newPatternTrack, notePatternEvent, type PatternTrack } from './pattern-track';
import type { AnalysisReport } from './report';
import { TimeBuckets } from './time-buckets';

export interface AnalyzerOptions {
  /** Pattern ids seen in earlier uploads of the organisation: patterns outside it are "new to the org". */
  baselinePatternIds?: Iterable<string>;
  /** Patterns that get a time series (the rest are counted only). */
  maxTrackedPatterns?: number;
  maxTrackedSources?: number;
  maxDurationSeries?: number;
  /** Stored buckets per series before the bucket width grows. */
  maxBuckets?: number;
}

const STATUS_CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

export interface FinishInput {
  patterns: PatternSummary[];
  files: FileStats[];
  templateOf?: (clusterId: number) => string | undefined;
}

export interface FileTally {
  events: number;
  errors: number;
}

/** Series keys in the shared TimeBuckets. */
export const SERIES = {
  total: 'total',
  errors: 'errors',
  source: (name: string) => `s:${name}`,
  pattern: (id: string) => `p:${id}`,
  patternErrors: (id: string) => `e:${id}`,
  durationCount: (key: string) => `n:${key}`,
  durationLogSum: (key: string) => `l:${key}`,
} as const;

export interface DurationSeries {
  key: string;
  patternKey: string;
  name: string;
}

/**
 * Streaming aggregation of mined events: counters, time-bucketed series and bounded samples. Memory
 * is bounded by the caps in the options, not by the number of events. Call `add` for every event
 * (any order, several files), then `finish` once with the miner's patterns and the files' statistics.
 */
export class Analyzer {
  readonly buckets: TimeBuckets<string>;
  readonly patterns = new Map<string, PatternTrack>();
  readonly sources = new Map<string, { files: Set<string>; events: number; errors: number }>();
  readonly services = new Map<string, FileTally>();
  readonly files = new Map<string, FileTally>();
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
  readonly baseline: ReadonlySet<string> | null;
  readonly options: Required<Omit<AnalyzerOptions, 'baselinePatternIds'>>;
  events = 0;
  minTimestamp = Infinity;
  maxTimestamp = -Infinity;
  untimed = 0;
  errors = 0;

  constructor(options: AnalyzerOptions = {}) {
    this.baseline = options.baselinePatternIds ? new Set(options.baselinePatternIds) : null;
    this.options = {
      maxTrackedPatterns: options.maxTrackedPatterns ?? 1000,
      maxTrackedSources: options.maxTrackedSources ?? 100,
      maxDurationSeries: options.maxDurationSeries ?? 200,
      maxBuckets: options.maxBuckets ?? 1440,
    };
    this.buckets = new TimeBuckets(this.options.maxBuckets);
  }

  add(event: MinedEvent): void {
    this.events++;
    const status = httpStatus(event.attributes);
    const isError = event.level === 'error' || event.level === 'fatal' || (status !== null && status >= 500);
    if (isError) this.errors++;
    this.levels[event.level ?? 'none']++;
    if (status !== null) {
      const cls = STATUS_CLASSES[Math.floor(status / 100) - 1];
      if (cls) this.statusClasses[cls]++;
    }
    tally(this.files, event.file, isError);
    if (event.service) tally(this.services, event.service, isError, 1000);

    const track = this.trackOf(event);
    notePatternEvent(track, event, isError);
    const ts = event.timestamp;
    const sourceName = event.service ?? event.file;
    const source = this.sourceOf(sourceName);
    if (source) {
      source.events++;
      if (isError) source.errors++;
      if (source.files.size < 20) source.files.add(event.file);
    }
    if (ts === null) {
      this.untimed++;
      this.addDurations(event, track, null);
      return;
    }
    if (ts < this.minTimestamp) this.minTimestamp = ts;
    if (ts > this.maxTimestamp) this.maxTimestamp = ts;
    this.buckets.add(SERIES.total, ts);
    if (source) this.buckets.add(SERIES.source(sourceName), ts);
    if (isError) {
      const n = this.buckets.add(SERIES.errors, ts);
      if (n <= 2)
        this.errorExemplars.add(exemplarOf(event, event.patternId), (t) =>
          this.buckets.countAt(SERIES.errors, t),
        );
    }
    if (track.hasSeries) {
      const key = SERIES.pattern(track.key);
      const n = this.buckets.add(key, ts);
      if (n === 1) track.exemplars.add(exemplarOf(event, track.key), (t) => this.buckets.countAt(key, t));
      if (isError) this.buckets.add(SERIES.patternErrors(track.key), ts);
    } else if (track.count === 1) {
      track.exemplars.add(exemplarOf(event, track.key), () => 0);
    }
    this.addDurations(event, track, ts);
  }

  /**
   * Builds the report. `templateOf` is `TemplateMiner.templateOf`: clusters whose template generalised
   * after their first events are then reported under their final pattern id.
   */
  finish(input: FinishInput): AnalysisReport {
    return buildReport(this, input);
  }

  private trackOf(event: MinedEvent): PatternTrack {
    const key = event.clusterId === undefined ? event.patternId : `c${event.clusterId}`;
    let track = this.patterns.get(key);
    if (!track) {
      const hasSeries = this.patterns.size < this.options.maxTrackedPatterns;
      const slots = hasSeries ? durationSlots(event.template) : [];
      track = newPatternTrack(key, event.patternId, event.template, hasSeries, slots);
      this.patterns.set(key, track);
    }
    return track;
  }

  private sourceOf(name: string): { files: Set<string>; events: number; errors: number } | null {
    let source = this.sources.get(name);
    if (!source && this.sources.size < this.options.maxTrackedSources) {
      source = { files: new Set(), events: 0, errors: 0 };
      this.sources.set(name, source);
    }
    return source ?? null;
  }

  private addDurations(event: MinedEvent, track: PatternTrack, ts: number | null): void {
    const found = durationAttributes(event.attributes);
    for (const slot of track.durationSlots) {
      const param = event.params[slot.index];
      const ms = param === undefined ? null : parseDurationParam(param, slot.unit);
      if (ms !== null) found.push([`${slot.name}#${slot.index}`, ms]);
    }
    for (const [name, ms] of found) {
      if (event.format === 'access' || /request_?time/i.test(name)) this.requestTimes.add(ms);
      if (ts === null || !track.hasSeries) continue;
      const key = `${track.key}|${name}`;
      if (!this.durations.has(key)) {
        if (this.durations.size >= this.options.maxDurationSeries) continue;
        this.durations.set(key, { key, patternKey: track.key, name });
      }
      this.buckets.add(SERIES.durationCount(key), ts);
      this.buckets.add(SERIES.durationLogSum(key), ts, Math.log(Math.max(ms, 0.001)));
    }
  }
}

function tally(map: Map<string, FileTally>, key: string, isError: boolean, cap = Infinity): void {
  let entry = map.get(key);
  if (!entry) {
    if (map.size >= cap) return;
    entry = { events: 0, errors: 0 };
    map.set(key, entry);
  }
  entry.events++;
  if (isError) entry.errors++;
}
