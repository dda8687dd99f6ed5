import type { DetectionContext, DurationDense, Finding } from '../detection-context';
import { timeOf, toldAlready } from '../detection-context';
import { readsAsSeconds } from '../durations';
import { describeWindow, formatMs, round, shortTemplate } from '../format';
import {
  confidenceOf,
  findRuns,
  halfWindowFor,
  localBaseline,
  median,
  robustSigma,
  sum,
  type Run,
} from '../robust-stats';
import { severityByFactor } from '../severity';

const MIN_FACTOR = 2.5;
const MIN_SAMPLES_PER_BUCKET = 3;
/**
 * Values a slowdown of a single bucket needs: the mean of a few dozen request times swings by 2–3× on
 * a handful of slow ones (a cold cache, one big query), which is no incident.
 */
const SINGLE_BUCKET_SAMPLES = 60;
/** Values a slowdown of several buckets needs; of a quiet series, one whose step noise is below QUIET_NOISE. */
const RUN_SAMPLES = 20;
const QUIET_RUN_SAMPLES = 8;
const QUIET_NOISE = Math.log(1.2);

/**
 * A duration (request time, "took N ms") whose typical value (geometric mean per bucket) shifts by a
 * large factor against its local baseline, with enough samples on both sides.
 */
export function detectLatencyDegradation(ctx: DetectionContext): Finding[] {
  const k = Math.round(COARSE_MS / ctx.widthMs);
  const findings = seriesSlowdowns(ctx, k);
  // Buckets of about five minutes or more are not averaged further: they are also taken half a width
  // later. A slowdown of ten minutes from 21:33 fills one bucket of five whole (21:35–21:40) and parts
  // of two, too few values in one for a run (blind2 189/s05); half a width later it fills two.
  if (k < 2 && ctx.durationsShifted !== null) {
    const shifted = ctx.durationsShifted();
    for (const finding of seriesSlowdowns({ ...ctx, ...shifted }, k))
      if (!toldAlready(findings, finding)) findings.push(finding);
  }
  return findings;
}

/** The slowdowns of the context's duration series (and of its files' wide views), `k` buckets a coarse one. */
function seriesSlowdowns(ctx: DetectionContext, k: number): Finding[] {
  const findings: Finding[] = [];
  const wide = fileWide(ctx);
  const all = [
    ...ctx.durations.map((dense) => ({ dense, members: [] as DurationDense[] })),
    ...wide.map((w) => ({ dense: w.dense, members: w.members })),
  ];
  for (const { dense: series, members } of all) {
    if (sum(series.counts) < 50) continue;
    const fine = slowdowns(ctx, series, members);
    findings.push(...fine);
    if (k < 2) continue;
    // A mix of fast and slow work under one message (a job queue's "done" for every job class) swings
    // from bucket to bucket more than a slowdown rises: its values are also averaged over about five
    // minutes, where a sustained slowdown stands out of the mix.
    const coarseCtx = { ...ctx, widthMs: ctx.widthMs * k, length: Math.ceil(ctx.length / k) };
    const coarseMembers = members.map((m) => coarsen(m, k));
    for (const finding of slowdowns(coarseCtx, coarsen(series, k), coarseMembers)) {
      if (!fine.some((f) => f.startMs < finding.endMs && finding.startMs < f.endMs)) findings.push(finding);
    }
  }
  // A file-wide finding tells its file and patterns (the per-pattern ones tell theirs already).
  for (const f of findings) {
    const group = wide.find((w) => f.subject === `latency:${w.dense.series.patternId}`);
    if (!group) continue;
    f.files = [group.file];
    f.patternId = group.patternIds[0] ?? null;
    f.evidence.patternIds = group.patternIds;
    f.evidence.source = group.file;
  }
  return findings;
}

/** Series of one duration name and file kept apart: fewer of them are not a file-wide view. */
const MIN_WIDE_SERIES = 3;
/** Files of one pattern that get duration series of their own (the analyzer's MAX_KINDS, and the first). */
const MAX_SOURCES = 13;

