import type { FileStats } from '../types';
import { SERIES, type Analyzer } from './analyzer';
import { detectionWidth } from './bucket-ladder';
import { gapsAtLeast, type FileGaps } from './crash-gaps';
import type {
  DetectionContext,
  DurationDense,
  FileStall,
  SourceSeries,
  PatternSeries,
} from './detection-context';
import { ExemplarSet } from './exemplars';
import { dominantLevel, settleSeen, type PatternTrack } from './pattern-track';
import { mergeTracks, type ResolvedPattern } from './resolve-patterns';

const HOUR_MS = 3_600_000;

/**
 * The time range holding all but the outermost 0.1% of events (a stray 1970 timestamp must not stretch
 * it), and without an outlying cluster: events that hold at most a tenth of the others' number, apart
 * from them by an empty stretch of at least 6 hours and twice the others' span (a device's lines before
 * its clock was set, at 2000-01-01; a file whose dates jump a month, a year read wrong). Kept, they
 * stretched the buckets of every detector to a width where a bundle's incidents of minutes vanished: a
 * 4-hour bundle with a twentieth of its lines a month later was read in buckets of 3 hours.
 */
export function timeRange(analyzer: Analyzer): { startMs: number; endMs: number } | null {
  const { keys, counts } = analyzer.buckets.entries(SERIES.total);
  if (keys.length === 0) return null;
  const total = counts.reduce((a, b) => a + b, 0);
  const trim = Math.floor(total * 0.001);
  let from = 0;
  for (let seen = counts[0] ?? 0; seen <= trim && from < keys.length - 1;) seen += counts[++from] ?? 0;
  let to = keys.length - 1;
  for (let seen = counts[to] ?? 0; seen <= trim && to > from;) seen += counts[--to] ?? 0;
  const width = analyzer.buckets.widthMs;
  for (let cut = 0; cut < 8 && to > from; cut++) {
    const kept = dropOutlyingCluster(keys, counts, from, to, width);
    if (kept === null) break;
    [from, to] = kept;
  }
  const startMs = Math.max((keys[from] ?? 0) * width, analyzer.minTimestamp);
  const endMs = Math.min(((keys[to] ?? 0) + 1) * width, analyzer.maxTimestamp + 1);
  return { startMs, endMs };
}

/**
 * The stored buckets `from`…`to` without the side of their widest empty stretch that is an outlying
 * cluster (see timeRange); null when that side is none.
 */
function dropOutlyingCluster(
  keys: readonly number[],
  counts: readonly number[],
  from: number,
  to: number,
  width: number,
): [number, number] | null {
  let at = from;
  for (let i = from + 1; i < to; i++) {
    if ((keys[i + 1] ?? 0) - (keys[i] ?? 0) > (keys[at + 1] ?? 0) - (keys[at] ?? 0)) at = i;
  }
  let before = 0;
  let after = 0;
  for (let i = from; i <= to; i++) {
    if (i <= at) before += counts[i] ?? 0;
    else after += counts[i] ?? 0;
  }
  const gapMs = ((keys[at + 1] ?? 0) - (keys[at] ?? 0) - 1) * width;
  const dropBefore = before < after;
  const [minority, majority] = dropBefore ? [before, after] : [after, before];
  const majoritySpanMs = dropBefore
    ? ((keys[to] ?? 0) - (keys[at + 1] ?? 0) + 1) * width
    : ((keys[at] ?? 0) - (keys[from] ?? 0) + 1) * width;
  if (minority * 10 > majority || gapMs < Math.max(6 * HOUR_MS, 2 * majoritySpanMs)) return null;
  return dropBefore ? [at + 1, to] : [from, at];
}

