import type { Level } from '../types';
import type { ContainerRestart, HeapExhaustion, WorkerKill } from './lifecycle';
import type { DurationSeries } from './analyzer';
import type { CrashGap, PlannedStop } from './crash-gaps';
import type { ExemplarSet } from './exemplars';
import type { PatternTrack } from './pattern-track';
import type { AnomalyEvidence, AnomalyType, Severity } from './report';
import { halfWindowFor } from './robust-stats';

export interface SourceSeries {
  name: string;
  files: string[];
  values: number[];
  /** The events counted over buckets starting half a width later (see DetectionContext.errorsShifted). */
  valuesShifted: number[] | null;
  /** Error events per bucket (all zero for a source without errors). */
  errors: number[];
  /** The same counted over buckets starting half a width later (see DetectionContext.errorsShifted). */
  errorsShifted: number[] | null;
  /** First and last bucket with an event (0 and -1 when none is in the range). */
  first: number;
  last: number;
  /**
   * The events counted in the analyzer's stored buckets, `k` of them a bucket of the context, when
   * those are finer (see detectVolumeSpikes); null otherwise.
   */
  fine: { values: number[]; k: number; widthMs: number } | null;
}

export interface PatternSeries {
  track: PatternTrack;
  level: Level | null;
  isErrorLevel: boolean;
  values: number[];
  /** Error events of the pattern per bucket (all zero for patterns without errors). */
  errorValues: number[];
  /**
   * When two files or more wrote its errors: the pattern's errors in each file, as a pattern of that
   * file alone (see errorViewsByFile in build-context.ts).
   */
  byFile?: PatternSeries[];
}

export interface DurationDense {
  series: DurationSeries & { patternId: string };
  /** Events per bucket whose duration was taken (the values read, each weighted by the events it stands for). */
  counts: number[];
  /**
   * Values read per bucket: past its first few events in a bucket, the analyzer reads one pattern's
   * durations for one event in four (see analyzer.ts), so `counts` overstates how much was seen.
   */
  samples: number[];
  /** Mean of ln(milliseconds) per bucket (null when the bucket has no sample). */
  logMeans: (number | null)[];
}

/** Dense, detection-width view of everything the analyzer accumulated. Read-only for detectors. */
export interface DetectionContext {
  widthMs: number;
  startMs: number;
  length: number;
  total: number[];
  errors: number[];
  /**
   * Errors over buckets that start about half a width later (bucket i: from about the middle of i to
   * about the middle of i + 1), when the stored buckets are fine enough to say; null otherwise. A burst across a boundary
   * of wide buckets is split in two; here it is whole.
   */
  errorsShifted: number[] | null;
  sources: SourceSeries[];
  patterns: PatternSeries[];
  durations: DurationDense[];
  /**
   * The duration series over buckets starting about half a width later (see errorsShifted), made on
   * demand; null when the stored buckets are not fine enough to say.
   */
  durationsShifted: (() => { startMs: number; durations: DurationDense[] }) | null;
  /** First timestamp of each file, to know how much normal traffic came before a pattern. */
  fileStarts: ReadonlyMap<string, number>;
  /** Last timestamp of each file, and of all of them: how long a file ended before the others. */
  fileEnds: ReadonlyMap<string, number>;
  lastMs: number;
  baseline: ReadonlySet<string> | null;
  totalEvents: number;
  fatalEvents: number;
  /** Share of buckets (between the first and last event) holding at least one event: rates mean little when low. */
  density: number;
  errorExemplars: ExemplarSet;
  /**
   * A pattern's error events with a stack trace, by the exception it ends in (Analyzer.exceptionTracks),
   * under the pattern's id; the template names the exception: `unhandled error … [ValueError]`.
   */
  exceptionVariants: PatternSeries[];
  /** Gaps after a crash-like line (see CrashGaps), with what is needed to judge them. */
  crashGaps: JudgedCrashGap[];
  /** Each file's error events per epoch minute (files with errors; see Analyzer's FileSource). */
  fileErrorMinutes: readonly FileErrorMinutes[];
  /** Each file's longest pause between two lines (files that paused a second or more). */
  fileStalls: FileStall[];
  /** Each file's unusual pauses (five seconds and ten times its mean time between lines: FileGaps.pauses). */
  filePauses: FileStall[];
  /** Pauses right after a file said it was stopping (see CrashGaps.plannedStops). */
  plannedStops: readonly PlannedStop[];
  /** Containers the kubelet saw die and start again without stopping them (see ContainerRestarts). */
  containerRestarts: readonly ContainerRestart[];
  /** Workers killed by a signal their master did not send (see WorkerKills). */
  workerKills: readonly WorkerKill[];
  /** JVMs that ran out of heap and started again, as their GC logs tell (see HeapExhaustions). */
  heapExhaustions: readonly HeapExhaustion[];
}