/**
 * The same duration across a file's patterns (a database's "duration: N ms" of every statement),
 * each value taken relative to its own pattern's usual level, then averaged per bucket: a slowdown
 * of everything shows with more values per bucket than any one statement has, and a change in the
 * mix of statements does not. The series' pattern id is a marker (`wide:<file>|<name>`).
 */
function fileWide(
  ctx: DetectionContext,
): { dense: DurationDense; file: string; patternIds: string[]; members: DurationDense[] }[] {
  const byId = new Map(ctx.patterns.map((p) => [p.track.id, p]));
  const groups = new Map<string, { file: string; name: string; members: DurationDense[] }>();
  for (const d of ctx.durations) {
    if (d.series.kind !== null) continue;
    // Each series times one file's events: its own (`source`), else the pattern's first file's — all
    // of them only while the pattern has no more files than get series of their own (an ingress's
    // and the application's access lines share their routes' patterns; each file's slow down apart).
    const files = byId.get(d.series.patternId)?.track.files;
    if (d.series.source === null && (files === undefined || files.size > MAX_SOURCES)) continue;
    const file = d.series.source ?? d.series.file;
    const name = d.series.name.replace(/#.*$/, '');
    const key = `${file}|${name}`;
    const group = groups.get(key) ?? { file, name, members: [] };
    group.members.push(d);
    groups.set(key, group);
  }
  const out: { dense: DurationDense; file: string; patternIds: string[]; members: DurationDense[] }[] = [];
  for (const [key, { file, name, members }] of groups) {
    if (members.length < MIN_WIDE_SERIES) continue;
    const counts = new Array<number>(ctx.length).fill(0);
    const samples = new Array<number>(ctx.length).fill(0);
    const sums = new Array<number>(ctx.length).fill(0);
    const levels: number[] = [];
    for (const d of members) {
      const level = median(d.logMeans.filter((m): m is number => m !== null));
      levels.push(level);
      d.logMeans.forEach((m, i) => {
        if (m === null) return;
        const c = d.counts[i] ?? 0;
        counts[i] = (counts[i] ?? 0) + c;
        samples[i] = (samples[i] ?? 0) + (d.samples[i] ?? 0);
        sums[i] = (sums[i] ?? 0) + (m - level) * c;
      });
    }
    const usual = median(levels);
    const first = members[0];
    if (!first) continue;
    out.push({
      file,
      members,
      patternIds: [...new Set(members.map((d) => d.series.patternId))],
      dense: {
        series: {
          ...first.series,
          source: null,
          file,
          key: `wide:${key}`,
          name: `${name} of ${members.length} patterns of ${file}`,
          patternId: `wide:${key}`,
        },
        counts,
        samples,
        logMeans: counts.map((c, i) => (c > 0 ? usual + (sums[i] ?? 0) / c : null)),
      },
    });
  }
  return out;
}

/** Span over which a duration's values are averaged as well (see detectLatencyDegradation). */
const COARSE_MS = 5 * 60_000;

/** The series with every `k` buckets merged into one (counts summed, ln means weighted by them). */
export function coarsen(series: DurationDense, k: number): DurationDense {
  const n = Math.ceil(series.counts.length / k);
  const counts = new Array<number>(n).fill(0);
  const samples = new Array<number>(n).fill(0);
  const sums = new Array<number>(n).fill(0);
  for (let i = 0; i < series.counts.length; i++) {
    const m = series.logMeans[i];
    if (m === null || m === undefined) continue;
    const c = series.counts[i] ?? 0;
    const at = Math.floor(i / k);
    counts[at] = (counts[at] ?? 0) + c;
    samples[at] = (samples[at] ?? 0) + (series.samples[i] ?? 0);
    sums[at] = (sums[at] ?? 0) + m * c;
  }
  return {
    series: series.series,
    counts,
    samples,
    logMeans: counts.map((c, i) => (c > 0 ? (sums[i] ?? 0) / c : null)),
  };
}

/** The slowdowns of one series at the context's width. */
function slowdowns(
  ctx: DetectionContext,
  series: DurationDense,
  members: readonly DurationDense[],
): Finding[] {
  const findings: Finding[] = [];
  const defined = series.logMeans.map(
    (m, i) => m !== null && (series.counts[i] ?? 0) >= MIN_SAMPLES_PER_BUCKET,
  );
  if (defined.filter(Boolean).length < 10) return findings;
  const values = series.logMeans.map((m) => m ?? 0);
  if (cannotShift(values, defined)) return findings;
  const { flags, center, sigma } = shiftedBuckets(values, defined);
  // A quiet series (PgBouncer's per-minute averages: "xact 5488 us" within 10% of each other) has no
  // few slow requests to mislead it: fewer values make a run.
  // (Reckoned for a series with runs only, as the spread below: most series have none.)
  let minSamples = NaN;
  const first = defined.indexOf(true);
  const runs = findRuns(flags, 1).filter((run) => {
    if (Number.isNaN(minSamples))
      minSamples = stepNoise(values, defined) < QUIET_NOISE ? QUIET_RUN_SAMPLES : RUN_SAMPLES;
    // Slow from its first values on: a cache or JIT warming up after a start, not a slowdown.
    if (run.from <= first) return false;
    // The values read, not the events they stand for: a few slow requests read once in four weigh four.
    const samples = sum(series.samples, run.from, run.to);
    if (samples < minSamples || (run.from === run.to && samples < SINGLE_BUCKET_SAMPLES)) return false;
    // A blip of a few minutes counts only when it is steep.
    const short = (run.to - run.from + 1) * ctx.widthMs < SHORT_MS;
    if (short && runShift(series, run.from, run.to, values, center) < Math.log(SHORT_FACTOR)) return false;
    return isBroad(members, run) || !isBurstOfOtherWork(ctx, series, run, defined);
  });
  const scheduled = scheduledRuns(runs, Math.max(1, Math.floor(SCHEDULED_MS / ctx.widthMs)));
  let spread = NaN;
  const spreadOf = (): number =>
    Number.isNaN(spread) ? (spread = valueSpread(series, values, defined)) : spread;
  for (const run of runs) {
    if (scheduled.has(run) || !beyondSampling(series, run, values, center, spreadOf())) continue;
    findings.push(latencyFinding(ctx, series, run.from, run.to, values, center, sigma));
  }
  const minBuckets = halfWindowFor(values.length);
  const level = levelShifts(values, defined, minBuckets);
  const excursions = latencyExcursions(values, defined, minBuckets);
  const told: Run[] = [...runs];
  for (const found of [level, excursions])
    for (const run of found.runs) {
      if (told.some((r) => r.from <= run.to && run.from <= r.to)) continue;
      told.push(run);
      if (!beyondSampling(series, run, values, found.center, spreadOf())) continue;
      findings.push(latencyFinding(ctx, series, run.from, run.to, values, found.center, found.sigma));
    }
  return findings;
}

/**
 * How far one value (ln) lies from its bucket's typical one, from the series itself: a bucket's mean
 * of n values strays from the level by about spread / √n. The median over buckets of (mean − level)² · n,
 * over the median of χ²₁ (0.455). A cache's hits and misses, a DNS server's answers from memory and
 * from upstream, under one message, spread over two orders of magnitude; one request type's times do not.
 */
function valueSpread(series: DurationDense, values: readonly number[], defined: readonly boolean[]): number {
  const kept = values.filter((_, i) => defined[i] === true);
  const level = median(kept);
  const scaled: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (!defined[i]) continue;
    const d = (values[i] ?? 0) - level;
    scaled.push(d * d * (series.samples[i] ?? 0));
  }
  return Math.sqrt(median(scaled) / 0.455);
}