export function buildContext(
  analyzer: Analyzer,
  files: readonly FileStats[],
  resolved: readonly ResolvedPattern[],
): DetectionContext | null {
  const range = timeRange(analyzer);
  if (!range) return null;
  const widthMs = detectionWidth(range.endMs - range.startMs, analyzer.buckets.widthMs);
  const startMs = Math.floor(range.startMs / widthMs) * widthMs;
  const length = Math.max(1, Math.ceil((range.endMs - startMs) / widthMs));
  const dense = (key: string) => analyzer.buckets.dense(key, startMs, widthMs, length);
  // About half a width later: the whole number of stored buckets nearest to half a width.
  const stored = analyzer.buckets.widthMs;
  const shiftMs = Math.round(widthMs / 2 / stored) * stored;
  const shifted = (key: string) =>
    shiftMs > 0 && shiftMs < widthMs ? analyzer.buckets.dense(key, startMs + shiftMs, widthMs, length) : null;

  // Files that announced their start and waited for work start when the work does (see openingPauseEnd).
  const workStarts = new Map<string, number>();
  for (const [file, gaps] of analyzer.fileSources) {
    const workFrom = openingPauseEnd(gaps, analyzer.files.get(file)?.events ?? 0);
    if (workFrom !== null) workStarts.set(file, workFrom);
  }
  const sourceOf = (name: string, files: string[], key: string, errorKey: string | null): SourceSeries => {
    const values = dense(key);
    // A source without an event in the range (its lines all outside it): first 0, last -1.
    const found = values.findIndex((v) => v > 0);
    // (Of files that waited for work, from the work's first bucket: their start-up lines stand apart.)
    const working = files.every((f) => workStarts.has(f))
      ? Math.floor((Math.min(...files.map((f) => workStarts.get(f) ?? 0)) - startMs) / widthMs)
      : 0;
    const first = Math.max(0, found, found < 0 ? 0 : working);
    const last = found < 0 ? -1 : values.length - 1 - [...values].reverse().findIndex((v) => v > 0);
    const errors = errorKey === null ? new Array<number>(length).fill(0) : dense(errorKey);
    const errorsShifted = errorKey === null ? null : shifted(errorKey);
    const k = Math.round(widthMs / stored);
    const fine =
      k >= 2 && k * stored === widthMs
        ? { values: analyzer.buckets.dense(key, startMs, stored, length * k), k, widthMs: stored }
        : null;
    return { name, files, values, valuesShifted: shifted(key), errors, errorsShifted, first, last, fine };
  };
  const sources = [...analyzer.sources].map(([name, s]) =>
    sourceOf(
      name,
      [...s.files].sort(),
      SERIES.source(name),
      s.errorSeries === undefined ? null : SERIES.sourceErrors(name),
    ),
  );
  for (const [file, s] of analyzer.fileSources) {
    if (s.series && !analyzer.sources.has(file))
      sources.push(sourceOf(file, [file], SERIES.file(file), null));
  }
  const patterns: PatternSeries[] = [];
  const idOfKey = new Map<string, string>();
  for (const { track, keys } of resolved) {
    for (const key of keys) idOfKey.set(key, track.id);
    if (!track.hasSeries) continue;
    const level = dominantLevel(track.levels);
    const isErrorLevel = level === 'error' || level === 'fatal' || track.errors > track.count / 2;
    const values = new Array<number>(length).fill(0);
    const errorValues = new Array<number>(length).fill(0);
    for (const key of keys) {
      addInto(values, dense(SERIES.pattern(key)));
      if (track.errors > 0) addInto(errorValues, dense(SERIES.patternErrors(key)));
    }
    const series: PatternSeries = { track, level, isErrorLevel, values, errorValues };
    series.byFile = errorViewsByFile(series, dense, length);
    patterns.push(series);
  }
  // A pattern's errors by the exception their stack trace ends in, under the pattern's final id; the
  // tracks of clusters the miner folded into one are one: a worker's TypeErrors went on under the new
  // cluster once a first RangeError made "Unhandled exception: <*>" of the message, and were "new"
  // from then on (blind3 318/s02).
  const templateOfId = new Map(resolved.map(({ track }) => [track.id, track.template]));
  const variantGroups = new Map<string, { id: string; name: string; subs: PatternTrack[]; keys: string[] }>();
  for (const [key, sub] of analyzer.exceptionTracks) {
    // A track's key has no "!" (a cluster's "c12", a pattern id): the first one ends it.
    const parentKey = key.slice(0, key.indexOf('!'));
    const name = key.slice(key.indexOf('!') + 1);
    const id = idOfKey.get(parentKey) ?? sub.id;
    const groupKey = `${id}!${name}`;
    const group = variantGroups.get(groupKey) ?? { id, name, subs: [], keys: [] };
    settleSeen(sub);
    group.subs.push(sub);
    group.keys.push(key);
    variantGroups.set(groupKey, group);
  }
  const exceptionVariants: PatternSeries[] = [...variantGroups.values()].map(({ id, name, subs, keys }) => {
    const first = subs[0] as PatternTrack;
    // (The message's template ends the track's, before " [name]": a name may hold " [" itself.)
    const template = `${templateOfId.get(id) ?? first.template.slice(0, first.template.length - name.length - 3)} [${name}]`;
    const track = mergeTracks(id, template, subs);
    const values = new Array<number>(length).fill(0);
    for (const key of keys) addInto(values, dense(SERIES.pattern(key)));
    const series: PatternSeries = {
      track,
      level: dominantLevel(track.levels),
      isErrorLevel: true,
      values,
      errorValues: values,
    };
    series.byFile = errorViewsByFile(series, dense, length);
    return series;
  });
  // Series of clusters that ended as one pattern are one series: when the miner folds a cluster into
  // a more general one ("Completed <*> OK in <*>" into "Completed <*> <*> in <*>" on a first 403), the
  // pattern's times move from the one series to the other at that moment, and neither holds a slowdown
  // beginning then with its history before (blind2 266/s04).
  const durationGroups = new Map<string, { series: DurationDense['series']; keys: string[] }>();
  for (const raw of analyzer.durations.values()) {
    const patternId = idOfKey.get(raw.patternKey) ?? raw.patternKey;
    // The series' name, kind and source: what follows "<pattern key>|" in its key.
    const group = `${patternId}|${raw.key.slice(raw.patternKey.length + 1)}`;
    const known = durationGroups.get(group);
    if (known === undefined) {
      durationGroups.set(group, { series: { ...raw, patternId }, keys: [raw.key] });
      continue;
    }
    known.keys.push(raw.key);
    known.series.isRequestTime ||= raw.isRequestTime;
    known.series.unitSamples += raw.unitSamples;
    known.series.secondsVotes += raw.secondsVotes;
  }
  const durationsFrom = (from: number): DurationDense[] =>
    [...durationGroups.values()].map(({ series, keys }) => {
      const counts = new Array<number>(length).fill(0);
      const logSums = new Array<number>(length).fill(0);
      const samples = new Array<number>(length).fill(0);
      for (const key of keys) {
        const handle = SERIES.duration(key);
        addInto(counts, analyzer.buckets.dense(handle, from, widthMs, length));
        addInto(logSums, analyzer.buckets.dense(handle, from, widthMs, length, 'sums'));
        addInto(samples, analyzer.buckets.dense(handle, from, widthMs, length, 'reads'));
      }
      return {
        series,
        counts,
        samples,
        logMeans: samples.map((n, i) => (n > 0 ? (logSums[i] ?? 0) / n : null)),
      };
    });
  const durations = durationsFrom(startMs);
  const fileStarts = new Map<string, number>();
  for (const f of files) if (f.firstTimestamp !== null) fileStarts.set(f.file, f.firstTimestamp);
  for (const s of sources)
    for (const f of s.files)
      if (!fileStarts.has(f) && s.first >= 0) fileStarts.set(f, startMs + s.first * widthMs);
  for (const [file, workFrom] of workStarts) if (fileStarts.has(file)) fileStarts.set(file, workFrom);

  const fileEnds = new Map<string, number>();
  for (const f of files) if (f.lastTimestamp !== null) fileEnds.set(f.file, f.lastTimestamp);
  // Events given without their files' figures (tests, a caller's own events): their last time read.
  for (const [file, gaps] of analyzer.fileSources)
    if (!fileEnds.has(file) && gaps.lastTs > -Infinity) fileEnds.set(file, gaps.lastTs);

  const total = dense(SERIES.total);
  return {
    density: total.filter((v) => v > 0).length / Math.max(1, total.length),
    widthMs,
    startMs,
    length,
    total,
    errors: dense(SERIES.errors),
    errorsShifted: shifted(SERIES.errors),
    sources: sources.filter((s) => s.first >= 0),
    patterns,
    durations,
    durationsShifted:
      shiftMs > 0 && shiftMs < widthMs
        ? () => ({ startMs: startMs + shiftMs, durations: durationsFrom(startMs + shiftMs) })
        : null,
    fileStarts,
    fileEnds,
    lastMs: analyzer.maxTimestamp,
    baseline: analyzer.baseline,
    totalEvents: analyzer.events,
    fatalEvents: analyzer.levels.fatal,
    errorExemplars: analyzer.errorExemplars,
    exceptionVariants,
    plannedStops: analyzer.crashGaps.plannedStops,
    containerRestarts: analyzer.containerRestarts.found,
    workerKills: analyzer.workerKills.found,
    heapExhaustions: analyzer.heapExhaustions.found,
    fileErrorMinutes: [...analyzer.fileSources].flatMap(([file, s]) =>
      s.errorMinutes === null
        ? []
        : [{ file, minutes: s.errorMinutes, firstMs: s.firstTs, lastMs: s.lastTs }],
    ),
    fileStalls: [...analyzer.fileSources].flatMap(([file, s]) =>
      s.longestGapMs <= 0
        ? []
        : [
            {
              ...stallOf(analyzer, file, s, s.longestGapFromMs, s.longestGapFromMs + s.longestGapMs, false),
              opening: workStarts.has(file),
            },
          ],
    ),
    filePauses: [...analyzer.fileSources].flatMap(([file, s]) =>
      (s.pauses ?? []).map((pause) => stallOf(analyzer, file, s, pause.fromMs, pause.toMs, pause.restarted)),
    ),
    crashGaps: analyzer.crashGaps.candidates.flatMap((gap) => {
      const file = analyzer.fileSources.get(gap.file);
      if (!file) return [];
      const events = analyzer.files.get(gap.file)?.events ?? 0;
      const lengthMs = gap.resumed.timestamp - gap.lastWords.timestamp;
      return [
        {
          ...gap,
          events,
          meanGapMs: meanGapOf(file, events),
          longGaps: gapsAtLeast(file, lengthMs / 2),
        },
      ];
    }),
  };
}