/** A file's longest pause (see FileGaps.longestGapMs), with what judges it. */
export interface FileErrorMinutes {
  file: string;
  minutes: ReadonlyMap<number, number>;
  /** The file's first and last timed events. */
  firstMs: number;
  lastMs: number;
}

export interface FileStall {
  file: string;
  fromMs: number;
  toMs: number;
  /** The file's events, and its mean time between them. */
  events: number;
  meanGapMs: number;
  /** The file's pauses of about half this one's length or more, this one included. */
  longGaps: number;
  /** The line after the pause announced a start (see STARTUP); false where it was not read. */
  restarted: boolean;
  /** The pause follows the file's opening lines only (see openingPauseEnd): it waited for work. */
  opening: boolean;
}

export interface JudgedCrashGap extends CrashGap {
  /** The file's events, and its mean time between them. */
  events: number;
  meanGapMs: number;
  /** The file's gaps of about half this one's length or more, this one included. */
  longGaps: number;
}

/** A detector's output before merging; times in epoch ms. */
export interface Finding {
  type: AnomalyType;
  severity: Severity;
  confidence: number;
  startMs: number;
  endMs: number;
  files: string[];
  patternId: string | null;
  /** What the finding is about (a series, a pattern, a source): findings of one subject merge. */
  subject: string;
  description: string;
  evidence: AnomalyEvidence;
  /** A pattern spike's template as its description quotes it (see mergeCompanionSpikes). */
  quoted?: string;
  /**
   * A new pattern's finding about one exception under an older message (see exceptionVariants): its
   * pattern id is the message's, whose spikes count the message's other exceptions too.
   */
  exceptionVariant?: boolean;
}

/** Whether one of `findings` tells `finding` already: the same subject, over an overlapping time. */
export function toldAlready(findings: readonly Finding[], finding: Finding): boolean {
  return findings.some(
    (f) => f.subject === finding.subject && f.startMs < finding.endMs && finding.startMs < f.endMs,
  );
}

export function timeOf(ctx: DetectionContext, index: number): number {
  return ctx.startMs + index * ctx.widthMs;
}

/**
 * Buckets in which none of `files` was being written — the whole bucket inside each file's longest
 * pause, before the first of them started or after the last of them ended — or undefined when there
 * are none. A pattern's zero there says nothing of its rate: a PostgreSQL log whose shipping stalled
 * for 51 minutes made the hour around it "almost never" for every one of its patterns, and each of
 * them, back at its usual six a minute, a spike (blind2 293/s10); a proxy's log that stopped for good
 * after its first hour made that hour's 5xx, at its usual 0.2% all along, a spike against the hours
 * the other files logged on without it (blind3 466/s01).
 */
export function silentBuckets(ctx: DetectionContext, files: Iterable<string>): boolean[] | undefined {
  let from = -Infinity;
  let to = Infinity;
  let start = Infinity;
  let end = -Infinity;
  let any = false;
  let paused = true;
  for (const file of files) {
    any = true;
    start = Math.min(start, ctx.fileStarts.get(file) ?? -Infinity);
    end = Math.max(end, ctx.fileEnds.get(file) ?? Infinity);
    const stall = ctx.fileStalls.find((s) => s.file === file);
    if (stall === undefined) paused = false;
    else {
      from = Math.max(from, stall.fromMs);
      to = Math.min(to, stall.toMs);
    }
  }
  // Without files there is no pause to speak of.
  if (!any) return undefined;
  const skip = new Array<boolean>(ctx.length).fill(false);
  let skipped = false;
  const mark = (first: number, last: number): void => {
    for (let i = Math.max(0, first); i <= Math.min(ctx.length - 1, last); i++) {
      skip[i] = true;
      skipped = true;
    }
  };
  // The buckets wholly inside the pauses, wholly before the files' start and wholly after their end —
  // those only when the files wrote for half a baseline's window at least: a file that holds a burst
  // and little else (an error log written only during an outage) has no rate of its own to judge it by.
  if (paused)
    mark(Math.ceil((from - ctx.startMs) / ctx.widthMs), Math.floor((to - ctx.startMs) / ctx.widthMs) - 1);
  if ((end - start) / ctx.widthMs >= halfWindowFor(ctx.length)) {
    mark(0, Math.floor((start - ctx.startMs) / ctx.widthMs) - 1);
    mark(Math.floor((end - ctx.startMs) / ctx.widthMs) + 1, ctx.length - 1);
  }
  return skipped ? skip : undefined;
}