/** Standard errors a slowdown must rise above its level by, its values' mean against their spread. */
const MIN_SAMPLING_Z = 4;

/**
 * Whether a run's rise is more than its values' sampling could make: a few dozen values of a series
 * whose values spread widely (a cache's hits and misses) rise 4× by chance now and then (blind5
 * 190/s08: 27 DNS answers in four minutes, more of them from upstream).
 */
function beyondSampling(
  series: DurationDense,
  run: Run,
  values: number[],
  center: number[],
  spread: number,
): boolean {
  const samples = sum(series.samples, run.from, run.to);
  if (spread <= 0 || samples <= 0) return true;
  return (runShift(series, run.from, run.to, values, center) * Math.sqrt(samples)) / spread >= MIN_SAMPLING_Z;
}

/** Buckets before a jump whose median is the level an excursion is measured against. */
const LEVEL_BUCKETS = 12;
/** Fewest defined buckets before a jump (and after its end) that make a level. */
const MIN_LEVEL_BUCKETS = 6;
/** An excursion lasts while its buckets stay this many times the level (one bucket below allowed). */
const STAY_FACTOR = 2;
/** After it, the series' median is back within this factor of the level before it. */
const BACK_FACTOR = 1.5;

/** Up to `n` defined values before bucket `k` (`step` -1) or after it (`step` 1). */
function definedNear(
  values: readonly number[],
  defined: readonly boolean[],
  k: number,
  n: number,
  step: 1 | -1,
): number[] {
  const out: number[] = [];
  for (let i = k + step; i >= 0 && i < values.length && out.length < n; i += step)
    if (defined[i]) out.push(values[i] ?? 0);
  return out;
}