/** A file's mean time between lines, of its `events`. */
function meanGapOf(gaps: FileGaps, events: number): number {
  return (gaps.lastTs - gaps.firstTs) / Math.max(1, events - 1);
}

/** Most lines a program's start-up says before it waits for work (see openingPauseEnd). */
const OPENING_LINES = 20;
/** Shortest such wait, and how many times the file's mean time between lines it lasts at least. */
const MIN_OPENING_PAUSE_MS = 5 * 60_000;
const OPENING_PAUSE_FACTOR = 100;

/**
 * When a file's longest pause follows its opening lines only (20 at most) and is long for it (five
 * minutes and a hundred times its mean time between lines, as a stall), the time its lines resumed,
 * else null: a program that announced its start and waited for work — a game server's banner, then
 * its players' lines, one every second, from 83 minutes later (blind11 23/s05). What follows is the
 * file's work from its start, not news after a silence. (A sparse file's first pause is no such wait:
 * Redis' stray reports an hour apart.)
 */
function openingPauseEnd(gaps: FileGaps, events: number): number | null {
  return gaps.longestGapAfter <= OPENING_LINES &&
    gaps.longestGapMs >= Math.max(MIN_OPENING_PAUSE_MS, OPENING_PAUSE_FACTOR * meanGapOf(gaps, events))
    ? gaps.longestGapFromMs + gaps.longestGapMs
    : null;
}

