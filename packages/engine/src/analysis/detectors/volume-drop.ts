import type { DetectionContext, FileStall, Finding, PatternSeries, SourceSeries } from '../detection-context';
import { timeOf } from '../detection-context';
import { describeWindow, perBucket, round, spokenDuration } from '../format';
import { confidenceOf, findRuns, halfWindowFor, localBaseline, median, sum } from '../robust-stats';
import { pauseEvidence } from './crash-silence';
import { announcesJob } from './periodic-bursts';

const MIN_BASELINE = 10;
/** A class or logger's name (com.example.Foo), not a service's or a file's. */
const COMPONENT = /[.$][A-Z]\w*$/;
/** Independent events (clumps) a silence must miss to be high (see dropFinding). */
const HIGH_MISSING = 4 * MIN_BASELINE;
/** Buckets a side, at least, that a silence's neighbours are read from for their clumps (see silentGaps). */
const DISPERSION_SIDE = 12;

/**
 * A source that goes quiet (or silent) while it normally logs steadily: inside its active range, or
 * stopping for good while other sources keep logging (unless another source takes over: rotation).
 */
export function detectVolumeDrops(ctx: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  for (const source of ctx.sources) {
    // A job's own logger (Spring's "ScheduledJobs") is silent between its runs.
    if (isJobSource(ctx, source)) continue;
    const active = source.values.slice(source.first, source.last + 1);
    if (active.length >= 10 && !cannotDrop(active)) {
      const { flags, center, isSteady, dispersion, sparseClump } = lowBuckets(active);
      // A silence long against the baseline window empties the window's median (flagged or not, the
      // baseline sinks inside it) and makes the source look unsteady: it is judged by the traffic on
      // both sides instead (see `silentGaps`).
      const gapAt: (SilentGap | undefined)[] = [];
      for (const gap of silentGaps(active)) {
        for (let i = gap.from; i <= gap.to; i++) {
          flags[i] = true;
          center[i] = Math.max(center[i] ?? 0, gap.rate);
          gapAt[i] = gap;
        }
      }
      widenToPartialBuckets(active, flags, center);
      // A source too sparse for its buckets (a few lines a minute, in clumps, many minutes empty) is
      // steady over five minutes: its silences are looked for there too. Not a class's logger: one
      // that logs now and then (ASP.NET Core's exception handler) pauses with the work it logs.
      const sparse = COMPONENT.test(source.name)
        ? []
        : coarseGaps(active, Math.round(COARSE_MS / ctx.widthMs));
      for (const gap of sparse) {
        if (flags.slice(gap.from, gap.to + 1).some(Boolean)) continue;
        for (let i = gap.from; i <= gap.to; i++) {
          flags[i] = true;
          center[i] = Math.max(center[i] ?? 0, gap.rate);
          gapAt[i] = gap;
        }
      }
      let emptyRuns: number[] | undefined;
      for (const run of findRuns(flags, 0)) {
        const buckets = run.to - run.from + 1;
        const observed = sum(active, run.from, run.to);
        const gap = gapAt.slice(run.from, run.to + 1).find((g) => g !== undefined);
        // A short drop where the source's pace changes (a busy spell ending: 18 a minute before it,
        // 6 after) is judged at the quieter side's pace: at the rolling baseline's, which mixes the
        // two, two empty minutes of a bursty sshd read as an outage (blind 43/s09). A silence far
        // longer than any other is improbable at either pace.
        let expected = sum(center, run.from, run.to);
        if (buckets < MIN_UNMATCHED && !gap?.unmatched)
          expected = Math.min(expected, quieterSide(active, run.from, run.to) * buckets);
        // One empty bucket of a source logging ≥ 30 a bucket is already improbable (Poisson e^-30).
        if (buckets < 2 && (observed > 0 || expected < 3 * MIN_BASELINE)) continue;
        // …unless the source pauses that long in its ordinary work: a streaming job's micro-batch
        // every other minute, 784 lines then none (blind7 15/s01).
        if (buckets < MIN_UNMATCHED && observed === 0 && !gap?.unmatched) {
          emptyRuns ??= findRuns(
            active.map((v) => v === 0),
            0,
          ).map((r) => r.to - r.from + 1);
          if (emptyRuns.filter((n) => n >= buckets).length > USUAL_PAUSES) continue;
        }
        // A steady source's silence is significant sooner (Poisson e^-20) than a partial drop. Lines
        // that come in clumps (Redis writes five per save) are fewer independent events than lines:
        // the missing count is read in clumps.
        // The gap's neighbours read the clumps without the gap's own empty buckets; the source's
        // rolling figure without a trend of the neighbours: each errs high, so the lower one.
        // A partial bucket may open the run (see widenToPartialBuckets): the gap is read at any of its buckets.
        const steady = gap !== undefined || isSteady;
        const clumps = gap === undefined ? dispersion : Math.min(gap.dispersion, dispersion);
        const missing = (expected - observed) / clumps;
        // A silence far longer than any other of the source (see silentGaps) is improbable sooner (e^-10).
        const bar = gap?.unmatched ? 1 : observed === 0 && steady ? 2 : 3;
        if (missing < bar * MIN_BASELINE) continue;
        // A silence missing more than half as many lines as the source wrote outside it has its usual
        // rate read from too little of its time: an operator's sudo commands, 27 lines in an hour,
        // "silent" for 40 minutes between two of them (blind 42/s10); 30 lines in 85 minutes, "silent"
        // for 50 of them (blind 120/s04).
        if (sum(active) - observed < 2 * expected) continue;
        if (isPlannedRestart(ctx, source, run.from + source.first, run.to + source.first)) continue;
        // Its severity weighs the missing lines in clumps of a sparse source's own size too: a Redis
        // file's 46 minutes without a save miss some nine saves, not 46 events (blind3 282/s05).
        findings.push(
          dropFinding(
            ctx,
            source,
            run.from + source.first,
            run.to + source.first,
            observed,
            expected,
            false,
            (expected - observed) / Math.max(clumps, sparseClump),
          ),
        );
      }
    }
    const stopped = stoppedEarly(ctx, source);
    if (stopped) findings.push(stopped);
  }
  for (const stall of ctx.fileStalls) {
    const finding = stallFinding(ctx, stall);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** A file stalling: its longest pause this long at least… */
const MIN_STALL_MS = 5 * 60_000;
/** …this many times its mean time between lines… */
const STALL_FACTOR = 100;
/** …in a file of this many events at least. */
const MIN_STALL_EVENTS = 1000;

/** A sparser file's stall: ten minutes or more, in a file of this many events… */
const MIN_SPARSE_STALL_MS = 10 * 60_000;
const MIN_SPARSE_STALL_EVENTS = 300;
/** …missing this many lines at the pace of the hour on either side of it (Poisson e^-30). */
const SPARSE_STALL_EXPECTED = 30;
/** Buckets on each side of a stall read for its file's pace (an hour of five-minute buckets). */
const AROUND_BUCKETS = 12;

/**
 * The lines a source would have written in `length` buckets at its pace around buckets `from`–`to`
 * (the median of up to AROUND_BUCKETS on each side, those two excluded): a kubelet's three lines a
 * minute, around its sixteen silent minutes, are 48 missing; a quiet night's lull is few.
 */
function expectedAround(source: SourceSeries, from: number, to: number, length: number): number {
  const values = source.values;
  const around = [
    ...values.slice(Math.max(source.first, from - AROUND_BUCKETS), from),
    ...values.slice(to + 1, Math.min(source.last, to + AROUND_BUCKETS) + 1),
  ];
  return around.length < AROUND_BUCKETS / 2 ? 0 : median(around) * length;
}

/**
 * A busy file that stops for minutes, once, then logs again (Kafka Connect stalled 12 minutes, a
 * line every two seconds before and after): its buckets may not show it, a silence of two and a half
 * five-minute buckets among counts that swing by half (blind5 111/s06). Judged on the file's own
 * pauses: five minutes or more, a hundred times its mean time between lines, and no other pause of
 * half its length in the whole file (a job's log pauses between runs, a quiet service now and then).
 * Not a planned restart, a job's source, nor a crash the crash-silence detector tells.
 */
function stallFinding(ctx: DetectionContext, stall: FileStall): Finding | null {
  const lengthMs = stall.toMs - stall.fromMs;
  // A program's wait for work after its start-up lines is no stall (see openingPauseEnd).
  if (stall.longGaps > 1 || stall.opening) return null;
  const source = ctx.sources.find((s) => s.files.length === 1 && s.files[0] === stall.file);
  const from = Math.floor((stall.fromMs - ctx.startMs) / ctx.widthMs);
  const to = Math.floor((stall.toMs - ctx.startMs) / ctx.widthMs);
  const busy =
    stall.events >= MIN_STALL_EVENTS && lengthMs >= Math.max(MIN_STALL_MS, STALL_FACTOR * stall.meanGapMs);
  // The file's whole volume: its own series when it mixes several services (a kubelet's components).
  const whole = ctx.sources.find((s) => s.name === stall.file) ?? source;
  const sparse =
    whole !== undefined &&
    stall.events >= MIN_SPARSE_STALL_EVENTS &&
    lengthMs >= MIN_SPARSE_STALL_MS &&
    expectedAround(whole, from, to, lengthMs / ctx.widthMs) >= SPARSE_STALL_EXPECTED;
  if (!busy && !sparse) return null;
  if (ctx.crashGaps.some((gap) => gap.file === stall.file && gap.lastWords.timestamp === stall.fromMs))
    return null;
  if (source && (isJobSource(ctx, source) || isPlannedRestart(ctx, source, from, to))) return null;
  const seconds = (ms: number): string => `${round(ms / 1000, ms < 10_000 ? 1 : 0)} s`;
  return {
    type: 'volume_drop',
    severity: 'medium',
    confidence: 0.8,
    startMs: stall.fromMs,
    endMs: stall.toMs,
    files: [stall.file],
    patternId: null,
    subject: 'volume',
    description: `${stall.file} went silent for ${spokenDuration(lengthMs)} ${describeWindow(stall.fromMs, stall.toMs)}, then logged again; it usually writes a line every ${seconds(stall.meanGapMs)} and paused half as long at no other time.`,
    evidence: pauseEvidence(stall.file, lengthMs, stall.meanGapMs, STALL_FACTOR, []),
  };
}

/**
 * Whether a source logs only while a job runs: two stretches of activity or more (apart by two empty
 * buckets or more), each opening where one of its files announced a job's start (see announcesJob).
 */
function isJobSource(ctx: DetectionContext, source: SourceSeries): boolean {
  const starts: number[] = [];
  let empty = Infinity;
  for (let i = source.first; i <= source.last; i++) {
    if ((source.values[i] ?? 0) === 0) {
      empty++;
      continue;
    }
    if (empty >= 2) starts.push(i);
    empty = 0;
  }
  if (starts.length < 2) return false;
  // The announcement opens the job's stretches only: a housekeeping task the server runs every
  // quarter of an hour (and right after its start) announces no job of the whole source.
  const nearStart = (i: number): boolean => starts.some((from) => i >= from - 1 && i <= from);
  const opensOnly = (p: PatternSeries): boolean => p.values.every((v, i) => v === 0 || nearStart(i));
  return starts.every((from) => announcesJob(ctx, source.files, from, opensOnly));
}

/**
 * Whether buckets `from`–`to` of a source lie within a pause of one of its files that followed its
 * own stop message (gunicorn's "Shutting down: Master", then "Starting gunicorn" a minute later): a
 * planned restart, not an outage (see CrashGaps.plannedStops).
 */
function isPlannedRestart(ctx: DetectionContext, source: SourceSeries, from: number, to: number): boolean {
  const startMs = timeOf(ctx, from);
  const endMs = timeOf(ctx, to + 1);
  return ctx.plannedStops.some(
    (stop) =>
      source.files.includes(stop.file) &&
      stop.fromMs <= startMs + ctx.widthMs &&
      stop.toMs >= endMs - ctx.widthMs,
  );
}

/**
 * True when no inner bucket can be flagged, decided without the rolling baselines: a flagged bucket is
 * empty or at most a quarter of its baseline, a median of the series and so at most its maximum.
 */
export function cannotDrop(active: readonly number[]): boolean {
  let max = 0;
  for (const v of active) if (v > max) max = v;
  for (let i = 1; i < active.length - 1; i++) {
    const v = active[i] ?? 0;
    if (v === 0 || v <= max * 0.25) return false;
  }
  return true;
}

/** Inner buckets well below their local baseline, or empty in a source that logs in nearly every one. */
export function lowBuckets(active: readonly number[]): {
  flags: boolean[];
  center: number[];
  isSteady: boolean;
  /** Variance over mean of the counts (1 for Poisson traffic, about k for lines in clumps of k), at least 1. */
  dispersion: number;
  /**
   * Lines per clump of a source too sparse for the robust figure (most of its buckets empty: their
   * median is 0, and so is `dispersion`'s spread): the mean of its non-empty buckets, at least 1.
   * Redis writes five lines a save, a save every few minutes.
   */
  sparseClump: number;
} {
  const { center, sigma } = localBaseline(active, halfWindowFor(active.length));
  const typical = median(center);
  const spread = median(sigma);
  const dispersion = typical > 0 ? Math.max(1, (spread * spread) / typical) : 1;
  const filled = active.filter((v) => v > 0);
  const sparseClump =
    typical > 0 || filled.length === 0 ? 1 : Math.max(1, filled.reduce((a, b) => a + b, 0) / filled.length);
  // A source logging in nearly every bucket may be quieter than MIN_BASELINE: its silence counts
  // once the run's expected total is large. First and last buckets are partial, so never flagged.
  const isSteady = filled.length >= 0.8 * active.length;
  const flags = active.map((v, i) => {
    const base = center[i] ?? 0;
    const s = Math.max(sigma[i] ?? 0, Math.sqrt(base));
    const inside = i > 0 && i < active.length - 1;
    const isLow = base >= MIN_BASELINE && v <= base * 0.25 && (v < base - 4 * s || v === 0);
    return inside && (isLow || (v === 0 && isSteady && base >= 2));
  });
  return { flags, center, isSteady, dispersion, sparseClump };
}

/**
 * A silence starts and ends within buckets: the bucket before its first flagged one and the bucket
 * after its last, when they hold a quarter of their baseline or less, are its partial buckets and
 * join the run, which is then judged as a whole (a kubelet's 14-minute silence in five-minute
 * buckets: 3, 0, 4 where it logs 20, of which only the empty one is 4σ low: blind4 119/s01).
 */
export function widenToPartialBuckets(
  active: readonly number[],
  flags: boolean[],
  center: readonly number[],
): void {
  const partial = (i: number): boolean =>
    i > 0 &&
    i < active.length - 1 &&
    !flags[i] &&
    (center[i] ?? 0) >= MIN_BASELINE &&
    (active[i] ?? 0) <= 0.25 * (center[i] ?? 0);
  // The runs are found first: a bucket flagged here does not extend a run further.
  for (const run of findRuns(flags, 0))
    for (const i of [run.from - 1, run.to + 1]) if (partial(i)) flags[i] = true;
}

/**
 * The lower of the medians of the buckets before and after buckets `from`–`to` (as many as the run,
 * three at least, on each side: a partial bucket beside the run is one of three).
 */
function quieterSide(active: readonly number[], from: number, to: number): number {
  const side = Math.max(3, to - from + 1);
  const before = active.slice(Math.max(0, from - side), from);
  const after = active.slice(to + 1, to + 1 + side);
  if (before.length === 0 || after.length === 0) return Infinity;
  return Math.min(median(before), median(after));
}

/** A run of empty buckets in a steady source (see silentGaps). */
export interface SilentGap {
  from: number;
  to: number;
  /** Median count of the buckets beside it. */
  rate: number;
  /** Variance over mean of the counts beside it (see dispersionOf). */
  dispersion: number;
  /** At least MIN_UNMATCHED buckets and UNMATCHED_FACTOR times longer than any other empty run of the source. */
  unmatched: boolean;
}

const MIN_UNMATCHED = 6;
/**
 * Empty runs as long as a short one (under MIN_UNMATCHED buckets) that the source shows besides it
 * (the run itself counted), above which that run is one of its usual pauses.
 */
const USUAL_PAUSES = 3;
const UNMATCHED_FACTOR = 4;

/**
 * Runs of empty inner buckets in a source that logs steadily on both sides of them: as long as the run
 * before and after it (at least 3 buckets each), with at most one empty bucket in five there and in
 * the rest of the source. `rate` is the median of those neighbours (the rolling baseline misses such a
 * run, or sinks inside it: a 56-minute silence of a kubelet logging 18 lines per 5 minutes had an
 * expected count too small to matter), with enough expected events to make the silence improbable
 * (2 × MIN_BASELINE, Poisson e^-20).
 */
export function silentGaps(active: readonly number[]): SilentGap[] {
  const gaps: SilentGap[] = [];
  let emptyTotal = 0;
  for (const v of active) if (v === 0) emptyTotal++;
  const emptyRuns = findRuns(
    active.map((v) => v === 0),
    0,
  );
  let i = 1;
  while (i < active.length - 1) {
    if ((active[i] ?? 0) !== 0) {
      i++;
      continue;
    }
    let to = i;
    while (to + 1 < active.length - 1 && (active[to + 1] ?? 0) === 0) to++;
    const length = to - i + 1;
    const side = Math.max(3, length);
    const before = active.slice(Math.max(0, i - side), i);
    const after = active.slice(to + 1, Math.min(active.length, to + 1 + side));
    const neighbours = [...before, ...after];
    const empty = neighbours.filter((v) => v === 0).length;
    const rate = median(neighbours);
    // The source logs steadily elsewhere too: a job that runs now and then is silent most of the time.
    const emptyElsewhere = (emptyTotal - length) / Math.max(1, active.length - length);
    if (
      emptyElsewhere <= 0.2 &&
      length >= 2 &&
      neighbours.length >= 6 &&
      empty * 5 <= neighbours.length &&
      rate * length >= 2 * MIN_BASELINE
    ) {
      // Read from a dozen buckets a side at least: three say little about clumps (MySQL's slow log
      // writes five events per entry).
      const wide = Math.max(DISPERSION_SIDE, side);
      // The longest other empty run of the source: a silence several times longer than any other
      // (and half an hour of buckets or more at the usual widths) is one the source's own history rules out.
      const longestElsewhere = Math.max(
        0,
        ...emptyRuns.filter((run) => run.from !== i).map((run) => run.to - run.from + 1),
      );
      gaps.push({
        from: i,
        to,
        rate,
        unmatched: length >= MIN_UNMATCHED && length >= UNMATCHED_FACTOR * (longestElsewhere + 1),
        dispersion: dispersionOf(
          active.slice(Math.max(0, i - wide), i),
          active.slice(to + 1, Math.min(active.length, to + 1 + wide)),
        ),
      });
    }
    i = to + 1;
  }
  return gaps;
}

/** Span over which a sparse source's counts are summed to look for its silences (see coarseGaps). */
const COARSE_MS = 5 * 60_000;

/**
 * `silentGaps` of the source summed over `k` buckets, for a source whose own buckets are too often
 * empty for them (PHP-FPM's error log, a few lines a minute in clumps, silent 55 minutes), in its own
 * buckets: the run of empty buckets holding each coarse gap, at the coarse rate per bucket, when it is
 * UNMATCHED_FACTOR times longer than any other run of empty buckets of the source. Dispersion is read
 * in the coarse buckets (clumps of a minute are one there).
 */
function coarseGaps(active: readonly number[], k: number): SilentGap[] {
  if (k < 2) return [];
  const empty = active.filter((v) => v === 0).length;
  if (empty * 5 <= active.length) return [];
  const coarse: number[] = [];
  for (let i = 0; i < active.length; i += k) coarse.push(sum(active, i, Math.min(active.length, i + k) - 1));
  const emptyRuns = findRuns(
    active.map((v) => v === 0),
    0,
  );
  const gaps: SilentGap[] = [];
  for (const gap of silentGaps(coarse)) {
    let from = gap.from * k;
    let to = Math.min(active.length - 1, gap.to * k + k - 1);
    while (from > 0 && (active[from - 1] ?? 0) === 0) from--;
    while (to + 1 < active.length && (active[to + 1] ?? 0) === 0) to++;
    // Only a silence far longer than any other pause of the source (its clumps leave pauses of many
    // minutes: Redis's saves, eleven quiet minutes now and then, are its rhythm).
    const longest = Math.max(
      0,
      ...emptyRuns.filter((r) => r.to < from || r.from > to).map((r) => r.to - r.from + 1),
    );
    if (to - from + 1 < UNMATCHED_FACTOR * (longest + 1)) continue;
    gaps.push({ ...gap, from, to, rate: gap.rate / k, unmatched: true });
  }
  return gaps;
}

/**
 * Shortest silence at the end that counts as a source stopping: files of one bundle are collected
 * (or rotated) minutes apart, so one ending a few minutes before the others is no outage.
 */
const MIN_STOP_MS = 10 * 60_000;
/** Buckets of a source's logging that tell its rate for a stop (see stoppedEarly); fewer when the silence is long. */
const MIN_HISTORY = 11;
const MIN_BRIEF_HISTORY = 6;

function stoppedEarly(ctx: DetectionContext, source: SourceSeries): Finding | null {
  const remaining = ctx.length - 1 - source.last;
  if (remaining < 2 || remaining * ctx.widthMs < MIN_STOP_MS || ctx.sources.length < 2) return null;
  const active = source.values.slice(source.first, source.last + 1);
  // Eleven buckets tell a source's rate; six do when its silence is three times longer than its
  // logging and it is busy (an ingress log at 84 requests a minute for 44 minutes, then nothing for
  // five hours while the rest of the bundle logs on: blind 92/s03).
  const brief = active.length < MIN_HISTORY;
  if (brief && (active.length < MIN_BRIEF_HISTORY || remaining < 3 * active.length)) return null;
  let rate = median(active);
  if (brief && rate < 3 * MIN_BASELINE) return null;
  // Two empty buckets at the end (ten minutes of five-minute buckets, and the partial one it stopped
  // in) are enough for a busy source (30 a bucket or more: MQTT's broker silent its last 14 minutes);
  // a quieter one needs three.
  if (remaining < 3 && rate < 3 * MIN_BASELINE) return null;
  // A quieter file (a PHP-FPM error log, two lines a minute) stops for good when the silence at its
  // end is far longer than any pause it made before, and would have held many of its lines. Only a
  // whole file: a logger of a file that goes on (Caddy's "tls" after its certificates) just has no
  // more to say.
  if (rate < MIN_BASELINE) {
    if (source.files.length !== 1 || source.files[0] !== source.name) return null;
    rate = sum(active, 0, active.length - 1) / active.length;
    if (rate * remaining < 3 * MIN_BASELINE || remaining < 5 * longestEmptyRun(active)) return null;
  }
  const othersContinue = ctx.sources.some(
    (s) => s !== source && s.last >= ctx.length - 2 && s.first <= source.last,
  );
  // Another source taking over (a rotated file, a renamed service) starts where this one stops and
  // goes on logging like it to the end; a stray line of another (a crash's last words, written without
  // the service's name: blind2 99/s03) hands nothing over.
  const handedOver = ctx.sources.some(
    (s) =>
      s !== source &&
      Math.abs(s.first - source.last) <= 2 &&
      s.last >= ctx.length - 2 &&
      median(s.values.slice(s.first, s.last + 1)) >= rate / 4,
  );
  if (!othersContinue || handedOver) return null;
  // Buckets round a silence up to their width (a file ending at 16:19:58, the others at 16:25:55, is
  // two empty buckets of five minutes: blind 87/s02): a stop is measured from the last line of the
  // source's files. A source stopping as its file ended (a syslog's kernel, at 06:10:00 when the
  // syslog was collected, six minutes before the others: blind 126/s01) went no quieter than its file.
  let end = -Infinity;
  for (const file of source.files) end = Math.max(end, ctx.fileEnds.get(file) ?? -Infinity);
  if (ctx.lastMs - end < MIN_STOP_MS) return null;
  return dropFinding(ctx, source, source.last + 1, ctx.length - 1, 0, rate * remaining, true);
}

function dropFinding(
  ctx: DetectionContext,
  source: SourceSeries,
  from: number,
  to: number,
  observed: number,
  expected: number,
  untilEnd: boolean,
  missing = Infinity,
): Finding {
  const startMs = timeOf(ctx, from);
  const endMs = timeOf(ctx, to + 1);
  const buckets = to - from + 1;
  const perBucketExpected = expected / buckets;
  const silent = observed === 0;
  const what = silent ? 'went silent' : `dropped to ${observed} events`;
  const tail = untilEnd ? ' and did not resume while other sources kept logging' : '';
  // A class or logger (com.example.Foo) falling quiet is a phase of the program, not a service outage.
  const isComponent = COMPONENT.test(source.name);
  const isLong = buckets >= 3 && buckets * ctx.widthMs >= 5 * 60_000;
  // High when the silence is long and misses many independent events: a small source logging in
  // clumps (Redis's five lines a save, a save every few minutes) pausing for half an hour is worth a
  // look, not an outage by itself.
  const severity = isComponent
    ? 'low'
    : silent && isLong && !untilEnd && missing >= HIGH_MISSING
      ? 'high'
      : 'medium';
  return {
    type: 'volume_drop',
    severity,
    confidence: confidenceOf((expected - observed) / Math.max(1, Math.sqrt(expected)), 4),
    startMs,
    endMs,
    files: source.files,
    patternId: null,
    subject: 'volume',
    description: `${source.name} ${what} ${describeWindow(startMs, endMs)}${tail}; it usually logs ${round(perBucketExpected)} ${perBucket(ctx.widthMs)}.`,
    evidence: {
      metric: `events of ${source.name} ${perBucket(ctx.widthMs)}`,
      expected: {
        baseline: round(perBucketExpected, 2),
        lower: round(perBucketExpected * 0.25, 2),
        upper: null,
      },
      observed: { value: round(observed / buckets, 2), total: observed },
      score: round((expected - observed) / Math.max(1, Math.sqrt(expected))),
      bucketSeconds: ctx.widthMs / 1000,
      patternIds: [],
      source: source.name,
      lines: [],
      samples: [],
      related: [],
    },
  };
}

/** The longest run of empty buckets in a series. */
function longestEmptyRun(values: readonly number[]): number {
  return Math.max(
    0,
    ...findRuns(
      values.map((v) => v === 0),
      0,
    ).map((run) => run.to - run.from + 1),
  );
}

/**
 * Variance over mean of the counts on both sides of a gap (1 for Poisson traffic, about k for lines in
 * clumps of k), at least 1. The variance is read from successive differences within each side, so a
 * rising or falling trend (a morning's traffic) does not count as noise.
 */
function dispersionOf(before: readonly number[], after: readonly number[]): number {
  let total = 0;
  let squares = 0;
  let steps = 0;
  for (const side of [before, after]) {
    for (let k = 0; k < side.length; k++) {
      total += side[k] ?? 0;
      if (k === 0) continue;
      squares += ((side[k] ?? 0) - (side[k - 1] ?? 0)) ** 2;
      steps++;
    }
  }
  const mean = total / Math.max(1, before.length + after.length);
  if (mean <= 0 || steps === 0) return 1;
  return Math.max(1, squares / (2 * steps) / mean);
}