/**
 * Whether the median of the dozen defined values before bucket `k` (six at least) can be `rise` or more
 * below `values[k]`: half of them or more must be. A count, without copying or sorting them, for every
 * bucket; the median is taken only where it can tell.
 */
function mayRiseOverLevel(
  values: readonly number[],
  defined: readonly boolean[],
  k: number,
  rise: number,
): boolean {
  const top = (values[k] ?? 0) - rise;
  let seen = 0;
  let below = 0;
  for (let i = k - 1; i >= 0 && seen < LEVEL_BUCKETS; i--) {
    if (!defined[i]) continue;
    seen++;
    if ((values[i] ?? 0) <= top) below++;
  }
  return seen >= MIN_LEVEL_BUCKETS && 2 * below >= seen;
}

/**
 * Slowdowns measured against the level before them, as volume-spike's longFloods measures floods: a
 * jump to MIN_FACTOR and 4 deviations (of the level's buckets and of the series' steps) above the
 * median of the dozen defined buckets before it, lasting while the buckets stay twice that level,
 * `minBuckets` or longer, and followed by the level again (the median of the dozen buckets after it
 * within 1.5×: an excursion, not a new regime). levelShifts judges against the whole series' median,
 * which a slowdown filling most of a short file (57 slow minutes, and 18 of an outage before, in a
 * capture of two hours: blind3 230/s03) makes its own.
 */