/** A file's pause from `fromMs` to `toMs`, with its events, mean time between lines and pauses as long. */
function stallOf(
  analyzer: Analyzer,
  file: string,
  gaps: FileGaps,
  fromMs: number,
  toMs: number,
  restarted: boolean,
): FileStall {
  const events = analyzer.files.get(file)?.events ?? 0;
  return {
    file,
    fromMs,
    toMs,
    events,
    meanGapMs: meanGapOf(gaps, events),
    longGaps: gapsAtLeast(gaps, (toMs - fromMs) / 2),
    restarted,
    opening: false,
  };
}

/**
 * A pattern's (or an exception's) errors file by file, each file's as a pattern of that file alone —
 * its error series, first and last error, count and samples — when two files or more wrote them
 * (see FileErrors); undefined otherwise. A streamed track's first erring file has the errors of the
 * track's own series that its other files' series do not hold.
 */
function errorViewsByFile(
  series: PatternSeries,
  dense: (key: string) => number[],
  length: number,
): PatternSeries[] | undefined {
  const { track } = series;
  const entries = track.errorFiles;
  if (entries === null || new Set(entries.map((e) => e.file)).size < 2) return undefined;
  const ownOfTotal = new Map<string, number[]>();
  for (const e of entries) {
    if (e.seriesKey === null) continue;
    const sum = ownOfTotal.get(e.totalKey) ?? new Array<number>(length).fill(0);
    addInto(sum, dense(e.seriesKey));
    ownOfTotal.set(e.totalKey, sum);
  }
  const files = new Map<string, { values: number[]; firstMs: number; lastMs: number; count: number }>();
  for (const e of entries) {
    let values = e.seriesKey === null ? dense(e.totalKey) : dense(e.seriesKey);
    const own = e.seriesKey === null ? ownOfTotal.get(e.totalKey) : undefined;
    if (own) values = values.map((v, i) => Math.max(0, v - (own[i] ?? 0)));
    const f = files.get(e.file);
    if (f === undefined) files.set(e.file, { values, firstMs: e.firstMs, lastMs: e.lastMs, count: e.count });
    else {
      addInto(f.values, values);
      f.firstMs = Math.min(f.firstMs, e.firstMs);
      f.lastMs = Math.max(f.lastMs, e.lastMs);
      f.count += e.count;
    }
  }
  const pool = (track.errorExemplars?.items.length ? track.errorExemplars : track.exemplars).items;
  return [...files].map(([file, f]) => {
    const mine = pool.filter((e) => e.file === file);
    const exemplars = new ExemplarSet(Math.max(1, mine.length));
    for (const e of mine) exemplars.add(e);
    return {
      track: {
        ...track,
        files: new Set([file]),
        firstSeen: f.firstMs,
        lastSeen: f.lastMs,
        count: f.count,
        errors: f.count,
        exemplars,
        errorExemplars: exemplars,
      },
      level: series.level,
      isErrorLevel: true,
      values: f.values,
      errorValues: f.values,
    };
  });
}

/** `into[i] += values[i]` for every bucket. */
function addInto(into: number[], values: readonly number[]): void {
  for (let i = 0; i < values.length; i++) into[i] = (into[i] ?? 0) + (values[i] ?? 0);
}