export function latencyExcursions(
  values: readonly number[],
  defined: readonly boolean[],
  minBuckets: number,
): { runs: Run[]; center: number[]; sigma: number[] } {
  const runs: Run[] = [];
  const center = values.map(() => 0);
  const sigma = values.map(() => 0);
  // The noise raises the least rise above MIN_FACTOR: reckoned at the first bucket that may rise that far.
  let noise = NaN;
  let least = Math.log(MIN_FACTOR);
  for (let k = 0; k < values.length; k++) {
    if (!defined[k] || !mayRiseOverLevel(values, defined, k, least)) continue;
    if (Number.isNaN(noise)) {
      noise = stepNoise(values, defined);
      least = Math.max(Math.log(MIN_FACTOR), 4 * Math.max(0.1, noise));
      if (!mayRiseOverLevel(values, defined, k, least)) continue;
    }
    const before = definedNear(values, defined, k, LEVEL_BUCKETS, -1);
    if (before.length < MIN_LEVEL_BUCKETS) continue;
    const level = median(before);
    const spread = robustSigma(before, level);
    const rise = (values[k] ?? 0) - level;
    if (rise < Math.log(MIN_FACTOR) || rise < 4 * Math.max(spread, 0.1, noise)) continue;
    let to = k;
    let low = 0;
    for (let i = k + 1; i < values.length && low < 2; i++) {
      if (!defined[i]) continue;
      if ((values[i] ?? 0) - level >= Math.log(STAY_FACTOR)) {
        to = i;
        low = 0;
      } else low++;
    }
    const after = definedNear(values, defined, to, LEVEL_BUCKETS, 1);
    if (
      to - k + 1 >= minBuckets &&
      after.length >= MIN_LEVEL_BUCKETS &&
      median(after) - level <= Math.log(BACK_FACTOR)
    ) {
      runs.push({ from: k, to });
      for (let i = k; i <= to; i++) {
        center[i] = level;
        sigma[i] = spread;
      }
    }
    k = to;
  }
  return { runs, center, sigma };
}

/**
 * Slowdowns as long as the baseline window is wide, or longer: the rolling median there is mostly the
 * slowdown itself, so they are judged against the whole series (its median and robust deviation),
 * which holds while normal buckets are most of it. Only runs of `minBuckets` or more count (shorter
 * ones are the local baseline's), none that covers 40% of the series or more, and none within
 * `minBuckets / 2` of the series' start.
 */
export function levelShifts(
  values: readonly number[],
  defined: readonly boolean[],
  minBuckets: number,
): { runs: Run[]; center: number[]; sigma: number[] } {
  const kept = values.filter((_, i) => defined[i] === true);
  const base = median(kept);
  // No bucket MIN_FACTOR above the median: no run, and no deviation to reckon.
  if (!kept.some((v) => v - base >= Math.log(MIN_FACTOR)))
    return { runs: [], center: values.map(() => base), sigma: values.map(() => 0) };
  const spread = robustSigma(kept, base);
  const flags = values.map((v, i) => {
    const shift = v - base;
    return defined[i] === true && shift >= Math.log(MIN_FACTOR) && shift >= 4 * Math.max(spread, 0.1);
  });
  const first = defined.indexOf(true);
  const runs = findRuns(flags, 1).filter((run) => {
    let count = 0;
    for (let i = run.from; i <= run.to; i++) if (defined[i]) count++;
    // A series that starts slow (a cache warming up before the capture) has not slowed down in it.
    const before = run.from - first;
    return run.to - run.from + 1 >= minBuckets && count < 0.4 * kept.length && before >= minBuckets / 2;
  });
  return { runs, center: values.map(() => base), sigma: values.map(() => spread) };
}

/** A slowdown shorter than this (a few slow requests, a cache warming up) must rise SHORT_FACTOR. */
const SHORT_MS = 5 * 60_000;
const SHORT_FACTOR = 3.5;

/** The run's mean rise in ln(ms) over its baseline, weighted by the values of each bucket. */
function runShift(
  series: DurationDense,
  from: number,
  to: number,
  values: number[],
  center: number[],
): number {
  let shift = 0;
  let n = 0;
  for (let i = from; i <= to; i++) {
    if (series.logMeans[i] === null) continue;
    const c = series.counts[i] ?? 0;
    shift += ((values[i] ?? 0) - (center[i] ?? 0)) * c;
    n += c;
  }
  return n > 0 ? shift / n : 0;
}

/** How many times the count of timed events around it a slowdown holds when it is other work (see isBurstOfOtherWork). */
const BURST_FACTOR = 1.5;
/** Buckets on each side of a slowdown whose counts of timed events are its neighbours'. */
const BURST_SIDE = 6;

/**
 * Whether a short slowdown (a quarter of an hour at most) comes with half again the timed events of
 * the buckets around it or more: a batch of slower calls joining the usual ones under one message (an
 * hourly catalog sync's 200 requests a minute among the pages, all "GET <*>", blind2 101/s05), a
 * change of the mix, not the same work getting slower. A slowdown of the usual traffic keeps its volume.
 */
function isBurstOfOtherWork(
  ctx: DetectionContext,
  series: DurationDense,
  run: Run,
  defined: readonly boolean[],
): boolean {
  const buckets = run.to - run.from + 1;
  if (buckets * ctx.widthMs > SCHEDULED_MS) return false;
  const around: number[] = [];
  for (let i = run.from - BURST_SIDE; i <= run.to + BURST_SIDE; i++)
    if (defined[i] === true && (i < run.from || i > run.to)) around.push(series.counts[i] ?? 0);
  if (around.length < BURST_SIDE) return false;
  return sum(series.counts, run.from, run.to) >= BURST_FACTOR * median(around) * buckets;
}

/**
 * Whether most of a file-wide series' patterns slowed down in the run, each against its own usual
 * value (three at least, each rising half of MIN_FACTOR): everything the server does got slower, more
 * of it or not (a DNS server's every kind of query, retried by its clients), not a batch of other work
 * joining one message. False for a series of one pattern (no members).
 */
function isBroad(members: readonly DurationDense[], run: Run): boolean {
  let timed = 0;
  let rose = 0;
  for (const d of members) {
    let shift = 0;
    let n = 0;
    for (let i = run.from; i <= run.to; i++) {
      const m = d.logMeans[i];
      if (m === null || m === undefined) continue;
      const c = d.counts[i] ?? 0;
      shift += m * c;
      n += c;
    }
    if (n < MIN_SAMPLES_PER_BUCKET) continue;
    timed++;
    const usual = median(d.logMeans.filter((m): m is number => m !== null));
    if (shift / n - usual >= Math.log(MIN_FACTOR) / 2) rose++;
  }
  return rose >= MIN_WIDE_SERIES && rose * 2 >= timed;
}

/** Longest slowdown that can be a scheduled job's. */
const SCHEDULED_MS = 15 * 60_000;

/**
 * Short slowdowns (up to `maxBuckets`) that come back at a steady pace — three or more, each gap within a quarter of a
 * multiple (up to three) of their usual gap: an hourly batch job, a backup. They are the pattern's
 * rhythm, not an incident; a longer slowdown among them still is one.
 */
export function scheduledRuns<R extends { from: number; to: number }>(
  runs: readonly R[],
  maxBuckets: number,
): Set<R> {
  const short = runs.filter((r) => r.to - r.from + 1 <= maxBuckets);
  if (short.length < 3) return new Set();
  const gaps = short.slice(1).map((r, i) => r.from - (short[i]?.from ?? 0));
  const period = [...gaps].sort((a, b) => a - b)[gaps.length >> 1] ?? 0;
  if (period < 3) return new Set();
  const steady = gaps.every((g) => {
    const m = Math.round(g / period);
    return m >= 1 && m <= 3 && Math.abs(g - m * period) <= period * 0.25;
  });
  return steady ? new Set(short) : new Set();
}

/**
 * True when no bucket can rise MIN_FACTOR above its baseline, decided without the rolling baselines:
 * a defined bucket's baseline is a median of defined buckets (its own included), so it is at least
 * their minimum, and a rise above it is at most the spread of the defined values.
 */
export function cannotShift(values: readonly number[], defined: readonly boolean[]): boolean {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (!defined[i]) continue;
    const v = values[i] ?? 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return max - min < Math.log(MIN_FACTOR);
}

/**
 * Robust standard deviation of one bucket's value, from the differences between neighbouring defined
 * buckets (1.4826 × their median absolute value, over √2): level shifts barely move it.
 */
export function stepNoise(values: readonly number[], defined: readonly boolean[]): number {
  const steps: number[] = [];
  let previous = -1;
  for (let i = 0; i < values.length; i++) {
    if (!defined[i]) continue;
    if (previous >= 0) steps.push(Math.abs((values[i] ?? 0) - (values[previous] ?? 0)));
    previous = i;
  }
  return steps.length < 5 ? 0 : (1.4826 * median(steps)) / Math.SQRT2;
}

/** Fewest buckets of a slowdown judged by their mean (see shiftedBuckets). */
const JOINT_BUCKETS = 4;
/** Share of a series' buckets whose slowdowns lift its median (see shiftedBuckets). */
const LIFTING_SHARE = 0.3;

/** Buckets whose typical value rose MIN_FACTOR and 4 robust deviations above their local baseline. */
export function shiftedBuckets(
  values: readonly number[],
  defined: readonly boolean[],
): { flags: boolean[]; center: number[]; sigma: number[] } {
  const half = halfWindowFor(values.length);
  let { center, sigma } = localBaseline(
    values,
    half,
    defined.map((d) => !d),
  );
  // Buckets already MIN_FACTOR above their baseline stay out of it: a shift near the end of a file
  // fills most of the one-sided window there, and would lift the baseline and its deviation with it.
  // Only runs of three such buckets or more: a series that jumps up and down on its own (a mix of
  // instant answers and long polls) keeps its scattered highs, and the deviation they make.
  let above = values.map((v, i) => defined[i] === true && v - (center[i] ?? 0) >= Math.log(MIN_FACTOR));
  const high = above.map(() => false);
  for (const run of findRuns(above, 0))
    if (run.to - run.from >= 2) for (let i = run.from; i <= run.to; i++) high[i] = true;
  // Slowdowns that hold a third of the series or more lift its median themselves (two of fifty and
  // thirty minutes in a capture of under three hours: 17 and 20 ms over 5.2, a median of 9.5, neither
  // 2.5× it: blind9 11/s05): runs of three buckets √2.5× above it stay out as well, and what is above
  // is read again against the baseline without them.
  if (!high.some(Boolean)) {
    const lifted = values.map(
      (v, i) => defined[i] === true && v - (center[i] ?? 0) >= Math.log(MIN_FACTOR) / 2,
    );
    let n = 0;
    for (const run of findRuns(lifted, 0))
      if (run.to - run.from >= 2)
        for (let i = run.from; i <= run.to; i++) {
          high[i] = true;
          n++;
        }
    if (n < LIFTING_SHARE * defined.filter(Boolean).length) high.fill(false);
    else {
      ({ center, sigma } = localBaseline(
        values,
        half,
        defined.map((d, i) => !d || high[i] === true),
      ));
      above = values.map((v, i) => defined[i] === true && v - (center[i] ?? 0) >= Math.log(MIN_FACTOR));
    }
  } else {
    ({ center, sigma } = localBaseline(
      values,
      half,
      defined.map((d, i) => !d || high[i] === true),
    ));
  }
  // How much the series jumps from one bucket to the next on its own, whatever its level (a slowdown
  // is one step up, not many): a mix of instant answers and long polls (Consul's blocking queries)
  // jumps tenfold all along, and runs of three high buckets come by chance.
  // (Only buckets MIN_FACTOR above their baseline read it: most series have none.)
  const noise = above.some(Boolean) ? stepNoise(values, defined) : 0;
  const flags = values.map((v, i) => {
    if (!defined[i]) return false;
    const shift = v - (center[i] ?? 0);
    return shift >= Math.log(MIN_FACTOR) && shift >= 4 * Math.max(sigma[i] ?? 0, 0.1, noise);
  });
  // A slowdown of a noisy series (few values a bucket, fast and slow work mixed) that no bucket clears
  // alone: a run of JOINT_BUCKETS or more high buckets (one lower between them at most) whose mean
  // rise is MIN_FACTOR and 4 deviations of a mean of that many buckets.
  for (const run of findRuns(above, 1)) {
    let shift = 0;
    let n = 0;
    let deviation = 0;
    for (let i = run.from; i <= run.to; i++) {
      if (!defined[i]) continue;
      shift += (values[i] ?? 0) - (center[i] ?? 0);
      deviation = Math.max(deviation, sigma[i] ?? 0);
      n++;
    }
    if (n < JOINT_BUCKETS) continue;
    const mean = shift / n;
    if (mean >= Math.log(MIN_FACTOR) && mean >= (4 * Math.max(deviation, 0.1, noise)) / Math.sqrt(n))
      for (let i = run.from; i <= run.to; i++) flags[i] = defined[i] === true;
  }
  return { flags, center, sigma };
}

function latencyFinding(
  ctx: DetectionContext,
  series: DurationDense,
  from: number,
  to: number,
  values: number[],
  center: number[],
  sigma: number[],
): Finding {
  let peak = from;
  let weighted = 0;
  let baseWeighted = 0;
  let n = 0;
  for (let i = from; i <= to; i++) {
    const c = series.counts[i] ?? 0;
    if (series.logMeans[i] === null) continue;
    if ((values[i] ?? 0) - (center[i] ?? 0) > (values[peak] ?? 0) - (center[peak] ?? 0)) peak = i;
    weighted += (values[i] ?? 0) * c;
    baseWeighted += (center[i] ?? 0) * c;
    n += c;
  }
  // Values read as milliseconds for want of a unit are shown in seconds' worth when they were seconds.
  const scale = readsAsSeconds(series.series) ? 1000 : 1;
  const observedMs = scale * Math.exp(weighted / Math.max(n, 1));
  const expectedMs = scale * Math.exp(baseWeighted / Math.max(n, 1));
  const factor = observedMs / expectedMs;
  const score = ((values[peak] ?? 0) - (center[peak] ?? 0)) / Math.max(sigma[peak] ?? 0, 0.1);
  const startMs = timeOf(ctx, from);
  const endMs = timeOf(ctx, to + 1);
  const pattern = ctx.patterns.find((p) => p.track.id === series.series.patternId);
  const samples = pattern?.track.exemplars.within(startMs, endMs, 3) ?? [];
  const where = pattern ? ` of "${shortTemplate(pattern.track.template, 60)}"` : '';
  const name = series.series.name.replace(/#.*$/, '');
  // A pattern whose durations are kept per file (SourceDurations) tells the file of each series.
  const splitBySource =
    series.series.source !== null ||
    ctx.durations.some((d) => d.series.patternId === series.series.patternId && d.series.source !== null);
  const kind =
    (series.series.kind === null ? '' : ` for ${series.series.kind}`) +
    (series.series.source === null ? '' : ` in ${series.series.source}`);
  return {
    type: 'latency_degradation',
    severity:
      severityByFactor(factor, [20, 5, 3, 0]) === 'info' ? 'low' : severityByFactor(factor, [20, 5, 3, 0]),
    confidence: confidenceOf(score, 6),
    startMs,
    endMs,
    files: splitBySource ? [series.series.file] : pattern ? [...pattern.track.files].sort() : [],
    patternId: series.series.patternId,
    subject: `latency:${series.series.patternId}`,
    description: `Typical ${name}${where}${kind} rose ${round(factor)}× to ${formatMs(observedMs)} ${describeWindow(startMs, endMs)} (usually ${formatMs(expectedMs)}).`,
    evidence: {
      metric: `geometric mean of ${name} (ms) per ${ctx.widthMs / 1000}s`,
      expected: { baseline: round(expectedMs, 2), lower: null, upper: round(expectedMs * 2.5, 2) },
      observed: { value: round(observedMs, 2), total: n },
      score: round(score),
      bucketSeconds: ctx.widthMs / 1000,
      patternIds: [series.series.patternId],
      source: null,
      lines: samples.map(({ file, line }) => ({ file, line })),
      samples: samples.map(({ file, line, text }) => ({ file, line, text })),
      related: [],
    },
  };
}
